import { HONORIFICS } from '../lexicon/lexicon.generated';
import { isWhiteSpace } from '../whiteSpace';

/** A half-open range of the text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits a text into sentences. A full stop after a lone capital (`S. Lavrov`) or a common abbreviation
 * does not end a sentence; a blank line always does, as do `;` and `:` at the end of a clause list.
 */
export function findSentences(text: string): Range[] {
  const reader = new SentenceReader(text);
  while (reader.readNext()) {
    // Read to the end.
  }
  return reader.sentences;
}

/**
 * The sentence that contains `offset`, or undefined (blanks between sentences): the text's sentences
 * (`findSentences`), read only as far as the furthest offset asked, in any order. Most of a text's meeting nouns
 * are in its opening, so the rest is seldom read.
 */
export type SentenceAt = (offset: number) => Range | undefined;

/** A `SentenceAt` for one text; the ranges it returns are the very objects of one reading, so they can key a map. */
export function sentencesOf(text: string): SentenceAt {
  const reader = new SentenceReader(text);
  return (offset) => {
    // The sentences are read in order: once one ends after the offset, every sentence holding it has been read.
    while ((reader.sentences[reader.sentences.length - 1]?.end ?? 0) <= offset && reader.readNext()) {
      // Read on.
    }
    return rangeAt(reader.sentences, offset);
  };
}

/** Reads a text's sentences one boundary at a time, where `findSentences` and `sentencesOf` read them. */
class SentenceReader {
  readonly sentences: Range[] = [];
  /** Where the current sentence starts. */
  private start = 0;
  /** Where the search for the next boundary resumes. */
  private searchFrom = 0;
  private done = false;
  /**
   * For each of `SENTENCE_MARKS`, where it next ends a sentence at or after the last search (-1: nowhere; -2, or
   * anything before the search: not yet looked for), and the same for the next line break.
   */
  private readonly nextMark = [-2, -2, -2, -2];
  private nextLineBreak = -2;
  /** The length of the boundary `nextBoundary` found last. */
  private boundaryLength = 0;

  constructor(private readonly text: string) {}

  /** Reads up to the next boundary (one sentence more, or none when it would hold only blanks); false at the end. */
  readNext(): boolean {
    if (this.done) {
      return false;
    }
    const text = this.text;
    for (let at = this.nextBoundary(this.searchFrom); at >= 0; at = this.nextBoundary(at + 1)) {
      const mark = this.boundaryLength === 1;
      if (mark && text.charCodeAt(at) === 46 && mayBeAbbreviation(text, at)) {
        if (ABBREVIATION.test(text.slice(Math.max(0, at - 6), at))) {
          continue;
        }
      }
      this.searchFrom = at + this.boundaryLength;
      const end = at + (mark ? 1 : 0);
      if (end > this.start && hasContent(text, this.start, end)) {
        this.sentences.push({ start: this.start, end });
      }
      this.start = at + this.boundaryLength;
      return true;
    }
    this.done = true;
    if (this.start < text.length && hasContent(text, this.start, text.length)) {
      this.sentences.push({ start: this.start, end: text.length });
    }
    return true;
  }

  /**
   * Where the first boundary at or after `from` starts, or -1; its length is left in `boundaryLength`. It is what
   * `/([.!?;])(?=\s+["“(\p{Lu}\d*])|\r?\n[ \t\r]*\n/gu` finds from `from`: a mark before blanks and what opens a
   * sentence (one character long), or a blank line. That pattern was tried at every character of the text; this
   * looks for the few characters a boundary starts with by `indexOf`, each from where it was last found.
   */
  private nextBoundary(from: number): number {
    const text = this.text;
    let found = -1;
    for (let k = 0; k < SENTENCE_MARKS.length; k++) {
      let at = this.nextMark[k] ?? -2;
      if (at < from && at !== -1) {
        at = text.indexOf(SENTENCE_MARKS[k] ?? '', from);
      }
      // Only marks before the first boundary found so far need reading.
      while (at >= 0 && (found < 0 || at < found) && !opensSentenceAfter(text, at + 1)) {
        at = text.indexOf(SENTENCE_MARKS[k] ?? '', at + 1);
      }
      this.nextMark[k] = at;
      if (at >= 0 && (found < 0 || at < found)) {
        found = at;
      }
    }
    this.boundaryLength = 1;
    let lineBreak = this.nextLineBreak;
    if (lineBreak < from && lineBreak !== -1) {
      lineBreak = text.indexOf('\n', from);
    }
    // A blank line starts at its first line break, or at the carriage return before it; it is the boundary when it
    // starts before the mark found.
    for (; lineBreak >= 0 && (found < 0 || lineBreak - 1 < found); lineBreak = text.indexOf('\n', lineBreak + 1)) {
      let after = lineBreak + 1;
      while (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9 || text.charCodeAt(after) === 13) {
        after++;
      }
      if (text.charCodeAt(after) === 10) {
        const start = lineBreak > from && text.charCodeAt(lineBreak - 1) === 13 ? lineBreak - 1 : lineBreak;
        if (found < 0 || start < found) {
          found = start;
          this.boundaryLength = after + 1 - start;
        }
        break;
      }
    }
    this.nextLineBreak = lineBreak;
    return found;
  }
}

