import * as assert from 'node:assert/strict';
import { placeAround, renderDocumentCard, renderMeetingCard, renderPlaceCard, renderStateCard } from '../../../src/core/cards/entityCards';
import { renderPersonCard } from '../../../src/core/cards/personCard';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { parseRegistry } from '../../../src/core/registry/registryFile';

function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** Two small texts written for this test: one person written two ways, with a role before the name. */
function corpus(): CorpusIndex {
  const index = new CorpusIndex();
  index.update(
    'a.txt',
    joinLines(
      'Press Release on the Meeting of the Council of Ministers of Foreign Affairs',
      '',
      'On 12 May 2021, the meeting of the Council of Ministers of Foreign Affairs was held in Dushanbe. Minister of Foreign Affairs of the Russian Federation Sergey Lavrov took part in it.',
    ),
  );
  index.update(
    'b.txt',
    joinLines(
      'Information Message',
      '',
      'On 3 March 2022, Minister of Foreign Affairs of the Russian Federation S. Lavrov received the delegation.',
    ),
  );
  return index;
}

/** The corpus above under a registry of Sergey Lavrov, whose entry is given by its lines after `name`. */
function corpusWithLavrov(...entry: string[]): CorpusIndex {
  const { registry, problems } = parseRegistry(joinLines('people:', '  - id: sergey-lavrov', '    name: Sergey Lavrov', ...entry));
  assert.deepEqual(problems, []);
  const index = corpus();
  index.setRegistry(registry);
  return index;
}

function personId(index: CorpusIndex, written: string): string {
  const person = index.people().find((p) => p.name === written || p.aliases.includes(written));
  assert.ok(person, `no person written ${written}: ${JSON.stringify(index.people())}`);
  return person.id;
}

