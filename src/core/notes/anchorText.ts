import { isWhiteSpace } from '../whiteSpace';

/**
 * The text as anchoring compares it: NFC, every run of white space (line breaks, CRLF, tabs, trailing
 * spaces, re-wrapping) folded to one space; with a map from each folded offset back to the real text.
 * Anchors therefore survive a file saved on another platform, a re-wrapped paragraph and NFD input.
 */
export interface AnchorText {
  /** The real text, as the editor and the position hints see it. */
  readonly text: string;
  /** The folded text that quotes are searched in. */
  readonly folded: string;
  /** Real offset of each folded offset (length `folded.length + 1`); undefined when both are the same. */
  readonly toReal: Int32Array | undefined;
}

/** Combining marks attach to the character before them; NFC composes only inside such clusters. */
const MARK = /\p{M}/u;

/**
 * Folds a text for anchoring and keeps the offset map. Linear in the text; call it once per text version
 * and pass the result to `anchorNote` for every note of that text.
 */
export function prepareAnchorText(text: string): AnchorText {
  const stable = text.normalize('NFC') === text;
  if (stable && !/\s\s/u.test(text)) {
    // Fast path: no runs to fold, so every offset maps to itself.
    return { text, folded: text.replace(/\s/gu, ' '), toReal: undefined };
  }
  if (stable) {
    return foldSpaces(text);
  }
  const toReal = new Int32Array(text.length + 1);
  const parts: string[] = [];
  let out = 0;
  let runStart = 0;
  let i = 0;
  const flush = (end: number): void => {
    if (end > runStart) {
      parts.push(text.slice(runStart, end));
      for (let k = runStart; k < end; k++) {
        toReal[out++] = k;
      }
    }
  };
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) {
      if (code === 0x20 && !(i + 1 < text.length && isWhiteSpace(text.charCodeAt(i + 1)))) {
        i++;
        continue;
      }
      flush(i);
      const start = i;
      while (i < text.length && isWhiteSpace(text.charCodeAt(i))) {
        i++;
      }
      parts.push(' ');
      toReal[out++] = start;
      runStart = i;
      continue;
    }
    if (!stable && code >= 0x80) {
      // A cluster: this character (and its low surrogate) plus the combining marks after it.
      let end = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1);
      while (end < text.length) {
        const next = text.codePointAt(end) ?? 0;
        if (!MARK.test(String.fromCodePoint(next))) {
          break;
        }
        end += next > 0xffff ? 2 : 1;
      }
      // A mark after an ASCII base (e + U+0301): take the base into the cluster.
      let start = i;
      if (MARK.test(String.fromCodePoint(text.codePointAt(i) ?? 0)) && i > runStart && text.charCodeAt(i - 1) < 0x80 && !isWhiteSpace(text.charCodeAt(i - 1))) {
        start = i - 1;
      }
      const cluster = text.slice(start, end);
      const nfc = cluster.normalize('NFC');
      if (nfc !== cluster) {
        flush(start);
        parts.push(nfc);
        for (let k = 0; k < nfc.length; k++) {
          toReal[out++] = k < cluster.length && nfc.length === cluster.length ? start + k : start;
        }
        runStart = end;
      }
      i = end;
      continue;
    }
    i++;
  }
  flush(text.length);
  toReal[out] = text.length;
  const folded = parts.join('');
  return { text, folded, toReal: toReal.subarray(0, folded.length + 1) };
}

/** The common case, a text already in NFC: only white space runs to fold, found by a regular expression. */
function foldSpaces(text: string): AnchorText {
  const toReal = new Int32Array(text.length + 1);
  const parts: string[] = [];
  let out = 0;
  let last = 0;
  // Any white space other than a lone space: a run to fold into one space.
  const runs = /(?: \s|[^\S ])\s*/g;
  for (let match = runs.exec(text); match !== null; match = runs.exec(text)) {
    parts.push(text.slice(last, match.index), ' ');
    for (let k = last; k < match.index; k++) {
      toReal[out++] = k;
    }
    toReal[out++] = match.index;
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  for (let k = last; k < text.length; k++) {
    toReal[out++] = k;
  }
  toReal[out] = text.length;
  const folded = parts.join('');
  return { text, folded, toReal: toReal.subarray(0, folded.length + 1) };
}

/** Folds a short string (a quote, prefix or suffix) the same way as `prepareAnchorText`. */
export function foldForAnchoring(value: string): string {
  if (/^[\x21-\x7e]*(?: [\x21-\x7e]+)*$/.test(value)) {
    return value;
  }
  return value.normalize('NFC').replace(/\s+/gu, ' ');
}

/** Real offset of a folded offset. */
export function realOffset(anchorText: AnchorText, folded: number): number {
  return anchorText.toReal === undefined ? folded : (anchorText.toReal[folded] ?? anchorText.text.length);
}

/** Folded offset of a real offset (the first folded offset at or after it). */
export function foldedOffset(anchorText: AnchorText, real: number): number {
  const map = anchorText.toReal;
  if (map === undefined) {
    return Math.max(0, Math.min(real, anchorText.folded.length));
  }
  let low = 0;
  let high = map.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((map[mid] ?? 0) < real) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}