// The marks that may end a sentence.
const SENTENCE_MARKS = ['.', '!', '?', ';'];
const UPPER_CASE = /\p{Lu}/u;

/**
 * Whether a mark just before `at` ends a sentence: blanks follow it, then a capital, a digit, an opening quote or
 * bracket, or an asterisk (Markdown emphasis).
 */
function opensSentenceAfter(text: string, at: number): boolean {
  if (!isWhiteSpace(text.charCodeAt(at))) {
    return false;
  }
  do {
    at++;
  } while (isWhiteSpace(text.charCodeAt(at)));
  const c = text.charCodeAt(at);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 40 || c === 42 || c === 0x201c) {
    return true;
  }
  return c > 127 && UPPER_CASE.test(String.fromCodePoint(text.codePointAt(at) ?? 0));
}

/**
 * Whether the word before the full stop at `dot` is short enough to be one of ABBREVIATION's (four letters at most,
 * after a blank or a bracket): most sentences end on a longer word, and are not tested.
 */
function mayBeAbbreviation(text: string, dot: number): boolean {
  if (dot < 6) {
    return true;
  }
  for (let i = dot - 5; i <= dot - 2; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || isWhiteSpace(c)) {
      return true;
    }
  }
  return false;
}

// A lone capital (`S. Lavrov`), initials (`S.V. Lavrov`, `H.E. Joko Widodo`), an abbreviated honorific of the lexicon
// (`Mr.`, `Prof.`) or another common abbreviation just before a full stop.
const ABBREVIATION = new RegExp(
  String.raw`(?:^|[\s(])(?:(?:\p{Lu}\.)*\p{Lu}\p{Ll}?|${HONORIFICS.filter((honorific) => /^\p{Lu}\p{Ll}+\.$/u.test(honorific)).map((honorific) => honorific.slice(0, -1)).join('|')}|St|No|art|Art|para|vs|etc|e\.g|i\.e)$`,
  'u',
);

/**
 * The text with each run of white space written as one space, as `text.replace(/\s+/g, ' ')` gives it, but without
 * the replacement when there is nothing to replace: most names and roles are written with single spaces.
 */
export function collapseBlanks(text: string): string {
  // One test of the whole string rather than a loop over its codes: the strings are mostly cut from a text
  // (`text.slice`), and reading such a view code by code costs two to three times what the pattern does.
  return NOT_ONE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

// White space that is not a single space: any but the space, or a space before more.
const NOT_ONE_SPACE = /[^\S ]| \s/;

/** Whether the range holds anything but white space, without copying it. */
function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Space, tab, line feed, carriage return, and the rarer white space `trim` also removes.
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && !(c > 127 && /\s/.test(text.charAt(i)))) {
      return true;
    }
  }
  return false;
}

/** Splits a text into paragraphs at blank lines, with `\n` or `\r\n` line breaks; a paragraph ends before its line break. */
export function findParagraphs(text: string): Range[] {
  const paragraphs: Range[] = [];
  let start = 0;
  // What `/\r?\n[ \t\r]*\n/g` finds, by `indexOf` from line break to line break: the texts are mostly prose, and this
  // is one of the scans every text gets.
  for (let at = text.indexOf('\n'); at >= 0; ) {
    let after = at + 1;
    while (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9 || text.charCodeAt(after) === 13) {
      after++;
    }
    if (text.charCodeAt(after) !== 10) {
      at = text.indexOf('\n', at + 1);
      continue;
    }
    const end = text.charCodeAt(at - 1) === 13 ? at - 1 : at;
    if (hasContent(text, start, end)) {
      paragraphs.push({ start, end });
    }
    start = after + 1;
    at = text.indexOf('\n', start);
  }
  if (hasContent(text, start, text.length)) {
    paragraphs.push({ start, end: text.length });
  }
  return paragraphs;
}

/** The range among `ranges` (sorted) that contains `offset`, by binary search. */
export function rangeAt<T extends Range>(ranges: readonly T[], offset: number): T | undefined {
  const index = rangeIndex(ranges, offset);
  return index < 0 ? undefined : ranges[index];
}

/** The index of the first of `ranges` (sorted by start) that starts at or after `offset` (their length if none), by binary search. */
export function firstStartingAt(ranges: readonly { readonly start: number }[], offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ranges[mid]?.start ?? 0) < offset) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}

/** The index of the range among `ranges` (sorted) that contains `offset`, or -1, by binary search. */
export function rangeIndex(ranges: readonly Range[], offset: number): number {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid];
    if (!range) {
      return -1;
    }
    if (offset < range.start) {
      high = mid - 1;
    } else if (offset >= range.end) {
      low = mid + 1;
    } else {
      return mid;
    }
  }
  return -1;
}
