import * as assert from 'node:assert/strict';
import { findCueWords } from '../../../src/core/recognize/cueWords';
import { findHeading, findTitles, grammarCanMarkTitle } from '../../../src/core/recognize/documentTitles';
import { titleKey } from '../../../src/core/corpus/corpusIndex';

const joinLines = (...lines: string[]): string => lines.join('\n');

function titlesOf(text: string): string[] {
  return findTitles(text).map((t) => t.title);
}

describe('document titles', () => {
  it('leaves to the grammar the titles that open as its title rule opens, and keeps a lower-case resolution for the model', () => {
    const text = 'They approved the Roadmap for Further Action of the SCO-Afghanistan Contact Group, the 2030 Agenda for Sustainable Development and the SCO Charter, and recalled resolution 1373.';
    assert.deepEqual(
      findTitles(text).map((t) => [text.slice(t.start, t.end), grammarCanMarkTitle(text, t)]),
      [
        ['Roadmap for Further Action of the SCO-Afghanistan Contact Group', true],
        ['2030 Agenda for Sustainable Development', true],
        ['SCO Charter', true],
        ['resolution 1373', false],
      ],
    );
    assert.equal(grammarCanMarkTitle('the 2030 Agenda', { start: 4 }), true);
  });

  it("keeps for the model the later numbers of a list of resolutions without an organ, and leaves an organ's list to the grammar", () => {
    const text = 'It recalled its resolutions 1325 (2000), 1820 (2008) and 1860, and Security Council resolutions 2231 (2015) and 2254 (2015).';
    assert.deepEqual(
      findTitles(text).map((t) => [text.slice(t.start, t.end), grammarCanMarkTitle(text, t)]),
      [
        ['resolutions 1325', false],
        ['1820', false],
        ['1860', false],
        // The grammar marks the organ's list whole; the model's span of the first title opens at `resolutions`.
        ['resolutions 2231', false],
        ['2254', true],
      ],
    );
  });

  it('keeps a year that opens a title after `the` or stands among its modifiers in the title, not one that dates it', () => {
    assert.deepEqual(
      titlesOf('We reaffirm our commitment to the 2030 Agenda for Sustainable Development and to the Paris Agreement. The Leaders reviewed the EU-China 2020 Strategic Agenda for Cooperation.'),
      ['2030 Agenda for Sustainable Development', 'Paris Agreement', 'EU-China 2020 Strategic Agenda for Cooperation'],
    );
    // A modifier joined by an en dash, as the grammar reads it.
    assert.deepEqual(titlesOf('The Leaders reviewed the EU–China 2020 Strategic Agenda for Cooperation.'), ['EU–China 2020 Strategic Agenda for Cooperation']);
    // A year without `the` before it dates what follows.
    assert.deepEqual(titlesOf('The Council adopted in 2015 Resolution 2231 on the question.'), ['Resolution 2231']);
  });

  it('ends a title at its number after `No.`, so that two numbers are two documents', () => {
    assert.deepEqual(titlesOf('The Council recalled Ministerial Council Decision No. 8/06 and Ministerial Council Decision No. 4/23, and Protocol No. 14.'), [
      'Ministerial Council Decision No. 8/06',
      'Ministerial Council Decision No. 4/23',
      'Protocol No. 14',
    ]);
    assert.notEqual(titleKey('Ministerial Council Decision No. 8/06'), titleKey('Ministerial Council Decision No. 4/23'));
    // The year a document was adopted is how a text cites it; a year that names it is not.
    assert.equal(titleKey('Helsinki Final Act of 1975'), titleKey('Helsinki Final Act'));
    assert.notEqual(titleKey('Agenda 2063'), titleKey('Agenda 2030'));
    // A number's parts after a dash, a title of its own after `and to`, a symbol with a dot.
    assert.deepEqual(titlesOf('Recalling Resolution No. 3/49-POL and Resolution No. 3/49-ECO adopted at its 49th session;'), ['Resolution No. 3/49-POL', 'Resolution No. 3/49-ECO']);
    assert.deepEqual(titlesOf('Having regard to the ECOWAS Convention on Mutual Assistance in Criminal Matters and to Ministerial Council Decision No. 8/06,'), [
      'ECOWAS Convention on Mutual Assistance in Criminal Matters',
      'Ministerial Council Decision No. 8/06',
    ]);
    assert.deepEqual(titlesOf('The Council discussed Ministerial Council Decision MC.DEC/3/24 by the OSCE.'), ['Ministerial Council Decision MC.DEC/3/24']);
    // An organ's resolution in lower case after `and` is a second document, not the first title's complement.
    assert.deepEqual(titlesOf('They recalled the BRICS Johannesburg II Declaration and United Nations Security Council resolution 2720 (2023).'), [
      'BRICS Johannesburg II Declaration',
      'United Nations Security Council Resolution 2720',
    ]);
    // Also after `and of`, and before a session's number (`ES-11/1`).
    assert.deepEqual(titlesOf('in violation of the Charter of the United Nations and of UN General Assembly resolution ES-11/1.'), [
      'Charter of the United Nations',
      'UN General Assembly Resolution ES-11/1',
    ]);
  });

  it('takes no words of the line above into a title, and never gives a title a place outside the text', () => {
    const text = 'Article 5\nEntry into Force\n\nThis Treaty shall enter into force on signature. The Parties recalled the Helsinki Final Act.';
    const titles = findTitles(text);
    assert.deepEqual(titles.map((t) => [t.title, text.slice(t.start, t.end)]), [['Helsinki Final Act', 'Helsinki Final Act']]);
    assert.ok(titles.every((t) => t.start >= 0 && t.end <= text.length));
  });

  it('reads four capitalised words before a type (`Australia-United Kingdom Free Trade Agreement`)', () => {
    assert.deepEqual(titlesOf('They discussed the Australia-United Kingdom Free Trade Agreement, which entered into force.'), ['Australia-United Kingdom Free Trade Agreement']);
  });

  it('reads `relating to` and an article in a title, and no preamble word before it', () => {
    assert.deepEqual(titlesOf('Recalling Ministerial Council Decision No. 3/22 on the matter,'), ['Ministerial Council Decision No. 3/22']);
    assert.deepEqual(titlesOf('They recalled the Charter of Paris for a New Europe and the Protocol Relating to the Establishment of the Peace and Security Council of the African Union.'), [
      'Charter of Paris for a New Europe',
      'Protocol Relating to the Establishment of the Peace and Security Council of the African Union',
    ]);
    assert.deepEqual(titlesOf('Parties to the Convention relating to the Status of Refugees agreed.'), ['Convention relating to the Status of Refugees']);
  });

  it("reads figures and a final apostrophe in the words before the type (`G20 New Delhi Leaders' Declaration`)", () => {
    assert.deepEqual(titlesOf("We recall the G20 New Delhi Leaders' Declaration and the G7 Hiroshima Leaders’ Communiqué."), ["G20 New Delhi Leaders' Declaration", 'G7 Hiroshima Leaders’ Communiqué']);
  });

  it('goes on with a line in capitals that opens with a connector under a heading in capitals (`TREATY` / `ON ...`)', () => {
    const text = joinLines('TREATY', 'ON GOOD-NEIGHBOURLINESS BETWEEN THE REPUBLIC OF KAZAKHSTAN AND THE REPUBLIC OF UZBEKISTAN', '', 'The Parties,', '', 'have agreed as follows:');
    assert.deepEqual([findHeading(text)?.text, findHeading(text)?.type], ['TREATY ON GOOD-NEIGHBOURLINESS BETWEEN THE REPUBLIC OF KAZAKHSTAN AND THE REPUBLIC OF UZBEKISTAN', 'Treaty']);
    // Not under a heading in lower case, nor a line in capitals that opens otherwise.
    assert.equal(findHeading(joinLines('Treaty', 'ON FRIENDSHIP', '', 'Text.'))?.text, 'Treaty');
    // A readout is a type of its own.
    assert.equal(findHeading(joinLines("Readout of Foreign Minister Ana Pell's Telephone Call with Foreign Minister Li Wen", '', 'Text.'))?.type, 'Readout');
    assert.equal(findHeading(joinLines('PRESS RELEASE', 'MINISTRY OF FOREIGN AFFAIRS', '', 'Text.'))?.text, 'PRESS RELEASE');
  });

  it('gives a heading that is only a type the front matter under it as its subtitle, up to the dateline', () => {
    const text = joinLines('## PRESS RELEASE', '', '## Meeting of the Council of Ministers of Foreign Affairs of', '', '## the Shanghai Cooperation Organization', '', 'Moscow, 15 May 2009', '', 'The meeting was held in Moscow.');
    const heading = findHeading(text);
    assert.equal(heading?.text, 'PRESS RELEASE');
    assert.equal(heading?.subtitle, 'Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization');
    // A heading that names more than its type has none.
    assert.equal(findHeading(joinLines('Joint Statement on Trade', '', 'Meeting of the Council', '', 'Text.'))?.subtitle, undefined);
    // The issuer's line is no subtitle.
    const issued = (...lines: string[]): string | undefined => findHeading(joinLines('PRESS RELEASE', '', 'Ministry of Foreign Affairs of the Republic of Kazakhstan', '', ...lines, 'Astana, 3 May 2024', '', 'The Minister met the press.'))?.subtitle;
    assert.equal(issued(), undefined);
    assert.equal(issued('Meeting of the Council of Ministers', ''), 'Meeting of the Council of Ministers');
  });

  it('splits a coordination of two titles and leaves the date after the second one out', () => {
    const text =
      'The ministers confirmed their attachment to the Charter of the Shanghai Cooperation Organization and to the Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation of the Member States of the Shanghai Cooperation Organization of 16 August 2007, and agreed to meet again.';
    assert.deepEqual(titlesOf(text), [
      'Charter of the Shanghai Cooperation Organization',
      'Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation of the Member States of the Shanghai Cooperation Organization',
    ]);
  });

  it('gives the offsets of each title of a coordination', () => {
    const text = 'They recalled the Charter of the United Nations and the Convention on Biological Diversity.';
    const found = findTitles(text).map((t) => text.slice(t.start, t.end));
    assert.deepEqual(found, ['Charter of the United Nations', 'Convention on Biological Diversity']);
  });

  it('keeps both parties of "between X and Y" in the title, and still splits a title coordinated after it', () => {
    const text =
      'The ministers recalled the Agreement between the Government of the Kingdom of Norway and the Government of Iceland on Fisheries and the Charter of the United Nations.';
    assert.deepEqual(titlesOf(text), ['Agreement between the Government of the Kingdom of Norway and the Government of Iceland on Fisheries', 'Charter of the United Nations']);
    assert.deepEqual(titlesOf('They signed the Memorandum of Understanding between the Alpha Secretariat and the Beta Secretariat.'), [
      'Memorandum of Understanding between the Alpha Secretariat and the Beta Secretariat',
    ]);
    // A type word that starts a party's name (`the Programme Office`) is no second title.
    assert.deepEqual(titlesOf('They noted the Memorandum of Understanding between the Alpha Secretariat and the Programme Office of the Beta Union.'), [
      'Memorandum of Understanding between the Alpha Secretariat and the Programme Office of the Beta Union',
    ]);
  });

  it('starts a second title at "and the <document type>" inside "between X and Y"', () => {
    assert.deepEqual(titlesOf('They recalled the Agreement between the Parties and the Protocol on Customs, both in force.'), [
      'Agreement between the Parties',
      'Protocol on Customs',
    ]);
    assert.deepEqual(titlesOf('They noted the Treaty between the Northern League and the Southern League and the SCO Charter.'), [
      'Treaty between the Northern League and the Southern League',
      'SCO Charter',
    ]);
  });

  it('keeps the number of a resolution in its title, so two resolutions get two keys', () => {
    assert.deepEqual(titlesOf('The members recalled UN Security Council Resolution 2001 and Resolution 1999, which remain in force.'), [
      'UN Security Council Resolution 2001',
      'Resolution 1999',
    ]);
    assert.notEqual(titleKey('UN Security Council Resolution 2001'), titleKey('UN Security Council Resolution 2002'));
  });

  it('keeps a resolution number with a slash whole, after the type or after its complement', () => {
    assert.deepEqual(titlesOf('The envoys cited General Assembly Resolution 71/305 and General Assembly Resolution 71/3 in turn.'), [
      'General Assembly Resolution 71/305',
      'General Assembly Resolution 71/3',
    ]);
    assert.notEqual(titleKey('General Assembly Resolution 71/305'), titleKey('General Assembly Resolution 71/3'));
    assert.deepEqual(titlesOf('They welcomed the Resolution of the UN General Assembly 72/9 on cooperation.'), ['Resolution of the UN General Assembly 72/9']);
  });

  it('keeps a UN document symbol after Resolution in the title', () => {
    const text = 'The ministers recalled Resolution A/RES/72/284 and Resolution A/RES/73/1, Decision S/2019/12 of the Council and resolution ES-10/21.';
    assert.deepEqual(
      findTitles(text).map((t) => text.slice(t.start, t.end)),
      ['Resolution A/RES/72/284', 'Resolution A/RES/73/1', 'Decision S/2019/12', 'resolution ES-10/21'],
    );
    assert.notEqual(titleKey('Resolution A/RES/72/284'), titleKey('Resolution A/RES/73/1'));
  });

  it('finds each number of lower-case resolutions as a cited resolution of its own, as capitalised ones are keyed', () => {
    const text = 'The members recalled Security Council resolutions 2178 (2014) and 2396 (2017), resolution 1373 (2001) and decisions 5, 7 and 9.';
    const found = findTitles(text);
    assert.deepEqual(
      found.map((t) => `${text.slice(t.start, t.end)}|${t.title}|${t.type}`),
      [
        'resolutions 2178|Security Council Resolution 2178|Resolution',
        '2396|Security Council Resolution 2396|Resolution',
        'resolution 1373|Resolution 1373|Resolution',
        'decisions 5|Decision 5|Decision',
        '7|Decision 7|Decision',
        '9|Decision 9|Decision',
      ],
    );
    assert.equal(titleKey(found[0]?.title ?? ''), titleKey('Resolution 2178'));
    // The same from the cue words of the text.
    const cues = findCueWords(text);
    assert.deepEqual(findTitles(text, 0, cues.typeWords, cues.numberedWords), found);
    // A lower-case type with no number after it cites no document.
    assert.deepEqual(titlesOf('The resolution was adopted, and the resolutions of 2017 remain in force.'), []);
  });

  it('keeps the organ written before a lower-case resolution in its title (not its span), and keys it with the resolution alone', () => {
    const text = [
      'They reaffirmed UN Security Council resolution 2396 and UNSC resolution 2178, and took note of General Assembly resolutions 60/288 and 68/262.',
      'The Security Council Resolution 1540, resolution 1540 and The resolution 1373 were recalled. Recalling resolution 2254, the ministers met.',
    ].join(' ');
    assert.deepEqual(
      findTitles(text).map((t) => `${text.slice(t.start, t.end)}|${t.title}`),
      [
        'resolution 2396|UN Security Council Resolution 2396',
        'resolution 2178|UNSC Resolution 2178',
        'resolutions 60/288|General Assembly Resolution 60/288',
        '68/262|General Assembly Resolution 68/262',
        'Security Council Resolution 1540|Security Council Resolution 1540',
        'resolution 1540|Resolution 1540',
        'resolution 1373|Resolution 1373',
        'resolution 2254|Resolution 2254',
      ],
    );
    // One resolution, however the organ before it is written.
    for (const title of ['UN Security Council Resolution 2396', 'Security Council Resolution 2396', 'United Nations Security Council Resolution 2396']) {
      assert.equal(titleKey(title), titleKey('Resolution 2396'), title);
    }
    assert.equal(titleKey('General Assembly Resolution ES-10/21'), titleKey('Resolution ES-10/21'));
    assert.notEqual(titleKey('Security Council Resolution 2396'), titleKey('Security Council Resolution 2397'));
  });

  it('keeps the lower-case words of a topic introduced by "on" up to its last capitalised word', () => {
    const text = 'The foreign ministers adopted a Joint Statement on the 80th anniversary of the founding of the United Nations. They then left.';
    assert.deepEqual(titlesOf(text), ['Joint Statement on the 80th anniversary of the founding of the United Nations']);
  });

  it('ends a topic at a verb that follows the title', () => {
    assert.deepEqual(titlesOf('The Statement on the situation in Afghanistan was circulated to the Heads of Delegation.'), ['Statement on the situation in Afghanistan']);
    assert.deepEqual(titlesOf('The Statement on the situation in Afghanistan reflected the views of the Heads of State.'), ['Statement on the situation in Afghanistan']);
  });

  it('does not read "on the basis of" as the topic of a document', () => {
    const text = 'Cooperation develops under the Charter on the basis of mutual trust.';
    assert.deepEqual(titlesOf(text), ['Charter']);
  });

  it('keeps the year a strategy runs until in its title', () => {
    const text = 'The heads of state approved the SCO Economic Strategy until 2030 and welcomed its first results.';
    assert.deepEqual(titlesOf(text), ['SCO Economic Strategy until 2030']);
  });

  it('does not let "until" carry a title past anything but a year', () => {
    assert.deepEqual(titlesOf('They acted under the Charter until the Heads of State decided otherwise.'), ['Charter']);
  });

  it('ends a title at a blank line, not at a line end inside it', () => {
    const text = joinLines('They recalled the Charter of the Organization', '', 'Noting the Treaty on Friendship and', 'Cooperation between the Parties', '', 'The Ministers agreed.');
    assert.deepEqual(titlesOf(text), ['Charter of the Organization', 'Treaty on Friendship and Cooperation between the Parties']);
    assert.deepEqual(titlesOf('The Treaty on Good-Neighbourliness\r\n\r\nThe Parties met.'), ['Treaty on Good-Neighbourliness']);
  });

  it('keeps the years a programme is for, but not a year written after the title', () => {
    assert.deepEqual(titlesOf('They approved the Programme of Cultural Cooperation for 2026-2028.'), ['Programme of Cultural Cooperation for 2026-2028']);
    assert.deepEqual(titlesOf('The Agreement on Visa Facilitation 2019 entered into force.'), ['Agreement on Visa Facilitation']);
  });
});

