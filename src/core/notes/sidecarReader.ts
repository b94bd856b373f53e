import type { Span } from '../model';
import { ISO_TIMESTAMP, NOTES_FORMAT, NOTES_FORMAT_VERSION, type AboutKind, type AboutLink, type Note, type Reply, type TextPosition } from './note';
import { isPlainScalar } from './noteWriter';
import type { FieldSlot, NoteEntry, ReplyItems, SidecarParse } from './sidecarParse';

/**
 * The fast path of `parseSidecar`: reads exactly the layout `noteWriter.ts` writes, line by line, in a small
 * fraction of the time the general YAML parser takes (10,000 notes must load in well under 300 ms).
 * It returns undefined at the first thing it does not recognise (a comment, an unknown field, a hand layout,
 * a duplicate id, CRLF...), and the full parser takes over: the two must never disagree on a file both read.
 */

const NOTE_START = /^ {2}- id: (.+)$/;
const FIELD = /^ {4}([a-z]+):(?: (.+))?$/;
const QUOTE_FIELD = /^ {8}(exact|prefix|suffix): (.+)$/;
const POSITION = /^ {6}position: \{ start: (\d{1,15}), end: (\d{1,15}) \}$/;
const ABOUT_ITEM = /^ {6}- (person|meeting|document|note): (.+)$/;
const LIST_ITEM = /^ {6}- (.+)$/;
const BLOCK_HEADER = /^\|(2)?(-)?$/;
/** Column of a note's body lines. */
const BODY_INDENT = 6;
/** A reply's first line (its `- ` at column 6) and its further keys (column 8), in the writer's order. */
const REPLY_FIRST = /^ {6}- (author|created): (.+)$/;
const REPLY_FIELD = /^ {8}(created|body): (.+)$/;
/** Column of a reply's keys, and of its body lines. */
const REPLY_INDENT = 8;
const REPLY_BODY_INDENT = REPLY_INDENT + 2;

/**
 * A keep-chomped block scalar header (`|+`, `>2+`...) somewhere in a text: such a block owns the blank lines after
 * it, so a note or a reply holding one is rewritten whole. (The test may also hit a body's words: the full parser
 * makes the same choice on the same text.)
 */
export const KEEP_CHOMPED = /:\s*[|>][1-9]?\+|:\s*[|>]\+[1-9]?/;

/** A scalar as the writer writes it, or undefined when only the full parser can say what it means. */
function readScalar(raw: string): string | undefined {
  if (raw.startsWith('"')) {
    if (raw.length < 2 || !raw.endsWith('"')) {
      return undefined;
    }
    try {
      // The writer's escapes are common to JSON and YAML double quotes, so JSON.parse reads them the same.
      const value: unknown = JSON.parse(raw);
      return typeof value === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  }
  return isPlainScalar(raw) ? raw : undefined;
}

/** A `created` or `updated` value, or undefined when it is not ISO 8601 (the full parser warns about it). */
function readTimestamp(raw: string): string | undefined {
  const value = readScalar(raw);
  return value !== undefined && ISO_TIMESTAMP.test(value) ? value : undefined;
}

class Fallback extends Error {}

function need<T>(value: T | undefined | null | false): T {
  if (value === undefined || value === null || value === false) {
    throw new Fallback();
  }
  return value;
}

/** Reads a sidecar in the writer's layout, or returns undefined so that the full parser reads it. */
export function readCanonicalSidecar(source: string): SidecarParse | undefined {
  if (source.includes('\r') || source.includes('\t') && /^\t|\n\t/.test(source)) {
    return undefined;
  }
  try {
    return readLines(source);
  } catch (error) {
    if (error instanceof Fallback) {
      return undefined;
    }
    throw error;
  }
}

function readLines(source: string): SidecarParse {
  need(source.endsWith('\n'));
  const lines = source.split('\n');
  lines.pop();
  const starts = new Array<number>(lines.length + 1);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset;
    offset += (lines[i] as string).length + 1;
  }
  starts[lines.length] = source.length;
  need(lines[0] === `format: ${NOTES_FORMAT}`);
  need(lines[1] === `version: ${NOTES_FORMAT_VERSION}`);
  const textLine = need(/^text: (.+)$/.exec(lines[2] ?? ''));
  const text = need(readScalar(textLine[1] ?? ''));
  const textValue = { start: (starts[2] ?? 0) + 6, end: (starts[2] ?? 0) + (lines[2]?.length ?? 0) };
  const notesLine = lines[3];
  need(notesLine === 'notes:' || notesLine === 'notes: []');
  const notesKeyEnd = (starts[3] ?? 0) + 'notes'.length;
  const emptyNotes = { span: { start: notesKeyEnd, end: starts[4] ?? source.length }, text: ':\n' };

  const notes: NoteEntry[] = [];
  const ids = new Set<string>();
  let i = 4;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line === '') {
      i++;
      continue;
    }
    need(notesLine === 'notes:');
    const [entry, next] = readNote(lines, starts, i);
    need(!ids.has(entry.note.id));
    ids.add(entry.note.id);
    notes.push(entry);
    i = next;
  }
  const last = notes[notes.length - 1];
  return {
    source,
    header: { format: NOTES_FORMAT, version: NOTES_FORMAT_VERSION, text },
    notes,
    problems: [],
    writable: true,
    eol: '\n',
    appendAt: last?.block.end ?? source.length,
    emptyNotes: last === undefined ? emptyNotes : undefined,
    textValue,
  };
}

