import * as assert from 'node:assert/strict';
import { findDates } from '../../../src/core/recognize/dateMentions';
import { extractText, participantMention } from '../../../src/core/recognize/textExtraction';
import { parseRegistry } from '../../../src/core/registry/registryFile';

const joinLines = (...lines: string[]): string => lines.join('\n');
const at = (text: string, span: { start: number; end: number } | undefined): string => (span ? text.slice(span.start, span.end) : '');
/** The own meeting's participants as `name|kind`. */
const participantsOf = (text: string): string[] => {
  const result = extractText(text);
  return result.participants.map((p) => `${at(text, participantMention(result, p))}|${p.kind}`);
};

describe('extractText', () => {
  const communique = joinLines(
    'JOINT STATEMENT',
    '',
    'Meeting of the Council of Heads of Government of the Shanghai Cooperation Organization',
    '',
    'A meeting of the Council of Heads of Government of the Shanghai Cooperation Organization (hereinafter the SCO) was held on October 3, 2011 in Kazan. It was attended by Prime Minister of the Russian Federation V. Zubkov and Premier of the State Council of the People\'s Republic of China Wen Jiabao.',
    '',
    'The meeting was chaired by the Russian side. The Prime Minister of Kazakhstan K. Massimov also took part in the meeting.',
    '',
    'The heads of government looked forward to the meeting of the SCO Council of Heads of State to be held on June 6-7, 2012 in Beijing, and to the next meeting of the Council in autumn 2012.',
    '',
    'They noted the Charter of the Shanghai Cooperation Organization and the SCO Charter alike.',
    '',
    'Kazan, October 3, 2011',
  );

  it('reads the heading, its type and the dateline', () => {
    const result = extractText(communique);
    assert.equal(result.heading?.text, 'JOINT STATEMENT');
    assert.equal(result.heading?.type, 'Joint Statement');
    assert.equal(result.date?.text, '2011-10-03');
  });

  it("takes the meeting named under the heading for the document's own, with its date and place from the first paragraph", () => {
    const own = extractText(communique).meetings.find((m) => m.own);
    assert.equal(own?.body, 'SCO Council of Heads of Government');
    assert.equal(own?.date?.text, '2011-10-03');
    assert.equal(own?.place, 'Kazan');
    // The heading line, the first sentence and the two anaphoric `the meeting`.
    assert.equal(own?.mentions.length, 4);
  });

  it('keeps a referred-to meeting apart from the own one, with its day range and place', () => {
    const text = communique;
    const next = extractText(text).meetings.find((m) => m.body === 'SCO Council of Heads of State');
    assert.equal(next?.own, false);
    assert.equal(next?.date?.text, '2012-06-06/2012-06-07');
    assert.equal(next?.place, 'Beijing');
    assert.equal(at(text, next?.mentions[0]), 'the meeting of the SCO Council of Heads of State');
  });

  it('reads officials with the role and the state written next to the name', () => {
    const result = extractText(communique);
    const zubkov = result.officials.find((o) => o.name === 'V. Zubkov');
    assert.equal(zubkov?.role, 'Prime Minister');
    assert.equal(zubkov?.state, 'Russia');
    const massimov = result.officials.find((o) => o.name === 'K. Massimov');
    assert.equal(massimov?.state, 'Kazakhstan');
  });

  it("lists the own meeting's participants and the side that chaired it", () => {
    const result = extractText(communique);
    const names = result.participants.map((p) => `${result.officials[p.official]?.name}:${p.kind}`);
    assert.ok(names.includes('V. Zubkov:attended'));
    assert.ok(names.includes('K. Massimov:attended'));
    assert.equal(result.chairState, 'Russia');
  });

  it('takes the meeting that the first sentence reports as held for the own meeting when the heading names none', () => {
    const report = (opening: string): ReturnType<typeof extractText> =>
      extractText(joinLines('PRESS RELEASE', '', `${opening} It was attended by Minister of Foreign Affairs of the Republic of Kazakhstan K. Sarsenov.`, ''));
    const own = (result: ReturnType<typeof extractText>): string[] => result.meetings.filter((m) => m.own).map((m) => `${m.body}|${m.date?.text}|${m.place}`);

    const held = report('The meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held on 5 July 2013 in Almaty.');
    assert.deepEqual(own(held), ['SCO Council of Ministers of Foreign Affairs|2013-07-05|Almaty']);
    assert.deepEqual(held.participants.map((p) => held.officials[p.official]?.name), ['K. Sarsenov']);
    assert.deepEqual(own(report('On 5 July 2013, a meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization took place in Almaty.')), ['SCO Council of Ministers of Foreign Affairs|2013-07-05|Almaty']);

    // Recalled, planned or earlier meetings are referred to, not reported.
    assert.deepEqual(own(report('The Ministers recalled that the meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held on 5 July 2012 in Almaty.')), []);
    assert.deepEqual(own(report('The previous meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held on 5 July 2012 in Almaty.')), []);
    assert.deepEqual(own(report('The meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization will be held on 5 July 2014 in Almaty.')), []);
  });

  it('dates a text by the dateline under its heading, and ends the heading\'s meeting before it', () => {
    for (const dateline of ['Moscow, 12 May 2003', 'May 12, 2003', '12 May 2003, Moscow', 'Moscow, Russia, 12th May 2003', 'MOSCOW, 12 May 2003 —']) {
      const text = joinLines('Joint Communique of the Meeting of the Council of Foreign Ministers', '', dateline, '', 'The Ministers exchanged views.', '');
      const result = extractText(text);
      assert.equal(result.date?.text, '2003-05-12', dateline);
      assert.deepEqual(result.meetings.flatMap((m) => m.mentions.map((s) => at(text, s))), ['the Meeting of the Council of Foreign Ministers'], dateline);
    }
  });

  it('dates a text by a news dateline opening its first paragraph, and by no date a dash follows elsewhere', () => {
    const statement = (paragraph: string): string => joinLines('Statement by the Ministry of Foreign Affairs of the Republic of Kazakhstan', '', paragraph, '');
    assert.equal(extractText(statement('ASTANA, 3 March 2010 — The Ministry welcomes the results of the visit.')).date?.text, '2010-03-03');
    assert.equal(extractText(statement('Beijing, China, June 15, 2011 - The Ministry welcomes the results of the visit.')).date?.text, '2011-06-15');
    assert.equal(extractText(statement('The Ministry welcomes the visit.\n\nASTANA, 3 March 2010 — The visit was useful.')).date, undefined);
  });

  it('dates a text by its heading, but not by a year the heading is about', () => {
    assert.equal(extractText(joinLines('Joint Communique of 5 June 2019', '', 'The parties agreed.')).date?.text, '2019-06-05');
    assert.equal(extractText(joinLines('Decision No. 3/23 on the Chairpersonship of the OSCE in the Year 2025', '', 'The Ministerial Council decides.')).date, undefined);
    assert.equal(extractText(joinLines('Programme of Cooperation for 2021-2023', '', 'The parties agreed.')).date, undefined);
  });

  it('dates a text whose heading gives the year alone by the day its front matter gives in that year', () => {
    const resolution = (adopted: string): string => joinLines('United Nations Security Council Resolution 2720 (2023)', '', adopted, '', 'The Security Council,', '', '1. Demands that all parties comply.');
    assert.equal(extractText(resolution('Adopted by the Security Council at its 9520th meeting, on 22 December 2023')).date?.text, '2023-12-22');
    // A day of another year is not the heading's: the year stays.
    assert.equal(extractText(resolution('Recalling the meeting of 22 December 2022')).date?.text, '2023');
  });

  it('dates a text by its dateline, never by a meeting to come told on its last line', () => {
    const minutes = (last: string): string => joinLines('Joint Statement of the Meeting of the Council of Foreign Ministers', '', 'Minsk, 4 March 2019', '', '1. The Council of Foreign Ministers met in Minsk on 4 March 2019.', last, '');
    assert.equal(extractText(minutes('2. The Ministers will meet again in Baku in 2020.')).date?.text, '2019-03-04');
    assert.equal(extractText(minutes('2. The next meeting will be held in Baku on 6 May 2020.')).date?.text, '2019-03-04');
    // A date standing alone on the last line still dates the text.
    assert.equal(extractText(joinLines('NOTE', '', 'The Ministers exchanged views.', '', 'Minsk, 2019', '')).date?.text, '2019');
  });

  it('dates a text by a dateline of a city and its state, not by the days of the meeting it reports', () => {
    const result = extractText(joinLines('Heads of Government Meeting Communiqué', '', 'Kigali, Rwanda, 25th June 2022', '', 'Heads of Government met in Kigali on 24 and 25 June 2022. They adopted a declaration on the oceans.', ''));
    assert.equal(result.date?.text, '2022-06-25');
    assert.deepEqual(result.meetings.map((m) => `${m.own}|${m.body}|${m.date?.text}|${m.place}`), ['true|Meeting of Heads of Government|2022-06-24/2022-06-25|Kigali']);
  });

  it('makes no participant of the own meeting out of those of a previous meeting, a placed one, or a clause of their own', () => {
    const report = (...sentences: string[]): string[] => {
      const text = joinLines('JOINT COMMUNIQUE of the Meeting of the Council of Heads of Government', '', `A meeting of the Council of Heads of Government of the Shanghai Cooperation Organization was held on 2 November 2019 in Tashkent. ${sentences.join(' ')}`, '');
      const result = extractText(text);
      return result.participants.map((p) => `${result.officials[p.official]?.name}:${p.kind}`);
    };
    const kg = 'Prime Minister of the Kyrgyz Republic Mukhammedkaly Abylgaziev';
    const uz = 'Prime Minister of the Republic of Uzbekistan Abdulla Aripov';
    const kz = 'Prime Minister of the Republic of Kazakhstan Askar Mamin';
    assert.deepEqual(report(`${kg}, who chaired the previous meeting in Bishkek, attended the meeting.`), ['Mukhammedkaly Abylgaziev:attended']);
    assert.deepEqual(report(`The previous meeting, held in Bishkek under the chairmanship of ${kg}, adopted a programme. ${uz} chaired the meeting.`), ['Abdulla Aripov:chair']);
    assert.deepEqual(report(`The following took part in the meeting in Sochi in 2017: ${kg} and ${kz}.`), []);
    assert.deepEqual(report(`The meeting was attended by ${kg} and ${uz}; ${kz} presented a report.`), ['Mukhammedkaly Abylgaziev:attended', 'Abdulla Aripov:attended']);
  });

  it('gives the date told by "The meeting was held" to the meeting named just before, and skips a verb about last year', () => {
    const recalled = extractText(
      joinLines('Meeting of the Council of Ministers of Foreign Affairs', '', 'The ministers recalled the extraordinary meeting of the Council held because of the floods. The meeting was held on 4 March 2016 by videoconference.', ''),
    );
    assert.deepEqual(
      recalled.meetings.map((m) => [m.own, m.date?.text, m.place]),
      [
        [true, undefined, undefined],
        [false, '2016-03-04', 'videoconference'],
      ],
    );
    const lastYear = extractText(joinLines('PRESS RELEASE', '', 'Last year the Council of Heads of State of the Shanghai Cooperation Organization held its meeting in Osh. This year the heads of state met in Khujand on 8 June 2016.', ''));
    assert.deepEqual(lastYear.meetings.filter((m) => m.own).map((m) => [m.date?.text, m.place]), [['2016-06-08', 'Khujand']]);
  });

  it('reads "held an extraordinary meeting on ... in ..." as the own meeting, and a side that chairs by "under the chairmanship of"', () => {
    const held = extractText(joinLines('PRESS RELEASE', '', 'The heads of state held an extraordinary meeting on 10 June 2022 in Astana.', ''));
    assert.deepEqual(held.meetings.filter((m) => m.own).map((m) => [m.date?.text, m.place]), [['2022-06-10', 'Astana']]);
    const side = extractText(joinLines('PRESS RELEASE', '', 'On 13 May 2020, a meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held under the chairmanship of the Russian side.', ''));
    assert.equal(side.chairState, 'Russia');
  });

  it('gives an unqualified "the Council" the council the text names: its own meeting\'s, else the one it names, else none', () => {
    const bodies = (...paragraphs: string[]): string[] => extractText(joinLines(...paragraphs, '')).meetings.map((m) => `${m.own}|${m.body}|${m.date?.text}|${m.extraordinary}`);
    const recalled = 'The Ministers recalled the extraordinary meeting of the Council on 13 May 2020.';
    assert.deepEqual(bodies('Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization', '', 'The meeting was held in Moscow on 10 September 2020.', '', recalled), [
      'true|SCO Council of Ministers of Foreign Affairs|2020-09-10|false',
      'false|SCO Council of Ministers of Foreign Affairs|2020-05-13|true',
    ]);
    // The CSTO's ministers meet, in these words, as no council: the own meeting names none.
    const ministers = 'PRESS RELEASE\n\nThe Ministers of Foreign Affairs of the Collective Security Treaty Organization held a meeting in Moscow on 10 September 2020.';
    assert.deepEqual(bodies(ministers, '', recalled), ['true|CSTO Meeting of Ministers of Foreign Affairs|2020-09-10|false', 'false|Council|2020-05-13|true']);
    assert.deepEqual(bodies(ministers, '', 'They recalled the meeting of the Council of Heads of State of the SCO in Astana on 9 June 2017.', '', recalled), [
      'true|CSTO Meeting of Ministers of Foreign Affairs|2020-09-10|false',
      'false|SCO Council of Heads of State|2017-06-09|false',
      'false|SCO Council of Heads of State|2020-05-13|true',
    ]);
  });

  it('keeps the meeting the opening sentence tells of by a verb when a later sentence of its paragraph names another', () => {
    const bodies = (text: string): string[] => extractText(text).meetings.map((m) => `${m.own}|${m.body}|${m.date?.text}|${m.place}`);
    const text = 'PRESS RELEASE\n\nThe Ministers of Foreign Affairs of the Shanghai Cooperation Organization held a meeting in Bergen on 10 September 2020. They recalled the meeting of the Council of Heads of State on 13 May 2020.\n';
    assert.deepEqual(bodies(text), ['true|SCO Council of Ministers of Foreign Affairs|2020-09-10|Bergen', 'false|SCO Council of Heads of State|2020-05-13|undefined']);
  });

  it('reads a meeting that "will take place", a spelled-out ordinal, a day with its ordinal suffix and a date in figures', () => {
    const meetings = (text: string): string[] => extractText(text).meetings.map((m) => `${m.own}|${m.body}|${m.date?.text}|${m.place}`);
    // The next session is another meeting, with its own date and place: not the one recalled before it.
    assert.deepEqual(meetings('PRESS RELEASE\n\nThe ministers recalled the session of the Collective Security Council held in Moscow on 16 May 2022.\n\nThe next session of the Collective Security Council will take place in Minsk in December 2023.\n'), [
      'false|Collective Security Council|2022-05-16|Moscow',
      'false|Collective Security Council|2023-12|Minsk',
    ]);
    assert.deepEqual(meetings('PRESS RELEASE\n\nOn 1 November 2023, the twenty-second meeting of the Council of Heads of Government of the SCO member states was held in Bishkek.\n'), [
      'true|SCO Council of Heads of Government|2023-11-01|Bishkek',
    ]);
    assert.equal(extractText('JOINT STATEMENT\n\nMinsk, 23.11.2023\n\nThe ministers met.\n').date?.text, '2023-11-23');
    assert.equal(extractText('JOINT STATEMENT\n\nMinsk, 31.02.2023\n\nThe ministers met.\n').date, undefined);
    const suffixed = extractText('PRESS RELEASE\n\nThe meeting of the Council of Ministers of Foreign Affairs of the CSTO was held on November 22nd, 2023 in Minsk.\n');
    assert.deepEqual([suffixed.date?.text, ...suffixed.meetings.map((m) => `${m.own}|${m.date?.text}|${m.place}`)], ['2023-11-22', 'true|2023-11-22|Minsk']);
  });

  it('dates and places a meeting by the date and place its sentence opens with, and takes it for the own meeting it reports', () => {
    const meetings = (text: string): string[] => extractText(`PRESS RELEASE\n\n${text}\n`).meetings.map((m) => `${m.own}|${m.body}|${m.date?.text}|${m.place}`);
    const own = 'true|SCO Council of Ministers of Foreign Affairs|2023-04-14|Goa';
    for (const opening of ['On April 14, 2023 in Goa,', 'On 14 April 2023, in Goa,', 'In Goa on 14 April 2023,', 'On 14 April 2023 in Goa']) {
      assert.deepEqual(meetings(`${opening} the meeting of the Council of Ministers of Foreign Affairs of the SCO took place.`), [own], opening);
    }
    assert.deepEqual(meetings('On April 14, 2023, a meeting of the Council of Ministers of Foreign Affairs of the SCO was held in Goa.'), [own]);
    // A meeting the sentence's subject only recalls is not dated by the opening.
    assert.deepEqual(meetings('On 14 April 2023 in Goa, the ministers recalled the meeting of the Council of Heads of State of the SCO.'), ['false|SCO Council of Heads of State|undefined|undefined']);
  });

  it('dates a named meeting that the subject of a sentence opened by a date took part in, participated in or attended', () => {
    const meetings = (sentence: string): string[] => extractText(`STATEMENT\n\nAstana, 2 August 2022\n\n${sentence}\n`).meetings.map((m) => `${m.own}|${m.body}|${m.date?.text}|${m.place}`);
    const body = 'the meeting of the SCO Council of Ministers of Foreign Affairs in Tashkent';
    for (const sentence of [
      `On 29 July 2022, Minister of Foreign Affairs of Kazakhstan M. Tileuberdi took part in ${body}.`,
      `On 29 July 2022, the Minister of Foreign Affairs of Kazakhstan, Mukhtar Tileuberdi, participated in ${body}.`,
      `On 29 July 2022, the ministers of Kazakhstan and Kyrgyzstan also attended ${body}.`,
    ]) {
      assert.deepEqual(meetings(sentence), ['false|SCO Council of Ministers of Foreign Affairs|2022-07-29|Tashkent'], sentence);
    }
    // Another time told in between, a plan, or a date of the meeting's own: the opening date is not the meeting's.
    for (const sentence of [
      `On 29 July 2022, the Minister said that he had attended ${body}.`,
      `On 29 July 2022, the Minister, who attended ${body}, met the press.`,
      `On 29 July 2022, the Minister will take part in ${body}.`,
    ]) {
      assert.deepEqual(meetings(sentence), ['false|SCO Council of Ministers of Foreign Affairs|undefined|Tashkent'], sentence);
    }
    assert.deepEqual(meetings(`On 29 July 2022, the Minister attended ${body} on 28 July 2022.`), ['false|SCO Council of Ministers of Foreign Affairs|2022-07-28|Tashkent']);
  });

  it('names a summit held as an event by its name, and an organisation\'s summit as the meeting of its heads of state', () => {
    const meetings = (sentence: string): string[] => extractText(`PRESS RELEASE\n\n${sentence}\n`).meetings.map((m) => `${m.body}|${m.date?.text}|${m.place}`);
    assert.deepEqual(meetings('Mr. Guterres referred to the Summit of the Future to be held in New York in September 2024.'), ['Summit of the Future|2024-09|New York']);
    assert.deepEqual(meetings('The UN Secretary-General referred to the Summit of the Future to be held in September 2024.'), ['Summit of the Future|2024-09|undefined']);
    assert.deepEqual(meetings('The leaders recalled the Summit of the Americas held in Lima in 2018.'), ['Summit of the Americas|2018|Lima']);
    assert.deepEqual(meetings('The leaders recalled the Summit of the Shanghai Cooperation Organization held in Astana in 2017.'), ['SCO Council of Heads of State|2017|Astana']);
    assert.deepEqual(meetings('The Summit of the Heads of State of the CSTO was held in Minsk on 23 November 2023.'), ['CSTO Meeting of Heads of State|2023-11-23|Minsk']);
  });

  it('dates a meeting held "next year" or "last year" from the year of the text, and places it in a state', () => {
    const meetings = (text: string): string[] => extractText(text).meetings.map((m) => `${m.own}|${m.body}|${m.date?.text}|${m.place}`);
    const report = 'PRESS RELEASE\n\nThe meeting of the Secretaries of Security Councils of the SCO member states was held in New Delhi on 14 April 2023.\n\n';
    assert.deepEqual(meetings(`${report}The next meeting of the Secretaries of Security Councils will be held next year in Kazakhstan.\n`), [
      'true|Meeting of SCO Secretaries of Security Councils|2023-04-14|New Delhi',
      'false|Meeting of SCO Secretaries of Security Councils|2024|Kazakhstan',
    ]);
    assert.deepEqual(meetings(`${report}The next meeting of the Secretaries of Security Councils will take place in Kazakhstan next year.\n`).slice(1), ['false|Meeting of SCO Secretaries of Security Councils|2024|Kazakhstan']);
    assert.deepEqual(meetings(`${report}They recalled the meeting of the Council of Heads of State of the SCO held last year in Samarkand.\n`).slice(1), ['false|SCO Council of Heads of State|2022|Samarkand']);
  });

  it("names the SCO's meetings of heads of government and of foreign ministers by its councils", () => {
    const bodies = (text: string): string[] => extractText(text).meetings.map((m) => `${m.own}|${m.body}`);
    assert.deepEqual(bodies('PRESS RELEASE\n\nThe heads of government of the SCO member states held a meeting in Tashkent on 2 November 2019.\n'), ['true|SCO Council of Heads of Government']);
    assert.deepEqual(bodies('PRESS RELEASE\n\nThe Ministers of Foreign Affairs of the Shanghai Cooperation Organization held a meeting in Moscow on 10 September 2020.\n\nThey recalled the extraordinary meeting of the Council on 13 May 2020.\n'), [
      'true|SCO Council of Ministers of Foreign Affairs',
      'false|SCO Council of Ministers of Foreign Affairs',
    ]);
  });

  it("cites the titles of a treaty's preamble, whose lines end with commas, and of a paragraph ending with a comma", () => {
    const treaty = joinLines(
      'Treaty on Fisheries between the Kingdom of Norway and Iceland',
      '',
      'The Kingdom of Norway and Iceland, hereinafter the Parties,',
      '',
      'mindful of the Charter of the United Nations,',
      '',
      'have agreed as follows:',
      '',
      'Article 1',
      'The Parties shall respect the Charter of the United Nations.',
      '',
    );
    assert.deepEqual(extractText(treaty).titles.map((t) => `${t.title}|${t.start}`), [
      `Charter of the United Nations|${treaty.indexOf('Charter')}`,
      `Charter of the United Nations|${treaty.lastIndexOf('Charter')}`,
    ]);
    const release = joinLines('Press Release', '', 'The envoys,', '', 'guided by the Charter of the United Nations,', '');
    assert.deepEqual(extractText(release).titles.map((t) => t.title), ['Charter of the United Nations']);
  });

  it("cites no treaty inside an organisation's name (`Collective Security Treaty Organization`), but the treaty named alone", () => {
    const text = 'DECLARATION\n\nThe Council of the Collective Security Treaty Organization (CSTO) and the North Atlantic Treaty Organization recalled the Collective Security Treaty.\n';
    assert.deepEqual(extractText(text).titles.map((t) => `${t.title}|${text.slice(t.end, t.end + 2)}`), ['Collective Security Treaty|.\n']);
  });

  it('cites document titles by their long and their short form', () => {
    const titles = extractText(communique).titles.map((t) => t.title);
    assert.ok(titles.includes('Charter of the Shanghai Cooperation Organization'));
    assert.ok(titles.includes('SCO Charter'));
  });

  it('marks an extraordinary meeting and dates it from the sentence opening', () => {
    const text = 'On 5 March 2014, the Extraordinary Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held in Tashkent.';
    const meeting = extractText(text).meetings[0];
    assert.equal(meeting?.extraordinary, true);
    assert.equal(meeting?.date?.text, '2014-03-05');
    assert.equal(meeting?.place, 'Tashkent');
  });

  it('gives a state named as the venue its canonical short name', () => {
    const text = 'The ministers looked forward to the upcoming Meeting of the SCO Council of Heads of State to be held in the Russian Federation in 2015.';
    const meeting = extractText(text).meetings[0];
    assert.equal(meeting?.place, 'Russia');
    assert.equal(meeting?.date?.text, '2015');
  });

  it("ends a meeting's body before `in` and a place or a date, which are the meeting's own", () => {
    const read = (text: string): string[] => extractText(text).meetings.map((m) => `${m.body}|${m.date?.text}|${m.place}`);
    assert.deepEqual(read('The heads of state praised the meeting of the SCO Council of Heads of Government in Almaty on 3 March 2021.'), ['SCO Council of Heads of Government|2021-03-03|Almaty']);
    assert.deepEqual(read('They prepared the meeting of the Council of Heads of Government of the SCO in Kazan in 2022.'), ['SCO Council of Heads of Government|2022|Kazan']);
    assert.deepEqual(read('They recalled the meeting of the SCO Council of Heads of Government in Samarkand.'), ['SCO Council of Heads of Government|undefined|Samarkand']);
    // The owner written inside the group's name is not written twice.
    assert.deepEqual(read('They welcomed the meeting of the SCO Education Ministers in Osh on 2 May 2020.'), ['Meeting of SCO Education Ministers|2020-05-02|Osh']);
    assert.deepEqual(read('They noted the meeting of the SCO ministers in charge of transport.'), ['Meeting of SCO Ministers in Charge of Transport|undefined|undefined']);
  });

  it("keeps the previous and the next meeting of the own meeting's body apart from it and from each other", () => {
    const text = joinLines(
      'Information Note on the Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization',
      '',
      'The meeting of the Council of Ministers of Foreign Affairs of the SCO was held on 2 March 2023 in Astana.',
      '',
      'The ministers reviewed the decisions of the previous meeting of the Council of Ministers of Foreign Affairs and agreed on the agenda of the next meeting of the Council of Ministers of Foreign Affairs. The meeting closed with a lunch.',
      '',
    );
    const meetings = extractText(text).meetings.map((m) => `${m.own}|${m.date?.text}|${m.mentions.map((r) => at(text, r).split(' ')[1]).join(',')}`);
    assert.deepEqual(meetings, ['true|2023-03-02|Meeting,meeting,meeting', 'false|undefined|previous', 'false|undefined|next']);
  });

  it("joins a bare `the summit` to the own meeting of heads of state only, not to a ministers' meeting", () => {
    const mentionsOfOwn = (text: string): string[] => (extractText(text).meetings.find((m) => m.own)?.mentions ?? []).map((r) => at(text, r));
    const ministers = joinLines(
      'Press Release on the Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization',
      '',
      'The meeting of the Council of Ministers of Foreign Affairs of the SCO was held on 9 May 2019 in Osh. The ministers discussed the preparations for the summit.',
      '',
    );
    assert.deepEqual(mentionsOfOwn(ministers), ['the Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization', 'The meeting of the Council of Ministers of Foreign Affairs of the SCO']);
    const heads = joinLines(
      'Press Release on the Meeting of the Council of Heads of State of the Shanghai Cooperation Organization',
      '',
      'The meeting of the Council of Heads of State of the SCO was held on 9 June 2019 in Osh. The leaders praised the organisation of the summit.',
      '',
    );
    assert.deepEqual(mentionsOfOwn(heads).slice(-1), ['the summit']);
  });

  it('reads a place written before the meeting noun and a date after "of"', () => {
    const text = 'The envoys recalled the results of the Oslo meeting of the Council of Ministers of Foreign Affairs of the SCO of 12 March 2021.';
    const meetings = extractText(text).meetings.map((m) => `${m.body}|${m.date?.text}|${m.place}|${at(text, m.mentions[0])}`);
    assert.deepEqual(meetings, ['SCO Council of Ministers of Foreign Affairs|2021-03-12|Oslo|the Oslo meeting of the Council of Ministers of Foreign Affairs of the SCO of 12 March 2021']);
    const delhi = 'The leaders recalled the results of the New Delhi meeting of the SCO Council of Heads of State of 4 July 2023.';
    assert.deepEqual(extractText(delhi).meetings.map((m) => `${m.place}|${at(delhi, m.mentions[0])}`), ['New Delhi|the New Delhi meeting of the SCO Council of Heads of State of 4 July 2023']);
    const summit = 'The heads of state reviewed the work done since the Oslo SCO summit of June 2018.';
    assert.deepEqual(extractText(summit).meetings.map((m) => `${m.date?.text}|${m.place}|${at(summit, m.mentions[0])}`), ['2018-06|Oslo|the Oslo SCO summit of June 2018']);
    // A capitalised word that is no place of the lexicon is not read as one.
    const council = 'The envoys recalled the Plenary meeting of the Council of Ministers of Foreign Affairs of the SCO of 12 March 2021.';
    assert.deepEqual(extractText(council).meetings.map((m) => `${m.date?.text}|${m.place}`), ['2021-03-12|undefined']);
  });

  it("takes an organisation's summit for the meeting of its heads of state", () => {
    const text = 'On 3 August 2019, the envoys reviewed the results of the SCO summit in Bishkek in June 2019.';
    const meetings = extractText(text).meetings.map((m) => `${m.body}|${m.date?.text}|${m.place}|${at(text, m.mentions[0])}`);
    assert.deepEqual(meetings, ['SCO Council of Heads of State|2019-06|Bishkek|the SCO summit in Bishkek in June 2019']);
  });

  it("gives a council of heads of state the text's organisation, never the UN's a paragraph before cites", () => {
    const text = 'DECLARATION\n\nThe member states of the Shanghai Cooperation Organization met.\n\nThe member states reaffirm UN Security Council resolution 2396.\n\nThey recall the meeting of the Council of Heads of State held in Bergen on 16 September 2022.\n';
    assert.deepEqual(extractText(text).meetings.map((m) => `${m.body}|${m.date?.text}`), ['SCO Council of Heads of State|2022-09-16']);
  });

  it('splits the state closing an organ run off the role: the official is of that state', () => {
    const text = 'The meeting was chaired by Chairman of the Cabinet of Ministers of the Kyrgyz Republic Talant Osmonov.';
    assert.deepEqual(extractText(text).officials.map((o) => `${o.name}|${o.role}|${o.state}`), ['Talant Osmonov|Chairman of the Cabinet of Ministers|Kyrgyzstan']);
  });

  it('takes a chair written after the chairmanship phrase with an honorific, and the role after a comma, for the chair', () => {
    const chair = (sentence: string): string[] => {
      const result = extractText(joinLines('CHAIRMAN\'S STATEMENT', '', sentence, ''));
      return result.participants.map((p) => {
        const o = result.officials[p.official];
        return `${o?.name}|${o?.role}|${o?.state}|${p.kind}`;
      });
    };
    assert.deepEqual(chair('The Summit of the Association of Southeast Asian Nations was held in Bergen on 5 September 2023 under the chairmanship of H.E. Talant Osmonov, President of the Kyrgyz Republic.'), [
      'Talant Osmonov|President|Kyrgyzstan|chair',
    ]);
    assert.deepEqual(chair('The meeting of the Council of Ministers of Foreign Affairs of the SCO was held in Bergen on 5 May 2021. It was chaired by Mr. Kadri Tammsaar, Minister of Foreign Affairs of the Republic of Estonia.'), [
      'Kadri Tammsaar|Minister of Foreign Affairs|Estonia|chair',
    ]);
    assert.deepEqual(chair('The meeting of the Secretaries of Security Councils of the SCO member states was held in Bergen on 14 April 2023. It was chaired by National Security Adviser of the Republic of India Ravi Menon.'), [
      'Ravi Menon|National Security Adviser|India|chair',
    ]);
  });

  it('takes the signatories of a treaty for officials of the states they sign for', () => {
    const text = ['Done at Bergen on 1 May 2010.', '', 'For the Republic of Kazakhstan A. Bekov (signed)', 'For the Kyrgyz Republic', 'Talant Osmonov', 'For the Russian Federation, the Agreement enters into force on signature.'].join('\n');
    assert.deepEqual(
      extractText(text).officials.map((o) => `${o.name}|${o.state}|${o.role}`),
      ['A. Bekov|Kazakhstan|undefined', 'Talant Osmonov|Kyrgyzstan|undefined'],
    );
    // A colon may stand between the state and the name.
    const colon = ['Done at Bergen on 1 May 2010.', '', "For the People's Republic of China: Li Wen", 'For the Russian Federation: V. Orlov (signed)'].join('\n');
    assert.deepEqual(
      extractText(colon).officials.map((o) => `${o.name}|${o.state}`),
      ['Li Wen|China', 'V. Orlov|Russia'],
    );
  });

  it('takes the signatories of an agreement signed for a government or an organisation, and no department', () => {
    const text = [
      'For the Government of the Republic of Kazakhstan Askar Bekov (signed)',
      'For the Shanghai Cooperation Organization Ivan Norvik (signed)',
      'For the Russian Federation',
      'Main Directorate (signed)',
    ].join('\n');
    assert.deepEqual(
      extractText(text).officials.map((o) => `${o.name}|${o.state}|${o.organization}`),
      ['Askar Bekov|Kazakhstan|undefined', 'Ivan Norvik|undefined|SCO'],
    );
  });

  it('takes the signatories of a block in columns, and of a line "On behalf of" with the role under the name', () => {
    const text = [
      'Done at Bergen on 1 May 2010 in two originals.',
      '',
      'For the Republic of Kazakhstan          For the Kyrgyz Republic',
      'K. Bekov                                S. Osmonov',
      '',
      'On behalf of the Government of the Republic of Uzbekistan',
      'Bakhtiyor Saidov',
      'Minister of Foreign Affairs',
      '',
      'For the Republic of Tajikistan          For the Russian Federation',
      'The Parties agree.',
    ].join('\n');
    assert.deepEqual(
      extractText(text).officials.map((o) => `${o.name}|${o.state}|${o.role}`),
      ['K. Bekov|Kazakhstan|undefined', 'S. Osmonov|Kyrgyzstan|undefined', 'Bakhtiyor Saidov|Uzbekistan|Minister of Foreign Affairs'],
    );
  });

  it('knows the regional organisations of Latin America, Africa and Asia, and their summits', () => {
    const text = 'The ministers welcomed the results of the third EU-CELAC Summit, held in Brussels on 17 and 18 July 2023, and of the ECOWAS Summit held in Abuja on 15 December 2024.';
    assert.deepEqual(
      extractText(text).meetings.map((m) => `${m.body}|${m.date?.text}|${m.place}`),
      ['EU–CELAC Summit|2023-07-17/2023-07-18|Brussels', 'ECOWAS Meeting of Heads of State|2024-12-15|Abuja'],
    );
  });

  it("reads `its summit` as the summit of the organisation the sentence names before it", () => {
    const bodies = (text: string): string[] => extractText(text).meetings.map((m) => `${m.body}|${m.date?.text}|${m.place}`);
    const turkic = 'The Presidents noted the importance of close coordination within the Organization of Turkic States, recalling the decisions of its summit held in Istanbul on November 12, 2021.';
    assert.deepEqual(bodies(turkic), ['OTS Meeting of Heads of State|2021-11-12|Istanbul']);
    // `its` with no organisation before it in its sentence names none.
    assert.deepEqual(bodies('The SCO met in June. The ministers recalled the decisions of its summit held in Istanbul on November 12, 2021.'), []);
  });

  it("takes a bare summit, dated and placed, for a summit of the one organisation the text's meetings are of", () => {
    const bodies = (text: string): string[] => extractText(text).meetings.map((m) => `${m.body}|${m.date?.text}|${m.place}`);
    const sco = 'The Council of Heads of State of the SCO met in Bergen on 14 June 2019. The leaders recalled the decisions of the Oslo summit of June 2018.';
    assert.deepEqual(bodies(sco), ['SCO Council of Heads of State|2019-06-14|Bergen', 'SCO Council of Heads of State|2018-06|Oslo']);
    // A text of no organisation's meetings leaves it alone: whose summit it was, the text does not say.
    assert.deepEqual(bodies('The ministers recalled the decisions of the Oslo summit of June 2018.'), []);
  });

  it("names the SCO's summit and its meeting of heads of state by its Council of Heads of State, and no other organisation's", () => {
    const bodies = (text: string): string[] => extractText(text).meetings.map((m) => `${m.body}|${m.date?.text}`);
    assert.deepEqual(bodies('They discussed the preparations for the SCO summit.'), ['SCO Council of Heads of State|undefined']);
    assert.deepEqual(bodies('The Shanghai Cooperation Organization recalled the 2002 meeting of heads of state.'), ['SCO Council of Heads of State|2002']);
    // The Shanghai Five had no such council: its summits stay meetings of heads of state.
    assert.deepEqual(bodies('The Shanghai Five recalled the 1999 meeting of heads of state.'), ['Shanghai Five Meeting of Heads of State|1999']);
  });

  it('joins a meeting told at a city and again at its state, but not at another city of that state', () => {
    const meetings = (text: string): string[] => extractText(text).meetings.map((m) => `${m.date?.text}|${m.place}|${m.mentions.length}`);
    const city = 'The envoys reviewed the results of the SCO summit in Qingdao on 9-10 June 2018.';
    assert.deepEqual(meetings(`${city} The SCO summit in China in June 2018 adopted a declaration.`), ['2018-06-09/2018-06-10|Qingdao|2']);
    assert.deepEqual(meetings(`${city} The SCO summit in Beijing in June 2018 adopted a declaration.`), ['2018-06-09/2018-06-10|Qingdao|1', '2018-06|Beijing|1']);
  });

  it('reads a season written with its article after `in`, then the place', () => {
    const text = 'The ministers welcomed the meeting of the SCO Council of Heads of Government in the spring of 2016 in Bishkek.';
    const meetings = extractText(text).meetings.map((m) => `${m.body}|${m.date?.text}|${m.place}`);
    assert.deepEqual(meetings, ['SCO Council of Heads of Government|2016|Bishkek']);
  });

  it('reads the place after a date range or `this year`, which takes the year of the document', () => {
    const text = joinLines(
      'Press Release',
      '',
      'On 2 February 2021, the ministers prepared the meeting of the SCO Council of Heads of State to be held on June 9-10 this year in Osh, the meeting of the SCO Council of Heads of Government to be held in Khujand this year, the meeting of the SCO Council of Ministers of Foreign Affairs held from 13 to 14 January 2021 in Minsk and the meeting of the SCO Defence Ministers held on 30 December 2020 - 2 January 2021 in Baku.',
      '',
    );
    const meetings = extractText(text).meetings.map((m) => `${m.date?.text}|${m.place}`);
    assert.deepEqual(meetings, ['2021-06-09/2021-06-10|Osh', '2021|Khujand', '2021-01-13/2021-01-14|Minsk', '2020-12-30/2021-01-02|Baku']);
  });

  it('does not take a generic or institutional meeting for a specific one', () => {
    const text = 'The Organization shall hold a formal meeting of heads of state of the member states a year; the meetings shall be held in rotation, and meeting mechanisms may be set up.';
    assert.deepEqual(extractText(text).meetings, []);
  });

  it('reads the state from an adjective or a possessive written before the role', () => {
    const result = extractText("Kazakh Foreign Minister Yerlan Idrissov met China's President Hu Jintao.");
    assert.deepEqual(result.officials.map((o) => [o.name, o.role, o.state]), [
      ['Yerlan Idrissov', 'Foreign Minister', 'Kazakhstan'],
      ['Hu Jintao', 'President', 'China'],
    ]);
  });

  it('reads an organisation officer whose name has diacritics after the organisation', () => {
    const [official] = extractText('The Secretary-General of the United Nations António Guterres spoke.').officials;
    assert.equal(official?.name, 'António Guterres');
    assert.equal(official?.role, 'Secretary-General of the United Nations');
  });

  it('names bilateral talks by their parties (initials included), with the date and place of the predicate', () => {
    const cases = [
      ['The talks between President Ivanov and President Petrov took place on 12 October 2019 in Sochi.', 'Talks between President Ivanov and President Petrov', '2019-10-12', 'Sochi'],
      [
        'On 3 March 2010 in Astana, the talks between President of the Republic of Kazakhstan N. Nazarbayev and President of the Kyrgyz Republic K. Bakiyev were held.',
        'Talks between President of the Republic of Kazakhstan N. Nazarbayev and President of the Kyrgyz Republic K. Bakiyev',
        '2010-03-03',
        'Astana',
      ],
    ];
    for (const [text, body, date, place] of cases) {
      const [meeting] = extractText(text ?? '').meetings;
      assert.deepEqual([meeting?.body, meeting?.date?.text, meeting?.place], [body, date, place]);
    }
  });

  describe('talks told by a verb', () => {
    const described = (text: string): string[] => {
      const result = extractText(text);
      return result.meetings.map((m) => [m.body, m.date?.text, m.place, m.own, m.mentions.map((r) => at(text, r)).join(' + ')].join(' | '));
    };

    it('are a meeting named by the states of their parties, dated and placed by their sentence', () => {
      const cases: [string, string][] = [
        [
          'On 14 May 2021, President of the Russian Federation V. Orlov held talks with President of the Republic of Kazakhstan A. Serikov in Sochi.',
          'Russia–Kazakhstan Talks | 2021-05-14 | Sochi | true | talks with President of the Republic of Kazakhstan A. Serikov in Sochi',
        ],
        [
          'Minister of Foreign Affairs of India R. Mehta held bilateral talks in Hanoi with Minister of Foreign Affairs of Viet Nam T. Lan on 2 June 2023.',
          'India–Vietnam Talks | 2023-06-02 | Hanoi | true | bilateral talks in Hanoi with Minister of Foreign Affairs of Viet Nam T. Lan on 2 June 2023',
        ],
        ['Kazakh Foreign Minister B. Nurlanov had talks with Chinese Foreign Minister L. Chen.', 'Kazakhstan–China Talks |  |  | true | talks with Chinese Foreign Minister L. Chen'],
        [
          'Minister of Foreign Affairs of Kazakhstan B. Nurlanov held official talks with the Minister of Foreign Affairs of India in Astana.',
          'Kazakhstan–India Talks |  | Astana | true | official talks with the Minister of Foreign Affairs of India in Astana',
        ],
        [
          'President of Kazakhstan A. Serikov and President of Türkiye M. Demir held talks in Astana on 12 October 2022.',
          'Kazakhstan–Türkiye Talks | 2022-10-12 | Astana | true | talks in Astana on 12 October 2022',
        ],
        [
          'President of the Russian Federation V. Orlov held Russian-Indian talks with Prime Minister of India R. Mehta on 3 July 2024.',
          'Russia–India Talks | 2024-07-03 |  | true | Russian-Indian talks with Prime Minister of India R. Mehta on 3 July 2024',
        ],
      ];
      for (const [text, meeting] of cases) {
        assert.deepEqual(described(text), [meeting], text);
      }
    });

    it('make a meeting told by a verb the same way (`held a meeting with`), with both parties as participants', () => {
      const text = 'On 14 May 2021, President of the Russian Federation V. Orlov had a bilateral meeting with President of the Republic of Kazakhstan A. Serikov in Sochi.';
      assert.deepEqual(described(text), ['Russia–Kazakhstan Meeting | 2021-05-14 | Sochi | true | a bilateral meeting with President of the Republic of Kazakhstan A. Serikov in Sochi']);
      const result = extractText(text);
      assert.deepEqual(result.participants.map((p) => [result.officials[p.official]?.name, p.kind]), [['V. Orlov', 'attended'], ['A. Serikov', 'attended']]);
      // Written with a capital, as some readouts do, the same meeting and the same parties.
      const capital = extractText(text.replace('meeting', 'Meeting'));
      assert.deepEqual(capital.participants.map((p) => [capital.officials[p.official]?.name, p.kind]), [['V. Orlov', 'attended'], ['A. Serikov', 'attended']]);
      assert.deepEqual(described('President V. Orlov will hold a meeting with President A. Serikov in Sochi.'), ['Meeting between President V. Orlov and President A. Serikov |  | Sochi | false | a meeting with President A. Serikov in Sochi']);
      // Not told by a verb with its parties: no meeting, as before.
      assert.deepEqual(described('The ministers agreed to hold a meeting with experts. President V. Orlov chaired a meeting.'), []);
    });

    it("make a readout's first sentence `A met with B` its own meeting, both parties attending, but not beside a meeting named", () => {
      const text = 'PRESS RELEASE\n\nOn 14 May 2021, Minister of Foreign Affairs of the Russian Federation V. Orlov met with Minister of Foreign Affairs of the Republic of Kazakhstan A. Serikov in Sochi. The ministers discussed trade.';
      assert.deepEqual(described(text), ['Russia–Kazakhstan Meeting | 2021-05-14 | Sochi | true | met with Minister of Foreign Affairs of the Republic of Kazakhstan A. Serikov in Sochi']);
      const result = extractText(text);
      assert.deepEqual(result.participants.map((p) => [result.officials[p.official]?.name, p.kind]), [['V. Orlov', 'attended'], ['A. Serikov', 'attended']]);
      // A council's meeting named first: the president who met with its ministers hosted them, as before.
      const council = 'The meeting of the Council of Ministers of Foreign Affairs of the SCO was held in Sochi on 14 May 2021. President of the Russian Federation V. Orlov met with the ministers.';
      assert.deepEqual(described(council).map((m) => m.split(' | ')[0]), ['SCO Council of Ministers of Foreign Affairs']);
      const hosted = extractText(council);
      assert.deepEqual(hosted.participants.map((p) => [hosted.officials[p.official]?.name, p.kind]), [['V. Orlov', 'host']]);
    });

    it('read `A and B will meet again in <place> on <date>` as a meeting to come between the two', () => {
      const text = 'READOUT\n\nThe ministers discussed trade. Minister of Foreign Affairs of the Russian Federation V. Orlov and Minister of Foreign Affairs of the Republic of Kazakhstan A. Serikov will meet again in Astana on 12-13 November 2023.';
      assert.deepEqual(described(text), ['Russia–Kazakhstan Meeting | 2023-11-12/2023-11-13 | Astana | false | will meet again in Astana on 12-13 November 2023']);
      // Without two parties: none.
      assert.deepEqual(described('READOUT\n\nThe ministers discussed trade. They will meet again in Astana on 12 November 2023.'), []);
    });

    it('list no meeting for talks that name neither their parties nor a body (`the two leaders held bilateral talks`)', () => {
      assert.deepEqual(described('The two leaders held bilateral talks on 9 September 2023. Bilateral talks followed in Sochi.'), []);
      // Named by their parties' states, they are one, as before.
      assert.deepEqual(described('The Russian-Chinese talks were held in Beijing.').map((m) => m.split(' | ')[0]), ['Russia–China Talks']);
    });

    it('date a meeting by the days after its place\'s comma (`in Vilnius, 11-12 July 2023`), as a front matter writes them', () => {
      const text = 'Vilnius Summit Communiqué\n\nIssued by the Heads of State and Government participating in the meeting of the North Atlantic Council in Vilnius, 11-12 July 2023\n\n1. We, the Heads of State and Government, have met in Vilnius.';
      const [meeting] = extractText(text).meetings;
      assert.equal(meeting?.date?.text, '2023-07-11/2023-07-12');
      assert.equal(meeting?.place, 'Vilnius');
    });

    it('place a meeting in a city whose name begins with its state\'s (`Mexico City`), not in the state', () => {
      const text = 'PRESS RELEASE\n\nOn 14 May 2021, Minister of Foreign Affairs of Mexico V. Orlov met with Minister of Foreign Affairs of Kuwait A. Serikov in Mexico City.';
      assert.deepEqual(described(text), ['Mexico–Kuwait Meeting | 2021-05-14 | Mexico City | true | met with Minister of Foreign Affairs of Kuwait A. Serikov in Mexico City']);
    });

    it('read `A met today in Doha with B` and `A held a summit meeting with B` as the readout\'s own meeting', () => {
      const text = 'READOUT\n\nOn 14 May 2021, Minister of Foreign Affairs of the Russian Federation V. Orlov met today in Sochi with Minister of Foreign Affairs of the Republic of Kazakhstan A. Serikov. The ministers discussed trade.';
      assert.deepEqual(described(text), ['Russia–Kazakhstan Meeting | 2021-05-14 | Sochi | true | met today in Sochi with Minister of Foreign Affairs of the Republic of Kazakhstan A. Serikov']);
      // Told as today's in a text dated by a date line (`2021-05-14` under the heading): the meeting is on that day.
      const today = extractText('READOUT\n\n2021-05-14\n\nMinister of Foreign Affairs of the Russian Federation V. Orlov met today in Sochi with Minister of Foreign Affairs of the Republic of Kazakhstan A. Serikov.');
      assert.deepEqual(today.meetings.map((m) => [m.body, m.date?.text]), [['Russia–Kazakhstan Meeting', '2021-05-14']]);
      // Both attended; whom the minister met at a later stop (`In Astana, ...`) did not host this meeting.
      const journey = extractText(`${text}\n\nIn Astana, the Minister met with Minister of Foreign Affairs of the Republic of Kazakhstan B. Marat.`);
      assert.deepEqual(journey.participants.map((p) => [journey.officials[p.official]?.name, p.kind]), [['V. Orlov', 'attended'], ['A. Serikov', 'attended']]);
      const summit = 'READOUT\n\nOn 16 March 2023, Prime Minister V. Orlov of the Russian Federation held a summit meeting with President A. Serikov of the Republic of Kazakhstan in Sochi.';
      assert.deepEqual(described(summit), ['Russia–Kazakhstan Meeting | 2023-03-16 | Sochi | true | a summit meeting with President A. Serikov of the Republic of Kazakhstan in Sochi']);
      const result = extractText(summit);
      assert.deepEqual(result.participants.map((p) => [result.officials[p.official]?.name, p.kind]), [['V. Orlov', 'attended'], ['A. Serikov', 'attended']]);
      // `met` and the other party without `with`; but not `met the press`.
      const direct = 'READOUT\n\nOn 7 September 2023, President of the Russian Federation V. Orlov met President of the Republic of Kazakhstan A. Serikov in Sochi.';
      assert.deepEqual(described(direct), ['Russia–Kazakhstan Meeting | 2023-09-07 | Sochi | true | met President of the Republic of Kazakhstan A. Serikov in Sochi']);
      assert.deepEqual(described('READOUT\n\nOn 7 September 2023, President of the Russian Federation V. Orlov met the press in Sochi.'), []);
    });

    it("make `A met with B` on the sidelines of a meeting the readout's own meeting, dated and placed as that meeting, which the sentence dates", () => {
      const text = 'PRESS RELEASE\n\nOn 10 June 2024, on the sidelines of the BRICS Foreign Ministers\' Meeting in Nizhny Novgorod, Minister of Foreign Affairs of the Russian Federation V. Orlov met with Minister of Foreign Affairs of the Republic of India R. Mehta. The ministers discussed trade.';
      assert.deepEqual(described(text), [
        'BRICS Meeting of Ministers of Foreign Affairs | 2024-06-10 | Nizhny Novgorod | false | the BRICS Foreign Ministers\' Meeting in Nizhny Novgorod',
        'Russia–India Meeting | 2024-06-10 | Nizhny Novgorod | true | met with Minister of Foreign Affairs of the Republic of India R. Mehta',
      ]);
      const result = extractText(text);
      assert.deepEqual(result.participants.map((p) => [result.officials[p.official]?.name, p.kind]), [['V. Orlov', 'attended'], ['R. Mehta', 'attended']]);
      // At the meeting itself, not on its sidelines: the meeting named is the one they met at, as before.
      const at = text.replace('on the sidelines of', 'at');
      assert.deepEqual(described(at).map((m) => m.split(' | ')[0]), ['BRICS Meeting of Ministers of Foreign Affairs']);
    });

    it("takes no participants of the own meeting from another event: a press conference's answers, another day, the margins, a meeting to come", () => {
      const transcript = joinLines(
        "Foreign Ministry Spokesperson's Regular Press Conference on 8 April 2024",
        '',
        'Minister of Foreign Affairs V. Orlov held talks with Minister of Foreign Affairs A. Serikov in Beijing on 9 April 2024.',
        '',
        'Reuters: Minister of Finance B. Kovacs concluded her visit. She met with Premier C. Lindqvist.',
        '',
        'Spokesperson Li Wen: Premier C. Lindqvist met with her. We welcome the visit.',
        '',
        'AFP: Will Minister D. Marten visit?',
        '',
        'Spokesperson Li Wen: Minister of Foreign Affairs V. Orlov met with Minister D. Marten in Antalya on 29 March 2023.',
      );
      assert.deepEqual(participantsOf(transcript), ['V. Orlov|attended', 'A. Serikov|attended']);
      const communique = joinLines(
        'COMMUNIQUE',
        '',
        'The Ministers met in Capri on 17-19 April 2024 under the Presidency of Minister of Foreign Affairs E. Rossi.',
        '',
        'Minister of Foreign Affairs F. Weber attended. Mr. Weber also met with Minister of Foreign Affairs G. Novak on the margins. Minister E. Rossi will host the next meeting.',
      );
      assert.deepEqual(participantsOf(communique), ['F. Weber|attended']);
      // Another day, outside any transcript: a meeting of its own.
      const earlier = joinLines('COMMUNIQUE', '', 'The Ministers met in Capri on 17-19 April 2024.', '', 'Minister of Foreign Affairs F. Weber attended. Minister E. Rossi met with Minister G. Novak in Rome on 3 March 2024.');
      assert.deepEqual(participantsOf(earlier), ['F. Weber|attended']);
    });

    it('reads who hosted a meeting (`for hosting the Summit`), not a dinner, and whose participation the text welcomes', () => {
      const text = joinLines(
        'DECLARATION',
        '',
        '1. We, the Leaders, met in Kazan on 22-24 October 2024 for the XVI BRICS Summit.',
        '',
        '2. We express our appreciation to President V. Orlov of the Russian Federation for hosting the Summit. We welcome the participation of Minister of Foreign Affairs of Egypt A. Serikov. A dinner hosted by Minister B. Temirov closed the day.',
      );
      // The dinner's host hosted no meeting.
      assert.deepEqual(participantsOf(text), ['V. Orlov|host', 'A. Serikov|attended']);
    });

    it('reads who joined the meeting, not who attended a dinner, nor who met apart after the talks the text reports', () => {
      const council = joinLines(
        'EUROPEAN COUNCIL MEETING (27 AND 28 JUNE 2024) – CONCLUSIONS',
        '',
        'Brussels, 28 June 2024',
        '',
        '1. The European Council held a discussion with President V. Orlov, who joined the meeting in person. Minister of Foreign Affairs A. Serikov attended the informal dinner on 27 June.',
      );
      assert.deepEqual(participantsOf(council), ['V. Orlov|attended']);
      const talks = joinLines(
        'Joint Statement of the Two Republics',
        '',
        'Astana, 16 May 2024',
        '',
        'President of the Republic of Kazakhstan A. Serikov held talks with President of the Kyrgyz Republic B. Temirov in Astana on 16 May 2024. Prime Minister of the Republic of Kazakhstan C. Nurlan met with President B. Temirov.',
      );
      assert.deepEqual(participantsOf(talks), ['A. Serikov|attended', 'B. Temirov|attended']);
    });

    it('read a party whose state is written after the name (`President X of the Philippines held a bilateral meeting with ...`)', () => {
      const text = 'PRESS RELEASE\n\nOn 5 September 2023, President Ferdinand R. Marcos Jr. of the Philippines held a bilateral meeting with Prime Minister Lee Hsien Loong of Singapore in Jakarta.';
      assert.deepEqual(described(text), ['Philippines–Singapore Meeting | 2023-09-05 | Jakarta | true | a bilateral meeting with Prime Minister Lee Hsien Loong of Singapore in Jakarta']);
      const result = extractText(text);
      assert.deepEqual(result.participants.map((p) => [result.officials[p.official]?.name, p.kind]), [['Ferdinand R. Marcos Jr.', 'attended'], ['Lee Hsien Loong', 'attended']]);
    });

    it('name parties without a state as `talks between` writes them, so that both wordings name one body', () => {
      const verb = described('President V. Orlov held talks with President A. Serikov in Sochi on 14 May 2021.');
      assert.deepEqual(verb, ['Talks between President V. Orlov and President A. Serikov | 2021-05-14 | Sochi | true | talks with President A. Serikov in Sochi on 14 May 2021']);
      const [noun] = extractText('The talks between President V. Orlov and President A. Serikov took place in Sochi.').meetings;
      assert.equal(noun?.body, 'Talks between President V. Orlov and President A. Serikov');
    });

    it('make both parties participants of the own meeting, with those who attended it', () => {
      const text = joinLines(
        'PRESS RELEASE',
        '',
        'Astana, 12 October 2022 — President of Kazakhstan A. Serikov held talks with President of Türkiye M. Demir.',
        '',
        'The meeting was also attended by Minister of Foreign Affairs of Kazakhstan B. Nurlanov.',
      );
      const result = extractText(text);
      assert.deepEqual(described(text), ['Kazakhstan–Türkiye Talks | 2022-10-12 | Astana | true | talks with President of Türkiye M. Demir + The meeting']);
      assert.deepEqual(
        result.participants.map((p) => `${result.officials[p.official]?.name}:${p.kind}`),
        ['A. Serikov:attended', 'M. Demir:attended', 'B. Nurlanov:attended'],
      );
    });

    it("to come (`will hold talks`) are a meeting planned, not the text's own", () => {
      const text = 'Minister of Foreign Affairs of India R. Mehta will hold talks with Minister of Foreign Affairs of Viet Nam T. Lan in Hanoi on 2 June 2023.';
      assert.deepEqual(described(text), ['India–Vietnam Talks | 2023-06-02 | Hanoi | false | talks with Minister of Foreign Affairs of Viet Nam T. Lan in Hanoi on 2 June 2023']);
      assert.deepEqual(extractText(text).participants, []);
    });

    it('are no meeting where the verb is negated or no tense, or the sentence names no two parties', () => {
      const texts = [
        'President V. Orlov has not held talks with President A. Serikov.',
        'The ministers agreed to hold talks with President of Kazakhstan A. Serikov.',
        'The two leaders held talks in Sochi on 14 May 2021.',
        'President of Kazakhstan A. Serikov called for talks. He welcomed the resumption of talks and said that peace talks should resume.',
      ];
      for (const text of texts) {
        assert.deepEqual(described(text), [], text);
      }
    });
  });

  it('reads a meeting whose host city stands between the opening date and the meeting', () => {
    const [meeting] = extractText('On 2 March 2021, Dushanbe hosted the meeting of the Council of Ministers of Foreign Affairs of the SCO member states.').meetings;
    assert.equal(meeting?.date?.text, '2021-03-02');
    assert.equal(meeting?.place, 'Dushanbe');
  });

  it('gives a meeting held by videoconference that format for its place', () => {
    const [meeting] = extractText('The ministers prepared the meeting of the SCO Council of Heads of State, to be held by videoconference on 10 November 2020.').meetings;
    assert.equal(meeting?.place, 'videoconference');
    assert.equal(meeting?.date?.text, '2020-11-10');
  });

  for (const format of ['virtually', 'online', 'in a virtual format', 'in an online format']) {
    it(`gives a meeting held ${format} the format for its place, and reads its date after it`, () => {
      const [meeting] = extractText(`The leaders recalled the meeting of the SCO Council of Heads of State held ${format} on 10 November 2020.`).meetings;
      assert.equal(meeting?.place, 'videoconference');
      assert.equal(meeting?.date?.text, '2020-11-10');
    });
  }

  it('makes no participant of the own meeting the chair of another meeting told with its own date', () => {
    const text = 'We, the Leaders of BRICS, met in Rio de Janeiro on 6-7 July 2025. We commend the BRICS Ministers of Foreign Affairs for their meeting in Rio de Janeiro on 28-29 April 2025, chaired by Minister of Foreign Affairs of Brazil Mauro Vieira.';
    const result = extractText(text);
    assert.deepEqual(result.officials.map((o) => o.name), ['Mauro Vieira']);
    assert.deepEqual(result.participants, []);
  });

  it('tells attendance, chairing and hosting by each wording the texts use', () => {
    // The official is the subject of an active wording and the agent of a passive one.
    const orlov = 'President of the Russian Federation V. Orlov';
    const sentences = [
      `${orlov} attended the meeting.`, `${orlov} took part in it.`, `${orlov} participated in it.`, `${orlov} were present.`, `${orlov} was present.`,
      `${orlov} have met in Astana.`, `${orlov} chaired the meeting.`, `${orlov} presided over it.`, `The delegations were received by ${orlov}.`, `${orlov} met with the host.`,
    ];
    const kinds = sentences.map((sentence) => {
      const text = joinLines(
        'Meeting of the Council of Heads of State of the Shanghai Cooperation Organization',
        '',
        'A meeting of the Council of Heads of State of the Shanghai Cooperation Organization was held on June 15, 2009 in Astana.',
        '',
        `${sentence} The delegations attended.`,
      );
      return extractText(text).participants.map((p) => p.kind).join(',');
    });
    assert.deepEqual(kinds, ['attended', 'attended', 'attended', 'attended', 'attended', 'attended', 'chair', 'chair', 'host', 'host']);
  });

  it('takes no wording that runs on over a blank line, which ends the sentence', () => {
    const kinds = ['was\n\nreceived by the host.', 'took\n\npart in it.', 'was received by the host.'].map((wording) => {
      const text = joinLines(
        'Meeting of the Council of Heads of State of the Shanghai Cooperation Organization',
        '',
        'A meeting of the Council of Heads of State of the Shanghai Cooperation Organization was held on June 15, 2009 in Astana.',
        '',
        `President of the Russian Federation V. Orlov ${wording}`,
      );
      return extractText(text).participants.map((p) => p.kind).join(',');
    });
    // Received by a host, the official was there.
    assert.deepEqual(kinds, ['', '', 'attended']);
  });

  it('takes how each official took part from the clause that governs them, not from the whole sentence', () => {
    const text = joinLines(
      'Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization',
      '',
      'The meeting of the Council of Ministers of Foreign Affairs of the SCO was held on 3 March 2022 in Almaty.',
      '',
      'Minister of Foreign Affairs of the Republic of Kazakhstan A. Berikov chaired the meeting, which was attended by Minister of Foreign Affairs of the Kyrgyz Republic T. Osmonov and Minister of Foreign Affairs of the Republic of India R. Varma.',
      'The ministers were received by President of the Republic of Kazakhstan D. Sultanov, who thanked Minister of Foreign Affairs of the Russian Federation P. Orlov for his work.',
      'Minister of Foreign Affairs of the Republic of Tajikistan N. Karimzoda, who took part in the meeting, thanked Minister of Foreign Affairs of the Republic of Austria L. Weber.',
    );
    const result = extractText(text);
    const kinds = result.participants.map((p) => `${result.officials[p.official]?.name}:${p.kind}`);
    assert.deepEqual(kinds, ['A. Berikov:chair', 'T. Osmonov:attended', 'R. Varma:attended', 'D. Sultanov:host', 'N. Karimzoda:attended']);
  });

  it('takes the officials by whom a party `was represented` for participants, as `was attended by`', () => {
    const text = joinLines(
      'Joint Press Release following the 9th Summit',
      '',
      'The 9th EU-China Summit took place in Beijing on 7 December 2023. The European Union was represented by the President of the European Council A. Marten and the President of the European Commission B. Kovacs. They met with President of the People\'s Republic of China L. Wen.',
    );
    const result = extractText(text);
    const kinds = result.participants.map((p) => `${result.officials[p.official]?.name}:${p.kind}`);
    assert.deepEqual(kinds, ['A. Marten:attended', 'B. Kovacs:attended', 'L. Wen:host']);
  });

  it('reads a relative clause closed by a comma as an aside of the clause around it', () => {
    const text = joinLines(
      'Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization',
      '',
      'The meeting of the Council of Ministers of Foreign Affairs of the SCO was held on 3 March 2022 in Almaty.',
      '',
      'It was attended by Minister of Foreign Affairs of the Kyrgyz Republic T. Osmonov, who arrived on the eve, and Minister of Foreign Affairs of the Republic of India R. Varma.',
      'Minister of Foreign Affairs of the Russian Federation P. Orlov, who spoke last, and Minister of Foreign Affairs of the Republic of Austria L. Weber also took part in the meeting.',
      // A list that goes on after the comma is still the relative clause's.
      'They were received by President of the Republic of Kazakhstan D. Sultanov, who thanked President of the Republic of Latvia J. Ozols, President of the Republic of Chile B. Ruiz and Minister of Foreign Affairs of the Republic of Peru M. Soto.',
    );
    const result = extractText(text);
    const kinds = result.participants.map((p) => `${result.officials[p.official]?.name}:${p.kind}`);
    assert.deepEqual(kinds, ['T. Osmonov:attended', 'R. Varma:attended', 'P. Orlov:attended', 'L. Weber:attended', 'D. Sultanov:host']);
  });

  it('gives an active phrase followed by a colon the officials listed after it', () => {
    const text = joinLines(
      'Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization',
      '',
      'The meeting of the Council of Ministers of Foreign Affairs of the SCO was held on 3 March 2022 in Almaty.',
      '',
      'These ministers took part in the meeting: Minister of Foreign Affairs of the Kyrgyz Republic T. Osmonov, Minister of Foreign Affairs of the Republic of India R. Varma and Minister of Foreign Affairs of the Russian Federation P. Orlov.',
    );
    const result = extractText(text);
    const kinds = result.participants.map((p) => `${result.officials[p.official]?.name}:${p.kind}`);
    assert.deepEqual(kinds, ['T. Osmonov:attended', 'R. Varma:attended', 'P. Orlov:attended']);
  });

  it('reads a semicolon as the end of a clause only before a participation phrase of its own, else as a list separator', () => {
    const text = joinLines(
      'Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization',
      '',
      'The meeting of the Council of Ministers of Foreign Affairs of the SCO was held on 3 March 2022 in Almaty.',
      '',
      'The meeting was attended by Minister of Foreign Affairs of the Kyrgyz Republic T. Osmonov; Minister of Foreign Affairs of the Republic of India R. Varma; and Minister of Foreign Affairs of the Russian Federation P. Orlov.',
      'The following took part in it: Minister of Foreign Affairs of the Republic of Austria L. Weber; Minister of Foreign Affairs of the Republic of Chile B. Ruiz.',
      'Minister of Foreign Affairs of the Republic of Kazakhstan A. Berikov chaired the meeting; it was attended by Minister of Foreign Affairs of the Republic of Peru M. Soto.',
    );
    const result = extractText(text);
    const kinds = result.participants.map((p) => `${result.officials[p.official]?.name}:${p.kind}`);
    assert.deepEqual(kinds, ['T. Osmonov:attended', 'R. Varma:attended', 'P. Orlov:attended', 'L. Weber:attended', 'B. Ruiz:attended', 'A. Berikov:chair', 'M. Soto:attended']);
  });

  it('makes the official a meeting was held under the chairmanship of, or chaired by, its chair', () => {
    const osmonov = 'Minister of Foreign Affairs of the Kyrgyz Republic T. Osmonov';
    const sentences = [`The meeting was held under the chairmanship of ${osmonov}.`, `Under the chairmanship of ${osmonov}, the ministers discussed trade.`, `The meeting was chaired by ${osmonov}.`];
    const chairs = sentences.map((sentence) => {
      const text = joinLines(
        'Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization',
        '',
        'The meeting of the Council of Ministers of Foreign Affairs of the SCO was held on 3 March 2022 in Almaty.',
        '',
        sentence,
      );
      const result = extractText(text);
      return result.participants.map((p) => `${result.officials[p.official]?.name}:${p.kind}`).join(',');
    });
    assert.deepEqual(chairs, ['T. Osmonov:chair', 'T. Osmonov:chair', 'T. Osmonov:chair']);
  });

  it('makes no participant of the own meeting out of someone who attended another meeting', () => {
    const text = joinLines(
      'Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization',
      '',
      'The meeting of the Council of Ministers of Foreign Affairs of the SCO was held on 3 March 2022 in Almaty. Minister of Foreign Affairs of the Republic of Kazakhstan A. Berikov chaired the meeting.',
      '',
      'The ministers recalled that President of the Republic of India R. Varma attended the meeting of the SCO Council of Heads of State on 9 June 2021 in Minsk, and that President of the Republic of Austria L. Weber took part in the SCO summit in Minsk in 2021.',
      'The SCO summit in Minsk, which was attended by President of the Russian Federation P. Orlov, was a success. Minister of Foreign Affairs of the Kyrgyz Republic T. Osmonov also took part in the meeting.',
    );
    const result = extractText(text);
    const kinds = result.participants.map((p) => `${result.officials[p.official]?.name}:${p.kind}`);
    assert.deepEqual(kinds, ['A. Berikov:chair', 'T. Osmonov:attended']);
  });

  it("takes a council that `met in` a city in the opening paragraph for the document's own meeting", () => {
    const text = 'Tashkent Declaration\n\nThe Council of Heads of State of the Shanghai Cooperation Organization met in Tashkent on 10 June 2016. President I. Karimov chaired the meeting.\n';
    const own = extractText(text).meetings.find((m) => m.own);
    assert.equal(own?.body, 'SCO Council of Heads of State');
    assert.equal(own?.date?.text, '2016-06-10');
    assert.equal(own?.mentions.length, 2);
  });

  it('dates and places the meeting that the heading names from `met in` and the date opening its sentence', () => {
    const own = (text: string): string[] => extractText(text).meetings.filter((m) => m.own).map((m) => `${m.body}|${m.date?.text}|${m.place}|${m.mentions.length}`);
    // The heading names the meeting: the verb gives its date and place, and is no mention of its own.
    const named = 'Communique of the Meeting of the Council of Heads of Government of the Shanghai Cooperation Organization\n\nOn 4 October 2012, the Council of Heads of Government of the SCO met in Bishkek. The meeting was chaired by Prime Minister Z. Satybaldiev.\n';
    assert.deepEqual(own(named), ['SCO Council of Heads of Government|2012-10-04|Bishkek|2']);
    // The heading names none: the verb is the mention, dated by the sentence's opening.
    const unnamed = 'Joint Declaration of the Heads of State\n\nOn 7 June 2012, the heads of state of the member states of the Shanghai Cooperation Organization met in Beijing.\n';
    assert.deepEqual(own(unnamed), ['SCO Council of Heads of State|2012-06-07|Beijing|1']);
  });

  it('dates and places the undated, unplaced heading meeting from an anaphoric "The meeting was held on ... in ..."', () => {
    const text = 'Meeting of the Council of Heads of Government of the Shanghai Cooperation Organization\n\nThe meeting was held on 2 November 2022 in Samarkand. The prime ministers adopted a communique.\n';
    const meetings = extractText(text).meetings.map((m) => `${m.own}|${m.date?.text}|${m.place}|${m.mentions.map((r) => at(text, r)).join(',')}`);
    assert.deepEqual(meetings, ['true|2022-11-02|Samarkand|Meeting of the Council of Heads of Government of the Shanghai Cooperation Organization,The meeting']);
    // Another meeting at another place, which the text only recalls, stays apart from the own one.
    const recalled = 'Meeting of the Council of Heads of Government of the Shanghai Cooperation Organization\n\nThe ministers recalled that the meeting was held on 2 November 2022 in Samarkand.\n';
    assert.deepEqual(
      extractText(recalled).meetings.filter((m) => m.own).map((m) => `${m.date?.text}|${m.place}`),
      ['undefined|undefined'],
    );
  });

  it('dates and places the own meeting from "the Council ... held its meeting in <place>", the noun phrase being its mention', () => {
    const own = (text: string): string[] => extractText(text).meetings.filter((m) => m.own).map((m) => `${m.date?.text}|${m.place}|${m.mentions.map((r) => at(text, r)).join(',')}`);
    const named = 'Meeting of the Council of Heads of Government of the Shanghai Cooperation Organization\n\nOn 2 November 2022, the Council of Heads of Government of the SCO held its meeting in Samarkand.\n';
    assert.deepEqual(own(named), ['2022-11-02|Samarkand|Meeting of the Council of Heads of Government of the Shanghai Cooperation Organization,its meeting in Samarkand']);
    const unnamed = 'Joint Declaration\n\nOn 2 November 2022, the Council of Heads of Government of the SCO held its regular meeting in Samarkand.\n';
    assert.deepEqual(own(unnamed), ['2022-11-02|Samarkand|its regular meeting in Samarkand']);
  });

  it('finds registry names and names given with a role elsewhere in the text, written without a role', () => {
    const { registry } = parseRegistry('people:\n  - id: lavrov\n    name: Sergey Lavrov\n    aliases: [S. Lavrov]\n');
    const text = 'Minister of Foreign Affairs of the Republic of Kazakhstan Yerlan Idrissov spoke. S. Lavrov replied, and Yerlan Idrissov thanked him.';
    const names = extractText(text, registry).officials.map((o) => `${o.name}:${o.role ?? '-'}`);
    assert.deepEqual(names, ['Yerlan Idrissov:Minister of Foreign Affairs', 'S. Lavrov:-', 'Yerlan Idrissov:-']);
  });

  it("finds the shorter forms of a person the text names with a role, with that person's state", () => {
    const text = joinLines(
      'Minister of Foreign Affairs of the Republic of Estonia Kadri Tammsaar arrived in Riga on 2 May 2022.',
      "K. Tammsaar met the press. Tammsaar's visit ended, and Ms. Tammsaar thanked the hosts. H.E. Tammsaar left.",
    );
    const found = (t: string): string[] => extractText(t).officials.map((o) => `${at(t, o)}|${o.role ?? '-'}|${o.state ?? '-'}`);
    assert.deepEqual(found(text), ['Kadri Tammsaar|Minister of Foreign Affairs|Estonia', 'K. Tammsaar|-|Estonia', 'Tammsaar|-|Estonia', 'Tammsaar|-|Estonia', 'Tammsaar|-|Estonia']);
    // Someone else of that surname in the text (`Peeter Tammsaar`) makes the bare surname unsure: it is left out.
    assert.deepEqual(found(`${text} Peeter Tammsaar was not there.`), ['Kadri Tammsaar|Minister of Foreign Affairs|Estonia', 'K. Tammsaar|-|Estonia']);
  });

  it("tells two officials' shorter forms apart, a possessive written with either apostrophe", () => {
    const text = joinLines(
      'The meeting was attended by Minister of Foreign Affairs of the Russian Federation Sergey Lavrov and Minister of Foreign Affairs of India S. Jaishankar.',
      '',
      "S. Jaishankar thanked the hosts. Lavrov’s proposal and Jaishankar's reply were welcomed; Sergey Lavrov spoke last.",
    );
    assert.deepEqual(
      extractText(text).officials.map((o) => [at(text, o), o.role ?? null, o.state ?? null]),
      [
        ['Sergey Lavrov', 'Minister of Foreign Affairs', 'Russia'],
        ['S. Jaishankar', 'Minister of Foreign Affairs', 'India'],
        ['S. Jaishankar', null, 'India'],
        ['Lavrov', null, 'Russia'],
        ['Jaishankar', null, 'India'],
        ['Sergey Lavrov', null, 'Russia'],
      ],
    );
  });

  it('reads a shorter form after any honorific of the lexicon (H. E., Prof., Sir) as the name alone', () => {
    const text = joinLines(
      'Minister of Foreign Affairs of the Republic of Estonia Kadri Tammsaar arrived in Riga on 2 May 2022.',
      'H. E. Tammsaar met the press, Prof. Tammsaar spoke and Sir Tammsaar left.',
    );
    const found = extractText(text).officials.map((o) => `${at(text, o)}|${o.state ?? '-'}`);
    assert.deepEqual(found, ['Kadri Tammsaar|Estonia', 'Tammsaar|Estonia', 'Tammsaar|Estonia', 'Tammsaar|Estonia']);
  });

  it('takes no bare surname in a longer proper name, after an article, or from the registry alone', () => {
    const { registry } = parseRegistry('people:\n  - id: rice\n    name: Nora Rice\n');
    const text = joinLines(
      'Minister of Foreign Affairs of the Republic of Estonia Kadri Tammsaar opened Tammsaar Street and spoke of the Tammsaar years.',
      'Rice exports grew.',
    );
    assert.deepEqual(extractText(text, registry).officials.map((o) => at(text, o)), ['Kadri Tammsaar']);
    // In a heading every word is capitalised, and a given name may follow the surname: there it is the person.
    const heading = joinLines('Tammsaar Meets Ozols in Riga', '', 'Minister of Foreign Affairs of the Republic of Estonia Kadri Tammsaar arrived. The list names Tammsaar Kadri first.');
    assert.deepEqual(extractText(heading).officials.map((o) => at(heading, o)), ['Tammsaar', 'Kadri Tammsaar', 'Tammsaar']);
    // Named in full by the text, the registry person is theirs by the bare surname too.
    const named = 'Nora Rice arrived in Riga. Rice thanked the hosts.';
    assert.deepEqual(extractText(named, registry).officials.map((o) => at(named, o)), ['Nora Rice', 'Rice']);
  });

  it('takes a bare surname before a capitalised word that is no part of a name: a state or its adjective, a place, an organisation, a sentence-start word', () => {
    const text = joinLines(
      'Minister of Foreign Affairs of the Republic of Estonia Kadri Tammsaar arrived in Riga on 2 May 2022.',
      'According to Tammsaar Beijing and Moscow agree. In the view of Tammsaar China should take part, and for Tammsaar NATO',
      'remains a partner. Thanks to Tammsaar The talks ended early. Tammsaar Street and Tammsaar Prize were named later.',
      'According to Tammsaar Latvian and Estonian diplomats agree. Tammsaar Russian counterparts were absent.',
    );
    const found = extractText(text).officials.map((o) => `${at(text, o)}@${o.start}`);
    const bare = ['Tammsaar Beijing', 'Tammsaar China', 'Tammsaar NATO', 'Tammsaar The', 'Tammsaar Latvian', 'Tammsaar Russian'];
    const expected = ['Kadri Tammsaar', ...bare.map((s) => `Tammsaar@${text.indexOf(s)}`)];
    assert.deepEqual(found, [`${expected[0]}@${text.indexOf('Kadri Tammsaar')}`, ...expected.slice(1)]);
  });

  it('reads a bare surname that two people of the text share with no antecedent, for identity to show it as either, and reads their initials', () => {
    const text = joinLines(
      'Minister of Trade of the Republic of Latvia Janis Ozols and Deputy Minister of Foreign Affairs of the Republic of Latvia A. Ozols attended.',
      'J. Ozols spoke first. Ozols then left, and A. Ozols closed the meeting.',
    );
    const officials = extractText(text).officials;
    assert.deepEqual(officials.map((o) => at(text, o)), ['Janis Ozols', 'A. Ozols', 'J. Ozols', 'Ozols', 'A. Ozols']);
    assert.equal(officials[3]?.antecedent, undefined);
  });

  it('finds a bare surname with its particles, written with a capital or at a sentence\'s start', () => {
    const text = joinLines(
      'President of the European Commission Ursula von der Leyen and President of the European Council Herman Van Rompuy attended.',
      'Von der Leyen spoke first. Van Rompuy agreed, said von der Leyen.',
    );
    const officials = extractText(text).officials;
    assert.deepEqual(
      officials.map((o) => `${at(text, o)}|${o.antecedent ?? '-'}`),
      ['Ursula von der Leyen|-', 'Herman Van Rompuy|-', 'Von der Leyen|Ursula von der Leyen', 'Van Rompuy|Herman Van Rompuy', 'von der Leyen|Ursula von der Leyen'],
    );
  });

  it('reads a bare surname after a word that opens a sentence (`Then`, `Later`, `Both`) as the person the text named', () => {
    const text = joinLines(
      'Minister of Foreign Affairs of the Russian Federation Sergey Lavrov met Minister of Foreign Affairs of Kazakhstan Murat Nurtleu.',
      'Later Lavrov left for Minsk. Then Lavrov spoke. Both Lavrov and Nurtleu agreed.',
    );
    assert.deepEqual(
      extractText(text).officials.map((o) => `${at(text, o)}|${o.antecedent ?? '-'}`),
      ['Sergey Lavrov|-', 'Murat Nurtleu|-', 'Lavrov|Sergey Lavrov', 'Lavrov|Sergey Lavrov', 'Lavrov|Sergey Lavrov', 'Nurtleu|Murat Nurtleu'],
    );
  });

  it('reads a family name of two letters after its full name, and initials in a column of a signature block', () => {
    const text = joinLines(
      'JOINT STATEMENT',
      '',
      'President of the Republic of Kazakhstan Alan Serikov held talks with President of China Xi Wen.',
      '',
      'Mr. Serikov and Mr. Xi agreed to meet again.',
      '',
      'President of China                  President of the Republic of Kazakhstan',
      'Xi Wen                              A. Serikov',
    );
    assert.deepEqual(
      extractText(text).officials.map((o) => `${at(text, o)}|${o.antecedent ?? '-'}`),
      ['Alan Serikov|-', 'Xi Wen|-', 'Serikov|Alan Serikov', 'Xi|Xi Wen', 'Xi Wen|-', 'A. Serikov|-'],
    );
  });

  it("reads a spokesperson named in a press conference's heading, and their name as the label of each answer", () => {
    const text = joinLines("Foreign Ministry Spokesperson Li Wen's Regular Press Conference on April 8, 2024", '', 'Li Wen: We oppose it.', '', 'AFP: Will he visit?', '', 'Li Wen: I have no information.');
    assert.deepEqual(
      extractText(text).officials.map((o) => `${at(text, o)}|${o.role ?? '-'}`),
      ['Li Wen|Spokesperson', 'Li Wen|-', 'Li Wen|-'],
    );
  });

  it('reads a surname with a capital after its prefix whole, and its bare form later as that person', () => {
    const text = joinLines(
      'The Council heard Under-Secretary-General for Political and Peacebuilding Affairs Rosemary DiCarlo on 10 January 2024. Ms. DiCarlo warned of the risks.',
      "Prime Minister of Ireland Mary McAleese, Secretary of State Kevin O'Brien and President of France Jean LeBlanc met. DiCarlo and McAleese spoke.",
    );
    assert.deepEqual(
      extractText(text).officials.map((o) => `${at(text, o)}|${o.role ?? '-'}|${o.antecedent ?? '-'}`),
      [
        'Rosemary DiCarlo|Under-Secretary-General for Political and Peacebuilding Affairs|-',
        'DiCarlo|-|Rosemary DiCarlo',
        'Mary McAleese|Prime Minister|-',
        "Kevin O'Brien|Secretary of State|-",
        'Jean LeBlanc|President|-',
        'DiCarlo|-|Rosemary DiCarlo',
        'McAleese|-|Mary McAleese',
      ],
    );
    // A name word with a modifier letter (an ʻokina), as the grammar reads it: not cut before it.
    assert.deepEqual(extractText('The meeting was attended by Prime Minister of Samoa Fiamē Naomi Mataʻafa.').officials.map((o) => o.name), ['Fiamē Naomi Mataʻafa']);
    // The registry's person is found under the whole name.
    const { registry } = parseRegistry('people:\n  - id: rosemary-dicarlo\n    name: Rosemary DiCarlo\n');
    assert.deepEqual(
      extractText('The members welcomed the briefing by Rosemary DiCarlo. DiCarlo underlined the risks.', registry).officials.map((o) => o.name),
      ['Rosemary DiCarlo', 'DiCarlo'],
    );
  });

  it('takes no capital inside a word for a name but after a surname\'s prefix', () => {
    const text = 'Foreign Minister of Kazakhstan Murat SpaceX spoke, and President Emmanuel MacRon, DiCarlo and DeFI replied.';
    assert.deepEqual(
      extractText(text).officials.map((o) => at(text, o)),
      ['Murat', 'Emmanuel MacRon'],
    );
  });

  it('reads no place before a comma and a role as a name, the English spelling of a city too', () => {
    const text = "On 10 June 2024, on the sidelines of the BRICS Foreign Ministers' Meeting in Nizhny Novgorod, Minister of Foreign Affairs of the Russian Federation S.V. Lavrov met with Minister of Foreign Affairs of the People's Republic of China Wang Yi.\n";
    assert.deepEqual(
      extractText(text).officials.map((o) => `${at(text, o)}|${o.state ?? '-'}`),
      ['S.V. Lavrov|Russia', 'Wang Yi|China'],
    );
    // With no name after the role, the words before its comma are read as one, unless they are a place.
    for (const place of ['Nizhny Novgorod', 'Sao Paulo']) {
      assert.deepEqual(extractText(`The talks were held in ${place}, Minister of Foreign Affairs of Russia said.`).officials, []);
    }
  });

  it('finds a bare surname after a sentence that ends with a name of two letters, which is no initial', () => {
    const text = 'Foreign Minister of Russia Sergei Lavrov met Foreign Minister of China Wang Yi. Lavrov said.\n';
    assert.deepEqual(
      extractText(text).officials.map((o) => `${at(text, o)}|${o.antecedent ?? '-'}`),
      ['Sergei Lavrov|-', 'Wang Yi|-', 'Lavrov|Sergei Lavrov'],
    );
  });

  it('finds the last words of a name the text gives, a surname of two words, as that person', () => {
    const text = 'President of Mexico Andrés Manuel López Obrador met Secretary-General of the League of Arab States Ahmed Aboul Gheit. López Obrador said. Aboul Gheit agreed.\n';
    assert.deepEqual(
      extractText(text).officials.map((o) => `${at(text, o)}|${o.antecedent ?? '-'}`),
      ['Andrés Manuel López Obrador|-', 'Ahmed Aboul Gheit|-', 'López Obrador|Andrés Manuel López Obrador', 'Aboul Gheit|Ahmed Aboul Gheit'],
    );
  });

  it('gives a role with the last two words of a name (`President López Obrador`) and a Korean family name alone (`President Yoon`) that name', () => {
    const text = 'President of Mexico Andrés Manuel López Obrador met President of the Republic of Korea Yoon Suk Yeol. President López Obrador thanked President Yoon.\n';
    assert.deepEqual(
      extractText(text).officials.map((o) => `${at(text, o)}|${o.role ?? '-'}|${o.antecedent ?? '-'}`),
      ['Andrés Manuel López Obrador|President|-', 'Yoon Suk Yeol|President|-', 'López Obrador|President|Andrés Manuel López Obrador', 'Yoon|President|Yoon Suk Yeol'],
    );
    // Three words of five: `President Lula da Silva`.
    const lula = 'President of Brazil Luiz Inácio Lula da Silva met the press. President Lula da Silva left.\n';
    assert.deepEqual(
      extractText(lula).officials.map((o) => `${at(lula, o)}|${o.antecedent ?? '-'}`),
      ['Luiz Inácio Lula da Silva|-', 'Lula da Silva|Luiz Inácio Lula da Silva'],
    );
  });

  it('reads a name ending in the Arabic article joined by a hyphen (`al-Sudani`), and the surname alone as that person', () => {
    const text = 'Prime Minister Mohammed Shia al-Sudani met President Abdel Fattah el-Sisi. The President thanked al-Sudani.\n';
    assert.deepEqual(
      extractText(text).officials.map((o) => `${at(text, o)}|${o.role ?? '-'}|${o.antecedent ?? '-'}`),
      ['Mohammed Shia al-Sudani|Prime Minister|-', 'Abdel Fattah el-Sisi|President|-', 'al-Sudani|-|Mohammed Shia al-Sudani'],
    );
  });

  it('finds a family name alone for the one name the text gives with it first, not for two', () => {
    const text = 'Foreign Minister of China Wang Yi met the press. Mr. Wang said. Premier Li Qiang and Vice Premier Li Shulei came. Li said.\n';
    assert.deepEqual(
      extractText(text).officials.map((o) => `${at(text, o)}|${o.antecedent ?? '-'}`),
      ['Wang Yi|-', 'Wang|Wang Yi', 'Li Qiang|-', 'Li Shulei|-'],
    );
  });

  it("finds a registry person's name across romanisations, with the initials written before a surname", () => {
    const { registry } = parseRegistry('people:\n  - id: bekmukhamedov\n    name: Nurlan Bekmukhamedov\n    aliases: [N. Bekmukhamedov]\n');
    const text = 'President Orlov received N. Bekmuhamedov. Bekmukhamedov thanked him, and P. Orlov replied.';
    const found = extractText(text, registry).officials.map((o) => `${at(text, o)}|${o.role ?? '-'}`);
    // The bare `Bekmukhamedov` is his: the text names him by his initial first.
    assert.deepEqual(found, ['Orlov|President', 'N. Bekmuhamedov|-', 'Bekmukhamedov|-', 'P. Orlov|-']);
  });

  it('reads a name before a comma and its role, and a name between commas after the role', () => {
    const text = joinLines(
      'On 5 May 2024, Ana Ferreira, President of the Regional Council, met the press in Lisbon, and Tomas von der Berg, Minister of Trade of the Republic of Austria, spoke.',
      'The Minister of Foreign Affairs of India, S. Jaishankar, replied.',
    );
    const found = extractText(text).officials;
    // The spans are where the names stand.
    assert.deepEqual(found.map((o) => at(text, o)), found.map((o) => o.name));
    const officials = found.map((o) => `${o.name}|${o.role ?? '-'}|${o.state ?? '-'}|${o.organization ?? '-'}`);
    assert.deepEqual(officials, [
      'Ana Ferreira|President of the Regional Council|-|Regional Council',
      'Tomas von der Berg|Minister of Trade|Austria|-',
      'S. Jaishankar|Minister of Foreign Affairs|India|-',
    ]);
  });

  it('does not take a place, a state or the first words of a sentence before a comma for a name', () => {
    const text = joinLines(
      'The leaders met in New Delhi, President of India Droupadi Murmu presiding.',
      'Joint Statement Signed, the President of the Council thanked them.',
      'The Minister of Foreign Affairs of India, Kazakhstan and China, spoke.',
    );
    const names = extractText(text).officials.map((o) => o.name);
    assert.deepEqual(names, ['Droupadi Murmu']);
  });

  it('skips plural roles, which name no one', () => {
    const text = 'The Ministers of Foreign Affairs of the Russian Federation and Kazakhstan took note of the report.';
    assert.deepEqual(extractText(text).officials, []);
  });

  it('dates a treaty by its closing formula, a long line which signatures may follow', () => {
    const closing = 'Done at Bergen on 9 October 2020 in two original copies, each in the English and Norwegian languages.';
    const treaty = (...end: string[]): string => joinLines('AGREEMENT', 'on Fisheries', '', 'The Parties have agreed as follows.', '', closing, ...end);
    assert.equal(extractText(treaty('')).date?.text, '2020-10-09');
    assert.equal(extractText(treaty('', 'For the Kingdom of Norway', '', 'For Iceland', '')).date?.text, '2020-10-09');
  });

  it('dates a hard-wrapped text by its own day, not by the meeting its first line refers to', () => {
    const text = joinLines(
      'PRESS RELEASE',
      '',
      'Following the meeting of the Council of Ministers of Foreign Affairs in Oslo on',
      '3 May 2021, the Secretary-General briefed the envoys',
      'on 5 May 2021 in Bergen.',
      '',
    );
    const result = extractText(text);
    assert.equal(result.heading?.frontEnd, 'PRESS RELEASE'.length);
    assert.deepEqual(result.meetings.filter((m) => m.own), []);
    assert.equal(result.date?.text, '2021-05-05');
  });

  it('does not date a text by a meeting its opening paragraph only recalls, plans or calls the previous one', () => {
    const release = (sentence: string): string => joinLines('PRESS RELEASE', '', `${sentence} The envoys then left for Bergen.`, '');
    for (const sentence of [
      'The envoys recalled that the meeting of the Council of Ministers of Foreign Affairs was held on 3 May 2021 in Oslo.',
      'The meeting of the Council of Ministers of Foreign Affairs will be held on 3 May 2021 in Oslo.',
      'The previous meeting of the Council of Ministers of Foreign Affairs was held on 3 May 2021 in Oslo.',
    ]) {
      const result = extractText(release(sentence));
      assert.deepEqual(result.meetings.filter((m) => m.own), [], sentence);
      assert.equal(result.date, undefined, sentence);
    }
    // The meeting the text reports is its own, and still dates it.
    assert.equal(extractText(release('The meeting of the Council of Ministers of Foreign Affairs was held on 3 May 2021 in Oslo.')).date?.text, '2021-05-03');
  });

  it('reads the predicate after a short description set off by commas after the meeting phrase', () => {
    const own = (text: string): string[] => extractText(text).meetings.filter((m) => m.own).map((m) => `${m.date?.text}|${m.place}`);
    assert.deepEqual(own('PRESS RELEASE\n\nThe meeting of the Council of Ministers of Foreign Affairs, the second this year, was held on 3 May 2021 in Oslo.\n'), ['2021-05-03|Oslo']);
    assert.deepEqual(own('PRESS RELEASE\n\nA meeting of the Council of Ministers of Foreign Affairs, the last before the summit, took place on 3 May 2021 in Oslo.\n'), ['2021-05-03|Oslo']);
  });

  it('reads a text with CRLF line breaks as the same text with LF ones', () => {
    const lines = [
      'PRESS RELEASE',
      '',
      'On 4 April 2022, the ministers discussed trade in Bergen.',
      '',
      'They looked forward to the meeting of the Council of Heads of',
      'State of the Shanghai Cooperation Organization to be held in Oslo in 2023.',
      '',
      'They agreed to stay in touch.',
      '',
    ];
    const read = (text: string): string[] => {
      const result = extractText(text);
      return [String(result.date?.text), ...result.meetings.map((m) => `${m.body}|${m.date?.text}|${m.place}`)];
    };
    assert.deepEqual(read(lines.join('\r\n')), read(lines.join('\n')));
    assert.deepEqual(read(lines.join('\r\n')), ['2022-04-04', 'SCO Council of Heads of State|2023|Oslo']);
  });
});