describe('person card', () => {
  it('shows one person for both spellings, with both texts linked', () => {
    const index = corpus();
    const card = renderPersonCard(index, personId(index, 'S. Lavrov'), { corpusKey: 'file:///w' }) ?? '';
    assert.match(card, /^\*\*Sergey Lavrov\*\*/);
    assert.match(card, /Also written: S\\\. Lavrov/);
    assert.match(card, /2 mentions in 2 texts/);
    assert.match(card, /command:_chancery\.openMention\?.*a\.txt/);
    assert.match(card, /command:_chancery\.openMention\?.*b\.txt/);
  });

  it('says which other spellings the texts write, not the registry aliases no text writes', () => {
    const index = corpusWithLavrov('    aliases: [S. Lavrov, Sergei Lavrov]');
    const card = renderPersonCard(index, 'person:sergey-lavrov', { corpusKey: 'file:///w' }) ?? '';
    assert.match(card, /Also written: S\\\. Lavrov\n/);
    assert.doesNotMatch(card, /Sergei/);
  });

  it('shows the role written next to the name with the years of the texts', () => {
    const index = corpus();
    const card = renderPersonCard(index, personId(index, 'Sergey Lavrov'), { corpusKey: 'k' }) ?? '';
    assert.match(card, /Minister of Foreign Affairs, Russia \(2021–2022, 2 texts\)/);
  });

  it('says how many of the texts that write a role have no date, rather than date them all by the others', () => {
    const index = corpus();
    index.update('c.txt', joinLines('Information Message', '', 'Minister of Foreign Affairs of the Russian Federation Sergey Lavrov met the press.'));
    const card = renderPersonCard(index, personId(index, 'Sergey Lavrov'), { corpusKey: 'k' }) ?? '';
    assert.match(card, /Minister of Foreign Affairs, Russia \(2021–2022, 3 texts, 1 undated\)/);
  });

  it('shows a registry role once, with the texts that write it, and a role only the texts write apart', () => {
    const index = corpusWithLavrov('    state: Russia', '    roles:', '      - { role: Minister of Foreign Affairs, state: Russia, from: 2004-03-09 }');
    index.update('c.txt', joinLines('Information Message', '', 'On 4 April 2023, Deputy Prime Minister of the Russian Federation Sergey Lavrov opened the forum.'));
    const card = renderPersonCard(index, personId(index, 'Sergey Lavrov'), { corpusKey: 'k' }) ?? '';
    // As the reader sees it: markdown escapes removed.
    const roles = (card.split('**Roles**')[1]?.split('**')[0] ?? '').replace(/\\(.)/g, '$1');
    assert.equal(
      roles.trim(),
      joinLines('- Minister of Foreign Affairs, Russia (since 9 March 2004), 2021–2022, 2 texts', '- Deputy Prime Minister, Russia (2023, 1 text)'),
      card,
    );
  });

  it('shows a role once when the registry and the texts both give it, in any spelling and with or without a state', () => {
    const index = corpusWithLavrov('    state: Russia', '    roles:', '      - { role: Prime Minister, state: Russia, from: 2020, to: 2024 }');
    index.update('a.txt', joinLines('Information Message', '', 'On 12 May 2021, Prime Minister of the Russian Federation Sergey Lavrov opened the forum.'));
    index.update('b.txt', joinLines('Information Message', '', 'On 3 March 2022, Prime Minister S. Lavrov received the delegation.'));
    index.update('c.txt', joinLines('Information Message', '', 'On 4 April 2023, Foreign Minister of the Russian Federation Sergey Lavrov spoke.'));
    index.update('d.txt', joinLines('Information Message', '', 'On 5 May 2023, Minister of Foreign Affairs of the Russian Federation Sergey Lavrov spoke.'));
    index.update('e.txt', joinLines('Information Message', '', 'On 6 June 2023, Minister of Foreign Affairs of the Russian Federation Sergey Lavrov spoke.'));
    const card = renderPersonCard(index, personId(index, 'Sergey Lavrov'), { corpusKey: 'k' }) ?? '';
    const roles = (card.split('**Roles**')[1]?.split('**')[0] ?? '').replace(/\\(.)/g, '$1');
    assert.equal(roles.trim(), joinLines('- Prime Minister, Russia (2020–2024), 2021–2022, 2 texts', '- Minister of Foreign Affairs, Russia (2023, 3 texts)'), card);
  });

  it('keeps the two periods of one office apart on the card', () => {
    const index = corpusWithLavrov(
      '    roles:',
      '      - { role: Minister of Foreign Affairs, state: Russia, from: 2021, to: 2021 }',
      '      - { role: Minister of Foreign Affairs, state: Russia, from: 2022 }',
      '      - { role: Minister of Foreign Affairs, state: Russia, from: 2022-06 }',
    );
    const card = renderPersonCard(index, personId(index, 'Sergey Lavrov'), { corpusKey: 'k' }) ?? '';
    const roles = (card.split('**Roles**')[1]?.split('**')[0] ?? '').replace(/\\(.)/g, '$1');
    assert.equal(roles.trim(), joinLines('- Minister of Foreign Affairs, Russia (2021), 2021, 1 text', '- Minister of Foreign Affairs, Russia (since 2022), 2022, 1 text'), card);
  });

  it('shows the registry notes as text and a Wikidata id as a link to its page, other ids as text', () => {
    const index = corpusWithLavrov('    ids: { wikidata: Q47129, viaf: "[x](command:evil)" }', '    notes: Foreign minister since 2004. <b>Career</b> diplomat.');
    const card = renderPersonCard(index, personId(index, 'Sergey Lavrov'), { corpusKey: 'k' }) ?? '';
    assert.match(card, /Foreign minister since 2004\\. \\<b\\>Career\\<\/b\\> diplomat\\./);
    assert.match(card, /Wikidata \[Q47129\]\(https:\/\/www\.wikidata\.org\/wiki\/Q47129\)/);
    assert.match(card, /viaf: \\\[x\\\]\\\(command\\:evil\\\)/);
  });

  it('shows a note body with markup and a command link as plain text', () => {
    const index = corpus();
    const body = '[run](command:workbench.action.terminal.new) <b>bold</b>';
    const card = renderPersonCard(index, personId(index, 'Sergey Lavrov'), { corpusKey: 'k', notes: [{ id: 'n1', doc: 'a.txt', body, tags: ['x'] }] }) ?? '';
    assert.ok(!card.includes('](command:workbench'), card);
    assert.ok(!card.includes('<b>'), card);
    assert.ok(card.includes('\\[run\\]\\(command\\:workbench'), card);
  });
});

