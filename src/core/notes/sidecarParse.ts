import { LineIndex } from '../lineIndex';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { byPosition, type Problem, type Span } from '../model';
import { aliasBombStart, aliasLimitMessage, reportedYamlErrors } from '../yamlAliases';
import { replyKey } from './noteReplies';
import { ABOUT_KINDS, ISO_TIMESTAMP, NOTE_FIELDS, NOTES_FORMAT, NOTES_FORMAT_VERSION, REPLY_FIELDS, type AboutKind, type AboutLink, type Note, type NoteField, type NoteTarget, type Reply, type SidecarHeader, type TextPosition } from './note';
import { KEEP_CHOMPED, readCanonicalSidecar } from './sidecarReader';

/** A sidecar larger than this is not read (a corpus note file is a few MB at most; 100,000 notes fit). */
export const MAX_SIDECAR_LENGTH = 64 * 1024 * 1024;
/**
 * The largest sidecar the full `yaml` parser reads (one not in the writer's own layout: comments, anchors, hand
 * layout): it takes about 50 bytes of memory per byte of YAML (a 20 MB sidecar: 1 GB and 11 s), too much for an
 * extension host. Sidecars in the writer's layout take the fast path up to `MAX_SIDECAR_LENGTH`.
 */
export const MAX_YAML_SIDECAR_LENGTH = 8 * 1024 * 1024;
/** The `yaml` package's alias limit, kept low: it stops "billion laughs" alias bombs. */
export const MAX_ALIAS_COUNT = 100;

/** What went wrong, for tools that react to a kind of problem rather than to its message. */
export type SidecarProblemCode =
  | 'too-large'
  | 'conflict-markers'
  | 'yaml-syntax'
  | 'yaml-warning'
  | 'alias-limit'
  | 'header'
  | 'newer-version'
  | 'invalid-note'
  | 'invalid-field'
  | 'duplicate-id'
  | 'unknown-field'
  | 'timestamp'
  | 'twin-replies';

/** A problem of a sidecar, 0-based line and column, with the note it concerns when there is one. */
export interface SidecarProblem extends Problem {
  readonly code: SidecarProblemCode;
  readonly noteId?: string;
}

/** One field of a note as it sits in the file: what the editor needs to rewrite that field alone. */
export interface FieldSlot {
  readonly key: string;
  /** Start of the field's first line (the note's `- ` line for the first field). */
  readonly start: number;
  /** After the line break of the field's last line, blank lines after it excluded. */
  readonly end: number;
  /** The parsed value, for unknown fields (kept as they are) and to tell what changed. */
  readonly value: unknown;
}

/** A note with where it sits in the sidecar. */
export interface NoteEntry {
  readonly note: Note;
  /** Fields Chancery does not know, with their values: kept on every rewrite. */
  readonly extra: Readonly<Record<string, unknown>>;
  /** From the start of the `- ` line to after the last field's line break. */
  readonly block: Span;
  /** The fields in file order. */
  readonly fields: readonly FieldSlot[];
  /** Column of the note's keys. */
  readonly indent: number;
  /** 0-based line and column of the note's `- `. */
  readonly line: number;
  readonly column: number;
  /** False when the note is laid out so that a field-by-field rewrite is not safe: it is rewritten whole. */
  readonly fieldEditable: boolean;
  /**
   * The lines of each reply, when the replies are laid out one `- ` item each: a reply added, edited or removed
   * changes only its own lines. Each span runs from the end of the one before (or of the `replies:` line).
   */
  readonly replyItems?: ReplyItems;
}

/** Where the replies of a note sit, reply by reply. */
export interface ReplyItems {
  readonly spans: readonly Span[];
  /** Column of the replies' keys. */
  readonly indent: number;
}

/** Where a first note goes when the sidecar has none yet. */
export interface EmptyNotesEdit {
  /** Replace this span of the source with `text`, then add the note block after it. */
  readonly span: Span;
  readonly text: string;
}

