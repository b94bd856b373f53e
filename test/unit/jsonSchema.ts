import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The draft-07 keywords of the project's schemas (`schemas/*.schema.json`), as `validate` reads them. */
export interface Schema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly additionalProperties?: boolean | Schema;
  readonly items?: Schema;
  readonly minItems?: number;
  readonly oneOf?: readonly Schema[];
  readonly minLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly definitions?: Readonly<Record<string, Schema>>;
}

/** Keywords that only describe (completion, hovers): `validate` has nothing to check for them. */
const ANNOTATIONS = ['$schema', '$id', 'title', 'description', 'default', 'examples'];
const CHECKED = ['$ref', 'type', 'const', 'enum', 'required', 'properties', 'additionalProperties', 'items', 'minItems', 'oneOf', 'minLength', 'minimum', 'maximum', 'pattern', 'minProperties', 'maxProperties', 'definitions'];

/** A schema of `schemas/`, by file name. */
export function readSchema(name: string): Schema {
  return JSON.parse(readFileSync(path.resolve(__dirname, '../../schemas', name), 'utf8')) as Schema;
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
 * The errors of `value` against `schema` (empty when it validates), for the draft-07 keywords the project's schemas
 * use, checked by hand so that the tests need no validator package; `assertKnownKeywords` fails on any other keyword.
 * `$ref` is read in `root`'s definitions.
 */
export function validate(value: unknown, schema: Schema, root: Schema = schema, where = '$'): string[] {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.replace('#/definitions/', '');
    const target = root.definitions?.[name];
    return target === undefined ? [`${where}: unknown $ref ${schema.$ref}`] : validate(value, target, root, where);
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
  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    errors.push(`${where}: not one of ${schema.enum.map(String).join(', ')}`);
  }
  if (schema.oneOf !== undefined) {
    const matching = schema.oneOf.filter((option) => validate(value, option, root, where).length === 0).length;
    if (matching !== 1) {
      errors.push(`${where}: matches ${matching} of oneOf's ${schema.oneOf.length} schemas, not one`);
    }
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
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      errors.push(`${where}: fewer than ${schema.minItems} items`);
    }
    if (schema.items !== undefined) {
      value.forEach((item, index) => errors.push(...validate(item, schema.items as Schema, root, `${where}[${index}]`)));
    }
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
        errors.push(...validate(object[key], property, root, `${where}.${key}`));
      } else if (schema.additionalProperties === false) {
        errors.push(`${where}: unexpected ${key}`);
      } else if (typeof schema.additionalProperties === 'object') {
        errors.push(...validate(object[key], schema.additionalProperties, root, `${where}.${key}`));
      }
    }
  }
  return errors;
}

/** Fails on a keyword of `schema` that `validate` neither checks nor knows to be a mere annotation. */
export function assertKnownKeywords(schema: Schema): void {
  const known = new Set([...ANNOTATIONS, ...CHECKED]);
  const walk = (node: unknown, inProperties: boolean): void => {
    if (typeof node !== 'object' || node === null) {
      return;
    }
    if (Array.isArray(node)) {
      // oneOf's schemas; the strings of a type or required list are skipped above.
      node.forEach((child) => walk(child, false));
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (!inProperties) {
        assert.ok(known.has(key), `keyword ${key}`);
        if (['const', 'enum', 'default', 'examples'].includes(key)) {
          continue; // values, not schemas
        }
      }
      walk(child, !inProperties && (key === 'properties' || key === 'definitions'));
    }
  };
  walk(schema, false);
}
