import * as assert from 'node:assert/strict';
import { CorpusIndex, officialMentionAt } from '../../../src/core/corpus/corpusIndex';
import { summarizeMentions } from '../../../src/core/cards/personCard';
import { meetingBodyKey } from '../../../src/core/recognize/meetingMentions';
import { parseRegistry, type Registry } from '../../../src/core/registry/registryFile';

const joinLines = (...lines: string[]): string => lines.join('\n') + '\n';

function registryOf(...lines: string[]): Registry {
  const { registry, problems } = parseRegistry(joinLines(...lines));
  assert.deepEqual(problems, []);
  assert.ok(registry);
  return registry;
}

function officialAt(index: CorpusIndex, doc: string, text: string, name: string): ReturnType<CorpusIndex['entityAt']> {
  return index.entityAt(doc, text.indexOf(name) + 1);
}

/** Two registry Sadykovs, Ministers of Foreign Affairs of Kazakhstan at different dates: the lines of `people:`. */
const SADYKOVS = [
  '  - id: old',
  '    name: Karim Sadykov',
  '    roles: [{ role: Minister of Foreign Affairs, state: Kazakhstan, from: 1999, to: 2002 }]',
  '  - id: young',
  '    name: Kanat Sadykov',
  '    roles: [{ role: Minister of Foreign Affairs, state: Kazakhstan, from: 2007, to: 2009 }]',
];