function readNote(lines: readonly string[], starts: readonly number[], first: number): [NoteEntry, number] {
  const id = need(readScalar(need(NOTE_START.exec(lines[first] ?? ''))[1] ?? ''));
  need(!KEEP_CHOMPED.test(lines[first] ?? ''));
  const fields: FieldSlot[] = [];
  const values: Record<string, unknown> = { id };
  fields.push({ key: 'id', start: starts[first] ?? 0, end: starts[first + 1] ?? 0, value: id });
  let i = first + 1;
  let position: TextPosition | undefined;
  let quote: Record<string, string> | undefined;
  let target: Note['target'] | undefined;
  let replyItems: ReplyItems | undefined;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line === '' || line.startsWith('  - ')) {
      break;
    }
    const field = need(FIELD.exec(line));
    // The full parser rewrites a note whole when a field's first line looks like a keep-chomped header, even inside
    // a quoted value ("a: |+"): let it read such a note.
    need(!KEEP_CHOMPED.test(line));
    const key = field[1] ?? '';
    const inline = field[2];
    need(!(key in values));
    const fieldStart = i;
    i++;
    if (key === 'target') {
      need(inline === undefined && lines[i] === '      quote:');
      i++;
      quote = {};
      while (i < lines.length) {
        const match = QUOTE_FIELD.exec(lines[i] ?? '');
        if (match === null) {
          break;
        }
        const part = match[1] ?? '';
        need(!(part in quote));
        quote[part] = need(readScalar(match[2] ?? ''));
        i++;
      }
      const hint = POSITION.exec(lines[i] ?? '');
      if (hint !== null) {
        const start = Number(hint[1]);
        const end = Number(hint[2]);
        need(start <= end);
        position = { start, end };
        i++;
      }
      need(typeof quote['exact'] === 'string' && quote['exact'] !== '');
      values[key] = { quote, ...(position === undefined ? {} : { position }) };
      // As the full parser reads it: a quote written without its context has an empty one.
      target = { quote: { exact: need(quote['exact']), prefix: quote['prefix'] ?? '', suffix: quote['suffix'] ?? '' }, ...(position === undefined ? {} : { position }) };
    } else if (key === 'about') {
      need(inline === undefined);
      const links: AboutLink[] = [];
      for (let match = ABOUT_ITEM.exec(lines[i] ?? ''); match !== null; match = ABOUT_ITEM.exec(lines[i] ?? '')) {
        links.push({ kind: (match[1] ?? 'note') as AboutKind, id: need(readScalar(match[2] ?? '')) });
        i++;
      }
      need(links.length > 0);
      values[key] = links;
    } else if (key === 'tags') {
      need(inline === undefined);
      const tags: string[] = [];
      for (let match = LIST_ITEM.exec(lines[i] ?? ''); match !== null; match = LIST_ITEM.exec(lines[i] ?? '')) {
        tags.push(need(readScalar(match[1] ?? '')));
        i++;
      }
      need(tags.length > 0);
      values[key] = tags;
    } else if (key === 'author') {
      values[key] = need(readScalar(need(inline)));
    } else if (key === 'created' || key === 'updated') {
      // A timestamp that is not ISO 8601 is read with a warning, which only the full parser gives.
      values[key] = need(readTimestamp(need(inline)));
    } else if (key === 'body') {
      [values[key], i] = readBody(need(inline), lines, i, BODY_INDENT);
    } else if (key === 'replies') {
      need(inline === undefined);
      const [replies, spans, next] = readReplies(lines, starts, i);
      values[key] = replies;
      replyItems = { spans, indent: REPLY_INDENT };
      i = next;
    } else {
      throw new Fallback();
    }
    const end = textEnd(lines, fieldStart, i);
    fields.push({ key, start: starts[fieldStart] ?? 0, end: starts[end] ?? 0, value: values[key] });
  }
  const note: Note = { ...(values as unknown as Note), target: need(target) };
  const block = { start: starts[first] ?? 0, end: fields.reduce((max, field) => Math.max(max, field.end), 0) };
  return [{ note, extra: {}, block, fields, indent: 4, line: first, column: 2, fieldEditable: true, ...(replyItems === undefined ? {} : { replyItems }) }, i];
}

