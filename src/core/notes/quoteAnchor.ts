import search from 'approx-string-match';
import type { Span } from '../model';
import { foldedOffset, foldForAnchoring, prepareAnchorText, realOffset, type AnchorText } from './anchorText';
import type { NoteTarget } from './note';

/**
 * How a note found its passage again.
 * - exact: the quote is where the position hint says; moved: the same quote, elsewhere;
 * - fuzzy: the quote changed a little and one place clearly wins (see `score`);
 * - ambiguous: two or more places are about as good: Chancery does not guess;
 * - orphaned: no place is good enough.
 */
export type AnchorState = 'exact' | 'moved' | 'fuzzy' | 'ambiguous' | 'orphaned';

/** A place where the quote could be, with its score in [0, 1]. */
export interface AnchorCandidate {
  /** Real offsets into the text. */
  readonly span: Span;
  readonly score: number;
  /** The text at `span`, as it is now. */
  readonly quote: string;
  /**
   * The text at `span` widened to whole words, for showing a candidate: a place found by approximate search may start
   * or end inside a word (`on trad` for `on trade`).
   */
  readonly words: string;
}

/** The result of anchoring one note. */
export interface Anchor {
  readonly state: AnchorState;
  /** Where the note now sits (exact, moved, fuzzy); undefined for ambiguous and orphaned notes. */
  readonly span: Span | undefined;
  /** Score of the chosen or best place: 1 for exact and moved. */
  readonly score: number;
  /** The best places, best first: the rivals of an ambiguous note, the nearest miss of an orphan. */
  readonly candidates: readonly AnchorCandidate[];
}

/** A fuzzy match is accepted only at or above this score... */
export const MIN_FUZZY_SCORE = 0.75;
/** ...and only when the runner-up (at another place) scores at least this much less. */
export const MIN_FUZZY_MARGIN = 0.1;
/** Places whose quote is less than half like the stored quote are not candidates at all. */
export const MIN_QUOTE_SIMILARITY = 0.5;
/** Weights of the score: the quote counts most, its context either side decides between look-alikes. */
export const SCORE_WEIGHTS = { quote: 0.6, prefix: 0.2, suffix: 0.2 } as const;
/** Context taken either side of a new note's quote, doubled until quote and context are unique in the text. */
export const CONTEXT_LENGTH = 32;
const MAX_CONTEXT_LENGTH = 256;
const MAX_EXACT_CANDIDATES = 1000;
const MAX_FUZZY_ROUNDS = 6;
/** Slack allowed around a context window, so that a few inserted characters do not ruin the context score. */
const CONTEXT_SLACK = 8;

interface FoldedTarget {
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Folded start and end of the position hint, when there is one. */
  readonly hint: Span | undefined;
}

interface Scored {
  /** Folded offsets. */
  readonly start: number;
  readonly end: number;
  readonly quoteSimilarity: number;
  readonly score: number;
}

/**
 * Edit distance of `pattern` against `window` (insertions, deletions and substitutions of one UTF-16 unit each): with
 * `freeStart`, against the best-matching end of `window`, whose start is free; without, against the whole of it.
 */