describe('CorpusIndex identity', () => {
  const a = 'The talks were attended by Minister of Foreign Affairs of the Russian Federation Sergey Lavrov.\n';
  const b = 'Minister of Foreign Affairs of the Russian Federation S. Lavrov met the press.\n';

  it('resolves an initial and a full name of one person to one entity', () => {
    const index = new CorpusIndex();
    index.update('a.txt', a);
    index.update('b.txt', b);
    const full = officialAt(index, 'a.txt', a, 'Sergey Lavrov');
    const initial = officialAt(index, 'b.txt', b, 'S. Lavrov');
    assert.ok(full && initial);
    assert.equal(full.entityId, initial.entityId);
    assert.equal(index.mentionsOf(full.entityId).length, 2);
  });

  it('meets transliteration variants of one surname with the same initial and state', () => {
    const index = new CorpusIndex();
    const x = 'President of the Republic of Kazakhstan N. Nazarbayev opened the summit.\n';
    const y = 'President N. Nazarbaev of the Republic of Kazakhstan spoke.\n';
    index.update('x.txt', x);
    index.update('y.txt', y);
    assert.equal(officialAt(index, 'x.txt', x, 'N. Nazarbayev')?.entityId, officialAt(index, 'y.txt', y, 'N. Nazarbaev')?.entityId);
  });

  it('meets a given name written with and without its accents, whose initial is then one person', () => {
    const index = new CorpusIndex();
    const x = 'Minister of Foreign Affairs of Poland Radosław Sikorski opened the meeting.\n';
    const y = 'Minister of Foreign Affairs of Poland Radoslaw Sikorski spoke. Minister of Foreign Affairs of Poland R. Sikorski agreed.\n';
    index.update('x.txt', x);
    index.update('y.txt', y);
    const initial = officialAt(index, 'y.txt', y, 'R. Sikorski');
    assert.equal(initial?.status, 'inferred');
    assert.equal(initial?.entityId, officialAt(index, 'x.txt', x, 'Radosław Sikorski')?.entityId);
  });

  it('resolves a mention again when an edit changes only the role written before it', () => {
    const index = new CorpusIndex(
      registryOf(
        'people:',
        '  - id: viktor',
        '    name: Viktor Orlov',
        '    roles: [{ role: President, state: Russia }]',
        '  - id: vadim',
        '    name: Vadim Orlov',
        '    roles: [{ role: Minister of Foreign Affairs, state: Russia }]',
      ),
    );
    const president = 'President of the Russian Federation V. Orlov spoke.\n';
    const minister = 'Minister of Foreign Affairs of the Russian Federation V. Orlov spoke.\n';
    index.update('a.txt', president);
    assert.equal(officialAt(index, 'a.txt', president, 'V. Orlov')?.entityId, 'person:viktor');
    index.update('a.txt', minister);
    assert.equal(officialAt(index, 'a.txt', minister, 'V. Orlov')?.entityId, 'person:vadim');
  });

  it('takes a hyphenated given name written with a blank for one person, whose bare surname is then theirs', () => {
    const index = new CorpusIndex();
    const text = 'President of Kazakhstan Kassym-Jomart Tokayev met the press. President Kassym Jomart Tokayev said. President Tokaev agreed.\n';
    index.update('t.txt', text);
    const people = index.people();
    assert.equal(people.length, 1);
    assert.equal(people[0]?.mentionCount, 3);
    assert.equal(people[0]?.name, 'Kassym-Jomart Tokayev');
  });

  it('keeps two initials of one surname apart unless the registry joins them', () => {
    const x = 'President of the Republic of Kazakhstan E. Nurlanov spoke.\n';
    const y = 'President of the Republic of Kazakhstan I. Nurlanov spoke.\n';
    const index = new CorpusIndex();
    index.update('x.txt', x);
    index.update('y.txt', y);
    assert.notEqual(officialAt(index, 'x.txt', x, 'E. Nurlanov')?.entityId, officialAt(index, 'y.txt', y, 'I. Nurlanov')?.entityId);

    index.setRegistry(registryOf('people:', '  - id: nurlanov', '    name: Yerlan Nurlanov', '    aliases: [E. Nurlanov, I. Nurlanov]'));
    const first = officialAt(index, 'x.txt', x, 'E. Nurlanov');
    assert.equal(first?.entityId, 'person:nurlanov');
    assert.equal(first?.status, 'registered');
    assert.equal(officialAt(index, 'y.txt', y, 'I. Nurlanov')?.entityId, 'person:nurlanov');
  });

  it('takes the registry name written in full as its person whatever state the text gives, but initials only with a compatible state', () => {
    // The registry's Norov is of Uzbekistan; a text gives the same name as an official of Kyrgyzstan.
    const text = 'Minister of Foreign Affairs of the Kyrgyz Republic Vladimir Norov and Minister of Foreign Affairs of the Kyrgyz Republic B. Sadykov spoke.\n';
    const index = new CorpusIndex();
    index.setRegistry(registryOf('people:', '  - id: norov', '    name: Vladimir Norov', '    state: Uzbekistan', '  - id: sadykov', '    name: Bakyt Sadykov', '    state: Uzbekistan'));
    index.update('x.txt', text);
    // Not ambiguous with itself as the only candidate.
    assert.deepEqual(officialAt(index, 'x.txt', text, 'Vladimir Norov'), { ...officialAt(index, 'x.txt', text, 'Vladimir Norov'), entityId: 'person:norov', status: 'registered', candidates: [] });
    const sadykov = officialAt(index, 'x.txt', text, 'B. Sadykov');
    assert.notEqual(sadykov?.entityId, 'person:sadykov');
    assert.equal(sadykov?.status, 'inferred');
  });

  it("reads the registry's states by any of their names, as the texts' are read", () => {
    // The registry writes official names; the text writes the short one, as Chancery names the state.
    const text = 'Minister of Foreign Affairs of Russia S. Lavrov met Minister of Foreign Affairs of Kyrgyzstan R. Kazakbaev.\n';
    const index = new CorpusIndex();
    index.setRegistry(registryOf('people:', '  - id: lavrov', '    name: Sergey Lavrov', '    state: Russian Federation', '  - id: kazakbaev', '    name: Ruslan Kazakbaev', '    roles:', '      - role: Minister of Foreign Affairs', '        state: Kyrgyz Republic'));
    index.update('x.txt', text);
    assert.equal(officialAt(index, 'x.txt', text, 'S. Lavrov')?.entityId, 'person:lavrov');
    assert.equal(officialAt(index, 'x.txt', text, 'R. Kazakbaev')?.entityId, 'person:kazakbaev');
    assert.deepEqual(index.person('person:lavrov')?.states, ['Russia']);
  });

  it('keeps one surname of two states apart', () => {
    const x = 'President of the Russian Federation A. Ivanov spoke.\n';
    const y = 'President of the Republic of Kazakhstan A. Ivanov spoke.\n';
    const index = new CorpusIndex();
    index.update('x.txt', x);
    index.update('y.txt', y);
    assert.notEqual(officialAt(index, 'x.txt', x, 'A. Ivanov')?.entityId, officialAt(index, 'y.txt', y, 'A. Ivanov')?.entityId);
  });

  it('shows an initial that fits two registry people as ambiguous, never silently merged', () => {
    const index = new CorpusIndex(registryOf('people:', '  - id: anna', '    name: Anna Petrova', '  - id: alla', '    name: Alla Petrova'));
    const text = 'Minister of Foreign Affairs of the Russian Federation A. Petrova spoke.\n';
    index.update('t.txt', text);
    const mention = officialAt(index, 't.txt', text, 'A. Petrova');
    assert.equal(mention?.status, 'ambiguous');
    assert.deepEqual(mention?.candidates, ['person:alla', 'person:anna']);
  });

  it('gives a bare surname the person its own text names with a role, whoever else the corpus holds of that surname', () => {
    const x = 'President of the Republic of Kazakhstan E. Nurlanov spoke. Nurlanov thanked the hosts.\n';
    const y = 'President of the Republic of Kazakhstan I. Nurlanov spoke. Nurlanov thanked the hosts.\n';
    const both = 'President of the Republic of Kazakhstan E. Nurlanov met Minister of Foreign Affairs of Kazakhstan I. Nurlanov. Nurlanov thanked the hosts.\n';
    const index = new CorpusIndex();
    index.update('x.txt', x);
    index.update('y.txt', y);
    index.update('both.txt', both);
    const bare = (doc: string, text: string): string | undefined => index.entityAt(doc, text.lastIndexOf('Nurlanov thanked') + 1)?.entityId;
    assert.equal(bare('x.txt', x), officialAt(index, 'x.txt', x, 'E. Nurlanov')?.entityId);
    assert.equal(bare('y.txt', y), officialAt(index, 'y.txt', y, 'I. Nurlanov')?.entityId);
    assert.notEqual(bare('x.txt', x), bare('y.txt', y));
    // In a text that names two of them, the bare surname may be either: ambiguous between them, never dropped.
    const either = index.entityAt('both.txt', both.lastIndexOf('Nurlanov thanked') + 1);
    assert.equal(either?.status, 'ambiguous');
    assert.deepEqual([...(either?.candidates ?? [])].sort(), [bare('x.txt', x), bare('y.txt', y)].sort());
    assert.equal(index.person(bare('y.txt', y) ?? '')?.mentionCount, 3);
  });

  it('gives a name of one word the person of its text whose fuller name it is: a family name written first, a name before the surname', () => {
    const text = [
      'On 12 March 2024, President of the Federative Republic of Brazil Joao Carlos Zeca da Costa met with President of the People\'s Republic of China Li Wenhua in Beijing.',
      'President Zeca thanked President Li for the invitation. Zeca said the visit was important.',
    ].join(' ');
    const index = new CorpusIndex();
    index.update('visit.txt', text);
    assert.deepEqual(
      index.people().map((p) => `${p.name}: ${p.mentionCount}`).sort(),
      ['Joao Carlos Zeca da Costa: 3', 'Li Wenhua: 2'],
    );
    // Two people of the text whom the word fits: as written, not a guess.
    const two = 'President of Brazil Joao Zeca da Costa met President of Portugal Rui Zeca Pires. President Zeca spoke.';
    index.update('two.txt', two);
    assert.equal(index.entityAt('two.txt', two.lastIndexOf('Zeca spoke') + 1)?.entityId, 'person:~zeca');
  });

  it('compares a name with a generational suffix by the surname before it', () => {
    const index = new CorpusIndex();
    index.update('a.txt', 'On 5 September 2023, President Ferdinand R. Marcos Jr. of the Philippines met the press. Marcos said the talks went well.');
    assert.deepEqual(index.people().map((p) => `${p.name}: ${p.mentionCount}`), ['Ferdinand R. Marcos Jr.: 2']);
  });

  it('gives ids read from names with letters no decomposition takes apart (`Łódź`, `Ørsted`)', () => {
    const index = new CorpusIndex();
    index.update('a.txt', 'PRESS RELEASE\n\nThe meeting of the Council of Ministers of Foreign Affairs of the SCO was held in Łódź on 5 May 2021. It was attended by Minister of Foreign Affairs of Denmark Søren Ørsted.');
    assert.deepEqual(index.people().map((p) => p.id), ['person:~soren-orsted~denmark']);
    assert.match(index.meetings()[0]?.id ?? '', /@lodz$/);
  });

  it("picks among registry people by the role each held at the text's date", () => {
    const index = new CorpusIndex(registryOf('people:', ...SADYKOVS));
    const text = 'On May 15, 2008 Minister of Foreign Affairs of Kazakhstan K. Sadykov spoke, and the Minister of Foreign Affairs of Kazakhstan was thanked.\n';
    index.update('t.txt', text);
    assert.equal(officialAt(index, 't.txt', text, 'K. Sadykov')?.entityId, 'person:young');
    // The role written without a name resolves through the same dated role.
    const unnamed = index.mentionsOf('person:young').find((m) => m.kind === 'role');
    assert.equal(unnamed?.state, 'Kazakhstan');
  });

  it("resolves an organisation's office written without a name, with the organisation before or after it", () => {
    const index = new CorpusIndex(registryOf('people:', '  - id: zhang-ming', '    name: Zhang Ming', '    roles:', '      - role: Secretary-General', '        organization: SCO', '        from: 2022-01-01', '        to: 2024-12-31'));
    const text = 'On May 10, 2023 the Secretary-General of the Shanghai Cooperation Organization briefed the ministers, and the SCO Secretary-General thanked them.\n';
    index.update('t.txt', text);
    for (const written of ['Secretary-General of the Shanghai', 'SCO Secretary-General']) {
      const mention = index.entityAt('t.txt', text.indexOf(written) + 1);
      assert.equal(mention?.kind, 'role', written);
      assert.equal(mention?.entityId, 'person:zhang-ming', written);
    }
  });

  it('resolves a role of two offices written without a name to the holder of either, and one office to a registry role of two', () => {
    const index = new CorpusIndex(
      registryOf('people:', ...SADYKOVS, '  - id: saidov', '    name: Bakhtiyor Saidov', '    roles: [{ role: Deputy Prime Minister - Minister of Foreign Affairs, state: Uzbekistan, from: 2024-06-01 }]'),
    );
    const text = 'On May 15, 2008 the Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan opened the session.\n';
    index.update('t.txt', text);
    assert.equal(index.entityAt('t.txt', text.indexOf('Deputy') + 1)?.entityId, 'person:young');
    const later = 'On 12 March 2025 the Minister of Foreign Affairs of Uzbekistan spoke.\n';
    index.update('l.txt', later);
    assert.equal(index.entityAt('l.txt', later.indexOf('Minister') + 1)?.entityId, 'person:saidov');
  });

  it("resolves a former role to who had left it by the text's date, never to its holder then, and an acting role to its holder", () => {
    const index = new CorpusIndex(registryOf('people:', ...SADYKOVS));
    const text = 'On May 15, 2008 the former Minister of Foreign Affairs of Kazakhstan met the Acting Minister of Foreign Affairs of Kazakhstan.\n';
    index.update('t.txt', text);
    const roleAt = (written: string): string | undefined => index.entityAt('t.txt', text.indexOf(written) + written.indexOf('Minister'))?.entityId;
    assert.equal(roleAt('former Minister'), 'person:old');
    assert.equal(roleAt('Acting Minister'), 'person:young');
    // Named, a former minister is picked among people of one surname the same way.
    const named = 'On May 15, 2008 former Minister of Foreign Affairs of Kazakhstan K. Sadykov spoke.\n';
    index.update('n.txt', named);
    assert.equal(officialAt(index, 'n.txt', named, 'K. Sadykov')?.entityId, 'person:old');
  });

  it('picks by each text\'s date even when the first text indexed names one of them unambiguously', () => {
    // Both texts write `K. Sadykov` with the same state, so their mentions share one form group: the 2008 text,
    // indexed first, must not decide for the 2000 one.
    const index = new CorpusIndex(registryOf('people:', ...SADYKOVS));
    const later = 'On May 15, 2008 Minister of Foreign Affairs of Kazakhstan K. Sadykov spoke.\n';
    const earlier = 'On May 15, 2000 Minister of Foreign Affairs of Kazakhstan K. Sadykov spoke.\n';
    index.update('a-2008.txt', later);
    index.update('b-2000.txt', earlier);
    assert.equal(officialAt(index, 'a-2008.txt', later, 'K. Sadykov')?.entityId, 'person:young');
    assert.equal(officialAt(index, 'b-2000.txt', earlier, 'K. Sadykov')?.entityId, 'person:old');
    assert.equal(index.person('person:old')?.mentionCount, 1);
    assert.equal(index.person('person:young')?.mentionCount, 1);
  });

  it("lists among a meeting's participants the office holder the report names by their role alone, by the text's date", () => {
    const report = (date: string): string =>
      joinLines(
        'PRESS RELEASE',
        '',
        `The meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held on ${date} in Almaty. It was attended by the Minister of Foreign Affairs of Kazakhstan and Minister of Foreign Affairs of the Russian Federation S. Lavrov. The ministers of the member states took part.`,
      );
    const participants = (index: CorpusIndex): string[] => index.meetings().flatMap((m) => m.participants.map((p) => `${p.doc}|${p.kind}|${p.entityId}|${p.status}`));
    const index = new CorpusIndex(registryOf('people:', ...SADYKOVS));
    index.update('a.txt', report('May 15, 2008'));
    index.update('b.txt', report('May 15, 2000'));
    const lavrov = officialAt(index, 'a.txt', report('May 15, 2008'), 'S. Lavrov')?.entityId;
    assert.deepEqual(participants(index), [`b.txt|attended|person:old|registered`, `b.txt|attended|${lavrov}|inferred`, `a.txt|attended|person:young|registered`, `a.txt|attended|${lavrov}|inferred`]);
    // Without a registry role to resolve it, the role names no one.
    index.setRegistry(undefined);
    assert.deepEqual(participants(index), [`b.txt|attended|${lavrov}|inferred`, `a.txt|attended|${lavrov}|inferred`]);
  });

  it('resolves a near spelling to a registry person only when the given name agrees', () => {
    const index = new CorpusIndex(registryOf('people:', '  - id: swaraj', '    name: Sushma Swaraj', '    state: India'));
    const text = 'Minister of External Affairs of the Republic of India Sushma Swaraji spoke.\n';
    index.update('t.txt', text);
    assert.equal(officialAt(index, 't.txt', text, 'Sushma Swaraji')?.entityId, 'person:swaraj');
  });

  it('makes a registry meeting written with a hyphen and a text meeting written with an en dash one meeting', () => {
    // The registry writes `EU-China Summit`, the recognised body is written with an en dash: same body, date and place.
    const index = new CorpusIndex(registryOf('meetings:', '  - id: eu-china-24', '    body: EU-China Summit', '    date: 2023-12-07', '    place: Beijing'));
    // (A minus sign, U+2212, is not read as part of a body in a text; the registry's body key folds it all the same.)
    assert.equal(new Set(['EU-China Summit', 'EU\u2013China Summit', 'EU\u2014China Summit', 'EU\u2212China Summit'].map(meetingBodyKey)).size, 1);
    for (const dash of ['-', '\u2013', '\u2014']) {
      index.update('summit.txt', `The 24th EU${dash}China Summit took place in Beijing on 7 December 2023.\n`);
      const held = index.meetings().filter((m) => m.date?.from === '2023-12-07');
      assert.deepEqual(
        held.map((m) => [m.id, m.registered, m.reportedBy]),
        [['meeting:eu-china-24', true, ['summit.txt']]],
        `written with U+${dash.charCodeAt(0).toString(16)}`,
      );
    }
  });
});