describe('findDates', () => {
  it('reads days, day ranges, months, seasons, years and ranges of years', () => {
    const text = 'on 20 May 2010, on June 15-16, 2009, in July 2005, in summer 2005, in 1998 and for 2017-2018';
    assert.deepEqual(
      findDates(text).map((d) => d.date.text),
      ['2010-05-20', '2009-06-15/2009-06-16', '2005-07', '2005', '1998', '2017/2018'],
    );
  });

  it('takes the year of a date written without one from the document', () => {
    const [date] = findDates('held on March 3 this year', 2006);
    assert.equal(date?.date.text, '2006-03-03');
    assert.equal(date?.yearInferred, true);
    assert.deepEqual(findDates('held on March 3 this year'), []);
  });

  it('leaves numbers inside names and resolutions alone', () => {
    assert.deepEqual(findDates('Resolution 2375 and the Peace-Mission-2007 exercise').map((d) => d.date.text), []);
  });

  it('ends the heading meeting at the end of the heading, not in the next paragraph', () => {
    const text = joinLines('Press Release on the Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization', '', 'On 12 May 2021, the ministers met in Dushanbe.');
    const own = extractText(text).meetings.find((m) => m.own);
    assert.equal(at(text, own?.mentions[0]), 'the Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization');
  });
});
