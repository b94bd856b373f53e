/**
 * Builds the held-out texts and their gold from the hand-annotated sources:
 * `annotated/<name>.ann.txt` -> `texts/<name>.txt` + `gold/<name>.json`, for the first set (this
 * folder) or, with `--unseen`, for the second set in `unseen/`.
 *
 * A source is a header of `@official written | role | state | org | canonical` and
 * `@meeting n | body | date | place | extraordinary | self` lines (`-` for null), a `---` line, then
 * the text with every span written inline as `[[k:...]]`, nestable, where `k` is h(eading) s(tate)
 * o(fficial) r(ole) t(itle) g (organization) p(lace) d(ate), or `Mn` for a mention of meeting n. Offsets are never typed:
 * they are the UTF-16 indices the markup leaves behind once removed. The rules followed are
 * ../../../../shared/seeds-gold/GUIDELINES.md plus the decisions in README.md.
 *
 * Run: npx tsx test/grammar/heldout/build.ts [--unseen]   (then verify.ts)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GOLD_KIND_ORDER, HELDOUT_DIR, heldoutPaths, UNSEEN_DIR, type GoldFile, type GoldMeeting, type GoldSpan } from './heldout';

const KIND_BY_LETTER: Record<string, GoldSpan['kind']> = {
  h: 'heading',
  s: 'state',
  o: 'official',
  r: 'role',
  t: 'title',
  g: 'organization',
  p: 'place',
  d: 'date',
};

interface OfficialFacts {
  readonly role: string | null;
  readonly state: string | null;
  readonly org: string | null;
  readonly canonical: string;
}

function orNull(value: string): string | null {
  return value === '-' ? null : value;
}

/** Parses one annotated source into its plain text and gold spans. */
export function parseAnnotated(name: string, source: string): { text: string; gold: GoldFile } {
  const [header = '', body] = source.split(/^---\n/m, 2);
  if (body === undefined) throw new Error(`${name}: no --- line`);
  const officials = new Map<string, OfficialFacts>();
  const meetings = new Map<string, { facts: Omit<GoldMeeting, 'mentions'>; mentions: [number, number][] }>();
  for (const line of header.split('\n').filter((candidate) => candidate.trim() !== '')) {
    const match = /^@(official|meeting) (.+)$/.exec(line);
    if (!match?.[2]) throw new Error(`${name}: bad header line ${line}`);
    const fields = match[2].split('|').map((part) => part.trim());
    if (match[1] === 'official') {
      const [written = '', role = '-', state = '-', org = '-', canonical = ''] = fields;
      officials.set(written, { role: orNull(role), state: orNull(state), org: orNull(org), canonical });
    } else {
      const [id = '', body = '', date = '-', place = '-', extraordinary = '', self = ''] = fields;
      meetings.set(id, {
        facts: { body, date: orNull(date), place: orNull(place), extraordinary: extraordinary === 'true', self: self === 'true' },
        mentions: [],
      });
    }
  }
  let text = '';
  const open: { kind: GoldSpan['kind'] | `M${string}`; start: number }[] = [];
  const spans: GoldSpan[] = [];
  for (let index = 0; index < body.length; ) {
    const opening = /^\[\[([a-z]|M\d+):/.exec(body.slice(index, index + 8));
    if (opening?.[1]) {
      const kind = opening[1].startsWith('M') ? (opening[1] as `M${string}`) : KIND_BY_LETTER[opening[1]];
      if (!kind) throw new Error(`${name}: unknown kind letter ${opening[1]} at ${index}`);
      open.push({ kind, start: text.length });
      index += opening[0].length;
    } else if (body.startsWith(']]', index)) {
      const span = open.pop();
      if (!span) throw new Error(`${name}: unbalanced ]] at ${index}`);
      const spanText = text.slice(span.start, text.length);
      if (span.kind.startsWith('M')) {
        const meeting = meetings.get(span.kind.slice(1));
        if (!meeting) throw new Error(`${name}: no @meeting line for ${span.kind}`);
        meeting.mentions.push([span.start, text.length]);
      } else if (span.kind === 'official') {
        const facts = officials.get(spanText);
        if (!facts) throw new Error(`${name}: no @official line for ${spanText}`);
        spans.push({ kind: span.kind, text: spanText, start: span.start, end: text.length, ...facts });
      } else {
        spans.push({ kind: span.kind as GoldSpan['kind'], text: spanText, start: span.start, end: text.length });
      }
      index += 2;
    } else {
      text += body[index];
      index += 1;
    }
  }
  if (open.length > 0) throw new Error(`${name}: ${open.length} unclosed spans`);
  spans.sort(
    (a, b) => a.start - b.start || b.end - a.end || GOLD_KIND_ORDER.indexOf(a.kind) - GOLD_KIND_ORDER.indexOf(b.kind),
  );
  const meetingList = [...meetings.values()]
    .map((meeting) => ({ ...meeting.facts, mentions: meeting.mentions.sort((a, b) => a[0] - b[0]) }))
    .sort((a, b) => (a.mentions[0]?.[0] ?? 0) - (b.mentions[0]?.[0] ?? 0));
  for (const meeting of meetingList) if (meeting.mentions.length === 0) throw new Error(`${name}: meeting ${meeting.body} has no mention`);
  return { text, gold: { document: `${name}.txt`, spans, meetings: meetingList } };
}

/** Rebuilds `texts/` and `gold/` of the set in `dir` from its `annotated/`; prints words and spans per text. */
export function buildHeldoutSet(dir: string): void {
  const paths = heldoutPaths(dir);
  fs.mkdirSync(paths.texts, { recursive: true });
  fs.mkdirSync(paths.gold, { recursive: true });
  for (const file of fs.readdirSync(paths.annotated).filter((candidate) => candidate.endsWith('.ann.txt')).sort()) {
    const name = file.replace(/\.ann\.txt$/, '');
    const { text, gold } = parseAnnotated(name, fs.readFileSync(path.join(paths.annotated, file), 'utf8'));
    fs.writeFileSync(path.join(paths.texts, `${name}.txt`), text);
    fs.writeFileSync(path.join(paths.gold, `${name}.json`), `${JSON.stringify(gold, null, 1)}\n`);
    const words = text.split(/\s+/).filter((word) => /\w/.test(word)).length;
    console.log(`${name}: ${words} words, ${gold.spans.length} spans`);
  }
}

function main(): void {
  buildHeldoutSet(process.argv.includes('--unseen') ? UNSEEN_DIR : HELDOUT_DIR);
}

if (require.main === module) main();
