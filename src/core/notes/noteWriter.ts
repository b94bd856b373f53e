import { parse } from 'yaml';
import { NOTE_FIELDS, NOTES_FORMAT, NOTES_FORMAT_VERSION, type Note, type NoteField, type Reply, type SidecarHeader } from './note';

/**
 * The one writer of sidecar YAML. Deterministic: fixed field order, plain scalars only where every YAML
 * reader agrees they are strings, double quotes otherwise, bodies as literal blocks, LF endings.
 * The fast reader (sidecarReader.ts) accepts exactly what this writes.
 */

/** Column of a note's `- ` under `notes:`. */
export const NOTE_DASH_INDENT = 2;
/** Column of a note's keys. */
export const NOTE_KEY_INDENT = NOTE_DASH_INDENT + 2;

/** Strings a YAML 1.1 or 1.2 reader would take for a boolean or null. */
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;
/** Letters, digits and a few marks: never a number, never YAML syntax. */
const PLAIN = /^[\p{L}_][\p{L}\p{N}_./@+-]*(?: [\p{L}\p{N}_./@+-]+)*$/u;
const ASCII_PLAIN = /^[A-Za-z_][\w./@+-]*(?: [\w./@+-]+)*$/;
const ASCII_ONLY = /^[\x20-\x7e]*$/;
/** ISO 8601 dates and times: strings in YAML 1.2 (the core schema has no timestamps). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
/** Characters YAML wants escaped inside double quotes, or that a literal block cannot hold. */
// eslint-disable-next-line no-control-regex -- YAML's printable set is defined by excluding control characters.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;

/** True when `value` can be written without quotes and still reads back as the same string. */
export function isPlainScalar(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) {
    return TIMESTAMP.test(value);
  }
  // The ASCII test first: the Unicode one is several times slower and most values are ASCII.
  const plain = ASCII_PLAIN.test(value) || (!ASCII_ONLY.test(value) && PLAIN.test(value));
  return plain && (value.length > 5 || !RESERVED.test(value));
}

/** A YAML double-quoted scalar; the escapes used are common to JSON and YAML. */
export function writeQuoted(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const char = value[i] ?? '';
    if (char === '"' || char === '\\') {
      out += '\\' + char;
    } else if (code === 0x0a) {
      out += '\\n';
    } else if (code === 0x09) {
      out += '\\t';
    } else if (code === 0x0d) {
      out += '\\r';
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length && value.charCodeAt(i + 1) >= 0xdc00 && value.charCodeAt(i + 1) <= 0xdfff) {
      out += char + (value[i + 1] ?? '');
      i++;
    } else if (UNPRINTABLE.test(char)) {
      out += '\\u' + code.toString(16).padStart(4, '0');
    } else {
      out += char;
    }
  }
  return out + '"';
}

/** A scalar in the writer's style: plain when safe, else double-quoted. */
export function writeScalar(value: string): string {
  return isPlainScalar(value) ? value : writeQuoted(value);
}

/** The body as a literal block (`|`, `|-`, `|+`, with an indentation indicator when needed), or quoted. */
function writeBody(body: string, indent: number): string {
  const key = ' '.repeat(indent) + 'body: ';
  if (body === '' || UNPRINTABLE.test(body) || body.includes('\r') || /^\n*$/.test(body)) {
    return key + writeQuoted(body) + '\n';
  }
  const trailing = /\n*$/.exec(body)?.[0].length ?? 0;
  if (trailing > 1) {
    // `|+` would take the blank line after the note into the body: quote instead.
    return key + writeQuoted(body) + '\n';
  }
  const chomp = trailing === 0 ? '-' : '';
  const content = trailing === 0 ? body : body.slice(0, -1);
  const lines = content.split('\n');
  const firstText = lines.find((line) => line.length > 0) ?? '';
  // A first line that starts with a space would be taken for deeper indentation: say the indentation.
  const indicator = firstText.startsWith(' ') ? '2' : '';
  const pad = ' '.repeat(indent + 2);
  const written = `${key}|${indicator}${chomp}\n` + lines.map((line) => (line.length > 0 ? pad + line : '')).join('\n') + '\n';
  return bodyReadsBack(written, body) ? written : key + writeQuoted(body) + '\n';
}