describe('CorpusIndex updates', () => {
  const meetingText = (place: string): string => `A meeting of the Council of Heads of State of the Shanghai Cooperation Organization was held on June 15, 2009 in ${place}.\n`;

  it('re-indexes only the changed text and drops its old mentions', () => {
    const index = new CorpusIndex();
    const first = 'President of the Russian Federation V. Orlov spoke.\n';
    index.update('a.txt', first);
    const entity = officialAt(index, 'a.txt', first, 'V. Orlov')?.entityId ?? '';
    assert.equal(index.mentionsOf(entity).length, 1);
    index.update('a.txt', 'Nothing of note.\n');
    assert.equal(index.mentionsOf(entity).length, 0);
  });

  it('merges one meeting mentioned in two texts, and splits it again when a text goes', () => {
    const index = new CorpusIndex();
    index.update('a.txt', meetingText('Yekaterinburg'));
    index.update('b.txt', meetingText('Yekaterinburg'));
    const meetings = index.meetings();
    assert.equal(meetings.length, 1);
    assert.equal(meetings[0]?.mentionCount, 2);
    // Each text is one sentence that reports the meeting as held: both report it.
    assert.deepEqual(meetings[0]?.reportedBy, ['a.txt', 'b.txt']);
    index.remove('b.txt');
    assert.equal(index.meetings()[0]?.mentionCount, 1);
  });

  it('keeps meetings of one body at two places apart', () => {
    const index = new CorpusIndex();
    index.update('a.txt', meetingText('Yekaterinburg'));
    index.update('b.txt', meetingText('Astana'));
    assert.equal(index.meetings().length, 2);
  });

  it('moves the mentions of a renamed text to its new path', () => {
    const index = new CorpusIndex();
    const text = 'President of the Russian Federation V. Orlov spoke.\n';
    index.update('old.txt', text);
    index.rename('old.txt', 'new/place.txt');
    assert.equal(index.has('old.txt'), false);
    const mention = index.entityAt('new/place.txt', text.indexOf('Orlov'));
    assert.equal(mention?.doc, 'new/place.txt');
    assert.deepEqual(index.mentionsOf(mention?.entityId ?? '').map((m) => m.doc), ['new/place.txt']);
  });

  it('replaces what the new path held when a text is renamed onto it, and leaves nothing of it behind', () => {
    const index = new CorpusIndex();
    const text = 'President of the Russian Federation V. Orlov spoke.\n';
    index.update('old.txt', text);
    // A watcher reported the file at its new path before the rename was reported.
    index.update('new.txt', text);
    index.rename('old.txt', 'new.txt');
    const person = index.entityAt('new.txt', text.indexOf('Orlov'))?.entityId ?? '';
    assert.deepEqual(index.mentionsOf(person).map((m) => m.doc), ['new.txt']);
    assert.deepEqual(index.mentionCountOf(person), { mentions: 1, texts: 1 });
    index.remove('new.txt');
    assert.deepEqual(index.people(), []);
  });

  it('resolves a new mention of a name whose person is already known, after a query', () => {
    const index = new CorpusIndex();
    const text = 'President of the Russian Federation V. Orlov spoke.\n';
    index.update('a.txt', text);
    const entity = officialAt(index, 'a.txt', text, 'V. Orlov')?.entityId;
    assert.ok(entity);
    index.update('b.txt', text);
    assert.equal(officialAt(index, 'b.txt', text, 'V. Orlov')?.entityId, entity);
    assert.deepEqual(index.mentionsOf(entity).map((m) => m.doc), ['a.txt', 'b.txt']);
  });

  it('files a name again after every text that wrote it went, and after a rename', () => {
    const index = new CorpusIndex();
    const a = 'The talks were attended by Minister of Foreign Affairs of the Russian Federation Sergey Lavrov.\n';
    const b = 'Minister of Foreign Affairs of the Russian Federation S. Lavrov met the press.\n';
    index.update('a.txt', a);
    assert.equal(index.people().length, 1);
    index.remove('a.txt');
    assert.deepEqual(index.people(), []);
    index.update('c.txt', a);
    index.update('b.txt', b);
    index.rename('c.txt', 'd.txt');
    const full = officialAt(index, 'd.txt', a, 'Sergey Lavrov');
    assert.ok(full);
    assert.equal(officialAt(index, 'b.txt', b, 'S. Lavrov')?.entityId, full.entityId);
    assert.deepEqual(index.mentionsOf(full.entityId).map((m) => m.doc), ['b.txt', 'd.txt']);
    assert.equal(index.people().length, 1);
  });

  it('keeps the mentions of a renamed text resolved when another text writes the same name', () => {
    const index = new CorpusIndex();
    const text = 'President of the Russian Federation V. Orlov spoke.\n';
    index.update('a.txt', text);
    index.update('b.txt', text);
    const entity = officialAt(index, 'a.txt', text, 'V. Orlov')?.entityId;
    assert.ok(entity);
    index.rename('b.txt', 'c.txt');
    assert.equal(officialAt(index, 'c.txt', text, 'V. Orlov')?.entityId, entity);
    assert.deepEqual(index.mentionsOf(entity).map((m) => m.doc), ['a.txt', 'c.txt']);
  });

  it('links a cited title to the corpus text whose heading it is', () => {
    const index = new CorpusIndex();
    index.update('texts/charter.txt', 'Charter of the Shanghai Cooperation Organization\n\nThe member states agree as follows.\n');
    const citing = 'The ministers recalled the SCO Charter.\n';
    index.update('texts/later.txt', citing);
    const title = index.entityAt('texts/later.txt', citing.indexOf('Charter'));
    assert.equal(title?.kind, 'title');
    assert.equal(title?.entityId, 'document:@texts/charter.txt');
    assert.equal(index.documents().find((d) => d.id === title?.entityId)?.file, 'texts/charter.txt');
  });

  it('refers a bare type back to the last title of its type, or to the text when its heading is of that type', () => {
    const index = new CorpusIndex();
    const text = 'The ministers welcomed the Treaty on Nuclear-Weapon-Free Zone in Central Asia and the Plan of Actions of the SCO. The states intend to sign the Treaty in July. The Plan was adopted.\n';
    index.update('a.txt', text);
    const at = (doc: string, written: string, source: string): string | undefined => index.entityAt(doc, source.lastIndexOf(written) + 1)?.entityId;
    assert.equal(at('a.txt', 'Treaty in', text), at('a.txt', 'Treaty on', text));
    assert.equal(at('a.txt', 'Plan was', text), at('a.txt', 'Plan of Actions', text));
    assert.deepEqual(index.documents().map((d) => d.title).sort(), ['Plan of Actions of the SCO', 'Treaty on Nuclear-Weapon-Free Zone in Central Asia']);
    const treaty = 'Treaty on Good-Neighbourliness between the Member States\n\nThe Parties shall apply the Treaty in good faith.\n';
    index.update('treaty.txt', treaty);
    assert.equal(at('treaty.txt', 'Treaty in', treaty), 'document:@treaty.txt');
  });

  it('gives the innermost mention at an offset: the meeting inside the heading that names it', () => {
    const index = new CorpusIndex();
    const text = 'Press Release on the Meeting of the Council of Heads of State of the Shanghai Cooperation Organization\n\nThe meeting was held on June 15, 2009 in Astana.\n';
    index.update('pr.txt', text);
    assert.equal(index.entityAt('pr.txt', text.indexOf('Council'))?.kind, 'meeting');
    assert.equal(index.entityAt('pr.txt', 2)?.kind, 'heading');
    assert.equal(index.entityAt('pr.txt', text.indexOf('held')), undefined);
  });

  it('finds people, meetings and documents by a misspelt name', () => {
    const index = new CorpusIndex();
    index.update('a.txt', 'President of the Russian Federation Vladimir Orlov spoke.\n');
    const found = index.searchSymbols('Vladmir Orlv');
    assert.equal(found[0]?.label, 'Vladimir Orlov');
    assert.equal(found[0]?.kind, 'person');
  });

  it('finds a person a text names after an edit, and no longer the one it named before, with as many entities as before', () => {
    const index = new CorpusIndex();
    index.update('a.txt', 'President of the Russian Federation V. Orlov spoke.\n');
    assert.deepEqual(index.searchSymbols('Orlov').map((m) => m.label), ['V. Orlov']);
    index.update('a.txt', 'President of the Russian Federation K. Zhumabekov spoke.\n');
    assert.deepEqual(index.searchSymbols('Orlov').map((m) => m.label), []);
    assert.deepEqual(index.searchSymbols('Zhumabekov').map((m) => m.label), ['K. Zhumabekov']);
    index.rename('a.txt', 'b.txt');
    assert.ok(index.searchSymbols('Zhumabekov').every((m) => index.person(m.id) !== undefined));
  });
});

