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
  /** Where the search for the next boundary resumes (the boundary pattern is shared, so its own index is not kept). */
  private searchFrom = 0;
  private done = false;

  constructor(private readonly text: string) {}

  /** Reads up to the next boundary (one sentence more, or none when it would hold only blanks); false at the end. */
  readNext(): boolean {
    if (this.done) {
      return false;
    }
    const text = this.text;
    const boundary = SENTENCE_BOUNDARY;
    boundary.lastIndex = this.searchFrom;
    let match: RegExpExecArray | null;
    while ((match = boundary.exec(text)) !== null) {
      if (match[1] === '.' && mayBeAbbreviation(text, match.index)) {
        if (ABBREVIATION.test(text.slice(Math.max(0, match.index - 6), match.index))) {
          continue;
        }
      }
      this.searchFrom = boundary.lastIndex;
      const end = match.index + (match[1] ? 1 : 0);
      if (end > this.start && hasContent(text, this.start, end)) {
        this.sentences.push({ start: this.start, end });
      }
      this.start = match.index + match[0].length;
      return true;
    }
    this.done = true;
    if (this.start < text.length && hasContent(text, this.start, text.length)) {
      this.sentences.push({ start: this.start, end: text.length });
    }
    return true;
  }
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

// A blank line may hold a carriage return: the texts are read as written, `\r\n` line breaks and all.
const SENTENCE_BOUNDARY = /([.!?;])(?=\s+["“(\p{Lu}\d*])|\r?\n[ \t\r]*\n/gu;
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
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Every white space but the space is a control character below it or a character from U+00A0 up: letters
    // and punctuation are passed at once.
    if (c > 32 && c < 0xa0) {
      continue;
    }
    if (c === 32 ? isWhiteSpace(text.charCodeAt(i + 1)) : isWhiteSpace(c)) {
      return text.replace(/\s+/g, ' ');
    }
  }
  return text;
}

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