/** A sidecar as read: never throws; `writable` is false when any error was found. */
export interface SidecarParse {
  /** The text that was parsed; edits apply to exactly this text. */
  readonly source: string;
  readonly header: SidecarHeader | undefined;
  /** The notes in file order. */
  readonly notes: readonly NoteEntry[];
  readonly problems: readonly SidecarProblem[];
  /** Only a sidecar without errors may be rewritten: a broken file is never overwritten. */
  readonly writable: boolean;
  /** The file's line break (LF, or CRLF when git checked it out that way), used for new lines. */
  readonly eol: '\n' | '\r\n';
  /** Where a note goes when it goes last (after the last note's block). */
  readonly appendAt: number;
  /** How to open the notes list when it is empty. */
  readonly emptyNotes: EmptyNotesEdit | undefined;
  /** The span of the header's `text` value, to follow a renamed text. */
  readonly textValue: Span | undefined;
}

const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?: |\r?$)/gm;
const KNOWN_HEADER_KEYS = new Set(['format', 'version', 'text', 'notes']);
const KNOWN_NOTE_KEYS = new Set<string>(NOTE_FIELDS);

/** 0-based line and column of an offset, as problems report them. */
function lineAndColumn(lines: LineIndex, offset: number): { line: number; column: number } {
  const { line, character } = lines.positionAt(offset);
  return { line, column: character };
}

/** Start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Just after the line break ending the line that holds `offset` (or the end of the text). */
export function lineEndAfter(text: string, offset: number): number {
  const at = text.indexOf('\n', offset);
  return at < 0 ? text.length : at + 1;
}

/** Moves `end` back over whole blank lines, never before `floor`. */
function trimBlankLines(text: string, floor: number, end: number): number {
  let e = end;
  for (;;) {
    const start = lineStart(text, e - 1 < floor ? floor : e - 1);
    if (start <= floor || e <= floor || text.slice(start, e).trim() !== '') {
      return e;
    }
    e = start;
  }
}

/**
 * Reads a sidecar. Never throws: broken YAML, merge-conflict markers, alias bombs, duplicate ids and bad
 * fields come back as problems with line and column. Files in the writer's own layout take a fast path;
 * anything else (comments, unknown fields, hand layout) goes through the full `yaml` parser.
 */
export function parseSidecar(source: string): SidecarParse {
  const eol: '\n' | '\r\n' = /\r\n/.test(source.slice(0, 4096)) ? '\r\n' : '\n';
  if (source.length > MAX_SIDECAR_LENGTH) {
    return failed(source, eol, [{ code: 'too-large', message: `The sidecar is larger than ${MAX_SIDECAR_LENGTH / 1024 / 1024} MB; Chancery does not read it.`, line: 0, column: 0, severity: 'error' }]);
  }
  const conflicts = [...source.matchAll(CONFLICT_MARKER)];
  if (conflicts.length > 0) {
    const lines = new LineIndex(source);
    return failed(
      source,
      eol,
      conflicts.slice(0, 50).map((match) => ({
        code: 'conflict-markers' as const,
        message: `Merge-conflict marker "${match[0].trim()}": resolve the conflict (keep both notes if unsure), then save.`,
        ...lineAndColumn(lines, match.index),
        severity: 'error' as const,
      })),
    );
  }
  try {
    const canonical = readCanonicalSidecar(source);
    if (canonical !== undefined) {
      return withTwinReplies(canonical);
    }
    if (source.length > MAX_YAML_SIDECAR_LENGTH) {
      const message = `The sidecar is larger than ${MAX_YAML_SIDECAR_LENGTH / 1024 / 1024} MB and not in the layout Chancery writes (comments, anchors or a layout of its own make it so); Chancery does not read it. Split its notes, or remove what Chancery does not write.`;
      return failed(source, eol, [{ code: 'too-large', message, line: 0, column: 0, severity: 'error' }]);
    }
    return withTwinReplies(parseWithYaml(source, eol));
  } catch (error) {
    // Not expected; but a reader's bug must cost a diagnostic, never the notes (the file stays unwritable).
    return failed(source, eol, [{ code: 'yaml-syntax', message: `Chancery could not read this sidecar: ${firstLine(String((error as Error).message))}`, line: 0, column: 0, severity: 'error' }]);
  }
}

/**
 * Warns at a note with two replies by one author at the same `created`, which name a reply: a merge cannot tell them
 * apart (it then keeps the note between conflict markers).
 */
