import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { Note } from '../../../src/core/notes/note';
import { writeSidecar } from '../../../src/core/notes/noteWriter';
import { parseSidecar } from '../../../src/core/notes/sidecarParse';
import { assertKnownKeywords, readSchema, validate } from '../jsonSchema';

const ROOT = path.resolve(__dirname, '../../..');
const SCHEMA = readSchema('notes.schema.json');
const FIXTURES = path.join(__dirname, 'fixtures');

/** Every sidecar example the project ships: fixtures, the docs' examples, the writer's output, the snippet. */
function examples(): { name: string; text: string }[] {
  const found = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.notes.yaml'))
    .map((name) => ({ name, text: readFileSync(path.join(FIXTURES, name), 'utf8') }));
  const docs = readFileSync(path.join(ROOT, 'docs', 'notes-format.md'), 'utf8');
  for (const match of docs.matchAll(/```yaml\n([\s\S]*?)```/g)) {
    const block = match[1] ?? '';
    if (/^(?:#.*\n)*format: chancery-notes/.test(block)) {
      found.push({ name: `docs/notes-format.md at offset ${match.index}`, text: block });
    }
  }
  const note: Note = { id: 'n-a', target: { quote: { exact: 'x', prefix: 'a', suffix: 'b' }, position: { start: 1, end: 2 } }, about: [{ kind: 'document', id: 'd1' }], tags: ['t'], author: 'A', created: '2026-11-23T09:00:00Z', body: 'b\n', replies: [{ author: 'B', created: '2026-11-24T09:00:00Z', body: 'c' }] };
  found.push({ name: 'writer output', text: writeSidecar({ text: 'a.txt' }, [note]) });
  const snippet = (JSON.parse(readFileSync(path.join(ROOT, 'snippets', 'notes.json'), 'utf8')) as Record<string, { body: string[] }>)['Chancery note'];
  assert.ok(snippet !== undefined, 'the snippet exists');
  // Expand the snippet as VS Code would, at the indentation of a note under `notes:`.
  const expanded = snippet.body
    .join('\n')
    .replace(/\$\{RANDOM_HEX\}/g, 'abcdef')
    .replace(/\$\{CURRENT_YEAR\}/g, '2026')
    .replace(/\$\{CURRENT_(?:MONTH|DATE|HOUR|MINUTE|SECOND)\}/g, '11')
    .replace(/\$\{CURRENT_TIMEZONE_OFFSET\}/g, '+01:00')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}/g, 'context')
    .split('\n')
    .map((line, index) => (index === 0 ? '  ' + line : '  ' + line))
    .join('\n');
  found.push({ name: 'snippet', text: `format: chancery-notes\nversion: 1\ntext: a.txt\nnotes:\n${expanded}\n` });
  return found;
}

describe('notes JSON schema', () => {
  for (const example of examples()) {
    it(`accepts ${example.name}, which Chancery also reads without errors`, () => {
      assert.deepEqual(validate(parse(example.text) as unknown, SCHEMA), []);
      assert.deepEqual(parseSidecar(example.text).problems.filter((problem) => problem.severity === 'error'), [], example.text);
    });
  }

  it('rejects a note without a quote, an unknown about kind and a bad timestamp', () => {
    const bad = {
      format: 'chancery-notes',
      version: 1,
      text: 'a.txt',
      notes: [{ id: 'n-a', target: { quote: { prefix: 'x' } }, about: [{ place: 'geneva' }], created: 'yesterday' }],
    };
    const errors = validate(bad, SCHEMA);
    assert.ok(errors.some((error) => error.includes('missing exact')), errors.join('\n'));
    assert.ok(errors.some((error) => error.includes('unexpected place')), errors.join('\n'));
    assert.ok(errors.some((error) => error.includes('created: does not match')), errors.join('\n'));
  });

  it('accepts replies with author, created and body, and rejects a reply without created or with another field', () => {
    const sidecar = (replies: unknown[]): unknown => ({ format: 'chancery-notes', version: 1, text: 'a.txt', notes: [{ id: 'n-a', target: { quote: { exact: 'x' } }, replies }] });
    assert.deepEqual(validate(sidecar([{ author: 'Omar', created: '2026-11-24T08:00:00Z', body: 'Yes.' }, { created: '2026-11-24T09:00:00Z', body: '' }]), SCHEMA), []);
    const errors = validate(sidecar([{ author: 'Omar', body: 'Yes.', mood: 'cross' }, { created: 'yesterday', body: 'No.' }]), SCHEMA);
    assert.ok(errors.some((error) => error.includes('replies[0]: missing created')), errors.join('\n'));
    assert.ok(errors.some((error) => error.includes('replies[0]: unexpected mood')), errors.join('\n'));
    assert.ok(errors.some((error) => error.includes('replies[1].created: does not match')), errors.join('\n'));
  });

  it('accepts an empty tags, about, author, created, updated, body, replies, position, prefix and suffix, as Chancery reads them', () => {
    const text = [
      'format: chancery-notes',
      'version: 1',
      'text: a.txt',
      'notes:',
      '  - id: n-a',
      '    target:',
      '      quote:',
      '        exact: x',
      '        prefix:',
      '        suffix:',
      '      position:',
      '    about:',
      '    tags:',
      '    author:',
      '    created:',
      '    updated:',
      '    body:',
      '    replies:',
      '  - id: n-b',
      '    target: { quote: { exact: y } }',
      '    replies:',
      '      - author:',
      '        created: 2026-11-24T08:00:00Z',
      '        body: Yes.',
      '',
    ].join('\n');
    assert.deepEqual(validate(parse(text) as unknown, SCHEMA), []);
    const parsed = parseSidecar(text);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(
      parsed.notes.map((entry) => entry.note),
      [
        { id: 'n-a', target: { quote: { exact: 'x', prefix: '', suffix: '' } } },
        { id: 'n-b', target: { quote: { exact: 'y', prefix: '', suffix: '' } }, replies: [{ created: '2026-11-24T08:00:00Z', body: 'Yes.' }] },
      ],
    );
  });

  it('still rejects an empty id, quote or reply body, and tags that are not a list', () => {
    const bad = { format: 'chancery-notes', version: 1, text: 'a.txt', notes: [{ id: null, target: { quote: { exact: null } }, tags: 'follow-up', replies: [{ created: '2026-11-24T08:00:00Z', body: null }] }] };
    const errors = validate(bad, SCHEMA);
    for (const expected of ['$.notes[0].id: null', '$.notes[0].target.quote.exact: null', '$.notes[0].tags: string', '$.notes[0].replies[0].body: null']) {
      assert.ok(errors.some((error) => error.startsWith(expected)), `${expected}\n${errors.join('\n')}`);
    }
    const header = 'format: chancery-notes\nversion: 1\ntext: a.txt\nnotes:\n';
    for (const note of ['  - id:\n    target: { quote: { exact: x } }', '  - id: n-a\n    target: { quote: { exact: } }', '  - id: n-a\n    target: { quote: { exact: x } }\n    tags: follow-up', '  - id: n-a\n    target: { quote: { exact: x } }\n    replies:\n      - created: 2026-11-24T08:00:00Z\n        body:']) {
      assert.ok(parseSidecar(`${header}${note}\n`).problems.some((problem) => problem.severity === 'error'), note);
    }
  });

  it('uses only keywords the test validator checks', () => {
    assertKnownKeywords(SCHEMA);
  });
});
