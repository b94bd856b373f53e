import type { DocId, Span } from '../model';
import { prepareAnchorText, type AnchorText } from './anchorText';
import { SIDECAR_SUFFIX, type AboutLink, type Note } from './note';
import { createNoteId } from './noteId';
import { anchorNotes, createTarget, type Anchor } from './quoteAnchor';
import type { NoteEntry, SidecarParse } from './sidecarParse';

/** A note of a sidecar with where it sits in the text now. */
export interface AnchoredNote {
  readonly entry: NoteEntry;
  readonly anchor: Anchor;
}

/** The sidecar path of a text: `texts/a.txt` gives `texts/a.txt.notes.yaml`. */
export function sidecarPathOf(textPath: DocId): DocId {
  return textPath + SIDECAR_SUFFIX;
}

/** The text path of a sidecar, or undefined when the name is not a sidecar's. */
export function textPathOf(sidecarPath: DocId): DocId | undefined {
  return sidecarPath.endsWith(SIDECAR_SUFFIX) && sidecarPath.length > SIDECAR_SUFFIX.length ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}

/**
 * Anchors every note of a sidecar on its text. A missing text (deleted, not yet pulled) makes every note
 * orphaned; the notes themselves are untouched. Reads only: nothing is written.
 */
export function anchorSidecar(parse: SidecarParse, text: string | AnchorText | undefined): AnchoredNote[] {
  if (text === undefined) {
    return parse.notes.map((entry) => ({ entry, anchor: { state: 'orphaned', span: undefined, score: 0, candidates: [] } }));
  }
  const anchorText = typeof text === 'string' ? prepareAnchorText(text) : text;
  const anchors = anchorNotes(anchorText, parse.notes.map((entry) => entry.note.target));
  return parse.notes.map((entry, index) => ({ entry, anchor: anchors[index] as Anchor }));
}

/** What the analyst gives when adding a note on a selection. */
export interface NewNote {
  readonly span: Span;
  readonly body?: string;
  readonly tags?: readonly string[];
  readonly about?: readonly AboutLink[];
  readonly author?: string;
  /** Ids already in the sidecar, never handed out again. */
  readonly taken?: ReadonlySet<string>;
  /** Timestamp for `created` and `updated`; the caller's clock (ISO 8601). */
  readonly now: string;
}

/** A new note on `span` of `text`, with a fresh id and a target whose context makes it unique. */
export function createNote(text: string | AnchorText, request: NewNote): Note {
  return {
    id: createNoteId(request.taken),
    target: createTarget(text, request.span),
    ...(request.about?.length ? { about: request.about } : {}),
    ...(request.tags?.length ? { tags: request.tags } : {}),
    ...(request.author ? { author: request.author } : {}),
    created: request.now,
    updated: request.now,
    ...(request.body === undefined ? {} : { body: request.body }),
  };
}

/** The note attached to a new place (the "Re-attach Note Here" action): same id and body, a new target. */
export function reattachNote(note: Note, text: string | AnchorText, span: Span, now: string): Note {
  return { ...note, target: createTarget(text, span), updated: now };
}