function withTwinReplies(parse: SidecarParse): SidecarParse {
  const twins: SidecarProblem[] = [];
  for (const entry of parse.notes) {
    const seen = new Set<string>();
    for (const reply of entry.note.replies ?? []) {
      const key = replyKey(reply);
      if (seen.has(key)) {
        twins.push({
          code: 'twin-replies',
          message: `Note "${entry.note.id}" has two replies by ${reply.author ?? 'no author'} at ${reply.created}: a reply is named by its author and created, so a merge cannot tell them apart; change the created time of one.`,
          line: entry.line,
          column: entry.column,
          severity: 'warning',
          noteId: entry.note.id,
        });
        break;
      }
      seen.add(key);
    }
  }
  return twins.length === 0 ? parse : { ...parse, problems: [...parse.problems, ...twins].sort(byPosition) };
}

function failed(source: string, eol: '\n' | '\r\n', problems: SidecarProblem[]): SidecarParse {
  return { source, header: undefined, notes: [], problems, writable: false, eol, appendAt: source.length, emptyNotes: undefined, textValue: undefined };
}

function parseWithYaml(source: string, eol: '\n' | '\r\n'): SidecarParse {
  const problems: SidecarProblem[] = [];
  const lineCounter = new LineCounter();
  const lines = new LineIndex(source);
  const at = (offset: number | undefined): { line: number; column: number } => lineAndColumn(lines, offset ?? 0);
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  for (const error of reportedYamlErrors(doc.errors, 'A sidecar')) {
    problems.push({ code: 'yaml-syntax', message: error.message, ...at(error.offset), severity: 'error' });
  }
  for (const warning of doc.warnings) {
    problems.push({ code: 'yaml-warning', message: firstLine(warning.message), ...at(warning.pos[0]), severity: 'warning' });
  }
  if (doc.errors.length > 0) {
    return failed(source, eol, problems);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const start = aliasBombStart(doc);
    problems.push({
      code: 'alias-limit',
      message: aliasLimitMessage('The sidecar', error as Error),
      ...at(start),
      severity: 'error',
    });
    return failed(source, eol, problems);
  }
  const root = doc.contents;
  if (!isMap(root) || typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ code: 'header', message: 'A sidecar is a mapping with format, version, text and notes.', ...at(rangeOf(root)?.[0]), severity: 'error' });
    return failed(source, eol, problems);
  }
  const top = value as Record<string, unknown>;
  const header = readHeader(root, top, at, problems);

  for (const pair of root.items) {
    const key = keyOf(pair);
    if (!KNOWN_HEADER_KEYS.has(key)) {
      problems.push({ code: 'unknown-field', message: `Unknown field "${key}": kept, but Chancery does not use it.`, ...at(rangeOf(pair.key)?.[0]), severity: 'warning' });
    }
  }

  const notes: NoteEntry[] = [];
  const notesPair = root.items.find((pair) => keyOf(pair) === 'notes');
  const notesNode = notesPair?.value as Node | null | undefined;
  let emptyNotes: EmptyNotesEdit | undefined;
  let appendAt = source.length;
  if (notesPair === undefined) {
    const end = source.length;
    emptyNotes = { span: { start: end, end }, text: (source.length > 0 && !source.endsWith('\n') ? eol : '') + 'notes:' + eol };
  } else if (notesNode === null || notesNode === undefined || (isScalar(notesNode) && notesNode.value === null)) {
    // `notes:` (or `notes: ~`): the list opens after the key; the rest of that line is replaced.
    const keyEnd = rangeOf(notesPair.key)?.[1] ?? source.length;
    emptyNotes = { span: { start: keyEnd, end: lineEndAfter(source, keyEnd) }, text: ':' + eol };
  } else if (!isSeq(notesNode)) {
    problems.push({ code: 'header', message: '"notes" must be a list of notes.', ...at(rangeOf(notesNode)?.[0]), severity: 'error' });
  } else if (notesNode.flow || notesNode.items.length === 0) {
    if (notesNode.items.length > 0) {
      problems.push({ code: 'invalid-note', message: 'Notes written as a flow list [...] cannot be edited safely: write one "- " item per note.', ...at(rangeOf(notesNode)?.[0]), severity: 'error' });
    } else {
      const keyEnd = rangeOf(notesPair.key)?.[1] ?? 0;
      emptyNotes = { span: { start: keyEnd, end: lineEndAfter(source, keyEnd) }, text: ':' + eol };
    }
  } else {
    const jsNotes = (top['notes'] as unknown[] | undefined) ?? [];
    const seen = new Map<string, number>();
    notesNode.items.forEach((item, index) => {
      const entry = readNoteEntry(source, item as Node, jsNotes[index], at, problems);
      if (entry === undefined) {
        return;
      }
      const first = seen.get(entry.note.id);
      if (first !== undefined) {
        problems.push({ code: 'duplicate-id', message: `Duplicate note id "${entry.note.id}" (first on line ${first + 1}): give one of them a new id.`, line: entry.line, column: entry.column, severity: 'error', noteId: entry.note.id });
      } else {
        seen.set(entry.note.id, entry.line);
      }
      notes.push(entry);
    });
    const last = notes[notes.length - 1];
    appendAt = last?.block.end ?? source.length;
  }
  const textPair = root.items.find((pair) => keyOf(pair) === 'text');
  const textRange = rangeOf(textPair?.value as Node | undefined);
  const writable = !problems.some((problem) => problem.severity === 'error');
  return { source, header, notes, problems, writable, eol, appendAt, emptyNotes, textValue: textRange ? { start: textRange[0], end: textRange[1] } : undefined };
}

