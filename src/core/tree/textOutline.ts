import type { DocumentHeading } from '../recognize/documentTitles';
import type { Range } from '../recognize/textStructure';

/**
 * What a row of a text's outline is: its heading, a division (`Part I`, `Chapter 2`, `II. Economic Cooperation`), an
 * article, a numbered paragraph, the signatures (`Done at ...` and the signatories under it), an annex.
 */
export type OutlineKind = 'heading' | 'part' | 'chapter' | 'section' | 'article' | 'paragraph' | 'signatures' | 'annex';

/** A row of a text's outline, as the Outline view, the breadcrumbs and sticky scroll show it. */
export interface OutlineNode {
  readonly kind: OutlineKind;
  /**
   * As the text writes it: `Article 5`, `Article 1 — Purposes` (a title on its line or the next), `II. Economic
   * Cooperation`, `3. The parties agreed…` (a paragraph's first words; a long heading's too).
   */
  readonly name: string;
  /** A heading's subtitle; the place and date the signatures give (`Done at Busan on 14 November 2023`). */
  readonly detail?: string;
  /** From the row's first line to the next row of its level or above (or its parent's end), blanks at its end left out. */
  readonly range: Range;
  /** The row's own line (and its title's, written on the next line); a paragraph's number. */
  readonly selection: Range;
  readonly children: readonly OutlineNode[];
}

// The signatures and the annexes stand beside the parts: each ends the article (or part) before it.
const LEVELS: Record<Exclude<OutlineKind, 'heading'>, number> = { signatures: 0, annex: 0, part: 0, chapter: 1, section: 2, article: 3, paragraph: 4 };

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']
  .flatMap((w) => [w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])
  .join('|');
/** `Article 5`, `ARTICLE V`, `Chapter II. General Provisions`, `Part One — Principles`, `Section 3: Trade`: a line of its own. */
const DIVISION = new RegExp(`^(Part|PART|Chapter|CHAPTER|Section|SECTION|Article|ARTICLE)\\s+(\\d{1,3}|[IVXLC]{1,7}|${NUMBER_WORDS})\\b\\.?(?:\\s*[-–—:.]\\s*|\\s+)?(.*)$`);
/** `Annex`, `ANNEX II`, `Annex A: Waters Covered`, `Appendix 1`: a line of its own. */
const ANNEX = /^(Annex|ANNEX|Appendix|APPENDIX)(?:\s+(\d{1,3}|[IVXLC]{1,7}|[A-Z]))?\b\.?(?:\s*[-–—:.]\s*|\s+)?(.*)$/;
/** The final clause that opens the signatures: `Done at Busan on 14 November 2023, in duplicate, ...`. */
const DONE_AT = /^Done\s+(?:at|in)\s+\p{Lu}/u;
/** The testimonium before it: `IN WITNESS WHEREOF the undersigned, being duly authorised, ...`. */
const IN_WITNESS = /^(?:IN WITNESS WHEREOF|In witness whereof)\b/;
/** How many lines a testimonium may stand above its `Done at`. */
const WITNESS_REACH = 4;
/** `II. Economic Cooperation`: a section numbered in Roman figures, with a title and no sentence's end. */
const ROMAN_SECTION = /^([IVXLC]{1,7})\.\s+([A-Z].{0,99})$/;
/** `II.` alone on its line, a title on the next or none. */
const ROMAN_ALONE = /^([IVXLC]{1,7})\.$/;
/** `3. The parties...`, `12) ...`: a numbered paragraph (its number and mark are its selection). */
const NUMBERED = /^(\d{1,3})[.)]\s+\S/;
/** A line that reads as a title: a capital first, no sentence's or clause's end after. */
const TITLE = /^[A-Z“"'(][^]{0,79}$/;
const CLAUSE_END = /[.;:,]$/;
const PARAGRAPH_NAME = 48;
/** A long title would push the breadcrumbs' article out of sight. */
const HEADING_NAME = 64;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Candidate {
  readonly kind: Exclude<OutlineKind, 'heading'>;
  readonly name: string;
  readonly line: number;
  readonly selectionEnd: number;
  /** For a Roman section: its figure, accepted only in a run from `I.`. */
  readonly roman?: number;
  readonly detail?: string;
}

/**
 * The outline of a text: its heading (spanning the whole text), and under it the divisions the text writes on lines of
 * their own, nested by level: parts, chapters, sections (also `II. Title`), articles, numbered paragraphs. A text
 * without a heading has its divisions at the top; a press release without divisions has its heading alone.
 */
export function textOutline(text: string, found?: DocumentHeading): OutlineNode[] {
  // An excerpt that opens on `Article 1` has that for a heading, and is better read as the article it is.
  const heading = found && !DIVISION.test(found.text) ? found : undefined;
  const lines = linesOf(text);
  const from = heading ? lines.findIndex((l) => l.start >= heading.end) : 0;
  const candidates = romanRuns(divisionsOf(lines, from < 0 ? lines.length : from));
  const textEnd = trimmedEnd(text, 0, text.length);
  const divisions = nest(candidates, lines, text, 0, candidates.length, textEnd);
  if (!heading) {
    return divisions;
  }
  return [{ kind: 'heading', name: firstWords(heading.text, HEADING_NAME), detail: heading.subtitle, range: { start: heading.start, end: Math.max(textEnd, heading.end) }, selection: { start: heading.start, end: heading.end }, children: divisions }];
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    const raw = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    const indent = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({ start: start + indent, end: start + indent + trimmed.length, text: trimmed });
    if (next < 0) {
      break;
    }
    start = next + 1;
  }
  return lines;
}

