/**
 * The held-out texts (`texts/*.txt`) and their gold (`gold/*.json`, the format of
 * ../shared/seeds-gold/*.gold.json plus `role` spans): texts the grammar's rules were not designed on.
 * Two sets share this layout: the first (this folder), now used for development, and `unseen/`, kept
 * for the final measurement (nobody tunes against it; see README.md).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Kind } from '../../../syntaxes/build/grammar';
import type { KindSpan } from '../support/accuracy';

/** The first held-out set (a development set since its errors are used to tune the grammar). */
export const HELDOUT_DIR = __dirname;
export const HELDOUT_TEXTS_DIR = path.join(HELDOUT_DIR, 'texts');
export const HELDOUT_GOLD_DIR = path.join(HELDOUT_DIR, 'gold');
/** The second held-out set, for the final figure only: its errors are not shown by default. */
export const UNSEEN_DIR = path.join(HELDOUT_DIR, 'unseen');
/** Both sets, each a folder with `annotated/`, `texts/` and `gold/`. */
export const HELDOUT_SET_DIRS: readonly string[] = [HELDOUT_DIR, UNSEEN_DIR];

/** The folders of one set: the hand-annotated sources and the texts and gold built from them. */
export function heldoutPaths(dir: string): { readonly annotated: string; readonly texts: string; readonly gold: string } {
  return { annotated: path.join(dir, 'annotated'), texts: path.join(dir, 'texts'), gold: path.join(dir, 'gold') };
}

/** The gold file of a document (`<name>.txt`) of the set in `dir`. */
export function goldPath(dir: string, documentName: string): string {
  return path.join(heldoutPaths(dir).gold, documentName.replace(/\.txt$/, '.json'));
}

/** The annotated source of a document (`<name>.txt`) of the set in `dir`. */
export function annotatedPath(dir: string, documentName: string): string {
  return path.join(heldoutPaths(dir).annotated, documentName.replace(/\.txt$/, '.ann.txt'));
}

/** Order of kinds among gold spans with equal offsets (GUIDELINES.md, with heading first and role after official). */
export const GOLD_KIND_ORDER: readonly Kind[] = ['heading', 'state', 'official', 'role', 'title', 'organization', 'place', 'date'];

/** One gold span as stored; officials carry the person's facts. */
export interface GoldSpan {
  readonly kind: Kind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly role?: string | null;
  readonly state?: string | null;
  readonly org?: string | null;
  readonly canonical?: string;
}

/** A meeting as in GUIDELINES.md "meetings"; mentions are [start, end] pairs. */
export interface GoldMeeting {
  readonly body: string;
  readonly date: string | null;
  readonly place: string | null;
  readonly extraordinary: boolean;
  readonly self: boolean;
  readonly mentions: readonly (readonly [number, number])[];
}

export interface GoldFile {
  readonly document: string;
  readonly spans: readonly GoldSpan[];
  readonly meetings: readonly GoldMeeting[];
}

/** A held-out text with its gold spans (every kind, role included). */
export interface HeldoutDocument {
  readonly name: string;
  readonly text: string;
  readonly spans: readonly GoldSpan[];
  readonly gold: readonly KindSpan[];
}

/** Reads every text of the held-out set in `dir` (the first set by default) and its gold file. */
export function loadHeldout(dir: string = HELDOUT_DIR): HeldoutDocument[] {
  const { texts } = heldoutPaths(dir);
  return fs
    .readdirSync(texts)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(texts, name), 'utf8');
      const gold = JSON.parse(fs.readFileSync(goldPath(dir, name), 'utf8')) as GoldFile;
      return {
        name,
        text,
        spans: gold.spans,
        gold: gold.spans.map((span) => ({ kind: span.kind, start: span.start, end: span.end })),
      };
    });
}

/** Problems of one document's gold against its text; empty when it is sound. */
export function checkGold(document: HeldoutDocument, goldFile: GoldFile): string[] {
  const problems: string[] = [];
  const where = (span: GoldSpan): string => `${document.name}:${span.start} ${span.kind} ${JSON.stringify(span.text)}`;
  if (goldFile.document !== document.name) problems.push(`${document.name}: document field is ${goldFile.document}`);
  goldFile.spans.forEach((span, index) => {
    if (!GOLD_KIND_ORDER.includes(span.kind)) problems.push(`${where(span)}: unknown kind`);
    if (!(span.start >= 0 && span.end > span.start && span.end <= document.text.length)) problems.push(`${where(span)}: bad offsets`);
    if (document.text.slice(span.start, span.end) !== span.text) problems.push(`${where(span)}: text differs from the slice ${JSON.stringify(document.text.slice(span.start, span.end))}`);
    if (span.text !== span.text.trim()) problems.push(`${where(span)}: leading or trailing space`);
    // The checks of ../shared/seeds-gold/verify.mjs.
    if (/^the\s/i.test(span.text)) problems.push(`${where(span)}: leading determiner`);
    if (/['’]s$/.test(span.text) || /^["“”'‘’(]|["“”'‘’),.;:]$/.test(span.text)) problems.push(`${where(span)}: quote, possessive or punctuation at an edge`);
    if (span.kind === 'date' && !/\d/.test(span.text)) problems.push(`${where(span)}: a date without a digit`);
    if (span.kind === 'official') {
      if (!span.role || !span.canonical) problems.push(`${where(span)}: official without role or canonical`);
      if ((span.state ?? null) === null && (span.org ?? null) === null) problems.push(`${where(span)}: official with neither state nor org`);
    }
    const previous = goldFile.spans[index - 1];
    if (previous) {
      const order = previous.start - span.start || span.end - previous.end || GOLD_KIND_ORDER.indexOf(previous.kind) - GOLD_KIND_ORDER.indexOf(span.kind);
      if (order > 0) problems.push(`${where(span)}: spans out of order`);
    }
  });
  for (const kind of GOLD_KIND_ORDER) {
    const ofKind = goldFile.spans.filter((span) => span.kind === kind);
    ofKind.forEach((span, index) => {
      const next = ofKind[index + 1];
      if (next && next.start < span.end) problems.push(`${where(span)}: overlaps ${JSON.stringify(next.text)} of the same kind`);
    });
  }
  const iso = /^\d{4}(?:-\d{2}(?:-\d{2}(?:\/\d{4}-\d{2}-\d{2})?)?)?$/;
  goldFile.meetings.forEach((meeting) => {
    if (meeting.date !== null && !iso.test(meeting.date)) problems.push(`${document.name}: meeting ${meeting.body}: date ${meeting.date} is not ISO`);
    if (meeting.mentions.length === 0) problems.push(`${document.name}: meeting ${meeting.body} has no mention`);
    for (const [start, end] of meeting.mentions) {
      const said = document.text.slice(start, end);
      if (!(start >= 0 && end > start && end <= document.text.length) || said !== said.trim()) problems.push(`${document.name}: meeting ${meeting.body}: bad mention ${JSON.stringify(said)}`);
    }
  });
  if (goldFile.meetings.filter((meeting) => meeting.self).length > 1) problems.push(`${document.name}: more than one meeting has self: true`);
  return problems;
}