type At = (offset: number | undefined) => { line: number; column: number };

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  return (node as { range?: [number, number, number] } | null | undefined)?.range ?? undefined;
}

function keyOf(pair: Pair): string {
  const key = pair.key as { value?: unknown } | null;
  return String(key?.value ?? key ?? '');
}

function readHeader(root: YAMLMap, top: Record<string, unknown>, at: At, problems: SidecarProblem[]): SidecarHeader | undefined {
  const where = (key: string): { line: number; column: number } => at(rangeOf(root.items.find((pair) => keyOf(pair) === key)?.value ?? root)?.[0]);
  const format = top['format'];
  const version = top['version'];
  const text = top['text'];
  let ok = true;
  if (format !== NOTES_FORMAT) {
    problems.push({ code: 'header', message: `"format" must be "${NOTES_FORMAT}".`, ...where('format'), severity: 'error' });
    ok = false;
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    problems.push({ code: 'header', message: `"version" must be a whole number (this Chancery writes ${NOTES_FORMAT_VERSION}).`, ...where('version'), severity: 'error' });
    ok = false;
  } else if (version > NOTES_FORMAT_VERSION) {
    problems.push({ code: 'newer-version', message: `Written by a newer Chancery (format version ${version}); this one reads version ${NOTES_FORMAT_VERSION} and will not rewrite it.`, ...where('version'), severity: 'error' });
    ok = false;
  }
  if (typeof text !== 'string' || text.length === 0) {
    problems.push({ code: 'header', message: '"text" must name the annotated text, relative to the sidecar.', ...where('text'), severity: 'error' });
    ok = false;
  }
  return ok ? { format: NOTES_FORMAT, version: version as number, text: text as string } : undefined;
}