describe('CorpusIndex meetings across texts', () => {
  const report = (date: string): string =>
    joinLines('PRESS RELEASE on the Meeting of the Council of Heads of State', '', `The meeting of the Council of Heads of State of the Shanghai Cooperation Organization was held on ${date} in Astana.`);

  it('gives a registry summit the meeting of heads of state a text reports at its date and place', () => {
    const index = new CorpusIndex(registryOf('meetings:', '  - id: asean-43', '    body: ASEAN Summit', '    date: 2023-09-05', '    place: Jakarta'));
    index.update('statement.txt', joinLines('CHAIRMAN\'S STATEMENT', '', 'The 43rd ASEAN Summit was held in Jakarta on 5 September 2023.'));
    assert.deepEqual(
      index.meetings().map((m) => [m.id, m.reportedBy.join()]),
      [['meeting:asean-43', 'statement.txt']],
    );
  });

  it("keeps the range of days the meeting's own report gives when another text names one of its days", () => {
    const index = new CorpusIndex();
    index.update('report.txt', report('8-9 June 2017'));
    index.update('later.txt', 'The heads of state recalled the meeting of the Council of Heads of State of the Shanghai Cooperation Organization on 9 June 2017 in Astana.\n');
    const meetings = index.meetings();
    assert.equal(meetings.length, 1);
    assert.equal(meetings[0]?.date?.text, '2017-06-08/2017-06-09');
    assert.equal(meetings[0]?.mentionCount, 3);
  });

  it('joins a meeting named with its place before the noun and its date after "of" to the one other texts report', () => {
    const index = new CorpusIndex();
    index.update('report.txt', report('12 March 2021'));
    index.update('info.txt', 'The heads of state of the SCO member states met in Astana on 12 March 2021.\n');
    index.update('statement.txt', 'The ministers recalled the results of the Astana meeting of the Council of Heads of State of the SCO of 12 March 2021.\n');
    assert.deepEqual(index.meetings().map((m) => [m.date?.text, m.place, m.mentionCount]), [['2021-03-12', 'Astana', 4]]);
  });

  it('keeps the previous and the next meeting of one body in one text apart, though neither has a date or place', () => {
    const index = new CorpusIndex();
    index.update(
      'report.txt',
      joinLines(
        report('12 May 2021'),
        '',
        'The Ministers reviewed the decisions of the previous meeting of the Council of Ministers of Foreign Affairs and prepared the next meeting of the Council of Ministers of Foreign Affairs.',
      ),
    );
    assert.equal(index.meetings().length, 3);
    assert.ok(index.meetings().every((m) => m.mentionCount >= 1));
  });

  it('keeps an extraordinary meeting apart from a regular one of the same body and year', () => {
    const index = new CorpusIndex();
    index.update('report.txt', report('10 November 2020'));
    index.update('note.txt', 'The Secretary-General recalled the extraordinary meeting of the Council of Heads of State of the Shanghai Cooperation Organization in 2020.\n');
    assert.deepEqual(index.meetings().map((m) => [m.date?.text, m.extraordinary]), [['2020', true], ['2020-11-10', false]]);

    // Dated to the same day, the two are one meeting that one text calls extraordinary.
    index.update('note.txt', 'The Secretary-General recalled the extraordinary meeting of the Council of Heads of State of the Shanghai Cooperation Organization on 10 November 2020.\n');
    assert.deepEqual(index.meetings().map((m) => [m.date?.text, m.extraordinary]), [['2020-11-10', true]]);
  });
});