function bodyReadsBack(written: string, body: string): boolean {
  try {
    const value: unknown = parse(written);
    return typeof value === 'object' && value !== null && (value as { body?: unknown }).body === body;
  } catch {
    return false;
  }
}

/**
 * The YAML lines of each known field of `note`, in the writer's order, indented to `indent` (the column of
 * the note's keys); the first line of the first field is turned into `- ` form by `writeNoteBlock`.
 */
export function writeNoteFields(note: Note, indent: number = NOTE_KEY_INDENT): Map<NoteField, string> {
  const pad = ' '.repeat(indent);
  const fields = new Map<NoteField, string>();
  fields.set('id', `${pad}id: ${writeScalar(note.id)}\n`);
  const quote = note.target.quote;
  let target = `${pad}target:\n${pad}  quote:\n${pad}    exact: ${writeScalar(quote.exact)}\n`;
  target += `${pad}    prefix: ${writeScalar(quote.prefix)}\n${pad}    suffix: ${writeScalar(quote.suffix)}\n`;
  if (note.target.position !== undefined) {
    target += `${pad}  position: { start: ${note.target.position.start}, end: ${note.target.position.end} }\n`;
  }
  fields.set('target', target);
  if (note.about !== undefined && note.about.length > 0) {
    fields.set('about', `${pad}about:\n` + note.about.map((link) => `${pad}  - ${link.kind}: ${writeScalar(link.id)}\n`).join(''));
  }
  if (note.tags !== undefined && note.tags.length > 0) {
    fields.set('tags', `${pad}tags:\n` + note.tags.map((tag) => `${pad}  - ${writeScalar(tag)}\n`).join(''));
  }
  for (const key of ['author', 'created', 'updated'] as const) {
    const value = note[key];
    if (value !== undefined) {
      fields.set(key, `${pad}${key}: ${writeScalar(value)}\n`);
    }
  }
  if (note.body !== undefined) {
    fields.set('body', writeBody(note.body, indent));
  }
  if (note.replies !== undefined && note.replies.length > 0) {
    fields.set('replies', `${pad}replies:\n` + note.replies.map((reply) => writeReplyBlock(reply, indent + 4)).join(''));
  }
  return new Map(NOTE_FIELDS.filter((field) => fields.has(field)).map((field) => [field, fields.get(field) ?? '']));
}

/** Turns the indentation of a block's first line into the `- ` of a sequence item. */
export function dashFirstLine(block: string, indent: number): string {
  return ' '.repeat(indent - 2) + '- ' + block.slice(indent);
}

/**
 * One reply as a sequence item under a note's `replies:`, `indent` being the column of the reply's keys: its
 * author, created and body written as a note's own.
 */
export function writeReplyBlock(reply: Reply, indent: number): string {
  const pad = ' '.repeat(indent);
  const author = reply.author === undefined ? '' : `${pad}author: ${writeScalar(reply.author)}\n`;
  return dashFirstLine(author + `${pad}created: ${writeScalar(reply.created)}\n` + writeBody(reply.body, indent), indent);
}

/** One note as a sequence item under `notes:`, ending with a line break (no blank line). */
export function writeNoteBlock(note: Note, indent: number = NOTE_KEY_INDENT): string {
  return dashFirstLine([...writeNoteFields(note, indent).values()].join(''), indent);
}

/** A whole sidecar: header, then the notes in the order given, a blank line between notes. */
export function writeSidecar(header: Pick<SidecarHeader, 'text'>, notes: readonly Note[]): string {
  const head = `format: ${NOTES_FORMAT}\nversion: ${NOTES_FORMAT_VERSION}\ntext: ${writeScalar(header.text)}\n`;
  if (notes.length === 0) {
    return head + 'notes: []\n';
  }
  return head + 'notes:\n' + notes.map((note) => writeNoteBlock(note)).join('\n');
}
