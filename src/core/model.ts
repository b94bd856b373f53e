/**
 * The analyst's vocabulary, shared by every core module.
 * Offsets are UTF-16 code units into the text as VS Code and JavaScript see it, end exclusive.
 */

/** A half-open range of UTF-16 offsets into one text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A workspace-relative path with forward slashes, e.g. `texts/2017-astana.txt`. */
export type DocId = string;

/** The kinds of entity the grammar and the corpus model recognise (the scope contract of README). */
export type EntityKind = 'state' | 'official' | 'role' | 'title' | 'organization' | 'place' | 'date' | 'heading';

/** A problem found in an input file, with a 0-based line and column. */
export interface Problem {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning';
}

/** Orders problems as they stand in their file: by line, then column. */
export function byPosition(a: Problem, b: Problem): number {
  return a.line - b.line || a.column - b.column;
}