describe('CorpusIndex meetings one text tells apart', () => {
  it('keeps two meetings of one body that a text tells apart as two, though their dates overlap', () => {
    const index = new CorpusIndex();
    index.update('a.txt', 'PRESS RELEASE\n\nThe meeting of the Council of Ministers of Foreign Affairs of the SCO was held in Astana on 5 February 2025.\n\nThe next meeting of the Council of Ministers of Foreign Affairs of the SCO will be held in 2025.\n');
    assert.deepEqual(index.meetings().map((m) => m.date?.text).sort(), ['2025', '2025-02-05']);
    // Another text's mention of the year still joins the meeting it fits.
    index.update('b.txt', 'The meeting of the Council of Ministers of Foreign Affairs of the SCO held in Astana on 5 February 2025 was recalled.\n');
    assert.equal(index.meetings().length, 2);
  });
});

describe('CorpusIndex numbered meetings', () => {
  it('keeps meetings of one body and other numbers apart, though their dates and places agree', () => {
    const index = new CorpusIndex();
    index.update('a.txt', "CHAIRMAN'S STATEMENT\n\nThe 44th and 45th ASEAN Summits were held in Vientiane on 8-9 October 2024.\n");
    index.update('b.txt', 'PRESS RELEASE\n\nThe 45th ASEAN Summit was held in Vientiane on 9 October 2024.\n');
    index.update('c.txt', 'The ministers recalled the 78th session of the UN General Assembly in 2024 and the 79th session of the UN General Assembly in 2024.\n');
    const meetings = index.meetings().map((m) => `${m.body}|${m.date?.text}|${m.place}|${m.reportedBy.join('+')}`).sort();
    assert.deepEqual(meetings, [
      // The 44th, which a.txt reports, and the 45th, which a.txt reports with it and b.txt alone.
      'ASEAN Meeting of Heads of State|2024-10-08/2024-10-09|Vientiane|a.txt',
      'ASEAN Meeting of Heads of State|2024-10-08/2024-10-09|Vientiane|a.txt+b.txt',
      'UNGA Session|2024|undefined|',
      'UNGA Session|2024|undefined|',
    ]);
    // Another text's 79th session joins the 79th, not the 78th.
    index.update('d.txt', 'The 79th session of the UN General Assembly in 2024 was recalled.\n');
    const sessions = index.meetings().filter((m) => m.body === 'UNGA Session');
    assert.deepEqual(
      sessions.map((m) => index.mentionsOf(m.id).map((r) => r.doc).sort().join('+')).sort(),
      ['c.txt', 'c.txt+d.txt'],
    );
  });
});