describe('document titles with the cue words', () => {
  it('finds the same titles from the cue words as by a scan of their own, type words running over one another', () => {
    const text = 'They adopted the Joint Statement on the Plan of Action and the SCO Action Plan, the Rules of Procedure and the Charter.';
    assert.deepEqual(findTitles(text, 0, findCueWords(text).typeWords), findTitles(text));
    assert.ok(findTitles(text).length >= 3);
  });
});

describe('document heading', () => {
  it('takes no line of a hard-wrapped paragraph for front matter, though its lines are short', () => {
    const text = 'PRESS RELEASE\n\nFollowing the talks in Oslo on\n3 May 2021, the envoys met again\nin Bergen on 5 May 2021.\n';
    assert.equal(findHeading(text)?.frontEnd, 'PRESS RELEASE'.length);
  });

  it('keeps short lines before a blank line, and lines with heading marks, as front matter', () => {
    const plain = 'PRESS RELEASE\n\nMeeting of the Council of Ministers\nOslo, 5 May 2021\n\nThe ministers met in Oslo.\n';
    assert.equal(findHeading(plain)?.frontEnd, plain.indexOf('2021') + 4);
    const marked = '# PRESS RELEASE\n## Meeting of the Council of Ministers\nThe ministers met in Oslo.\n';
    assert.equal(findHeading(marked)?.frontEnd, marked.indexOf('Ministers') + 'Ministers'.length);
  });

  it('ends the front matter at a line of prose: one that ends with a comma, as a preamble writes them, or starts in lower case', () => {
    const heading = 'Treaty on Fisheries between the Kingdom of Norway and Iceland';
    const preamble = joinLines(heading, '', 'The Kingdom of Norway and Iceland, hereinafter the Parties,', '', 'mindful of the Charter of the United Nations,', '', 'have agreed as follows:', '');
    assert.equal(findHeading(preamble)?.frontEnd, heading.length);
    // A lower-case line under the heading is no continuation of it when it ends with a comma.
    const recalling = joinLines(heading, '', 'recalling the Charter of the United Nations,', '', 'have agreed as follows:', '');
    assert.equal(findHeading(recalling)?.text, heading);
    assert.equal(findHeading(recalling)?.frontEnd, heading.length);
    const release = joinLines('Press Release', '', 'Meeting of the Council of Ministers', '', 'The envoys,', '', 'guided by the Charter of the United Nations,', '');
    assert.equal(findHeading(release)?.frontEnd, release.indexOf('Ministers') + 'Ministers'.length);
  });

  it('ends the front matter at a line that opens as a preamble paragraph does, with or without its comma', () => {
    const heading = joinLines('JOINT DECLARATION', 'of the Ministers of Foreign Affairs');
    for (const line of [
      'Recalling the Charter of the United Nations and the Charter of the Organization',
      'Guided by the Charter of the United Nations and',
      'Reaffirming their commitment to the Treaty on Friendship',
      'Taking into account the Declaration on Principles of International Law',
      'recalling the Charter of the United Nations',
    ]) {
      const text = joinLines(heading, '', line, '', 'The Ministers agreed as follows.', '');
      assert.equal(findHeading(text)?.frontEnd, heading.length, line);
      // Under the heading without a blank line, too.
      assert.equal(findHeading(joinLines(heading, line, '', 'The Ministers met.'))?.text, 'JOINT DECLARATION of the Ministers of Foreign Affairs', line);
    }
    // A text that opens with its preamble has no heading.
    assert.equal(findHeading(joinLines('Recalling the Charter of the United Nations', '', 'The Parties agreed.')), undefined);
    // A sub-heading that only starts like one is still front matter.
    const meeting = joinLines('PRESS RELEASE', '', 'Meeting of the Council of Ministers', 'Oslo, 5 May 2021', '', 'The ministers met.');
    assert.equal(findHeading(meeting)?.frontEnd, meeting.indexOf('2021') + 4);
  });

  it('cites the titles of a preamble line written without its comma', () => {
    const text = joinLines('DECLARATION', '', 'Recalling the Charter of the United Nations and the Treaty on Friendship', '', 'The member states agree.', '');
    const frontEnd = findHeading(text)?.frontEnd ?? 0;
    assert.deepEqual(findTitles(text, frontEnd).map((t) => t.title), ['Charter of the United Nations', 'Treaty on Friendship']);
  });

  it('keeps a sub-heading wrapped onto a lower-case line in the front matter, but not the lines of a paragraph ending with a comma', () => {
    const wrapped = joinLines('JOINT COMMUNIQUE', '', 'Meeting of the Council of Ministers of Foreign Affairs', 'of the Member States of the Organization', '', 'The ministers met in Oslo.', '');
    assert.equal(findHeading(wrapped)?.frontEnd, wrapped.indexOf('Organization') + 'Organization'.length);
    const paragraph = joinLines('PRESS RELEASE', '', 'The Member States of the Organization', 'and their partners, hereinafter the Parties,', '', 'recalling the Charter of the United Nations,', '');
    assert.equal(findHeading(paragraph)?.frontEnd, 'PRESS RELEASE'.length);
  });
});