function editDistance(pattern: string, window: string, freeStart = false): number {
  const m = pattern.length;
  const n = window.length;
  let previous = new Array<number>(m + 1);
  let current = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) {
    previous[i] = i;
  }
  // Column j = characters of window consumed; a free start in window means row 0 is always 0.
  for (let j = 1; j <= n; j++) {
    current[0] = freeStart ? 0 : j;
    const wc = window.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const substitution = (previous[i - 1] ?? 0) + (pattern.charCodeAt(i - 1) === wc ? 0 : 1);
      current[i] = Math.min(substitution, (previous[i] ?? 0) + 1, (current[i - 1] ?? 0) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[m] ?? m;
}

/** Edit distance of `pattern` against the best-matching end (or start) of `window`; the other end is free. */
function anchoredDistance(pattern: string, window: string, atEnd: boolean): number {
  if (pattern.length === 0) {
    return 0;
  }
  // Align pattern to a suffix of window (atEnd) or to a prefix of window: reverse both for the prefix case.
  const reversed = (text: string): string => [...text].reverse().join('');
  return atEnd ? editDistance(pattern, window, true) : editDistance(reversed(pattern), reversed(window), true);
}

function contextSimilarity(folded: string, stored: string, start: number, end: number, before: boolean): number {
  if (stored.length === 0) {
    return 1;
  }
  // The white space between quote and context is part of neither (the stored pieces are trimmed there too).
  let from = start;
  let to = end;
  while (before && from > 0 && folded.charCodeAt(from - 1) === 0x20) {
    from--;
  }
  while (!before && to < folded.length && folded.charCodeAt(to) === 0x20) {
    to++;
  }
  const window = before
    ? folded.slice(Math.max(0, from - stored.length - CONTEXT_SLACK), from)
    : folded.slice(to, to + stored.length + CONTEXT_SLACK);
  // The window is aligned at the quote: the end of the prefix window, the start of the suffix window.
  return 1 - anchoredDistance(stored, window, before) / stored.length;
}

function scorePlace(folded: string, target: FoldedTarget, start: number, end: number, quoteSimilarity: number): Scored {
  const weights = SCORE_WEIGHTS;
  let total = weights.quote * quoteSimilarity;
  let weight = weights.quote;
  if (target.prefix.length > 0) {
    total += weights.prefix * contextSimilarity(folded, target.prefix, start, end, true);
    weight += weights.prefix;
  }
  if (target.suffix.length > 0) {
    total += weights.suffix * contextSimilarity(folded, target.suffix, start, end, false);
    weight += weights.suffix;
  }
  return { start, end, quoteSimilarity, score: total / weight };
}

/** True when the stored context sits unchanged either side of `folded[start, end)`: the cheap common case. */
function contextMatches(folded: string, target: FoldedTarget, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && folded.charCodeAt(from - 1) === 0x20) {
    from--;
  }
  while (to < folded.length && folded.charCodeAt(to) === 0x20) {
    to++;
  }
  return folded.startsWith(target.prefix, from - target.prefix.length) && from >= target.prefix.length && folded.startsWith(target.suffix, to);
}

function overlaps(a: Scored, b: Scored): boolean {
  return a.start < b.end && b.start < a.end;
}

function foldTarget(anchorText: AnchorText, target: NoteTarget): FoldedTarget {
  const position = target.position;
  let hint: Span | undefined;
  if (position !== undefined && position.start >= 0 && position.end >= position.start && position.end <= anchorText.text.length) {
    hint = { start: foldedOffset(anchorText, position.start), end: foldedOffset(anchorText, position.end) };
  }
  // White space at the quote's ends may fold into one run with the context's: compare without it.
  const exact = foldForAnchoring(target.quote.exact);
  const quote = exact.trim();
  if (hint !== undefined && quote.length > 0) {
    const lead = exact.length - exact.trimStart().length;
    hint = { start: hint.start + lead, end: hint.start + lead + quote.length };
  }
  return {
    quote,
    prefix: foldForAnchoring(target.quote.prefix).trimEnd(),
    suffix: foldForAnchoring(target.quote.suffix).trimStart(),
    hint,
  };
}

function isPerfect(place: Scored): boolean {
  return place.score >= 1 - 1e-9;
}

/** Every exact occurrence of the folded quote, scored. */
function exactPlaces(folded: string, target: FoldedTarget): Scored[] {
  const places: Scored[] = [];
  let at = folded.indexOf(target.quote);
  while (at >= 0 && places.length < MAX_EXACT_CANDIDATES) {
    places.push(scorePlace(folded, target, at, at + target.quote.length, 1));
    at = folded.indexOf(target.quote, at + 1);
  }
  return places;
}

/**
 * Approximate places of the quote in `folded[from, to)`, found round by round: the matcher reports only the
 * lowest error count, so each round masks what it found and searches again, until no remaining place could
 * come within the margin of the best one. This is what finds the edited true location behind an unedited copy.
 */