describe('CorpusIndex meetings of an unnamed council', () => {
  it('keeps apart the meetings of "the Council" of texts that name no council', () => {
    const index = new CorpusIndex();
    const text = 'The envoys of the Shanghai Cooperation Organization recalled the extraordinary meeting of the Council on 13 May 2020.\n';
    index.update('a.txt', text);
    index.update('b.txt', text);
    assert.deepEqual(index.meetings().map((m) => m.body), ['Council', 'Council']);
  });
});

describe('CorpusIndex meetings at a city and at its state', () => {
  // Written for this test: one summit told by its city in one text and by its host state in another.
  const byCity = (city: string, days: string): string => `The SCO summit in ${city} on ${days} adopted a declaration of the Shanghai Cooperation Organization.\n`;
  const byState = (month: string): string =>
    `The Secretary-General recalled the meeting of the Council of Heads of State held in the People's Republic of China in ${month}, and the work of the Shanghai Cooperation Organization.\n`;
  const meetingsOf = (...texts: string[]): string[][] => {
    const index = new CorpusIndex();
    texts.forEach((text, i) => index.update(`${i}.txt`, text));
    return index.meetings().map((m) => [m.date?.text ?? '-', m.place ?? '-', String(m.mentionCount)]);
  };

  it('joins a meeting told by its city in one text and by its state in another, and shows the city', () => {
    assert.deepEqual(meetingsOf(byCity('Qingdao', '9-10 June 2018'), byState('June 2018')), [['2018-06-09/2018-06-10', 'Qingdao', '2']]);
    // Whichever text comes first in path order.
    assert.deepEqual(meetingsOf(byState('June 2018'), byCity('Qingdao', '9-10 June 2018')), [['2018-06-09/2018-06-10', 'Qingdao', '2']]);
  });

  it('keeps meetings at a city and at its state apart in different years, and two cities of one state apart', () => {
    assert.equal(meetingsOf(byCity('Qingdao', '9-10 June 2018'), byState('June 2019')).length, 2);
    assert.equal(meetingsOf(byCity('Qingdao', '9-10 June 2018'), byCity('Beijing', '9-10 June 2018')).length, 2);
    // A meeting in the state that fits two meetings in two of its cities joins neither.
    assert.equal(meetingsOf(byCity('Qingdao', '9-10 June 2018'), byCity('Beijing', '9-10 June 2018'), byState('June 2018')).length, 3);
    // A city of another state.
    assert.equal(meetingsOf(byCity('Bishkek', '9-10 June 2018'), byState('June 2018')).length, 2);
  });
});

