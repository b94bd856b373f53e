import { diffWords } from 'diff';

/** One run of a word diff between the stored quote and the text found now. */
export interface QuoteChange {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/**
 * How a quote changed, word by word: shown beside orphaned and ambiguous notes so that the analyst sees
 * what the text now says where the note used to sit.
 */
export function diffQuote(stored: string, found: string): QuoteChange[] {
  return diffWords(stored, found).map((change) => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value }));
}

/** A word diff on one line, in the notation of `git diff --word-diff`: `[-removed-]{+added+}`. */
export function formatQuoteDiff(changes: readonly QuoteChange[]): string {
  return changes
    .map((change) => (change.kind === 'same' ? change.text : change.kind === 'added' ? `{+${change.text}+}` : `[-${change.text}-]`))
    .join('')
    .replace(/\s+/g, ' ');
}