function fuzzyPlaces(folded: string, target: FoldedTarget, from: number, to: number, known: readonly Scored[]): Scored[] {
  const length = target.quote.length;
  const maxErrors = Math.floor(length * (1 - MIN_QUOTE_SIMILARITY));
  const places: Scored[] = [];
  let haystack = folded.slice(from, to);
  const mask = (start: number, end: number): void => {
    const s = Math.max(0, start - from);
    const e = Math.min(haystack.length, end - from);
    if (e > s) {
      haystack = haystack.slice(0, s) + '\u0000'.repeat(e - s) + haystack.slice(e);
    }
  };
  for (const place of known) {
    mask(place.start, place.end);
  }
  let best = known.reduce((max, place) => Math.max(max, place.score), 0);
  const otherWeight = (target.prefix ? SCORE_WEIGHTS.prefix : 0) + (target.suffix ? SCORE_WEIGHTS.suffix : 0);
  const totalWeight = SCORE_WEIGHTS.quote + otherWeight;
  for (let round = 0; round < MAX_FUZZY_ROUNDS; round++) {
    // Only places within the margin of the best so far can matter: search with no more errors than that allows.
    const needed = Math.max(MIN_FUZZY_SCORE, best) - MIN_FUZZY_MARGIN;
    const similarityNeeded = Math.max(MIN_QUOTE_SIMILARITY, (needed * totalWeight - otherWeight) / SCORE_WEIGHTS.quote);
    const budget = Math.min(maxErrors, Math.floor(length * (1 - similarityNeeded)));
    if (budget < 0) {
      break;
    }
    const matches = search(haystack, target.quote, budget);
    if (matches.length === 0) {
      break;
    }
    const errors = matches[0]?.errors ?? budget;
    const similarity = 1 - errors / length;
    // The highest score any place with this many errors could reach: stop when it cannot matter.
    const ceiling = (SCORE_WEIGHTS.quote * similarity + otherWeight) / totalWeight;
    if (ceiling < Math.max(MIN_FUZZY_SCORE, best) - MIN_FUZZY_MARGIN) {
      break;
    }
    for (const match of matches) {
      const place = scorePlace(folded, target, match.start + from, match.end + from, similarity);
      places.push(place);
      best = Math.max(best, place.score);
    }
    for (const match of matches) {
      mask(match.start + from, match.end + from);
    }
  }
  return places;
}

/** The best place per group of overlapping places, best first. */
function distinctPlaces(places: readonly Scored[]): Scored[] {
  const sorted = [...places].sort((a, b) => b.score - a.score || a.start - b.start);
  const kept: Scored[] = [];
  for (const place of sorted) {
    if (!kept.some((other) => overlaps(other, place))) {
      kept.push(place);
    }
  }
  return kept;
}

/** A letter, mark or digit: a character that continues a word. */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
/** How far a candidate is widened to reach a word's ends, at most. */
const MAX_WORD_WIDENING = 40;

function toCandidate(anchorText: AnchorText, place: Scored): AnchorCandidate {
  const { text } = anchorText;
  const span = { start: realOffset(anchorText, place.start), end: realOffset(anchorText, place.end) };
  const inWord = (at: number): boolean => WORD_CHARACTER.test(text[at - 1] ?? '') && WORD_CHARACTER.test(text[at] ?? '');
  let start = span.start;
  while (start > span.start - MAX_WORD_WIDENING && inWord(start)) {
    start--;
  }
  let end = span.end;
  while (end < span.end + MAX_WORD_WIDENING && inWord(end)) {
    end++;
  }
  return { span, score: place.score, quote: text.slice(span.start, span.end), words: text.slice(start, end) };
}

