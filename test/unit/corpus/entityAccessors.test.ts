import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { parseRegistry, type Registry } from '../../../src/core/registry/registryFile';

const joinLines = (...lines: string[]): string => lines.join('\n') + '\n';

function registryOf(...lines: string[]): Registry {
  const { registry, problems } = parseRegistry(joinLines(...lines));
  assert.deepEqual(problems, []);
  assert.ok(registry);
  return registry;
}

/** A communiqué written for these tests: a heading, the meeting it reports with its participants, a citation. */
function communique(place: string, date: string, attendees: readonly string[], chair: string): string {
  return joinLines(
    'JOINT COMMUNIQUÉ of the Meeting of the Council of Ministers of Foreign Affairs',
    '',
    `A meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held on ${date} in ${place}. It was attended by ${attendees.join(', ')}.`,
    '',
    `${chair} chaired the meeting. The ministers recalled the Charter of the Shanghai Cooperation Organization.`,
  );
}

const ORLOV = 'Minister of Foreign Affairs of the Russian Federation Viktor Orlov';
const BEKOV = 'Minister of Foreign Affairs of the Republic of Kazakhstan Arman Bekov';
const SAIDOV = 'Minister of Foreign Affairs of the Republic of Tajikistan Farrukh Saidov';

function corpus(): CorpusIndex {
  const index = new CorpusIndex();
  index.update('a.txt', communique('Moscow', 'May 12, 2021', [ORLOV, BEKOV], 'Viktor Orlov'));
  index.update('b.txt', communique('Astana', 'June 3, 2022', [BEKOV, SAIDOV], 'Arman Bekov'));
  return index;
}

function idOf(index: CorpusIndex, name: string): string {
  const person = index.people().find((p) => p.name === name);
  assert.ok(person, `no person named ${name}: ${index.people().map((p) => p.name).join(', ')}`);
  return person.id;
}

/** The lists of an index as plain data, to compare an index patched by edits with one built from scratch. */
function lists(index: CorpusIndex): unknown {
  return JSON.parse(JSON.stringify({ people: index.people(), meetings: index.meetings(), documents: index.documents() }));
}

describe('CorpusIndex per-entity accessors', () => {
  it('gives each person, meeting and document as the corpus-wide lists have it', () => {
    const index = corpus();
    assert.ok(index.people().length >= 3 && index.meetings().length >= 2 && index.documents().length >= 3);
    for (const person of index.people()) {
      assert.deepEqual(index.person(person.id), person);
    }
    for (const meeting of index.meetings()) {
      assert.deepEqual(index.meeting(meeting.id), meeting);
    }
    for (const document of index.documents()) {
      assert.deepEqual(index.document(document.id), document);
    }
  });

  it('gives nothing for an id it does not know, or an id of another kind', () => {
    const index = corpus();
    const meeting = index.meetings()[0]?.id ?? '';
    assert.equal(index.person('person:nobody'), undefined);
    assert.equal(index.person(meeting), undefined);
    assert.equal(index.meeting('meeting:none'), undefined);
    assert.equal(index.document(idOf(index, 'Viktor Orlov')), undefined);
  });

  it('lists the meetings a person took part in, the same as filtering every meeting by its participants', () => {
    const index = corpus();
    const bekov = idOf(index, 'Arman Bekov');
    const orlov = idOf(index, 'Viktor Orlov');
    assert.deepEqual(index.meetingsOf(bekov).map((m) => m.place), ['Moscow', 'Astana']);
    assert.deepEqual(index.meetingsOf(orlov).map((m) => m.place), ['Moscow']);
    for (const person of index.people()) {
      assert.deepEqual(
        index.meetingsOf(person.id),
        index.meetings().filter((m) => m.participants.some((p) => p.entityId === person.id)),
      );
    }
  });

  it('lists a meeting a person attended named by their office alone, as the meeting lists them', () => {
    const index = corpus();
    index.setRegistry(
      registryOf('people:', '  - id: arman-bekov', '    name: Arman Bekov', '    state: Kazakhstan', '    roles:', '      - role: Minister of Foreign Affairs', '        from: 2020-01-01'),
    );
    index.update('c.txt', communique('Tashkent', 'July 1, 2023', ['the Minister of Foreign Affairs of the Republic of Kazakhstan', SAIDOV], 'Farrukh Saidov'));
    const tashkent = index.meetings().find((m) => m.place === 'Tashkent');
    assert.ok(tashkent?.participants.some((p) => p.entityId === 'person:arman-bekov'), JSON.stringify(tashkent?.participants));
    assert.deepEqual(index.meetingsOf('person:arman-bekov').map((m) => m.place), ['Moscow', 'Astana', 'Tashkent']);
  });

  it('lists the people of a state from the texts and from the registry', () => {
    const index = corpus();
    assert.deepEqual(index.peopleOf('Kazakhstan').map((p) => p.name), ['Arman Bekov']);
    index.setRegistry(registryOf('people:', '  - id: kanat-nurov', '    name: Kanat Nurov', '    state: Kazakhstan'));
    assert.deepEqual(index.peopleOf('Kazakhstan').map((p) => p.name), ['Arman Bekov', 'Kanat Nurov']);
    assert.deepEqual(index.peopleOf('Atlantis'), []);
  });

  it('counts the citations of a document and the texts they are in', () => {
    const index = corpus();
    const charter = index.documents().find((d) => d.title.startsWith('Charter'));
    assert.ok(charter);
    assert.deepEqual(index.mentionCountOf(charter.id, 'title'), { mentions: 2, texts: 2 });
    assert.deepEqual(index.mentionCountOf(charter.id, 'heading'), { mentions: 0, texts: 0 });
    assert.deepEqual(index.mentionCountOf('document:none'), { mentions: 0, texts: 0 });
  });
});

