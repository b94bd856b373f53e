import type { Problem } from '../model';
import type { Note } from './note';
import type { AnchoredNote } from './notebook';
import type { Anchor } from './quoteAnchor';
import { diffQuote, formatQuoteDiff } from './quoteDiff';
import type { SidecarParse } from './sidecarParse';
import { counted } from '../counted';

/** How a note without a place in its text waits: orphaned or ambiguous, and the word diff of its quote to the nearest place. */
export function waitingState(note: Note, anchor: Anchor): { readonly state: 'orphaned' | 'ambiguous'; readonly change: string | undefined } {
  const nearest = anchor.candidates[0];
  return {
    state: anchor.state === 'ambiguous' ? 'ambiguous' : 'orphaned',
    change: nearest ? formatQuoteDiff(diffQuote(note.target.quote.exact, nearest.words)) : undefined,
  };
}

/**
 * Everything the editor says about a sidecar, placed in the sidecar: its parse problems (a YAML error, merge-conflict
 * markers...), one warning when its text is missing, else a warning at each note that has no place in the text
 * (orphaned or ambiguous), with a word diff of the nearest candidate and the way back. `chancery check` reports the
 * same sidecars; the editor keeps waiting notes at warning level because they are the analyst's queue, not a fault.
 */
export function sidecarProblems(parse: SidecarParse, anchored: readonly AnchoredNote[], options: { readonly missingText?: string } = {}): Problem[] {
  const problems: Problem[] = parse.problems.map(({ message, line, column, severity }) => ({ message, line, column, severity }));
  if (options.missingText !== undefined) {
    if (parse.notes.length > 0) {
      problems.push({ message: `The text ${options.missingText} is missing: ${orphanedNotes(parse.notes.length)} until it comes back (the sidecar is kept).`, line: 0, column: 0, severity: 'warning' });
    }
    return problems;
  }
  for (const { entry, anchor } of anchored) {
    if (anchor.span) {
      continue;
    }
    const { state, change } = waitingState(entry.note, anchor);
    const why = state === 'ambiguous' ? `it fits ${anchor.candidates.length} places equally well` : 'its passage is no longer in the text';
    problems.push({
      message: `Note ${entry.note.id} is ${state}: ${why}.${change ? ` Nearest: ${change}` : ''} Select the passage and run "Chancery: Re-attach Note Here".`,
      line: entry.line,
      column: entry.column,
      severity: 'warning',
    });
  }
  return problems;
}

/** "its note is orphaned", "its 3 notes are orphaned": the notes of a sidecar whose text is missing. */
/**
 * Whether a sidecar's problems mean some of its notes could not be read (a syntax error, a note or field that is not
 * valid, conflict markers): every error but a newer format version, whose notes are all read, only never rewritten.
 */
export function notesUnread(parse: SidecarParse): boolean {
  return parse.problems.some((problem) => problem.severity === 'error' && problem.code !== 'newer-version');
}

export function orphanedNotes(count: number): string {
  return count === 1 ? 'its note is orphaned' : `its ${counted(count, 'note')} are orphaned`;
}