describe('notes on cards', () => {
  it('says how many replies a note has', () => {
    const index = corpus();
    const notes = [{ id: 'n1', doc: 'a.txt', body: 'Chaired it.', tags: [], replies: 2 }, { id: 'n2', doc: 'b.txt', body: 'Alone.', tags: [], replies: 0 }];
    const card = renderPersonCard(index, personId(index, 'Sergey Lavrov'), { corpusKey: 'k', notes }) ?? '';
    assert.match(card, /- Chaired it\\\. \(\[a\\\.txt\]\(command:_chancery\.openNoteLink\?[^)]*\), 2 replies\)\n/);
    assert.match(card, /- Alone\\\. \(\[b\\\.txt\]\(command:_chancery\.openNoteLink\?[^)]*\)\)/);
  });

  it('shows a note of several paragraphs on one line, and links its text to the note', () => {
    const index = corpus();
    const notes = [{ id: 'n-abc', doc: 'texts/a b.txt', body: 'First **point**.\n\nSecond point.', tags: ['chair'] }];
    const card = renderPersonCard(index, personId(index, 'Sergey Lavrov'), { corpusKey: 'file:///w', notes }) ?? '';
    const line = card.split('\n').find((l) => l.startsWith('- First')) ?? '';
    assert.ok(line.startsWith('- First \\*\\*point\\*\\*\\. Second point\\. _chair_ ([texts/a b\\.txt](command:_chancery.openNoteLink?'), line);
    const query = /openNoteLink\?([^)]*)\)/.exec(line)?.[1] ?? '';
    assert.deepEqual(JSON.parse(decodeURIComponent(query)), [{ from: 'file:///w/texts/a%20b.txt', text: 'a b.txt', noteId: 'n-abc' }]);
  });

  it('lists the notes about a document on its card', () => {
    const index = corpus();
    const document = index.documents()[0];
    assert.ok(document);
    const card = renderDocumentCard(index, document.id, { corpusKey: 'k', notes: [{ id: 'n1', doc: 'a.txt', body: 'Cited twice.', tags: [] }] }) ?? '';
    assert.match(card, /\*\*Notes\*\*\n\n- Cited twice\\\. \(\[a\\\.txt\]/);
  });
});

describe('cards after a change of the corpus', () => {
  it('shows the role a text adds after an update, once the card was shown before it', () => {
    const index = corpus();
    const id = personId(index, 'Sergey Lavrov');
    assert.doesNotMatch(renderPersonCard(index, id, { corpusKey: 'k' }) ?? '', /Deputy Prime Minister/);
    index.update('b.txt', joinLines('Information Message', '', 'On 3 March 2022, Deputy Prime Minister of the Russian Federation S. Lavrov received the delegation.'));
    const card = renderPersonCard(index, id, { corpusKey: 'k' }) ?? '';
    assert.match(card, /Deputy Prime Minister, Russia \(2022, 1 text\)/);
    assert.match(card, /2 mentions in 2 texts/);
  });

  it('says who chaired a meeting and who hosted it', () => {
    const index = new CorpusIndex();
    index.update(
      'a.txt',
      joinLines(
        'PRESS RELEASE on the Meeting of the Council of Ministers of Foreign Affairs',
        '',
        'A meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held on May 12, 2021 in Moscow. It was attended by Minister of Foreign Affairs of the Republic of Kazakhstan Arman Bekov and Minister of Foreign Affairs of the Republic of Tajikistan Farrukh Saidov.',
        '',
        'Arman Bekov chaired the meeting. The ministers were received by President of the Russian Federation Pavel Volkov.',
      ),
    );
    const meetingLine = (name: string): string | undefined => renderPersonCard(index, personId(index, name), { corpusKey: 'k' })?.split('**Meetings**')[1]?.split('\n').find((line) => line.startsWith('- '));
    assert.match(meetingLine('Arman Bekov') ?? '', /Moscow — \*chair\*$/);
    assert.match(meetingLine('Pavel Volkov') ?? '', /Moscow — \*host\*$/);
    assert.match(meetingLine('Farrukh Saidov') ?? '', /Moscow$/);
  });

  it('drops a meeting from the card when the text that reports it goes', () => {
    const index = corpus();
    const id = personId(index, 'Sergey Lavrov');
    assert.match(renderPersonCard(index, id, { corpusKey: 'k' }) ?? '', /\*\*Meetings\*\*/);
    index.update('a.txt', joinLines('Information Message', '', 'On 12 May 2021, Minister of Foreign Affairs of the Russian Federation Sergey Lavrov met the press.'));
    const card = renderPersonCard(index, id, { corpusKey: 'k' }) ?? '';
    assert.doesNotMatch(card, /\*\*Meetings\*\*/);
  });

  it('counts a new person of the state on the state card after an update', () => {
    const index = corpus();
    assert.match(renderStateCard(index, 'Russia'), /1 person\*\*/);
    index.update('c.txt', joinLines('Minister of Defence of the Russian Federation Pavel Orlov arrived.'));
    assert.match(renderStateCard(index, 'Russia'), /2 people\*\* in the corpus, 3 mentions/);
  });
});

