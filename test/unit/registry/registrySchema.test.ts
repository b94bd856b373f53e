import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { parseRegistry } from '../../../src/core/registry/registryFile';
import { assertKnownKeywords, readSchema, validate } from '../jsonSchema';

const ROOT = path.resolve(__dirname, '../../..');
const SCHEMA = readSchema('chancery.schema.json');

function joinLines(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** The schema's errors for a `chancery.yaml` text, read as the YAML extension reads it (numbers as numbers). */
function schemaErrors(text: string): string[] {
  return validate(parse(text) as unknown, SCHEMA);
}

/** The problems `parseRegistry` reports for a text, as "severity: message". */
function problemsOf(text: string): string[] {
  return parseRegistry(text).problems.map((problem) => `${problem.severity}: ${problem.message}`);
}

/** Asserts that the schema and Chancery both accept a text without a problem; returns the registry read. */
function readAccepted(text: string): ReturnType<typeof parseRegistry>['registry'] {
  assert.deepEqual(schemaErrors(text), []);
  assert.deepEqual(problemsOf(text), []);
  return parseRegistry(text).registry;
}

/** The registry examples the project ships: the samples' registry and the one in the corpus model's docs. */
function examples(): { name: string; text: string }[] {
  const found = [{ name: 'samples/chancery.yaml', text: readFileSync(path.join(ROOT, 'samples', 'chancery.yaml'), 'utf8') }];
  const docs = readFileSync(path.join(ROOT, 'docs', 'corpus-model.md'), 'utf8');
  for (const match of docs.matchAll(/```yaml\n([\s\S]*?)```/g)) {
    if (/^version: 1\ncorpus:/.test(match[1] ?? '')) {
      found.push({ name: `docs/corpus-model.md at offset ${match.index}`, text: match[1] ?? '' });
    }
  }
  return found;
}

describe('registry JSON schema', () => {
  for (const example of examples()) {
    it(`accepts ${example.name}, which Chancery also reads without errors`, () => {
      assert.deepEqual(schemaErrors(example.text), []);
      assert.deepEqual(problemsOf(example.text).filter((problem) => problem.startsWith('error: ')), []);
    });
  }

  it('accepts a single text where a list is expected, as Chancery reads it as a list of one', () => {
    const text = joinLines(
      'people:',
      '  - id: lavrov',
      '    name: Sergey Lavrov',
      '    aliases: S. Lavrov',
      'meetings:',
      '  - id: cmfa-2009',
      '    body: SCO Council of Ministers of Foreign Affairs',
      '    documents: pr-2009',
      'documents:',
      '  - id: pr-2009',
      '    title: Press Release',
      '    aliases: The Release',
      'organizations:',
      '  - id: cica',
      '    name: Conference on Interaction and Confidence-Building Measures in Asia',
      '    acronyms: CICA',
      '    aliases: the Conference',
      'states:',
      '  - name: Kyrgyzstan',
      '    aliases: Kirghizia',
      '    adjectives: Kirghiz',
    );
    const registry = readAccepted(text);
    assert.deepEqual(registry?.people?.[0]?.aliases, ['S. Lavrov']);
    assert.deepEqual(registry?.meetings?.[0]?.documents, ['pr-2009']);
    assert.deepEqual(registry?.organizations?.[0]?.acronyms, ['CICA']);
    assert.deepEqual(registry?.states?.[0]?.adjectives, ['Kirghiz']);
  });

  it('accepts ids, names, titles and aliases that YAML reads as numbers, which Chancery keeps as written', () => {
    const text = joinLines(
      'people:',
      '  - id: 007',
      '    name: 1.10',
      '    aliases: [42, Agent]',
      '    ids: { viaf: 12345 }',
      'meetings:',
      '  - id: 2009',
      '    body: 1.5',
      '    place: 1',
      '    documents: [10]',
      'documents:',
      '  - id: 10',
      '    title: 1984',
      '    type: 2',
    );
    const registry = readAccepted(text);
    assert.equal(registry?.people?.[0]?.id, '007');
    assert.equal(registry?.people?.[0]?.name, '1.10');
  });

  it('accepts empty optional fields and sections, which Chancery reads as absent', () => {
    const text = joinLines(
      'people:',
      '  - id: lavrov',
      '    name: Sergey Lavrov',
      '    aliases:',
      '    state:',
      '    roles:',
      '      - role: Minister of Foreign Affairs',
      '        organization:',
      '        state:',
      '        from:',
      '        to:',
      '    ids:',
      '    notes:',
      'meetings:',
      '  - id: cmfa-2009',
      '    body: SCO Council of Ministers of Foreign Affairs',
      '    date:',
      '    place:',
      '    extraordinary:',
      '    documents:',
      '    notes:',
      'documents:',
      'organizations:',
      'states:',
    );
    assert.ok(readAccepted(text));
  });

  it('still rejects what Chancery reports: a bad id, a number for a list, an empty name or state, an empty id value', () => {
    const cases: { yaml: string; error: string }[] = [
      { yaml: joinLines('people:', '  - id: sergey lavrov', '    name: Sergey Lavrov'), error: '$.people[0].id: does not match' },
      { yaml: joinLines('people:', '  - id: -7', '    name: Sergey Lavrov'), error: '$.people[0].id: below 0' },
      { yaml: joinLines('people:', '  - id: lavrov', '    name: Sergey Lavrov', '    aliases: 7'), error: '$.people[0].aliases: integer is not' },
      { yaml: joinLines('people:', '  - id: lavrov', '    name: ""'), error: '$.people[0].name: shorter than 1' },
      { yaml: joinLines('people:', '  - id: lavrov', '    name: Sergey Lavrov', '    state: ""'), error: '$.people[0].state: shorter than 1' },
      { yaml: joinLines('people:', '  - id:', '    name: Sergey Lavrov'), error: '$.people[0].id: null is not' },
      { yaml: joinLines('people:', '  - id: lavrov', '    name: Sergey Lavrov', '    ids: { wikidata: }'), error: '$.people[0].ids.wikidata: null is not' },
      { yaml: joinLines('meetings:', '  - id: m', '    body: SCO', '    extraordinary: yes'), error: '$.meetings[0].extraordinary: string is not' },
    ];
    for (const { yaml, error } of cases) {
      const errors = schemaErrors(yaml);
      assert.ok(errors.some((e) => e.startsWith(error)), `${error}\n${errors.join('\n')}`);
      assert.ok(problemsOf(yaml).some((problem) => problem.startsWith('error: ')), yaml);
    }
  });

  it('uses only keywords the test validator checks', () => {
    assertKnownKeywords(SCHEMA);
  });
});
