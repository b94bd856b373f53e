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
  const sentences: Range[] = [];
  let start = 0;
  const boundary = /([.!?;])(?=\s+["“(\p{Lu}\d*])|\n[ \t]*\n/gu;
  for (const match of text.matchAll(boundary)) {
    if (match[1] === '.') {
      const before = text.slice(Math.max(0, match.index - 6), match.index);
      if (/(?:^|[\s(])(?:\p{Lu}\p{Ll}?|Mr|Mrs|Ms|Dr|St|No|art|Art|para|vs|etc|e\.g|i\.e)$/u.test(before)) {
        continue;
      }
    }
    const end = match.index + (match[1] ? 1 : 0);
    if (end > start) {
      sentences.push({ start, end });
    }
    start = match.index + match[0].length;
  }
  if (start < text.length) {
    sentences.push({ start, end: text.length });
  }
  return sentences.filter((s) => text.slice(s.start, s.end).trim() !== '');
}

/** Splits a text into paragraphs at blank lines. */
export function findParagraphs(text: string): Range[] {
  const paragraphs: Range[] = [];
  let start = 0;
  for (const match of text.matchAll(/\n[ \t]*\n/g)) {
    if (text.slice(start, match.index).trim() !== '') {
      paragraphs.push({ start, end: match.index });
    }
    start = match.index + match[0].length;
  }
  if (text.slice(start).trim() !== '') {
    paragraphs.push({ start, end: text.length });
  }
  return paragraphs;
}

/** The range among `ranges` (sorted) that contains `offset`, by binary search. */
export function rangeAt<T extends Range>(ranges: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid];
    if (!range) {
      return undefined;
    }
    if (offset < range.start) {
      high = mid - 1;
    } else if (offset >= range.end) {
      low = mid + 1;
    } else {
      return range;
    }
  }
  return undefined;
}