describe('state card', () => {
  it("gives each person of the state their current role, not the first in alphabetical order", () => {
    const index = corpusWithLavrov('    state: Russia', '    roles:', '      - { role: Minister of Foreign Affairs, state: Russia, from: 2004-03-09 }', '      - { role: Ambassador to the United Nations, state: Russia, from: 1994, to: 2004 }');
    assert.match(renderStateCard(index, 'Russia'), /- Sergey Lavrov — Minister of Foreign Affairs \(2\)/);
  });

  it('names the official form and the people of the state', () => {
    const card = renderStateCard(corpus(), 'Russia');
    assert.match(card, /\*\*Russia\*\* · Russian Federation/);
    assert.match(card, /1 person\*\* in the corpus, 2 mentions/);
  });

  it('lists the people of the state the most mentioned first, not by the name as written', () => {
    const index = new CorpusIndex();
    index.update('a.txt', 'President of the Russian Federation Anna Orlova met Minister of Foreign Affairs of the Russian Federation Viktor Zubov. Viktor Zubov spoke, and Zubov left.');
    const card = renderStateCard(index, 'Russia');
    const names = card.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2).split(' — ')[0]);
    assert.deepEqual(names, ['Viktor Zubov', 'Anna Orlova']);
  });
  it("links each person's name to their first mention when the card knows its corpus", () => {
    const index = new CorpusIndex();
    const text = 'President of the Russian Federation Anna Orlova met Minister of Foreign Affairs of the Russian Federation Viktor Zubov.';
    index.update('a.txt', text);
    const card = renderStateCard(index, 'Russia', { corpusKey: 'k' });
    const link = /- \[Viktor Zubov\]\(command:_chancery\.openMention\?([^)]*)\)/.exec(card);
    assert.ok(link, card);
    const [args] = JSON.parse(decodeURIComponent(link[1] ?? '')) as [{ doc: string; start: number }];
    assert.deepEqual([args.doc, text.slice(args.start, args.start + 12)], ['a.txt', 'Viktor Zubov']);
  });
});

describe('document card', () => {
  it('returns nothing for an unknown document id', () => {
    assert.equal(renderDocumentCard(corpus(), 'document:none', { corpusKey: 'k' }), undefined);
  });

  it('gives the title, type and date of a corpus text with a link, and counts its citations', () => {
    const index = corpus();
    index.update('charter.txt', joinLines('Charter of the Shanghai Cooperation Organization', '', 'The member states agree as follows.'));
    index.update('c.txt', joinLines('The ministers recalled the SCO Charter.'));
    index.update('d.txt', joinLines('The ministers recalled the SCO Charter and the SCO Charter again.'));
    const card = renderDocumentCard(index, 'document:@charter.txt', { corpusKey: 'k' }) ?? '';
    assert.match(card, /^\*\*Charter of the Shanghai Cooperation Organization\*\*/);
    assert.match(card, /In the corpus: \[charter\\\.txt\]\(command:_chancery\.openMention/);
    assert.match(card, /Cited 3 times in 2 texts:\n\n- \[c\\\.txt\]\(command:_chancery\.openMention[^)]*\)\n- \[d\\\.txt\]/);
  });

  it('links the first citation in each of the first citing texts and counts the other texts', () => {
    const index = new CorpusIndex();
    for (const name of ['a', 'b', 'c']) {
      index.update(`${name}.txt`, 'The ministers recalled the SCO Charter. They recalled the SCO Charter again.');
    }
    const [document] = index.documents();
    assert.ok(document);
    const card = renderDocumentCard(index, document.id, { corpusKey: 'k', maxLinks: 2 }) ?? '';
    const links = card.split('\n').filter((line) => line.startsWith('- '));
    assert.equal(links.length, 3, card);
    assert.match(links[0] ?? '', /^- \[a\\\.txt\]/);
    assert.match(links[1] ?? '', /^- \[b\\\.txt\]/);
    assert.equal(links[2], '- … and 1 more (Find All References)');
    const [args] = JSON.parse(decodeURIComponent(/openMention\?([^)]*)\)/.exec(links[0] ?? '')?.[1] ?? '')) as [{ start: number }];
    assert.equal(args.start, 'The ministers recalled the '.length, 'the link opens the first citation of the text');
  });

  it('heads the card of a person of several states with the state of their current role', () => {
    const index = new CorpusIndex();
    index.setRegistry(parseRegistry(['people:', '  - id: bekov', '    name: Arman Bekov', '    roles:', '      - { role: Ambassador, state: Kazakhstan, from: 2005, to: 2010 }', '      - { role: President, state: Uzbekistan, from: 2019 }'].join('\n')).registry);
    const [person] = index.people();
    assert.ok(person);
    assert.match(renderPersonCard(index, person.id, { corpusKey: 'file:///w' }) ?? '', /^\*\*Arman Bekov\*\* · Uzbekistan\n/);
  });
});

