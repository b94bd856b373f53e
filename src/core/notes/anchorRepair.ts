import type { AnchorText } from './anchorText';
import { prepareAnchorText } from './anchorText';
import type { Note } from './note';
import { anchorNotes, createTarget, type Anchor } from './quoteAnchor';
import { applyNoteChanges, canonicalJson, type SidecarEdit } from './sidecarEdit';
import type { SidecarParse } from './sidecarParse';

/** What "Repair Note Anchors" did. */
export interface AnchorRepair {
  readonly edit: SidecarEdit;
  /** Ids of the notes whose target was rewritten. */
  readonly repaired: readonly string[];
}

/**
 * Rewrites the targets of notes that moved or were found by fuzzy matching, so that their quote, context and
 * position describe the text as it is now. Ambiguous and orphaned notes are left exactly as they are; no other
 * field changes (not even `updated`: the analyst did not edit the note). Besides explicit edits, this is the
 * only function that produces a new sidecar text. `anchors` may be passed when already computed (same order
 * as `parse.notes`).
 */
export function repairTargets(parse: SidecarParse, text: string | AnchorText, anchors?: readonly Anchor[]): AnchorRepair {
  const anchorText = typeof text === 'string' ? prepareAnchorText(text) : text;
  const found = anchors ?? anchorNotes(anchorText, parse.notes.map((entry) => entry.note.target));
  const updated: Note[] = [];
  parse.notes.forEach((entry, index) => {
    const anchor = found[index];
    if (anchor?.span === undefined || (anchor.state === 'exact' && anchor.score >= 1)) {
      return;
    }
    const target = createTarget(anchorText, anchor.span);
    if (canonicalJson(target) !== canonicalJson(entry.note.target)) {
      updated.push({ ...entry.note, target });
    }
  });
  if (updated.length === 0) {
    return { edit: parse.writable ? { ok: true, text: parse.source } : applyNoteChanges(parse, {}), repaired: [] };
  }
  const edit = applyNoteChanges(parse, { updated });
  return { edit, repaired: edit.ok ? updated.map((note) => note.id) : [] };
}