function readNoteEntry(source: string, node: Node, value: unknown, at: At, problems: SidecarProblem[]): NoteEntry | undefined {
  const range = rangeOf(node);
  const itemStart = range?.[0] ?? 0;
  if (!isMap(node) || typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ code: 'invalid-note', message: 'A note must be a mapping with at least an id and a target.', ...at(itemStart), severity: 'error' });
    return undefined;
  }
  const fields = value as Record<string, unknown>;
  const start = lineStart(source, itemStart);
  const dash = source.slice(start, itemStart);
  const blockOk = /^ *- +$/.test(dash) && !node.flow;
  const fieldProblem = (message: string, key: string, noteId?: string, path: FieldPath = []): void => {
    const pair = node.items.find((item) => keyOf(item) === key);
    problems.push({ code: 'invalid-field', message, ...at(rangeOf(nodeAt(pair, path))?.[0] ?? itemStart), severity: 'error', ...(noteId === undefined ? {} : { noteId }) });
  };
  const id = fields['id'];
  if (typeof id !== 'string' || id.length === 0) {
    problems.push({ code: 'invalid-note', message: 'This note has no id (a string such as n-k3v9q2m7x0ab).', ...at(itemStart), severity: 'error' });
    return undefined;
  }
  const note = readNote(id, fields, (message, key, path) => fieldProblem(message, key, id, path));
  if (note === undefined) {
    return undefined;
  }
  const slots: FieldSlot[] = [];
  const extra: Record<string, unknown> = {};
  const indent = (rangeOf(node.items[0]?.key)?.[0] ?? itemStart) - start;
  let fieldEditable = blockOk;
  node.items.forEach((pair, index) => {
    const key = keyOf(pair);
    const keyRange = rangeOf(pair.key);
    const valueRange = rangeOf(pair.value);
    const keyStart = keyRange?.[0] ?? itemStart;
    const valueEnd = Math.max(valueRange?.[1] ?? 0, keyRange?.[1] ?? 0);
    const slotStart = index === 0 ? start : lineStart(source, keyStart);
    if (index > 0 && source.slice(slotStart, keyStart) !== ' '.repeat(indent)) {
      fieldEditable = false;
    }
    const end = trimBlankLines(source, slotStart, lineEndAfter(source, Math.max(keyStart, valueEnd - 1)));
    if (KEEP_CHOMPED.test(source.slice(keyStart, Math.min(end, keyStart + 200)).split('\n')[0] ?? '')) {
      // A keep-chomped block scalar owns the blank lines after it: rewrite the note whole.
      fieldEditable = false;
    }
    slots.push({ key, start: slotStart, end, value: fields[key] });
    if (!KNOWN_NOTE_KEYS.has(key)) {
      extra[key] = fields[key];
      problems.push({ code: 'unknown-field', message: `Unknown note field "${key}": kept, but Chancery does not use it.`, ...at(keyStart), severity: 'warning', noteId: id });
    }
  });
  const stamps: { stamp: string | undefined; key: string; path: FieldPath }[] = [
    { stamp: note.created, key: 'created', path: [] },
    { stamp: note.updated, key: 'updated', path: [] },
    ...(note.replies ?? []).map((reply, index) => ({ stamp: reply.created, key: 'replies', path: [index, 'created'] })),
  ];
  for (const { stamp, key, path } of stamps) {
    if (stamp !== undefined && !ISO_TIMESTAMP.test(stamp)) {
      const pair = node.items.find((item) => keyOf(item) === key);
      const name = path.length === 0 ? `"${key}"` : `"created" of reply ${Number(path[0]) + 1}`;
      problems.push({ code: 'timestamp', message: `${name} is not an ISO 8601 date and time (e.g. 2026-11-23T09:30:00Z).`, ...at(rangeOf(nodeAt(pair, path))?.[0]), severity: 'warning', noteId: id });
    }
  }
  const blockEnd = slots.reduce((max, slot) => Math.max(max, slot.end), lineEndAfter(source, itemStart));
  const position = at(start + dash.indexOf('-'));
  const replySlot = slots.find((slot) => slot.key === 'replies');
  const replyItems = replySlot === undefined ? undefined : readReplyItems(source, node.items.find((item) => keyOf(item) === 'replies')?.value, replySlot);
  return { note, extra, block: { start, end: blockEnd }, fields: slots, indent, line: position.line, column: Math.max(0, position.column), fieldEditable, ...(replyItems === undefined ? {} : { replyItems }) };
}

/** Steps from a note field's value to a node inside it: list indexes and mapping keys. */
type FieldPath = readonly (number | string)[];

/** The node a problem points at: the field's value, or a reply (or a reply's field) inside it; a key when it has no value. */
function nodeAt(pair: Pair | undefined, path: FieldPath): unknown {
  let found: unknown = pair?.value ?? pair?.key;
  for (const step of path) {
    const items = isSeq(found) || isMap(found) ? found.items : [];
    const next: unknown = typeof step === 'number' ? items[step] : (items as Pair[]).find((item) => keyOf(item) === step);
    if (next === undefined) {
      break;
    }
    found = isPair(next) ? (next.value ?? next.key) : next;
  }
  return found;
}

