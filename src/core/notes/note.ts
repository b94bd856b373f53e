/**
 * The analyst's note as Chancery reads it from a sidecar `X.txt.notes.yaml` (format in docs/notes-format.md).
 * Offsets are UTF-16 code units into the annotated text, end exclusive, as everywhere in the core.
 */

/** The value of the sidecar's `format` field. */
export const NOTES_FORMAT = 'chancery-notes';

/** The newest format version this code reads and writes. */
export const NOTES_FORMAT_VERSION = 1;

/** The suffix that turns a text's file name into its sidecar's. */
export const SIDECAR_SUFFIX = '.notes.yaml';

/** A W3C Web Annotation TextQuoteSelector: the passage and a little context either side. */
export interface TextQuote {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** A W3C Web Annotation TextPositionSelector, used only as a hint: the quote decides. */
export interface TextPosition {
  readonly start: number;
  readonly end: number;
}

/** Where a note sits in its text. */
export interface NoteTarget {
  readonly quote: TextQuote;
  readonly position?: TextPosition;
}

/** The kinds of thing a note can be about: entities of the corpus model, or another note. */
export type AboutKind = 'person' | 'meeting' | 'document' | 'note';

/** The kinds in the order the writer emits them when it has to choose. */
export const ABOUT_KINDS: readonly AboutKind[] = ['person', 'meeting', 'document', 'note'];

/** A link from a note to a registry entity or to another note (by id). */
export interface AboutLink {
  readonly kind: AboutKind;
  readonly id: string;
}

/**
 * A reviewer's answer to a note, kept under the note in its sidecar. `created` (with `author`) names the reply: edits
 * keep it, and a merge recognises the same reply on both sides by it.
 */
export interface Reply {
  readonly author?: string;
  /** ISO 8601 timestamp. */
  readonly created: string;
  /** Markdown, kept verbatim and rendered untrusted, as a note's body. */
  readonly body: string;
}

/**
 * What stands for the author of a note or a reply written without one, wherever an author is shown as a name: the
 * comment thread, the Comments panel, the Notes view (its rows' tooltips and its group by author) and the replies of a
 * CSV export. A field that holds the author as data (the CSV `author` column, JSON-LD's `creator`) is left empty.
 */
export const NO_AUTHOR = 'No author';

/** The author of a note or a reply as a name to show: `NO_AUTHOR` when none is written. */
export function authorName(entry: { readonly author?: string }): string {
  return entry.author ?? NO_AUTHOR;
}

/** The fields of a reply in the order the writer emits them; a reply holds no other. */
export const REPLY_FIELDS = ['author', 'created', 'body'] as const;

/** One analyst note. Optional fields are absent, never empty strings, when the analyst gave none. */
export interface Note {
  readonly id: string;
  readonly target: NoteTarget;
  readonly about?: readonly AboutLink[];
  readonly tags?: readonly string[];
  readonly author?: string;
  /** ISO 8601 timestamp. */
  readonly created?: string;
  /** ISO 8601 timestamp. */
  readonly updated?: string;
  /** Markdown, kept verbatim: adapters render it untrusted (no HTML, no command links). */
  readonly body?: string;
  /** The answers to the note, in created order; absent (never empty) when there are none. */
  readonly replies?: readonly Reply[];
}

/** An ISO 8601 date, or date and time, as `created` and `updated` hold; anything else is read with a warning. */
export const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The known fields of a note in the order the writer emits them. */
export const NOTE_FIELDS = ['id', 'target', 'about', 'tags', 'author', 'created', 'updated', 'body', 'replies'] as const;

/** One of the known note fields. */
export type NoteField = (typeof NOTE_FIELDS)[number];

/** The header of a sidecar: which format, which version, which text. */
export interface SidecarHeader {
  readonly format: string;
  readonly version: number;
  /** The annotated text, relative to the sidecar's folder, with `/` separators. */
  readonly text: string;
}