describe('meeting card', () => {
  const REPORT = joinLines(
    'PRESS RELEASE on the Meeting of the Council of Ministers of Foreign Affairs',
    '',
    'A meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held on May 12, 2021 in Moscow. It was attended by Minister of Foreign Affairs of the Republic of Kazakhstan Arman Bekov and Minister of Foreign Affairs of the Republic of Tajikistan Farrukh Saidov.',
    '',
    'Farrukh Saidov chaired the meeting.',
  );

  /** A report of a meeting with its chair and participants, and a later text that refers to it. */
  function meetings(): CorpusIndex {
    const index = new CorpusIndex();
    index.update('report.txt', REPORT);
    index.update('later.txt', joinLines('Information Message', '', 'The ministers recalled the meeting of the SCO Council of Ministers of Foreign Affairs held on May 12, 2021 in Moscow, and the meeting of the SCO Council of Heads of State held on June 15, 2021 in Dushanbe.'));
    return index;
  }

  function meetingId(index: CorpusIndex, place: string): string {
    const meeting = index.meetings().find((m) => m.place === place);
    assert.ok(meeting, `no meeting in ${place}: ${JSON.stringify(index.meetings())}`);
    return meeting.id;
  }

  it('returns nothing for an unknown meeting id', () => {
    assert.equal(renderMeetingCard(meetings(), 'meeting:none', { corpusKey: 'k' }), undefined);
  });

  it('gives the body, date and place, the report, the participants with the chair first, and the mentions in both texts', () => {
    const index = meetings();
    const card = renderMeetingCard(index, meetingId(index, 'Moscow'), { corpusKey: 'k' }) ?? '';
    const lines = card.split('\n');
    assert.equal(lines[0], '**SCO Council of Ministers of Foreign Affairs** · *not in the registry*');
    assert.equal(lines[2], '12 May 2021 · Moscow');
    assert.match(card, /\nReported by \[report\\\.txt\]\(command:_chancery\.openMention/);
    const participants = card.split('**2 participants**\n\n')[1]?.split('\n').slice(0, 2) ?? [];
    assert.match(participants[0] ?? '', /^- \[Farrukh Saidov\]\(command:_chancery\.openMention[^)]*\) — Minister of Foreign Affairs, Tajikistan · \*chair\*$/);
    assert.match(participants[1] ?? '', /^- \[Arman Bekov\]\(command:[^)]*\) — Minister of Foreign Affairs, Kazakhstan$/);
    assert.match(card, /\*\*4 mentions in 2 texts\*\*\n\n- \[later\\\.txt\]\([^)]*\)\n- \[report\\\.txt\]\([^)]*\)$/);
  });

  it("links a participant's name to their mention in the report", () => {
    const index = meetings();
    const card = renderMeetingCard(index, meetingId(index, 'Moscow'), { corpusKey: 'k' }) ?? '';
    const link = /- \[Arman Bekov\]\(command:_chancery\.openMention\?([^)]*)\)/.exec(card);
    assert.ok(link, card);
    const [args] = JSON.parse(decodeURIComponent(link[1] ?? '')) as [{ doc: string; start: number; end: number }];
    assert.deepEqual([args.doc, REPORT.slice(args.start, args.end).endsWith('Arman Bekov')], ['report.txt', true]);
  });

  it('says when no text of the corpus reports a meeting the texts refer to', () => {
    const index = meetings();
    const card = renderMeetingCard(index, meetingId(index, 'Dushanbe'), { corpusKey: 'k' }) ?? '';
    assert.match(card, /^\*\*SCO Council of Heads of State\*\* · \*not in the registry\*\n\n15 June 2021 · Dushanbe\n/);
    assert.match(card, /\*No text of the corpus reports it; the texts refer to it\.\*/);
    assert.doesNotMatch(card, /participant/);
    assert.match(card, /\*\*1 mention in 1 text\*\*\n\n- \[later\\\.txt\]/);
  });

  it('gives a registry meeting no text names its registry facts, and says so', () => {
    const index = new CorpusIndex();
    const { registry, problems } = parseRegistry(joinLines('meetings:', '  - id: tashkent-2004', '    body: SCO Council of Heads of State', '    date: 2004-06-17', '    place: Tashkent', '    extraordinary: true'));
    assert.deepEqual(problems, []);
    index.setRegistry(registry);
    const card = renderMeetingCard(index, 'meeting:tashkent-2004', { corpusKey: 'k' }) ?? '';
    assert.match(card, /^\*\*SCO Council of Heads of State\*\* · \*extraordinary\*\n\n17 June 2004 · Tashkent\n\n\*In the registry only: no text names it\.\*$/);
  });

  it('shows the notes about the meeting', () => {
    const index = meetings();
    const card = renderMeetingCard(index, meetingId(index, 'Moscow'), { corpusKey: 'k', notes: [{ id: 'n1', doc: 'report.txt', body: 'First under the new chair.', tags: [] }] }) ?? '';
    assert.match(card, /\*\*Notes\*\*\n\n- First under the new chair\\\. \(\[report\\\.txt\]/);
  });
});