/**
 * The lines of each reply of a note, or undefined when a reply is not a plain `- ` block item (flow style, an item
 * sharing its line, a keep-chomped body): the replies are then rewritten together.
 */
function readReplyItems(source: string, value: unknown, slot: FieldSlot): ReplyItems | undefined {
  if (!isSeq(value) || value.flow || value.items.length === 0) {
    return undefined;
  }
  const spans: Span[] = [];
  let indent: number | undefined;
  let cursor = lineEndAfter(source, slot.start);
  for (const [index, item] of value.items.entries()) {
    const range = rangeOf(item);
    if (!isMap(item) || item.flow || range === undefined) {
      return undefined;
    }
    const start = lineStart(source, range[0]);
    const column = range[0] - start;
    if (!/^ *- +$/.test(source.slice(start, range[0])) || (indent !== undefined && column !== indent) || start < cursor) {
      return undefined;
    }
    indent = column;
    const last = index === value.items.length - 1;
    const end = last ? slot.end : trimBlankLines(source, start, lineEndAfter(source, Math.max(range[0], range[1] - 1)));
    if (KEEP_CHOMPED.test(source.slice(start, end))) {
      return undefined;
    }
    spans.push({ start: cursor, end });
    cursor = end;
  }
  return indent === undefined ? undefined : { spans, indent };
}

/**
 * The typed note from a note's plain values, or undefined (with problems reported) when a known field has a
 * value of the wrong shape: such a file is not rewritten, so nothing the analyst wrote can be lost.
 */
export function readNote(id: string, fields: Readonly<Record<string, unknown>>, report: (message: string, key: NoteField, path?: FieldPath) => void): Note | undefined {
  let ok = true;
  const fail = (message: string, key: NoteField, path?: FieldPath): undefined => {
    report(message, key, path);
    ok = false;
    return undefined;
  };
  const target = readTarget(fields['target'], (message, path) => fail(message, 'target', path));
  const about = readAbout(fields['about'], (message) => fail(message, 'about'));
  let tags: string[] | undefined;
  if (fields['tags'] !== undefined && fields['tags'] !== null) {
    const raw = fields['tags'];
    if (!Array.isArray(raw) || !raw.every((tag) => typeof tag === 'string')) {
      fail('"tags" must be a list of words.', 'tags');
    } else {
      tags = raw as string[];
    }
  }
  const text = (key: 'author' | 'created' | 'updated' | 'body'): string | undefined => {
    const raw = fields[key];
    if (raw === undefined || raw === null) {
      return undefined;
    }
    if (typeof raw !== 'string') {
      return fail(`"${key}" must be text.`, key);
    }
    return raw;
  };
  const author = text('author');
  const created = text('created');
  const updated = text('updated');
  const body = text('body');
  const replies = readReplies(fields['replies'], (message, path) => fail(message, 'replies', path));
  if (!ok || target === undefined) {
    return undefined;
  }
  return {
    id,
    target,
    ...(about === undefined ? {} : { about }),
    ...(tags === undefined ? {} : { tags }),
    ...(author === undefined ? {} : { author }),
    ...(created === undefined ? {} : { created }),
    ...(updated === undefined ? {} : { updated }),
    ...(body === undefined ? {} : { body }),
    ...(replies === undefined || replies.length === 0 ? {} : { replies }),
  };
}

const REPLY_KEYS = new Set<string>(REPLY_FIELDS);

/**
 * The replies of a note. A reply holds only author, created and body: a field Chancery does not know is an error, not
 * a warning as in a note, because a reply is rewritten whole when it is edited and the field could not be kept.
 */