describe('CorpusIndex entity cache', () => {
  it('shows a person as the texts say after an update, not as the cache had them', () => {
    const index = corpus();
    const orlov = idOf(index, 'Viktor Orlov');
    assert.deepEqual(index.person(orlov)?.roles, ['Minister of Foreign Affairs']);
    index.update('c.txt', joinLines('Deputy Prime Minister of the Russian Federation Viktor Orlov arrived in Astana on June 2, 2022.'));
    assert.deepEqual(index.person(orlov)?.roles, ['Deputy Prime Minister', 'Minister of Foreign Affairs']);
    assert.equal(index.person(orlov)?.mentionCount, 3);
    assert.ok(index.people().some((p) => p.id === orlov && p.mentionCount === 3));
  });

  it('drops a person and their meetings when the texts that name them go', () => {
    const index = corpus();
    const saidov = idOf(index, 'Farrukh Saidov');
    const bekov = idOf(index, 'Arman Bekov');
    assert.equal(index.meetingsOf(bekov).length, 2);
    index.remove('b.txt');
    assert.equal(index.person(saidov), undefined);
    assert.equal(index.people().some((p) => p.id === saidov), false);
    assert.deepEqual(index.meetingsOf(bekov).map((m) => m.place), ['Moscow']);
    assert.deepEqual(index.meetings().map((m) => m.place), ['Moscow']);
  });

  it('moves what names a renamed text to its new path', () => {
    const index = corpus();
    const meeting = index.meetings().find((m) => m.place === 'Astana');
    assert.deepEqual(meeting?.reportedBy, ['b.txt']);
    index.rename('b.txt', 'texts/b.txt');
    assert.deepEqual(index.meetings().find((m) => m.place === 'Astana')?.reportedBy, ['texts/b.txt']);
    assert.ok(index.documents().some((d) => d.file === 'texts/b.txt'));
    assert.equal(index.documents().some((d) => d.file === 'b.txt'), false);
  });

  it('shows the registry name of a person once the registry lists them', () => {
    const index = corpus();
    index.people();
    index.setRegistry(registryOf('people:', '  - id: viktor-orlov', '    name: Viktor A. Orlov', '    aliases: [Viktor Orlov]', '    state: Russia'));
    const person = index.person('person:viktor-orlov');
    assert.equal(person?.name, 'Viktor A. Orlov');
    assert.equal(person?.registered, true);
    assert.equal(person?.mentionCount, 2);
    assert.ok(index.people().some((p) => p.id === 'person:viktor-orlov'));
  });

  it('keeps the lists of an index patched by edits equal to those of an index built from the final texts', () => {
    const edited = corpus();
    edited.people();
    edited.meetings();
    edited.documents();
    edited.update('c.txt', communique('Tashkent', 'April 20, 2020', [SAIDOV, ORLOV], 'Farrukh Saidov'));
    edited.people();
    edited.update('a.txt', communique('Moscow', 'May 12, 2021', [BEKOV], 'Arman Bekov'));
    edited.meetings();
    edited.remove('b.txt');

    const fresh = new CorpusIndex();
    fresh.update('a.txt', communique('Moscow', 'May 12, 2021', [BEKOV], 'Arman Bekov'));
    fresh.update('c.txt', communique('Tashkent', 'April 20, 2020', [SAIDOV, ORLOV], 'Farrukh Saidov'));
    assert.deepEqual(lists(edited), lists(fresh));
  });

  it('puts a changed entity back in its place in a long list, which is patched rather than rebuilt', () => {
    const surnames = ['Abaev', 'Bekov', 'Chorov', 'Dosov', 'Ermekov', 'Fayzov', 'Gafurov', 'Hasanov', 'Ibraev', 'Jumaev'];
    const given = ['Arman', 'Daniyar', 'Kanat', 'Murat'];
    const texts = new Map<string, string>();
    surnames.forEach((surname, i) => given.forEach((name, k) => texts.set(`t${i}-${k}.txt`, communique('Astana', `June ${1 + k}, ${2010 + i}`, [`Minister of Foreign Affairs of the Republic of Kazakhstan ${name} ${surname}`], `${name} ${surname}`))));
    const edited = new CorpusIndex();
    const fresh = new CorpusIndex();
    for (const [doc, text] of texts) {
      edited.update(doc, text);
    }
    edited.people();
    edited.meetings();
    edited.documents();
    // One text now names someone whose name, meeting and heading sort in the middle of their lists.
    const changed = communique('Bishkek', 'March 3, 2013', ['Minister of Foreign Affairs of the Republic of Kazakhstan Daniyar Dzhumabaev'], 'Daniyar Dzhumabaev');
    texts.set('t0-0.txt', changed.replace('JOINT COMMUNIQUÉ', 'Final Communiqué'));
    edited.update('t0-0.txt', texts.get('t0-0.txt') ?? '');
    for (const [doc, text] of texts) {
      fresh.update(doc, text);
    }
    assert.ok(edited.people().some((p) => p.name === 'Daniyar Dzhumabaev'));
    assert.deepEqual(lists(edited), lists(fresh));
  });

  it('leaves a list handed out before a change as it was', () => {
    const index = corpus();
    const before = index.people();
    const names = before.map((p) => p.name);
    index.remove('b.txt');
    assert.deepEqual(before.map((p) => p.name), names);
    assert.notDeepEqual(index.people().map((p) => p.name), names);
  });

  it('hands out the same list while nothing changes', () => {
    const index = corpus();
    assert.equal(index.meetings(), index.meetings());
    assert.equal(index.people(), index.people());
  });
});