describe('CorpusIndex identities whatever the order of the texts', () => {
  // Written for this test: three Alimovs of one surname key, whose clustering has ties that arrival order broke.
  const texts: [string, string][] = [
    ['a.txt', 'SCO Secretary-General Rashid Alimov took part in the meeting.\n'],
    ['b.txt', 'It was attended by President of the Republic of Tajikistan R. Alimov and SCO Secretary-General R. Alimov.\n'],
    ['c.txt', "President of the People's Republic of China R. Alimov chaired the meeting.\n"],
  ];
  const identities = (order: readonly number[]): string[] => {
    const index = new CorpusIndex();
    for (const i of order) {
      const [doc, text] = texts[i] ?? ['', ''];
      index.update(doc, text);
    }
    return texts.flatMap(([doc]) => index.mentionsIn(doc).map((m) => `${doc}@${m.start} ${m.entityId} ${m.status} ${m.candidates.join(',')}`));
  };

  it('gives the same people and ids in whichever order the texts were indexed', () => {
    const sorted = identities([0, 1, 2]);
    for (const order of [[2, 1, 0], [1, 2, 0], [2, 0, 1]]) {
      assert.deepEqual(identities(order), sorted, `order ${order.join(',')}`);
    }
  });
});

describe('CorpusIndex identities kept across edits', () => {
  const petrovas = registryOf('people:', '  - id: anna', '    name: Anna Petrova', '  - id: alla', '    name: Alla Petrova');
  const sadykovs = registryOf('people:', '  - id: anna', '    name: Anna Petrova', '  - id: alla', '    name: Alla Petrova', ...SADYKOVS);
  const meeting = 'A meeting of the Council of Heads of State of the Shanghai Cooperation Organization was held on June 15, 2009 in Astana.';
  const texts = new Map<string, string>([
    // Undated, so that the first mention of `K. Sadykov|Kazakhstan` fits both registry people, whose dated roles then
    // tell the other mentions apart.
    ['0.txt', joinLines('Minister of Foreign Affairs of Kazakhstan K. Sadykov spoke.')],
    ['a.txt', joinLines(`On May 15, 2008 Minister of Foreign Affairs of Kazakhstan K. Sadykov met Minister of Foreign Affairs of the Russian Federation A. Petrova.`)],
    ['b.txt', joinLines('On June 1, 2000 Minister of Foreign Affairs of Kazakhstan K. Sadykov spoke.', meeting)],
    ['c.txt', joinLines('President of the Russian Federation Anton Ivanov met President of the Russian Federation Andrei Ivanov.', meeting)],
    ['d.txt', joinLines('President of the Russian Federation A. Ivanov spoke. The ministers recalled the SCO Charter.')],
  ]);

  /** Everything a query can see of an index: the lists, each text's mentions, and each entity's mentions, counts and meetings. */
  function everything(index: CorpusIndex): unknown {
    const ids = [...index.people().map((p) => p.id), ...index.meetings().map((m) => m.id), ...index.documents().map((d) => d.id)];
    return JSON.parse(
      JSON.stringify({
        people: index.people(),
        meetings: index.meetings(),
        documents: index.documents(),
        texts: index.texts().map((doc) => index.mentionsIn(doc)),
        entities: ids.map((id) => ({ id, person: index.person(id), mentions: index.mentionsOf(id), all: index.mentionCountOf(id), officials: index.mentionCountOf(id, 'official'), meetings: index.meetingsOf(id) })),
      }),
    );
  }

  function fresh(registry: Registry | undefined): CorpusIndex {
    const index = new CorpusIndex(registry);
    for (const doc of [...texts.keys()].sort()) {
      index.update(doc, texts.get(doc) ?? '');
    }
    return index;
  }

  it('gives an index edited between queries what an index built from its final texts and registry gives', () => {
    const edited = new CorpusIndex(petrovas);
    for (const [doc, text] of texts) {
      edited.update(doc, text);
    }
    const petrova = officialAt(edited, 'a.txt', texts.get('a.txt') ?? '', 'A. Petrova');
    assert.equal(petrova?.status, 'ambiguous');
    const ivanov = officialAt(edited, 'd.txt', texts.get('d.txt') ?? '', 'A. Ivanov');
    assert.equal(ivanov?.status, 'ambiguous');
    assert.deepEqual(everything(edited), everything(fresh(petrovas)));

    // Dated roles: the group of `K. Sadykov|Kazakhstan` resolves mention by mention, one person per date.
    edited.setRegistry(sadykovs);
    assert.equal(officialAt(edited, 'a.txt', texts.get('a.txt') ?? '', 'K. Sadykov')?.entityId, 'person:young');
    assert.equal(officialAt(edited, 'b.txt', texts.get('b.txt') ?? '', 'K. Sadykov')?.entityId, 'person:old');
    assert.equal(officialAt(edited, '0.txt', texts.get('0.txt') ?? '', 'K. Sadykov')?.status, 'ambiguous');
    assert.deepEqual(everything(edited), everything(fresh(sadykovs)));

    // The two full names go: `A. Ivanov` is a person of their own, then joins the one full name that comes back.
    edited.remove('c.txt');
    texts.delete('c.txt');
    assert.deepEqual(everything(edited), everything(fresh(sadykovs)));
    texts.set('c.txt', joinLines('President of the Russian Federation Anton Ivanov met the press.', meeting));
    edited.update('c.txt', texts.get('c.txt') ?? '');
    assert.equal(officialAt(edited, 'd.txt', texts.get('d.txt') ?? '', 'A. Ivanov')?.status, 'inferred');
    assert.deepEqual(everything(edited), everything(fresh(sadykovs)));

    edited.rename('a.txt', 'texts/a.txt');
    texts.set('texts/a.txt', texts.get('a.txt') ?? '');
    texts.delete('a.txt');
    assert.deepEqual(everything(edited), everything(fresh(sadykovs)));

    // Back to one identity per group: the mentions filed one by one are filed with their group again.
    edited.setRegistry(petrovas);
    assert.deepEqual(everything(edited), everything(fresh(petrovas)));
    edited.update('e.txt', texts.get('b.txt') ?? '');
    texts.set('e.txt', texts.get('b.txt') ?? '');
    edited.remove('b.txt');
    texts.delete('b.txt');
    edited.setRegistry(undefined);
    assert.deepEqual(everything(edited), everything(fresh(undefined)));
  });
});