function accepted(anchorText: AnchorText, target: NoteTarget, place: Scored, rivals: readonly Scored[]): Anchor {
  const found = toCandidate(anchorText, place);
  // The search leaves out white space at the quote's ends; give it back where the text has it.
  const exact = target.quote.exact;
  const text = anchorText.text;
  let start = found.span.start;
  let end = found.span.end;
  for (let lead = exact.length - exact.trimStart().length; lead > 0 && start > 0 && /\s/.test(text[start - 1] ?? ''); lead--) {
    start--;
  }
  for (let trail = exact.trimStart().length - exact.trim().length; trail > 0 && end < text.length && /\s/.test(text[end] ?? ''); trail--) {
    end++;
  }
  const candidate = { ...found, span: { start, end }, quote: text.slice(start, end) };
  const sameQuote = place.quoteSimilarity >= 1;
  const position = target.position;
  // A note written without a position (by hand) has not moved when its quote stands once, unchanged, with its context.
  const samePlace = position === undefined ? place.score >= 1 - 1e-9 : position.start === start && position.end === end;
  const state: AnchorState = !sameQuote ? 'fuzzy' : samePlace ? 'exact' : 'moved';
  return {
    state,
    span: candidate.span,
    score: place.score,
    candidates: [candidate, ...rivals.slice(0, 2).map((rival) => toCandidate(anchorText, rival))],
  };
}

function unanchored(anchorText: AnchorText, state: 'ambiguous' | 'orphaned', places: readonly Scored[]): Anchor {
  return { state, span: undefined, score: places[0]?.score ?? 0, candidates: places.slice(0, 3).map((place) => toCandidate(anchorText, place)) };
}

/** Folded window around a folded place, wide enough to hold the quote's passage if it was edited in place. */
function windowAround(folded: string, start: number, end: number, length: number): [number, number] {
  const margin = length + CONTEXT_LENGTH * 2 + 64;
  return [Math.max(0, start - margin), Math.min(folded.length, end + margin)];
}

function anchorFolded(anchorText: AnchorText, target: NoteTarget, shift: number): Anchor {
  const folded = anchorText.folded;
  const wanted = foldTarget(anchorText, target);
  const length = wanted.quote.length;
  if (length === 0) {
    return unanchored(anchorText, 'orphaned', []);
  }

  // 1. The quote and its whole context where the hint says (or where the previous note's shift says).
  const hint = wanted.hint;
  if (hint !== undefined && target.position !== undefined) {
    // The shift is in real offsets: the folded offsets of old positions are not comparable across versions.
    const shifted = foldedOffset(anchorText, target.position.start + shift) + (hint.start - foldedOffset(anchorText, target.position.start));
    for (const at of shift === 0 || shifted === hint.start ? [hint.start] : [hint.start, shifted]) {
      if (at >= 0 && folded.startsWith(wanted.quote, at)) {
        const place = contextMatches(folded, wanted, at, at + length) ? { start: at, end: at + length, quoteSimilarity: 1, score: 1 } : scorePlace(folded, wanted, at, at + length, 1);
        if (isPerfect(place) && (at === hint.start || !rivalNearHint(folded, wanted, place))) {
          return accepted(anchorText, target, place, []);
        }
      }
    }
  }

  // 2. Every exact occurrence. One with its whole context is taken unless a near copy sits at the hint.
  const exact = distinctPlaces(exactPlaces(folded, wanted));
  const perfect = exact.filter(isPerfect);
  if (perfect.length > 1) {
    return unanchored(anchorText, 'ambiguous', perfect);
  }
  const only = perfect[0];
  if (only !== undefined) {
    const rival = rivalNearHint(folded, wanted, only);
    return rival === undefined ? accepted(anchorText, target, only, exact.slice(1)) : unanchored(anchorText, 'ambiguous', [only, rival]);
  }

  // 3. Fuzzy search of the whole text, exact occurrences with a changed context included.
  const places = distinctPlaces([...exact, ...fuzzyPlaces(folded, wanted, 0, folded.length, exact)]);
  const best = places[0];
  const runnerUp = places[1];
  // 4. The passage between the note's two unchanged contexts, if it still holds the quote: where the scores would not
  // decide, and over a copy of the quote elsewhere, whose context is not the note's (a short phrase that recurs).
  const kept = betweenContexts(folded, wanted);
  let verdict: 'orphaned' | 'ambiguous' = 'orphaned';
  if (best !== undefined && best.score >= MIN_FUZZY_SCORE && (kept === undefined || overlaps(kept, best))) {
    if ((runnerUp === undefined || best.score - runnerUp.score >= MIN_FUZZY_MARGIN) && !editedInPlace(folded, wanted, best)) {
      return accepted(anchorText, target, withinContext(folded, wanted, best), places.slice(1));
    }
    verdict = 'ambiguous';
  }
  return kept === undefined ? unanchored(anchorText, verdict, places) : accepted(anchorText, target, kept, places.filter((place) => !overlaps(place, kept)));
}