/**
 * The line after the last non-blank line of `lines[first..next)`, never before `first + 1`: a field or a reply ends
 * there, blank lines inside a body belonging to it, blank lines after it not (as the full parser's slots end).
 */
function textEnd(lines: readonly string[], first: number, next: number): number {
  let end = next;
  while (end > first + 1 && (lines[end - 1] ?? '').trim() === '') {
    end--;
  }
  return end;
}

/** A body after its key: a scalar on the key's line, or a literal block whose lines sit at column `indent`. */
function readBody(header: string, lines: readonly string[], from: number, indent: number): [string, number] {
  const block = BLOCK_HEADER.exec(header);
  if (block === null) {
    return [need(readScalar(header)), from];
  }
  return readLiteral(lines, from, indent, block[1] !== undefined, block[2] !== undefined);
}

/**
 * The replies under a note's `replies:` line, as the writer writes them: one `- ` item each, `author` (optional),
 * `created` and `body` in that order, nothing between them. Also where each reply's lines are, as the full parser
 * gives them: from the end of the one before (or of the `replies:` line) to after the reply's last non-blank line.
 */
function readReplies(lines: readonly string[], starts: readonly number[], from: number): [Reply[], Span[], number] {
  const replies: Reply[] = [];
  const spans: Span[] = [];
  let cursor = starts[from] ?? 0;
  let i = from;
  for (let first = REPLY_FIRST.exec(lines[i] ?? ''); first !== null; first = REPLY_FIRST.exec(lines[i] ?? '')) {
    const itemStart = i;
    let author: string | undefined;
    let stamp = first;
    if (first[1] === 'author') {
      author = need(readScalar(first[2] ?? ''));
      i++;
      stamp = need(REPLY_FIELD.exec(lines[i] ?? ''));
    }
    need(stamp[1] === 'created');
    const created = need(readTimestamp(stamp[2] ?? ''));
    i++;
    const body = need(REPLY_FIELD.exec(lines[i] ?? ''));
    need(body[1] === 'body');
    const [text, next] = readBody(body[2] ?? '', lines, i + 1, REPLY_BODY_INDENT);
    i = next;
    const end = textEnd(lines, itemStart, i);
    // The full parser rewrites the replies together when it sees a keep-chomped header in one: let it read them.
    need(!KEEP_CHOMPED.test(lines.slice(itemStart, end).join('\n')));
    replies.push({ ...(author === undefined ? {} : { author }), created, body: text });
    spans.push({ start: cursor, end: starts[end] ?? 0 });
    cursor = starts[end] ?? 0;
  }
  need(replies.length > 0);
  return [replies, spans, i];
}

/** A literal block scalar (`|`, `|-`, `|2`, `|2-`) whose content sits at column `indent`. */
function readLiteral(lines: readonly string[], from: number, indent: number, indicated: boolean, strip: boolean): [string, number] {
  const content: string[] = [];
  let i = from;
  let seenText = false;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const blank = line.trim() === '' && !line.includes('\t');
    if (blank && line.length <= indent) {
      // An empty line of the block (or a trailing one: chomping decides below).
      content.push('');
      i++;
      continue;
    }
    const indentation = line.length - line.trimStart().length;
    if (line.slice(0, indent).trim() !== '' || line.length < indent || (indentation < indent && !blank)) {
      break;
    }
    if (!seenText) {
      // Without an indicator YAML takes the first text line's indentation: it must be exactly the writer's.
      need(indicated || (indentation === indent && !blank));
      seenText = !blank;
    }
    need(!line.slice(0, indent).includes('\t'));
    content.push(line.slice(indent));
    i++;
  }
  need(seenText);
  // Trailing empty lines are not content (clip keeps one line break, strip none).
  let last = content.length;
  while (last > 0 && content[last - 1] === '') {
    last--;
  }
  // Lines given back to the note: the caller sees where the block ended.
  const value = content.slice(0, last).join('\n') + (strip ? '' : '\n');
  return [value, i - (content.length - last)];
}