describe('information notes', () => {
  it('types a heading "INFORMATION NOTE", in capitals, title case or with its subject under it', () => {
    assert.equal(findHeading('INFORMATION NOTE\n\nThe envoy visited Oslo.\n')?.type, 'Information Note');
    assert.equal(findHeading('Information Note on the visit of the Secretary-General to Norway\n\nThe envoy visited Oslo.\n')?.type, 'Information Note');
    assert.equal(findHeading('INFORMATION NOTE\non the results of the meeting of the Council\n\nThe envoys met.\n')?.type, 'Information Note');
    assert.equal(findHeading('Information Message on the Meeting of the Council of Ministers of Foreign Affairs\n\nThe envoys met.\n')?.type, 'Information Message');
    assert.equal(findHeading('INFORMATION MESSAGE\n\nThe envoys met.\n')?.type, 'Information Message');
    // A heading that names every member state runs past 200 characters.
    const long = "Joint Communiqué of the Meeting of the Heads of State of the Republic of Kazakhstan, the People's Republic of China, the Kyrgyz Republic, the Russian Federation, the Republic of Tajikistan and the Republic of Uzbekistan";
    assert.equal(findHeading(`${long}\n\nThe heads of state met in Shanghai.\n`)?.text, long);
  });

  it('finds a cited "Information Note on ..." as other titles are found', () => {
    const text = 'The ministers took note of the Information Note on the Implementation of the Programme and agreed to meet again.';
    assert.deepEqual(titlesOf(text), ['Information Note on the Implementation of the Programme']);
    assert.deepEqual(findTitles(text, 0, findCueWords(text).typeWords), findTitles(text));
  });
});

describe('document types written with an accent', () => {
  it('types a heading "Joint Communiqué ..." and one in capitals', () => {
    assert.equal(findHeading('Joint Communiqué following the Meeting of the Council of Heads of Government\n\nThe meeting was held.\n')?.type, 'Joint Communiqué');
    assert.equal(findHeading('JOINT COMMUNIQUÉ\n\nThe ministers met in Astana.\n')?.type, 'Joint Communiqué');
  });

  it('finds a cited "Joint Communiqué of ..." with or without the cue words, as it finds the unaccented spelling', () => {
    for (const type of ['Joint Communiqué', 'Joint Communique']) {
      const text = `The parties recalled the ${type} of the Council of Heads of Government and agreed to meet again.`;
      assert.deepEqual(titlesOf(text), [`${type} of the Council of Heads of Government`]);
      assert.deepEqual(findTitles(text, 0, findCueWords(text).typeWords), findTitles(text));
    }
  });

  it('does not end a type inside a longer word with an accent', () => {
    assert.deepEqual(titlesOf('They discussed the Chartería of Madrid.'), []);
  });
});