/** How much of the quote must still stand, in order, between the note's two contexts for the note to stay there. */
const MIN_QUOTE_KEPT = 0.9;
/**
 * The longest quote looked for between its contexts, or whose ends are drawn by its first and last words: each
 * comparison costs the quote's length times the passage's, on every anchoring of an edited note.
 */
const MAX_KEPT_QUOTE = 1000;

/** The length of the longest common subsequence of `a` and `b`: how many characters of `a` stand in `b` in order. */
function commonSubsequence(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const ac = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      current[j] = ac === b.charCodeAt(j - 1) ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/**
 * The one passage that stands between the note's two stored contexts, both unchanged, and still holds nearly all
 * of the quote in order: words were inserted into it, or a few characters changed. A passage grown by an inserted
 * phrase scores low against its short quote (`agreed in principle to resume the talks` against `agreed to resume
 * the talks`), yet both its neighbours and the quote's words say it is the note's. Undefined when there is none,
 * or more than one (a pasted copy with its context): then the scores' verdict stands.
 */
function betweenContexts(folded: string, target: FoldedTarget): Scored | undefined {
  if (target.prefix.length === 0 || target.suffix.length === 0 || target.quote.length > MAX_KEPT_QUOTE) {
    return undefined;
  }
  const longest = target.quote.length * 2 + CONTEXT_LENGTH;
  let found: Scored | undefined;
  let seen = 0;
  for (let at = folded.indexOf(target.prefix); at >= 0 && seen < MAX_EXACT_CANDIDATES; at = folded.indexOf(target.prefix, at + 1), seen++) {
    let start = at + target.prefix.length;
    while (folded.charCodeAt(start) === 0x20) {
      start++;
    }
    const next = folded.indexOf(target.suffix, start);
    if (next < 0) {
      break;
    }
    let end = next;
    while (end > start && folded.charCodeAt(end - 1) === 0x20) {
      end--;
    }
    if (end <= start || end - start > longest) {
      continue;
    }
    // Words added next to an unchanged quote (`The SCO Deputy Secretary-General`) are not the quote's.
    const inside = folded.indexOf(target.quote, start);
    const unchanged = inside >= 0 && inside + target.quote.length <= end;
    const common = unchanged ? target.quote.length : commonSubsequence(target.quote, folded.slice(start, end));
    if (common < target.quote.length * MIN_QUOTE_KEPT) {
      continue;
    }
    if (found !== undefined) {
      return undefined;
    }
    const [from, to] = unchanged ? [inside, inside + target.quote.length] : closestToQuote(folded, target.quote, start, end);
    found = scorePlace(folded, target, from, to, unchanged ? 1 : Math.min(common / Math.max(target.quote.length, to - from), 1 - 1e-9));
  }
  return found;
}

/**
 * An edited place's ends moved to where the note's stored context still stands unchanged, within a quote's length
 * of them. Words inserted inside the passage make the edit-distance search stop short of its ends: it prefers
 * `resume the talks on fore` (four errors) to `resume the talks on foreign trade` (eight, the inserted word),
 * while the context after it says where the passage ends. An end stays as found where its context does not
 * stand near it; a place with the quote unchanged keeps its ends (text inserted next to a quote is not the
 * quote's). Its score stays: the choice of the place is made; this only draws its bounds.
 */
function withinContext(folded: string, target: FoldedTarget, place: Scored): Scored {
  if (place.quoteSimilarity >= 1) {
    return place;
  }
  const reach = target.quote.length;
  let start = place.start;
  if (target.prefix.length > 0) {
    const at = folded.lastIndexOf(target.prefix, place.end - 1);
    let after = at + target.prefix.length;
    while (folded.charCodeAt(after) === 0x20) {
      after++;
    }
    if (at >= 0 && after >= place.start - reach && after < place.end) {
      start = after;
    }
  }
  let end = place.end;
  if (target.suffix.length > 0) {
    const at = folded.indexOf(target.suffix, start + 1);
    let before = at;
    while (before > start && folded.charCodeAt(before - 1) === 0x20) {
      before--;
    }
    if (at >= 0 && before > start && before <= place.end + reach) {
      end = before;
    }
  }
  if (end <= place.start || (start === place.start && end === place.end)) {
    return place;
  }
  const [closestStart, closestEnd] = closestToQuote(folded, target.quote, start, end);
  return { ...place, start: closestStart, end: closestEnd };
}

/** Where `word` first (or last) stands in `passage` as a whole word, or -1. */
function wordIndex(passage: string, word: string, last: boolean): number {
  const whole = (at: number): boolean => !WORD_CHARACTER.test(passage[at - 1] ?? '') && !WORD_CHARACTER.test(passage[at + word.length] ?? '');
  for (let at = last ? passage.lastIndexOf(word) : passage.indexOf(word); at >= 0; at = last ? passage.lastIndexOf(word, at - 1) : passage.indexOf(word, at + 1)) {
    if (whole(at)) {
      return at;
    }
    if (last && at === 0) {
      break;
    }
  }
  return -1;
}

/**
 * The passage `folded[start, end)` between the note's contexts, without the words added before the quote's first word
 * or after its last (`in detail the measures ... 6 March 2023, which Tokyo welcomed` for a quote from `the measures` to
 * `2023`), when leaving them out brings it closer to the quote. The contexts fix where the passage may lie; the quote's
 * own first and last words, where they still stand, where it begins and ends, when that is closer to the quote: a
 * first word that was itself edited (`these talks on the border` for `the talks on the border`) and is found later
 * in the passage (`the border`) leaves it much further from the quote, and the passage keeps its start.
 */
function closestToQuote(folded: string, quote: string, start: number, end: number): [number, number] {
  if (quote.length > MAX_KEPT_QUOTE) {
    return [start, end];
  }
  const passage = folded.slice(start, end);
  const firstWord = quote.slice(0, quote.indexOf(' ') < 0 ? quote.length : quote.indexOf(' '));
  const lastWord = quote.slice(quote.lastIndexOf(' ') + 1);
  const first = wordIndex(passage, firstWord, false);
  const found = wordIndex(passage, lastWord, true);
  const last = found < 0 ? passage.length : found + lastWord.length;
  if (first <= 0 && last >= passage.length) {
    // Nothing to leave out: no comparison.
    return [start, end];
  }
  let best: [number, number] = [start, end];
  let fewest = Number.POSITIVE_INFINITY;
  for (const from of first > 0 ? [0, first] : [0]) {
    for (const to of last < passage.length ? [passage.length, last] : [passage.length]) {
      const errors = to > from ? editDistance(quote, passage.slice(from, to)) : Number.POSITIVE_INFINITY;
      if (errors < fewest) {
        fewest = errors;
        best = [start + from, start + to];
      }
    }
  }
  return best;
}

/** How much of the stored context must still be at the hint to say the passage was rewritten there. */
const CONTEXT_AT_HINT = 0.8;

/**
 * True when `place` is away from the hint while the note's own context is still at the hint: the passage
 * was rewritten where it stood, and a look-alike elsewhere (a recurring phrase) is not to be trusted.
 */
function editedInPlace(folded: string, target: FoldedTarget, place: Scored): boolean {
  const hint = target.hint;
  const length = target.quote.length;
  if (hint === undefined || (place.start < hint.end && hint.start < place.end) || length === 0) {
    return false;
  }
  return contextAtHint(folded, target, hint);
}

/**
 * True when the note's stored context still stands at the position hint on both sides of a passage of about
 * the quote's length (or on the one side a note at the text's edge has): the passage was rewritten there.
 * Text inserted between the context and a passage that moved away leaves only one side: not this.
 */
function contextAtHint(folded: string, target: FoldedTarget, hint: Span): boolean {
  const length = target.quote.length;
  const prefixHere = target.prefix.length === 0 || contextSimilarity(folded, target.prefix, hint.start, hint.start, true) >= CONTEXT_AT_HINT;
  if (!prefixHere) {
    return false;
  }
  if (target.suffix.length === 0) {
    return target.prefix.length > 0;
  }
  const head = target.suffix.slice(0, 12);
  const at = folded.indexOf(head, hint.start);
  return at >= 0 && at <= hint.end + Math.ceil(length / 2) + 16;
}

/**
 * A place near the position hint, other than `chosen`, that scores within the margin of it: the sign that
 * the true passage was edited in place while a copy of it (with the same context) sits elsewhere.
 */
function rivalNearHint(folded: string, target: FoldedTarget, chosen: Scored): Scored | undefined {
  const hint = target.hint;
  if (hint === undefined || (chosen.start <= hint.end && hint.start <= chosen.end) || !contextAtHint(folded, target, hint)) {
    // Without its context at the hint, no passage there can be the note's edited in place: skip the search.
    return undefined;
  }
  const [from, to] = windowAround(folded, hint.start, hint.end, target.quote.length);
  const rivals = fuzzyPlaces(folded, target, from, to, [chosen]).filter((place) => !overlaps(place, chosen));
  const best = distinctPlaces(rivals)[0];
  return best !== undefined && best.score >= MIN_FUZZY_SCORE && chosen.score - best.score < MIN_FUZZY_MARGIN ? best : undefined;
}

/**
 * Finds a note's passage in the current text: exact quote with context at the hint, then anywhere, then
 * fuzzy with a minimum score and a margin over the runner-up, then the one passage between its unchanged
 * contexts that still holds the quote. Never throws; never guesses between look-alikes.
 * Pass a prepared text (`prepareAnchorText`) when anchoring many notes on one text.
 */
export function anchorNote(text: string | AnchorText, target: NoteTarget): Anchor {
  const anchorText = typeof text === 'string' ? prepareAnchorText(text) : text;
  return anchorFolded(anchorText, target, 0);
}

/**
 * Anchors every note of one text, in the order given. Notes that moved together (text inserted above them)
 * are found at the shift of the note before, so anchoring a long text after an edit stays linear.
 */
export function anchorNotes(text: string | AnchorText, targets: readonly NoteTarget[]): Anchor[] {
  const anchorText = typeof text === 'string' ? prepareAnchorText(text) : text;
  let shift = 0;
  return targets.map((target) => {
    const anchor = anchorFolded(anchorText, target, shift);
    if (anchor.span !== undefined && target.position !== undefined && anchor.state !== 'fuzzy') {
      shift = anchor.span.start - target.position.start;
    }
    return anchor;
  });
}

/**
 * Builds the target of a new note on `span` of `text`: the exact quote, and context either side long enough
 * (32 characters, doubled up to 256) that quote and context occur only once in the text.
 */
export function createTarget(text: string | AnchorText, span: Span): NoteTarget {
  const anchorText = typeof text === 'string' ? prepareAnchorText(text) : text;
  const real = anchorText.text;
  const start = Math.max(0, Math.min(span.start, real.length));
  const end = Math.max(start, Math.min(span.end, real.length));
  const exact = real.slice(start, end);
  let context = CONTEXT_LENGTH;
  for (;;) {
    const prefix = sliceWhole(real, Math.max(0, start - context), start);
    const suffix = sliceWhole(real, end, Math.min(real.length, end + context));
    const needle = foldForAnchoring(prefix + exact + suffix);
    const first = anchorText.folded.indexOf(needle);
    const unique = first < 0 || anchorText.folded.indexOf(needle, first + 1) < 0;
    if (unique || context >= MAX_CONTEXT_LENGTH || (start - context <= 0 && end + context >= real.length)) {
      return { quote: { exact, prefix, suffix }, position: { start, end } };
    }
    context *= 2;
  }
}

/** A slice that does not cut a surrogate pair in half at either end. */
function sliceWhole(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  if (s > 0 && s < text.length && isLowSurrogate(text.charCodeAt(s))) {
    s++;
  }
  if (e > 0 && e < text.length && isLowSurrogate(text.charCodeAt(e))) {
    e--;
  }
  return text.slice(s, Math.max(s, e));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
