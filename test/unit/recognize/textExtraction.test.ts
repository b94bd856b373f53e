import * as assert from 'node:assert/strict';
import { findDates } from '../../../src/core/recognize/dateMentions';
import { extractText } from '../../../src/core/recognize/textExtraction';
import { parseRegistry } from '../../../src/core/registry/registryFile';

const joinLines = (...lines: string[]): string => lines.join('\n');
const at = (text: string, span: { start: number; end: number } | undefined): string => (span ? text.slice(span.start, span.end) : '');

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

  it('names bilateral talks by their parties, with the date and place of the predicate', () => {
    const text = 'The talks between President Ivanov and President Petrov took place on 12 October 2019 in Sochi.';
    const [meeting] = extractText(text).meetings;
    assert.equal(meeting?.body, 'Talks between President Ivanov and President Petrov');
    assert.equal(meeting?.date?.text, '2019-10-12');
    assert.equal(meeting?.place, 'Sochi');
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

  it('tells attendance, chairing and hosting by each wording the texts use', () => {
    const kinds = ['attended the meeting', 'took part in it', 'participated in it', 'were present', 'was present', 'have met in Astana', 'chaired the meeting', 'presided over it', 'were received by the host', 'met with the host'].map((wording) => {
      const text = joinLines(
        'Meeting of the Council of Heads of State of the Shanghai Cooperation Organization',
        '',
        'A meeting of the Council of Heads of State of the Shanghai Cooperation Organization was held on June 15, 2009 in Astana.',
        '',
        `President of the Russian Federation V. Orlov ${wording}. The delegations attended.`,
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
    assert.deepEqual(kinds, ['', '', 'host']);
  });

  it("takes a council that `met in` a city in the opening paragraph for the document's own meeting", () => {
    const text = 'Tashkent Declaration\n\nThe Council of Heads of State of the Shanghai Cooperation Organization met in Tashkent on 10 June 2016. President I. Karimov chaired the meeting.\n';
    const own = extractText(text).meetings.find((m) => m.own);
    assert.equal(own?.body, 'SCO Council of Heads of State');
    assert.equal(own?.date?.text, '2016-06-10');
    assert.equal(own?.mentions.length, 2);
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
      "K. Tammsaar met the press. Tammsaar's visit ended, and Ms. Tammsaar thanked the hosts. Peeter Tammsaar was not there. H.E. Tammsaar left.",
    );
    const found = extractText(text).officials.map((o) => `${at(text, o)}|${o.role ?? '-'}|${o.state ?? '-'}`);
    assert.deepEqual(found, ['Kadri Tammsaar|Minister of Foreign Affairs|Estonia', 'K. Tammsaar|-|Estonia', 'Tammsaar|-|Estonia', 'Tammsaar|-|Estonia', 'Tammsaar|-|Estonia']);
  });

  it('leaves a bare surname that two people of the text share, but reads their initials', () => {
    const text = joinLines(
      'Minister of Trade of the Republic of Latvia Janis Ozols and Deputy Minister of Foreign Affairs of the Republic of Latvia A. Ozols attended.',
      'J. Ozols spoke first. Ozols then left, and A. Ozols closed the meeting.',
    );
    const found = extractText(text).officials.map((o) => at(text, o));
    assert.deepEqual(found, ['Janis Ozols', 'A. Ozols', 'J. Ozols', 'A. Ozols']);
  });

  it("finds a registry person's name across romanisations, with the initials written before a surname", () => {
    const { registry } = parseRegistry('people:\n  - id: bekmukhamedov\n    name: Nurlan Bekmukhamedov\n    aliases: [N. Bekmukhamedov]\n');
    const text = 'President Orlov received N. Bekmuhamedov. Bekmukhamedov thanked him, and P. Orlov replied.';
    const found = extractText(text, registry).officials.map((o) => `${at(text, o)}|${o.role ?? '-'}`);
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
