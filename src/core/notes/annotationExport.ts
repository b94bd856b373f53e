import { counted } from '../counted';
import type { DocId } from '../model';
import { authorName, type Note, type Reply } from './note';
import type { Anchor } from './quoteAnchor';

/** The notes of one text, with their current anchors when the text could be read. */
export interface AnnotatedText {
  /** The text's path relative to the exported folder, with `/`. */
  readonly text: DocId;
  readonly notes: readonly Note[];
  /** Same order as `notes`; absent when the text is missing. */
  readonly anchors?: readonly Anchor[];
}

/**
 * The notes of a workspace, as the editor holds them (each with its text and current anchor), gathered into the texts
 * they annotate: texts by path, notes in the order given (their sidecar's).
 */
export function annotatedTexts(notes: readonly { readonly doc: DocId; readonly note: Note; readonly anchor: Anchor }[]): AnnotatedText[] {
  const byText = new Map<DocId, { notes: Note[]; anchors: Anchor[] }>();
  for (const { doc, note, anchor } of notes) {
    let entry = byText.get(doc);
    if (!entry) {
      entry = { notes: [], anchors: [] };
      byText.set(doc, entry);
    }
    entry.notes.push(note);
    entry.anchors.push(anchor);
  }
  return [...byText.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([text, entry]) => ({ text, ...entry }));
}

/** The IRI Chancery gives a note in exports. */
export function noteIri(id: string): string {
  return `urn:chancery:note:${encodeURIComponent(id)}`;
}

function entityIri(kind: string, id: string): string {
  return kind === 'note' ? noteIri(id) : `urn:chancery:${kind}:${encodeURIComponent(id)}`;
}

/**
 * Where a note stands in its text now, when the text was read: its anchor's place (none for an ambiguous or
 * orphaned note); else, the text missing, the place stored when the note was written, a hint.
 */
function placeOf(note: Note, anchor: Anchor | undefined, textRead: boolean): { readonly start: number; readonly end: number } | undefined {
  return textRead ? anchor?.span : note.target.position;
}

/**
 * The W3C Web Annotation (JSON-LD) form of one note. The quote selects; the position selector, when there is one, is
 * the note's current place (`anchor`), or the stored one when the text could not be read (`anchor` undefined).
 */
export function toWebAnnotation(text: DocId, note: Note, anchor?: Anchor): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (note.body !== undefined && note.body !== '') {
    body.push({ type: 'TextualBody', value: note.body, format: 'text/markdown', purpose: 'commenting' });
  }
  for (const tag of note.tags ?? []) {
    body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  }
  for (const link of note.about ?? []) {
    body.push({ type: 'SpecificResource', source: entityIri(link.kind, link.id), purpose: link.kind === 'note' ? 'linking' : 'identifying' });
  }
  const quote = note.target.quote;
  const selector: Record<string, unknown>[] = [{ type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }];
  const place = placeOf(note, anchor, anchor !== undefined);
  if (place !== undefined) {
    selector.push({ type: 'TextPositionSelector', start: place.start, end: place.end });
  }
  return {
    id: noteIri(note.id),
    type: 'Annotation',
    motivation: note.body ? 'commenting' : note.tags?.length ? 'tagging' : 'highlighting',
    ...(body.length === 0 ? {} : { body: body.length === 1 ? body[0] : body }),
    target: { source: encodeURI(text), selector: selector.length === 1 ? selector[0] : selector },
    ...(note.author === undefined ? {} : { creator: { type: 'Person', name: note.author } }),
    ...(note.created === undefined ? {} : { created: note.created }),
    ...(note.updated === undefined ? {} : { modified: note.updated }),
  };
}

/**
 * A reply as the Web Annotation model answers an annotation: an annotation of its own, motivation `replying`, whose
 * target is the note. Its id names the note and the reply's created time, which edits keep; a later reply of the
 * note with the same created time (by another author, or a twin the sidecar warns of) takes `-2`, `-3`... after it,
 * so that no two annotations share an id.
 */
export function toReplyAnnotation(note: Note, reply: Reply): Record<string, unknown> {
  const replies = note.replies ?? [];
  const index = replies.indexOf(reply);
  const same = replies.slice(0, index < 0 ? 0 : index).filter((other) => other.created === reply.created).length;
  return {
    id: `${noteIri(note.id)}/reply/${encodeURIComponent(reply.created)}${same === 0 ? '' : `-${same + 1}`}`,
    type: 'Annotation',
    motivation: 'replying',
    body: { type: 'TextualBody', value: reply.body, format: 'text/markdown', purpose: 'replying' },
    target: noteIri(note.id),
    ...(reply.author === undefined ? {} : { creator: { type: 'Person', name: reply.author } }),
    created: reply.created,
  };
}