describe('place card', () => {
  const REPORT = joinLines(
    'PRESS RELEASE on the Meeting of the Council of Ministers of Foreign Affairs',
    '',
    'A meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held on May 12, 2021 in Moscow. It was attended by Minister of Foreign Affairs of the Republic of Kazakhstan Arman Bekov.',
  );

  it('names the state of the city and lists the meetings held there, newest first, each a link to its report', () => {
    const index = new CorpusIndex();
    index.update('report.txt', REPORT);
    index.update('later.txt', joinLines('Information Message', '', 'The ministers recalled the meeting of the SCO Council of Heads of State held on June 15, 2019 in Moscow.'));
    const card = renderPlaceCard(index, 'Moscow', { corpusKey: 'file:///w' });
    const lines = card.split('\n');
    assert.equal(lines[0], '**Moscow** · Russia');
    assert.equal(lines[2], '**2 meetings** held here:');
    assert.match(lines[4] ?? '', /^- \[SCO Council of Ministers of Foreign Affairs\]\(command:_chancery\.openMention\?.*report\.txt.*\) — 12 May 2021$/);
    assert.match(lines[5] ?? '', /^- \[SCO Council of Heads of State\]\(command:_chancery\.openMention\?.*later\.txt.*\) — 15 June 2019 · \*referred to only\*$/);
    assert.equal(renderPlaceCard(index, 'Tashkent', { corpusKey: 'file:///w' }), '**Tashkent** · Uzbekistan\n\n*No meeting of the corpus was held here.*');
    // The card follows the texts: one removed, one moved to another city.
    index.remove('later.txt');
    index.update('report.txt', REPORT.replace('in Moscow', 'in Tashkent'));
    assert.equal(renderPlaceCard(index, 'Moscow', { corpusKey: 'file:///w' }).split('\n')[2], '*No meeting of the corpus was held here.*');
    assert.equal(renderPlaceCard(index, 'Tashkent', { corpusKey: 'file:///w' }).split('\n')[2], '**1 meeting** held here:');
  });

  it('finds the place of several words around the mouse, not a sentence’s full stop', () => {
    const line = 'They met in Rio de Janeiro and St. Petersburg, then in Bishkek.';
    const at = (word: string) => placeAround(line, line.indexOf(word) + 1);
    assert.deepEqual(at('de'), { place: 'Rio de Janeiro', start: 12, end: 26 });
    assert.deepEqual(at('St.'), { place: 'Saint Petersburg', start: 31, end: 45 });
    assert.deepEqual(at('Bishkek'), { place: 'Bishkek', start: 55, end: 62 });
    assert.equal(at('met'), undefined);
  });
});