function readReplies(raw: unknown, fail: (message: string, path: FieldPath) => undefined): Reply[] | undefined {
  if (raw === undefined || raw === null) {
    return undefined;
  }
  if (!Array.isArray(raw)) {
    return fail('"replies" must be a list of replies, each with author, created and body.', []);
  }
  const replies: Reply[] = [];
  for (const [index, item] of raw.entries()) {
    const which = `Reply ${index + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return fail(`${which} must be a mapping with author, created and body.`, [index]);
    }
    const reply = item as Record<string, unknown>;
    const unknown = Object.keys(reply).find((key) => !REPLY_KEYS.has(key));
    if (unknown !== undefined) {
      return fail(`${which} has a field Chancery does not know, "${unknown}": a reply holds only author, created and body.`, [index, unknown]);
    }
    const { author, created, body } = reply;
    if (author !== undefined && author !== null && typeof author !== 'string') {
      return fail(`${which}: "author" must be text.`, [index, 'author']);
    }
    if (typeof created !== 'string' || created === '') {
      return fail(`${which}: "created" must be the ISO 8601 date and time it was written (e.g. 2026-11-23T09:30:00Z).`, [index, 'created']);
    }
    if (typeof body !== 'string') {
      return fail(`${which}: "body" must be the reply's text.`, [index, 'body']);
    }
    replies.push({ ...(typeof author === 'string' ? { author } : {}), created, body });
  }
  return replies;
}

/** The note's target; a problem points at the value at fault (`path` inside `target`: `['position', 'start']`). */
function readTarget(raw: unknown, fail: (message: string, path?: FieldPath) => undefined): NoteTarget | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('"target" must hold a quote (exact, prefix, suffix) and a position.');
  }
  const target = raw as Record<string, unknown>;
  const quote = target['quote'] as Record<string, unknown> | null | undefined;
  if (typeof quote !== 'object' || quote === null || typeof quote['exact'] !== 'string' || quote['exact'].length === 0) {
    return fail('"target.quote.exact" must be the quoted passage.', typeof quote === 'object' && quote !== null ? ['quote', 'exact'] : ['quote']);
  }
  const prefix = quote['prefix'] ?? '';
  const suffix = quote['suffix'] ?? '';
  if (typeof prefix !== 'string' || typeof suffix !== 'string') {
    return fail('"target.quote.prefix" and "suffix" must be text.', ['quote', typeof prefix !== 'string' ? 'prefix' : 'suffix']);
  }
  const strayInQuote = Object.keys(quote).find((key) => !['exact', 'prefix', 'suffix'].includes(key));
  const stray = Object.keys(target).find((key) => !['quote', 'position'].includes(key));
  if (strayInQuote !== undefined || stray !== undefined) {
    return fail('"target" holds only quote (exact, prefix, suffix) and position (start, end).', strayInQuote !== undefined ? ['quote', strayInQuote] : [stray ?? '']);
  }
  let position: TextPosition | undefined;
  const rawPosition = target['position'];
  if (rawPosition !== undefined && rawPosition !== null) {
    const p = rawPosition as Record<string, unknown>;
    const start = p['start'];
    const end = p['end'];
    const whole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
    if (!whole(start) || !whole(end) || end < start || Object.keys(p).length !== 2) {
      const at = typeof p !== 'object' || Array.isArray(p) ? [] : !whole(start) ? ['start'] : !whole(end) || end < start ? ['end'] : [Object.keys(p).find((key) => key !== 'start' && key !== 'end') ?? ''];
      return fail('"target.position" must be { start, end } with whole numbers, start <= end.', ['position', ...at]);
    }
    position = { start, end };
  }
  return { quote: { exact: quote['exact'], prefix, suffix }, ...(position === undefined ? {} : { position }) };
}

function readAbout(raw: unknown, fail: (message: string) => undefined): AboutLink[] | undefined {
  if (raw === undefined || raw === null) {
    return undefined;
  }
  if (!Array.isArray(raw)) {
    return fail('"about" must be a list such as "- person: lavrov".');
  }
  const links: AboutLink[] = [];
  for (const item of raw) {
    const entries = typeof item === 'object' && item !== null && !Array.isArray(item) ? Object.entries(item as Record<string, unknown>) : [];
    const [kind, id] = entries[0] ?? [];
    if (entries.length !== 1 || !ABOUT_KINDS.includes(kind as AboutKind) || typeof id !== 'string' || id.length === 0) {
      return fail(`Each "about" item is one of ${ABOUT_KINDS.map((k) => `"${k}: <id>"`).join(', ')}.`);
    }
    links.push({ kind: kind as AboutKind, id });
  }
  return links;
}
