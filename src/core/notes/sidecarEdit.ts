import { parseDocument, stringify } from 'yaml';
import { NOTE_FIELDS, type Note, type NoteField, type Reply } from './note';
import { replyKey, withReplies } from './noteReplies';
import { dashFirstLine, NOTE_KEY_INDENT, writeNoteBlock, writeNoteFields, writeReplyBlock, writeScalar } from './noteWriter';
import { MAX_ALIAS_COUNT, readNote, type FieldSlot, type NoteEntry, type SidecarParse } from './sidecarParse';

/** The new text of a sidecar, or why Chancery refused to produce one. */
export type SidecarEdit = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** A batch of per-note changes, applied together to one parse (by id). */
export interface NoteChanges {
  readonly added?: readonly Note[];
  readonly updated?: readonly Note[];
  readonly removed?: readonly string[];
}

const KNOWN = new Set<string>(NOTE_FIELDS);

/** JSON with sorted keys and without undefined or empty lists, so two notes compare by content. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (Array.isArray(item)) {
      return item;
    }
    if (typeof item === 'object' && item !== null) {
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(item).sort()) {
        const field = (item as Record<string, unknown>)[key];
        if (field !== undefined && !(Array.isArray(field) && field.length === 0)) {
          sorted[key] = field;
        }
      }
      return sorted;
    }
    return item;
  });
}

/**
 * Why a sidecar is not written, in words the analyst can act on: its first error, where it is, and what to do (a file of
 * a newer format is for a newer Chancery, not to be "fixed").
 */
function refusal(parse: SidecarParse): string | undefined {
  if (parse.writable) {
    return undefined;
  }
  const first = parse.problems.find((problem) => problem.severity === 'error');
  if (first === undefined) {
    return 'The sidecar cannot be read whole, and Chancery never rewrites a sidecar it cannot read whole.';
  }
  const where = `Line ${first.line + 1}, column ${first.column + 1}: ${first.message.replace(/\.?$/, '.')}`;
  if (first.code === 'newer-version') {
    return `${where} Update Chancery to change the notes of this file.`;
  }
  return `${where} Chancery never rewrites a sidecar it cannot read whole: fix the file first (the Problems panel lists its errors).`;
}

/** `text` with its line breaks turned into `eol`. */
export function toEol(text: string, eol: '\n' | '\r\n'): string {
  return eol === '\n' ? text : text.replace(/\r?\n/g, '\r\n');
}

/** The field's value as the note holds it, for comparing old and new. */
function fieldValue(note: Note, key: NoteField): unknown {
  return note[key];
}

/** The extra (unknown) fields written back as YAML at the note's indentation. */
function writeExtras(extra: Readonly<Record<string, unknown>>, indent: number): string {
  if (Object.keys(extra).length === 0) {
    return '';
  }
  const pad = ' '.repeat(indent);
  return stringify(extra, { lineWidth: 0 })
    .split('\n')
    .map((line) => (line.length > 0 ? pad + line : line))
    .join('\n')
    .replace(/\n*$/, '\n');
}

/** The note's block rewritten whole in the writer's layout, unknown fields after the known ones. */
function wholeBlock(entry: NoteEntry, note: Note): string {
  const indent = entry.indent >= 2 ? entry.indent : NOTE_KEY_INDENT;
  return dashFirstLine([...writeNoteFields(note, indent).values()].join('') + writeExtras(entry.extra, indent), indent);
}

/**
 * The note's block with only the changed fields rewritten: unchanged fields, unknown fields and comment
 * lines between fields keep their exact bytes. New fields go where the writer's order puts them.
 */