function divisionsOf(lines: readonly Line[], from: number): Candidate[] {
  const found: Candidate[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.length === 0) {
      continue;
    }
    const division = DIVISION.exec(line.text);
    // `Article 5 of the Charter applies`: a sentence that begins with one, not a division.
    if (division && titleOrNone(division[3]!)) {
      found.push(titled(division[1]!.toLowerCase() as Candidate['kind'], `${capitalised(division[1]!)} ${division[2]!}`, division[3]!, lines, i));
      continue;
    }
    const annex = ANNEX.exec(line.text);
    if (annex && titleOrNone(annex[3]!)) {
      found.push(titled('annex', annex[2] ? `${capitalised(annex[1]!)} ${annex[2]}` : capitalised(annex[1]!), annex[3]!, lines, i));
      continue;
    }
    if (IN_WITNESS.test(line.text) || DONE_AT.test(line.text)) {
      // One row from the testimonium, named by the `Done at` on its line or up to four lines under it.
      const offset = lines.slice(i, i + 1 + WITNESS_REACH).findIndex((l) => DONE_AT.test(l.text));
      found.push({ kind: 'signatures', name: 'Signatures', line: i, selectionEnd: line.end, detail: offset < 0 ? undefined : doneClause(lines[i + offset]!.text) });
      i += Math.max(0, offset);
      continue;
    }
    const roman = ROMAN_SECTION.exec(line.text);
    const value = roman && !CLAUSE_END.test(line.text) ? romanValue(roman[1]!) : 0;
    if (value > 0) {
      found.push({ kind: 'section', name: line.text, line: i, selectionEnd: line.end, roman: value });
      continue;
    }
    const alone = ROMAN_ALONE.exec(line.text);
    const aloneValue = alone ? romanValue(alone[1]!) : 0;
    if (aloneValue > 0) {
      // Named as the same section written on one line would be (`II. Economic Cooperation`).
      const below = titleBelow(lines, i);
      found.push({ kind: 'section', name: below ? `${line.text} ${below.text}` : line.text, line: i, selectionEnd: below?.end ?? line.end, roman: aloneValue });
      continue;
    }
    const numbered = NUMBERED.exec(line.text);
    if (numbered) {
      found.push({ kind: 'paragraph', name: firstWords(line.text), line: i, selectionEnd: line.start + numbered[1]!.length + 1 });
    }
  }
  return found;
}

/**
 * Keeps the Roman sections that stand in a run `I.`, `II.`, ...: a signature's initial (`I. Karimov`, `V. Putin`)
 * reads as one, but not as the first of a run.
 */