describe('CorpusIndex cache of a form group', () => {
  const report = joinLines(
    'JOINT COMMUNIQUÉ of the Meeting of the Council of Heads of State',
    '',
    'A meeting of the Council of Heads of State of the Shanghai Cooperation Organization was held on June 15, 2009 in Astana. It was attended by President of the Russian Federation A. Ivanov.',
  );

  it('shows a person and a meeting anew when a group of their mentions changes identity after another text went', () => {
    const index = new CorpusIndex();
    index.update('anton.txt', 'President of the Russian Federation Anton Ivanov spoke.\n');
    index.update('andrei.txt', 'President of the Russian Federation Andrei Ivanov spoke.\n');
    index.update('report.txt', report);
    const anton = officialAt(index, 'anton.txt', 'President of the Russian Federation Anton Ivanov spoke.\n', 'Anton Ivanov')?.entityId ?? '';
    const ivanov = officialAt(index, 'report.txt', report, 'A. Ivanov');
    assert.equal(ivanov?.status, 'ambiguous');
    const meeting = index.meetings()[0]?.id ?? '';
    assert.equal(index.person(anton)?.mentionCount, 1);
    assert.deepEqual(index.meeting(meeting)?.participants.map((p) => p.entityId), [ivanov?.entityId]);

    // Nothing of `anton.txt` or `report.txt` changed: only the group of `A. Ivanov` tells their entities to go.
    index.remove('andrei.txt');
    assert.equal(officialAt(index, 'report.txt', report, 'A. Ivanov')?.entityId, anton);
    assert.equal(index.person(anton)?.mentionCount, 2);
    assert.deepEqual(index.meeting(meeting)?.participants.map((p) => p.entityId), [anton]);
    assert.equal(index.mentionCountOf(anton).mentions, 2);
  });

  it('shows a person anew when a text adds a mention to a group that keeps its identity', () => {
    const text = 'President of the Russian Federation Anton Ivanov spoke.\n';
    const index = new CorpusIndex();
    index.update('a.txt', text);
    const anton = officialAt(index, 'a.txt', text, 'Anton Ivanov')?.entityId ?? '';
    assert.equal(index.person(anton)?.mentionCount, 1);
    assert.equal(index.mentionCountOf(anton).texts, 1);
    index.update('b.txt', text);
    assert.equal(index.person(anton)?.mentionCount, 2);
    assert.equal(index.mentionCountOf(anton).texts, 2);
  });
});

describe('officialMentionAt', () => {
  const mentions = [
    { start: 0, kind: 'heading' as const, n: 0 },
    { start: 10, kind: 'role' as const, n: 1 },
    { start: 10, kind: 'official' as const, n: 2 },
    { start: 10, kind: 'official' as const, n: 3 },
    { start: 10, kind: 'meeting' as const, n: 4 },
    { start: 25, kind: 'official' as const, n: 5 },
  ];

  it('finds the last official mention starting at an offset, as a map of officials by start kept it', () => {
    assert.equal(officialMentionAt(mentions, 10)?.n, 3);
    assert.equal(officialMentionAt(mentions, 25)?.n, 5);
  });

  it('finds nothing where no official starts', () => {
    assert.equal(officialMentionAt(mentions, 0), undefined);
    assert.equal(officialMentionAt(mentions, 11), undefined);
    assert.equal(officialMentionAt(mentions, 99), undefined);
    assert.equal(officialMentionAt([], 10), undefined);
  });
});

describe('mentionSummaryOf', () => {
  // Texts added out of path order, each naming the Charter and a person more than once, in different orders.
  const texts: [string, string][] = [
    ['m.txt', 'The ministers recalled the SCO Charter. Minister of Foreign Affairs of the Russian Federation Anton Ivanov spoke of the SCO Charter.'],
    ['c.txt', 'Minister of Foreign Affairs of the Russian Federation Anton Ivanov recalled the SCO Charter.'],
    ['z.txt', 'The SCO Charter. The SCO Charter. The SCO Charter.'],
    ['a.txt', 'Anton Ivanov, Minister of Foreign Affairs of the Russian Federation, cited the SCO Charter. Anton Ivanov left.'],
    ['k.txt', 'The weather was fine.'],
  ];

  it('gives the first mention of each of the first texts by path, and the counts, as the sorted mentions do', () => {
    const index = new CorpusIndex();
    for (const [doc, text] of texts) {
      index.update(doc, text);
    }
    const ids = [...new Set(index.texts().flatMap((doc) => index.mentionsIn(doc).map((m) => m.entityId)))];
    assert.ok(ids.some((id) => id.startsWith('document:')) && ids.some((id) => id.startsWith('person:')), ids.join(', '));
    for (const id of ids) {
      for (const kind of [undefined, 'title', 'official'] as const) {
        const all = index.mentionsOf(id).filter((m) => kind === undefined || m.kind === kind);
        for (const limit of [0, 1, 2, 3, 10]) {
          assert.deepEqual(index.mentionSummaryOf(id, limit, kind), summarizeMentions(all, limit), `${id} ${kind ?? 'all'} ${limit}`);
        }
      }
    }
  });

  it('gives the new path after a rename and the new text after an update, once it was asked before them', () => {
    const index = new CorpusIndex();
    for (const [doc, text] of texts) {
      index.update(doc, text);
    }
    const charter = index.mentionsIn('z.txt')[0]?.entityId ?? '';
    const docs = (): string[] => index.mentionSummaryOf(charter, 2, 'title').first.map((m) => m.doc);
    assert.deepEqual(docs(), ['a.txt', 'c.txt']);
    index.rename('a.txt', 'y.txt');
    assert.deepEqual(docs(), ['c.txt', 'm.txt']);
    index.update('b.txt', 'They recalled the SCO Charter.');
    assert.deepEqual(docs(), ['b.txt', 'c.txt']);
    assert.deepEqual([index.mentionSummaryOf(charter, 2, 'title').mentions, index.mentionSummaryOf(charter, 2, 'title').texts], [8, 5]);
  });
});