function fieldBlock(source: string, entry: NoteEntry, note: Note): string | undefined {
  const indent = entry.indent;
  const fresh = writeNoteFields(note, indent);
  const pieces: { key: string | undefined; text: string }[] = [];
  let cursor = entry.block.start;
  entry.fields.forEach((slot, index) => {
    if (slot.start > cursor) {
      pieces.push({ key: undefined, text: source.slice(cursor, slot.start) });
    }
    let raw = source.slice(slot.start, slot.end);
    if (index === 0) {
      raw = ' '.repeat(indent) + raw.slice(indent);
    }
    cursor = slot.end;
    if (!KNOWN.has(slot.key)) {
      pieces.push({ key: slot.key, text: raw });
      return;
    }
    const key = slot.key as NoteField;
    const text = fresh.get(key);
    if (text === undefined) {
      return;
    }
    const same = canonicalJson(fieldValue(entry.note, key)) === canonicalJson(fieldValue(note, key));
    pieces.push({ key, text: same ? raw : ((key === 'replies' ? replyLines(source, slot, entry, note) : undefined) ?? text) });
  });
  const present = new Set(pieces.map((piece) => piece.key));
  for (const [key, text] of fresh) {
    if (present.has(key)) {
      continue;
    }
    // After the nearest field that precedes it in the writer's order, else first.
    const order = NOTE_FIELDS.indexOf(key);
    let at = 0;
    pieces.forEach((piece, index) => {
      const rank = piece.key !== undefined && KNOWN.has(piece.key) ? NOTE_FIELDS.indexOf(piece.key as NoteField) : -1;
      if (rank >= 0 && rank < order) {
        at = index + 1;
      }
    });
    pieces.splice(at, 0, { key, text });
    present.add(key);
  }
  const block = pieces.map((piece) => piece.text).join('');
  if (block.slice(0, indent) !== ' '.repeat(indent) || indent < 2) {
    return undefined;
  }
  return dashFirstLine(block, indent);
}

/**
 * The `replies` field with only the replies that changed rewritten: a reply added goes in at its place in created
 * order, one edited or removed takes or leaves only its own lines; the others, and comments between them, keep their
 * bytes. Undefined when the replies cannot be told apart line by line: the field is then written whole.
 */
function replyLines(source: string, slot: FieldSlot, entry: NoteEntry, note: Note): string | undefined {
  const items = entry.replyItems;
  const old = entry.note.replies ?? [];
  const first = items?.spans[0];
  if (items === undefined || first === undefined || items.spans.length !== old.length || note.replies === undefined) {
    return undefined;
  }
  const used = new Set<number>();
  let text = source.slice(slot.start, first.start);
  for (const reply of note.replies) {
    const index = old.findIndex((candidate, at) => !used.has(at) && replyKey(candidate) === replyKey(reply));
    const span = items.spans[index];
    used.add(index);
    if (span === undefined) {
      text += writeReplyBlock(reply, items.indent);
    } else if (canonicalJson(old[index]) === canonicalJson(reply)) {
      text += source.slice(span.start, span.end);
    } else {
      // The comment and blank lines above an edited reply stay with it.
      const dash = /^ *-/m.exec(source.slice(span.start, span.end))?.index ?? 0;
      text += source.slice(span.start, span.start + dash) + writeReplyBlock(reply, items.indent);
    }
  }
  return text;
}

/** True when `block`, read on its own, gives back `note` and the entry's unknown fields. */
function blockReadsBack(block: string, note: Note, extra: Readonly<Record<string, unknown>>): boolean {
  try {
    const doc = parseDocument('notes:\n' + block.replace(/\r\n/g, '\n'), { uniqueKeys: true });
    if (doc.errors.length > 0) {
      return false;
    }
    const value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as { notes?: unknown[] } | null;
    const fields = value?.notes?.[0] as Record<string, unknown> | undefined;
    if (value?.notes?.length !== 1 || fields === undefined || typeof fields['id'] !== 'string') {
      return false;
    }
    const read = readNote(fields['id'], fields, () => undefined);
    const readExtra = Object.fromEntries(Object.entries(fields).filter(([key]) => !KNOWN.has(key)));
    return read !== undefined && canonicalJson(read) === canonicalJson(note) && canonicalJson(readExtra) === canonicalJson(extra);
  } catch {
    return false;
  }
}

/** The new block for an edited note: field by field when safe, else whole; always checked by reading it back. */
export function rewriteBlock(source: string, entry: NoteEntry, note: Note): string | undefined {
  const byField = entry.fieldEditable ? fieldBlock(source, entry, note) : undefined;
  if (byField !== undefined && blockReadsBack(byField, note, entry.extra)) {
    return byField;
  }
  const whole = wholeBlock(entry, note);
  return blockReadsBack(whole, note, entry.extra) ? whole : undefined;
}

/** A replacement of `source[start, end)` by `text`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Keeps inserts at the same offset in the order they were made. */
  readonly order: number;
}

