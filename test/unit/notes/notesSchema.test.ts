import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { Note } from '../../../src/core/notes/note';
import { writeSidecar } from '../../../src/core/notes/noteWriter';
import { parseSidecar } from '../../../src/core/notes/sidecarParse';

const ROOT = path.resolve(__dirname, '../../..');
const SCHEMA = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'notes.schema.json'), 'utf8')) as Schema;
const FIXTURES = path.join(__dirname, 'fixtures');

interface Schema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly additionalProperties?: boolean;
  readonly items?: Schema;
  readonly minLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly definitions?: Readonly<Record<string, Schema>>;
}

function typeOf(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'array';
  }
  if (typeof value === 'number') {
    return Number.isInteger(value) ? 'integer' : 'number';
  }
  return typeof value;
}

/**
 * The draft-07 keywords the notes schema uses, checked by hand so that the test needs no validator package;
 * a keyword the schema uses and this function does not know fails the test (see the last test).
 */
function validate(value: unknown, schema: Schema, where = '$'): string[] {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.replace('#/definitions/', '');
    const target = SCHEMA.definitions?.[name];
    return target === undefined ? [`${where}: unknown $ref ${schema.$ref}`] : validate(value, target, where);
  }
  const errors: string[] = [];
  const type = typeOf(value);
  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.includes(type) && !(type === 'integer' && types.includes('number'))) {
      return [`${where}: ${type} is not ${types.join(' or ')}`];
    }
  }
  if ('const' in schema && value !== schema.const) {
    errors.push(`${where}: must be ${String(schema.const)}`);
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      errors.push(`${where}: shorter than ${schema.minLength}`);
    }
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
      errors.push(`${where}: does not match ${schema.pattern}`);
    }
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) {
      errors.push(`${where}: below ${schema.minimum}`);
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      errors.push(`${where}: above ${schema.maximum}`);
    }
  }
  if (Array.isArray(value) && schema.items !== undefined) {
    value.forEach((item, index) => errors.push(...validate(item, schema.items as Schema, `${where}[${index}]`)));
  }
  if (type === 'object') {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object);
    for (const key of schema.required ?? []) {
      if (!(key in object)) {
        errors.push(`${where}: missing ${key}`);
      }
    }
    if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
      errors.push(`${where}: fewer than ${schema.minProperties} properties`);
    }
    if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
      errors.push(`${where}: more than ${schema.maxProperties} properties`);
    }
    for (const key of keys) {
      const property = schema.properties?.[key];
      if (property !== undefined) {
        errors.push(...validate(object[key], property, `${where}.${key}`));
      } else if (schema.additionalProperties === false) {
        errors.push(`${where}: unexpected ${key}`);
      }
    }
  }
  return errors;
}

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

  it('uses only keywords the test validator checks', () => {
    const known = new Set(['$schema', '$id', 'title', 'description', '$ref', 'type', 'const', 'required', 'properties', 'additionalProperties', 'items', 'minLength', 'minimum', 'maximum', 'pattern', 'minProperties', 'maxProperties', 'definitions']);
    const walk = (node: unknown, inProperties: boolean): void => {
      if (typeof node !== 'object' || node === null || Array.isArray(node)) {
        return;
      }
      for (const [key, child] of Object.entries(node)) {
        if (!inProperties) {
          assert.ok(known.has(key), `keyword ${key}`);
        }
        walk(child, !inProperties && (key === 'properties' || key === 'definitions'));
      }
    };
    walk(SCHEMA, false);
  });
});