function romanRuns(candidates: readonly Candidate[]): Candidate[] {
  const kept = new Set<Candidate>();
  let run: Candidate[] = [];
  const close = (): void => {
    if (run.length >= 2) {
      run.forEach((c) => kept.add(c));
    }
    run = [];
  };
  for (const candidate of candidates) {
    if (candidate.roman === undefined) {
      continue;
    }
    if (candidate.roman === run.length + 1) {
      run.push(candidate);
    } else {
      close();
      if (candidate.roman === 1) {
        run.push(candidate);
      }
    }
  }
  close();
  return candidates.filter((c) => c.roman === undefined || kept.has(c));
}

/** True when what follows a division's label on its line is nothing or a title, not the rest of a sentence. */
function titleOrNone(rest: string): boolean {
  return rest === '' || (TITLE.test(rest) && !CLAUSE_END.test(rest));
}

/**
 * A division's row: its label, and its title from its line or the line below in the name, so that Go to Symbol in
 * Editor finds an article by it (`Entry into Force`).
 */
function titled(kind: Candidate['kind'], label: string, rest: string, lines: readonly Line[], at: number): Candidate {
  const sameLine = rest.trim();
  const next = sameLine ? undefined : titleBelow(lines, at);
  const title = sameLine || next?.text;
  return { kind, name: title ? `${label} — ${title}` : label, line: at, selectionEnd: next?.end ?? lines[at]!.end };
}

/** The title written on the line under a division's (`Article 1` / `Purposes and Principles`), not the first line of its prose. */
function titleBelow(lines: readonly Line[], at: number): Line | undefined {
  const below = lines[at + 1];
  if (!below || !TITLE.test(below.text) || CLAUSE_END.test(below.text) || DIVISION.test(below.text) || NUMBERED.test(below.text)) {
    return undefined;
  }
  // A hard-wrapped sentence goes on in lower case on the line after.
  const after = lines[at + 2];
  return after === undefined || after.text.length === 0 || !/^[a-z]/.test(after.text) ? below : undefined;
}

function nest(candidates: readonly Candidate[], lines: readonly Line[], text: string, from: number, to: number, parentEnd: number): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  for (let i = from; i < to; ) {
    const candidate = candidates[i]!;
    const level = LEVELS[candidate.kind];
    let next = i + 1;
    while (next < to && LEVELS[candidates[next]!.kind] > level) {
      next++;
    }
    const start = lines[candidate.line]!.start;
    const end = next < to ? trimmedEnd(text, start, lines[candidates[next]!.line]!.start) : parentEnd;
    nodes.push({
      kind: candidate.kind,
      name: candidate.name,
      ...(candidate.detail === undefined ? {} : { detail: candidate.detail }),
      range: { start, end: Math.max(end, candidate.selectionEnd) },
      selection: { start, end: candidate.selectionEnd },
      children: nest(candidates, lines, text, i + 1, next, end),
    });
    i = next;
  }
  return nodes;
}

function trimmedEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1]!)) {
    at--;
  }
  return at;
}

/** `Done at Busan on 14 November 2023`: the final clause up to its first comma or full stop after the place's (`St.`). */
function doneClause(line: string): string {
  const end = line.search(/(?<!\b(?:St|Ste|Mt))[.,;](?:\s|$)/);
  return firstWords(end < 0 ? line : line.slice(0, end));
}

/** The first words of a line up to `limit` characters, cut between words, `…` after. */
function firstWords(line: string, limit = PARAGRAPH_NAME): string {
  if (line.length <= limit) {
    return line;
  }
  const cut = line.lastIndexOf(' ', limit);
  return `${line.slice(0, cut > limit / 2 ? cut : limit).replace(/[\s,;:]+$/, '')}…`;
}

function capitalised(word: string): string {
  return word[0]! + word.slice(1).toLowerCase();
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a Roman figure written in canonical form (`XIV`), or 0 for one that is not (`IIV`, `VX`). */
export function romanValue(figure: string): number {
  let value = 0;
  for (let i = 0; i < figure.length; i++) {
    const here = ROMAN[figure[i]!] ?? 0;
    const next = ROMAN[figure[i + 1] ?? ''] ?? 0;
    value += here < next ? -here : here;
  }
  return toRoman(value) === figure ? value : 0;
}

function toRoman(value: number): string {
  const steps: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let left = value;
  let out = '';
  for (const [n, s] of steps) {
    while (left >= n) {
      out += s;
      left -= n;
    }
  }
  return out;
}