/** Applies non-overlapping splices to `source` (inserts at one offset keep their `order`). */
export function applySplices(source: string, splices: readonly Splice[]): string {
  // At one offset, inserts go before a replacement that starts there (a note added above an edited one).
  const sorted = [...splices].sort((a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || a.order - b.order);
  let out = '';
  let cursor = 0;
  for (const splice of sorted) {
    out += source.slice(cursor, splice.start) + splice.text;
    cursor = Math.max(cursor, splice.end);
  }
  return out + source.slice(cursor);
}

/**
 * Applies per-note changes to a sidecar. Only the lines of changed notes change; new notes go in text order
 * (by their position hint), a blank line between notes. Refuses a sidecar with errors, an added id that
 * exists, and an updated or removed id that does not.
 */
export function applyNoteChanges(parse: SidecarParse, changes: NoteChanges): SidecarEdit {
  const refused = refusal(parse);
  if (refused !== undefined) {
    return { ok: false, reason: refused };
  }
  const source = parse.source;
  const eol = parse.eol;
  const byId = new Map(parse.notes.map((entry) => [entry.note.id, entry]));
  const splices: Splice[] = [];
  let order = 0;
  for (const note of changes.updated ?? []) {
    const entry = byId.get(note.id);
    if (entry === undefined) {
      return { ok: false, reason: `No note "${note.id}" in this sidecar: it may have been removed on disk.` };
    }
    const block = rewriteBlock(source, entry, note);
    if (block === undefined) {
      return { ok: false, reason: `Note "${note.id}" could not be written so that it reads back the same; the file was left alone.` };
    }
    splices.push({ start: entry.block.start, end: entry.block.end, text: toEol(block, eol), order: order++ });
  }
  const removed = new Set(changes.removed ?? []);
  parse.notes.forEach((entry, index) => {
    if (!removed.has(entry.note.id)) {
      return;
    }
    // Take the blank lines after the block with it; for the last note, the blank lines before it.
    const next = parse.notes[index + 1];
    const previous = parse.notes[index - 1];
    if (next !== undefined) {
      splices.push({ start: entry.block.start, end: next.block.start > entry.block.end && source.slice(entry.block.end, next.block.start).trim() === '' ? next.block.start : entry.block.end, text: '', order: order++ });
    } else {
      const before = previous !== undefined && source.slice(previous.block.end, entry.block.start).trim() === '' ? previous.block.end : entry.block.start;
      splices.push({ start: before, end: entry.block.end, text: '', order: order++ });
    }
  });
  for (const id of removed) {
    if (!byId.has(id)) {
      return { ok: false, reason: `No note "${id}" in this sidecar: it may have been removed on disk.` };
    }
  }
  const indent = parse.notes[0]?.indent ?? NOTE_KEY_INDENT;
  const added = [...(changes.added ?? [])].sort((a, b) => (a.target.position?.start ?? Infinity) - (b.target.position?.start ?? Infinity));
  const kept = parse.notes.filter((entry) => !removed.has(entry.note.id));
  let opened = false;
  for (const note of added) {
    if (byId.has(note.id)) {
      return { ok: false, reason: `A note with id "${note.id}" already exists.` };
    }
    const block = toEol(writeNoteBlock(note, indent >= 2 ? indent : NOTE_KEY_INDENT), eol);
    const start = note.target.position?.start;
    const before = start === undefined ? undefined : kept.find((entry) => (entry.note.target.position?.start ?? -1) > start);
    if (before !== undefined) {
      splices.push({ start: before.block.start, end: before.block.start, text: block + eol, order: order++ });
    } else if (kept.length > 0) {
      const at = parse.appendAt;
      splices.push({ start: at, end: at, text: (source.slice(0, at).endsWith('\n') ? '' : eol) + eol + block, order: order++ });
    } else if (parse.notes.length > 0 || opened) {
      // Every existing note is being removed: put the new one where the last one ended.
      splices.push({ start: parse.appendAt, end: parse.appendAt, text: (opened ? eol : '') + block, order: order++ });
      opened = true;
    } else {
      const empty = parse.emptyNotes;
      if (empty === undefined) {
        return { ok: false, reason: 'The sidecar has no place for notes.' };
      }
      if (!opened) {
        splices.push({ start: empty.span.start, end: empty.span.end, text: empty.text, order: order++ });
      }
      splices.push({ start: empty.span.end, end: empty.span.end, text: (opened ? eol : '') + block, order: order++ });
      opened = true;
    }
  }
  return { ok: true, text: applySplices(source, splices) };
}

/** Adds a note (in text order). See `applyNoteChanges`. */
export function addNote(parse: SidecarParse, note: Note): SidecarEdit {
  return applyNoteChanges(parse, { added: [note] });
}

/** Rewrites one note by id; every other line of the file keeps its bytes. See `applyNoteChanges`. */
export function updateNote(parse: SidecarParse, note: Note): SidecarEdit {
  return applyNoteChanges(parse, { updated: [note] });
}

/**
 * A note or reply without text says nothing: Chancery never writes one from the editor (it is deleted, not emptied).
 * The refusal, or undefined for a body with text.
 */
function emptyBody(body: string | undefined, what: 'note' | 'reply'): SidecarEdit | undefined {
  return (body ?? '').trim() === '' ? { ok: false, reason: `A ${what} needs some text: an empty ${what} is not saved (delete the ${what} instead).` } : undefined;
}

/**
 * Adds a note the analyst has just written (see `createNote`). Refuses an empty body, or one of white space only;
 * `addNote` itself writes any note, so that Undo of a delete puts back a hand-written note without text.
 */
export function addNewNote(parse: SidecarParse, note: Note): SidecarEdit {
  return emptyBody(note.body, 'note') ?? addNote(parse, note);
}

/**
 * Replaces the body of a note (and its `updated`), in the note as the sidecar holds it now: tags or target changed on
 * disk are kept. A note removed on disk meanwhile comes back with the edit, so an edit is never lost. Refuses an empty
 * body, or one of white space only.
 */
export function editNoteBody(parse: SidecarParse, note: Note, body: string, updated: string): SidecarEdit {
  const empty = emptyBody(body, 'note');
  if (empty !== undefined) {
    return empty;
  }
  const fresh = noteOf(parse, note.id);
  return fresh ? updateNote(parse, { ...fresh, body, updated }) : addNote(parse, { ...note, body, updated });
}

/** Removes one note by id, with the blank line that separated it. See `applyNoteChanges`. */
export function removeNote(parse: SidecarParse, id: string): SidecarEdit {
  return applyNoteChanges(parse, { removed: [id] });
}

function noteOf(parse: SidecarParse, id: string): Note | undefined {
  return parse.notes.find((entry) => entry.note.id === id)?.note;
}

function missingNote(id: string): SidecarEdit {
  return { ok: false, reason: `No note "${id}" in this sidecar: it may have been removed on disk.` };
}

/** Adds a reply to a note, in created order; only the lines of the new reply are added. Refuses an empty body. */
export function addReply(parse: SidecarParse, noteId: string, reply: Reply): SidecarEdit {
  const note = noteOf(parse, noteId);
  if (note === undefined) {
    return missingNote(noteId);
  }
  const empty = emptyBody(reply.body, 'reply');
  if (empty !== undefined) {
    return empty;
  }
  if ((note.replies ?? []).some((other) => replyKey(other) === replyKey(reply))) {
    return { ok: false, reason: `Note "${noteId}" already has a reply by ${reply.author ?? 'no author'} at ${reply.created}.` };
  }
  return updateNote(parse, withReplies(note, [...(note.replies ?? []), reply]));
}

/**
 * Replaces the reply with the same author and created (see `replyKey`) by `reply`; only its lines change. A reply
 * removed on disk meanwhile comes back with the edit, so an edit is never lost. Refuses an empty body.
 */
export function updateReply(parse: SidecarParse, noteId: string, reply: Reply): SidecarEdit {
  const note = noteOf(parse, noteId);
  if (note === undefined) {
    return missingNote(noteId);
  }
  const empty = emptyBody(reply.body, 'reply');
  if (empty !== undefined) {
    return empty;
  }
  const others = (note.replies ?? []).filter((other) => replyKey(other) !== replyKey(reply));
  return updateNote(parse, withReplies(note, [...others, reply]));
}

/** Removes a reply (by author and created) with its lines; the `replies` key goes with the last reply. */
export function removeReply(parse: SidecarParse, noteId: string, reply: Pick<Reply, 'author' | 'created'>): SidecarEdit {
  const note = noteOf(parse, noteId);
  if (note === undefined) {
    return missingNote(noteId);
  }
  const replies = note.replies ?? [];
  const kept = replies.filter((other) => replyKey(other) !== replyKey(reply));
  if (kept.length === replies.length) {
    return { ok: false, reason: `Note "${noteId}" has no reply by ${reply.author ?? 'no author'} at ${reply.created}: it may have been removed on disk.` };
  }
  return updateNote(parse, withReplies(note, kept));
}

/**
 * Points a sidecar at its text's new name after a rename (the header's `text:` value), changing nothing else.
 * A sidecar that does not parse is refused, like every edit.
 */
export function retargetSidecar(parse: SidecarParse, text: string): SidecarEdit {
  const refused = refusal(parse);
  if (refused !== undefined) {
    return { ok: false, reason: refused };
  }
  if (parse.textValue === undefined) {
    return { ok: false, reason: 'The sidecar has no `text:` header to update.' };
  }
  return { ok: true, text: parse.source.slice(0, parse.textValue.start) + writeScalar(text) + parse.source.slice(parse.textValue.end) };
}