/**
 * Every note as a W3C Web Annotation collection (JSON-LD, one page): the form annotation tools import.
 * Targets are the stored quote (which decides) and the current place (see `toWebAnnotation`); sources are relative
 * paths. Each note is followed by its replies. The collection and its page have the IRIs the model requires, named
 * after the notes they hold (`urn:chancery:notes:<hash of their ids>`): the same notes, the same IRI.
 */
export function exportWebAnnotations(texts: readonly AnnotatedText[], label = 'Chancery notes'): string {
  const items = texts.flatMap((entry) =>
    entry.notes.flatMap((note, index) => [toWebAnnotation(entry.text, note, entry.anchors?.[index]), ...(note.replies ?? []).map((reply) => toReplyAnnotation(note, reply))]),
  );
  const id = `urn:chancery:notes:${hashOf(items.map((item) => String(item['id'])).join('\n'))}`;
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { id: `${id}/page/1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

/** A 32-bit FNV-1a hash of a string's UTF-16 code units, in hexadecimal: a short stable name, no security. */
function hashOf(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The byte order mark a CSV file written for spreadsheets starts with: Excel reads a CSV file without it in the
 * system's code page and garbles every name that is not ASCII. JSON-LD never gets one (JSON forbids it).
 */
export const CSV_FILE_BOM = '\uFEFF';

/** The CSV columns, in order. */
export const CSV_COLUMNS = ['text', 'id', 'anchor', 'start', 'end', 'passage', 'exact', 'prefix', 'suffix', 'tags', 'about', 'author', 'created', 'updated', 'body', 'replies'] as const;

/** One CSV field (RFC 4180); a leading = + - @ is defused with ' so that spreadsheets show it as text. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Every note as CSV (RFC 4180, CRLF rows, a header row), one row per note. `anchor` is the anchor state
 * and `start`/`end` the current place when the text was read (none for an ambiguous or orphaned note), else the
 * stored hint; `passage` the text at that place now, in whole words (empty without a place), beside `exact`, the quote
 * as written. `replies` holds the note's replies
 * as `author (created): body`, a blank line between them: a spreadsheet keeps one row per note.
 */
export function exportCsv(texts: readonly AnnotatedText[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const entry of texts) {
    entry.notes.forEach((note, index) => {
      const anchor = entry.anchors?.[index];
      const span = placeOf(note, anchor, entry.anchors !== undefined);
      const cells = [
        entry.text,
        note.id,
        anchor?.state ?? (entry.anchors === undefined ? 'text-missing' : ''),
        span === undefined ? '' : String(span.start),
        span === undefined ? '' : String(span.end),
        // The passage as the text holds it now, in whole words (an approximate place may cut one); `exact` is the quote
        // the note was written on: a fuzzy note's differ.
        anchor?.span === undefined ? '' : (anchor.candidates[0]?.words ?? ''),
        note.target.quote.exact,
        note.target.quote.prefix,
        note.target.quote.suffix,
        (note.tags ?? []).join('; '),
        (note.about ?? []).map((link) => `${link.kind}:${link.id}`).join('; '),
        note.author ?? '',
        note.created ?? '',
        note.updated ?? '',
        note.body ?? '',
        (note.replies ?? []).map((reply) => `${authorName(reply)} (${reply.created}): ${reply.body.trimEnd()}`).join('\n\n'),
      ];
      rows.push(cells.map(csvField).join(','));
    });
  }
  return rows.join('\r\n') + '\r\n';
}

/**
 * The message after an export: the file written, named first, then what it holds; then, if some sidecars could not be
 * read whole, those sidecar files (`<text>.notes.yaml`), whose unreadable notes are not in it.
 */
export function exportSummary(file: string, notes: number, texts: number, unreadable: readonly DocId[] = []): string {
  const wrote = `Exported ${counted(notes, 'note')} of ${counted(texts, 'text')} to ${file}.`;
  if (unreadable.length === 0) {
    return wrote;
  }
  const sidecars = unreadable.map((doc) => `${doc}.notes.yaml`).join(', ');
  return `${wrote} ${unreadable.length === 1 ? 'A sidecar has' : `${unreadable.length} sidecars have`} errors, and the notes that could not be read are not in ${file}: ${sidecars}.`;
}
