/**
 * `npx tsx bench/grammar/heldout.ts [--unseen] [--errors]`: the grammar's accuracy on texts its rules
 * were not designed on (gold by GUIDELINES.md of ../shared/seeds-gold plus the decisions in
 * test/grammar/heldout/README.md). Prints per kind the gold count, precision, recall and F1 (exact spans,
 * as the seed accuracy test scores them) beside the seeds' F1. `role` is scored too, but the seed gold
 * has no role spans: its rules are the held-out README's.
 *
 * - no flag: the first set (test/grammar/heldout: ten texts), then every false positive and false
 *   negative with its file and offset. That set is now used to tune the grammar: a development set.
 * - `--unseen`: the second set (test/grammar/heldout/unseen: eight texts) and its table only, for the
 *   final figure. Its errors are hidden so that nobody tunes against it; `--errors` shows them.
 */
import type { IGrammar } from 'vscode-textmate';
import type { Kind } from '../../syntaxes/build/grammar';
import { HELDOUT_DIR, loadHeldout, UNSEEN_DIR, type HeldoutDocument } from '../../test/grammar/heldout/heldout';
import { measureSeeds, SCORED_KINDS, spansFromTokens, type KindScore, type KindSpan } from '../../test/grammar/support/accuracy';
import { DIPLOMATIC_GRAMMAR_PATH, loadGrammar, tokenizeDocument } from '../../test/grammar/support/engine';

/** The seed kinds in the seed order, then role (held-out only). */
export const HELDOUT_KINDS: readonly Kind[] = [...SCORED_KINDS, 'role'];

/** A span the grammar marked that the gold lacks (`false positive`), or the reverse. */
export interface HeldoutError {
  readonly type: 'false positive' | 'false negative';
  readonly kind: Kind;
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** For a false negative: the grammar's spans of the same kind that overlap it (a boundary error), as text. */
  readonly overlapping: readonly string[];
}

export interface HeldoutResult {
  readonly scores: readonly KindScore[];
  /** Micro-averaged over the seed kinds (role excluded), to compare with the seed figure. */
  readonly micro: KindScore;
  readonly errors: readonly HeldoutError[];
}

function score(kind: Kind, gold: number, found: number, correct: number): KindScore {
  // The same formulas as scoreSpans in test/grammar/support/accuracy.ts.
  const precision = found === 0 ? (gold === 0 ? 1 : 0) : correct / found;
  const recall = gold === 0 ? 1 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { kind, gold, found, correct, precision, recall, f1 };
}

const key = (span: KindSpan): string => `${span.start}:${span.end}`;

/** Tokenizes every held-out text on the real engine and scores it against the gold, per kind. */
export function measureHeldout(grammar: IGrammar, documents: readonly HeldoutDocument[] = loadHeldout()): HeldoutResult {
  const totals = new Map<Kind, { gold: number; found: number; correct: number }>(HELDOUT_KINDS.map((kind) => [kind, { gold: 0, found: 0, correct: 0 }]));
  const errors: HeldoutError[] = [];
  for (const document of documents) {
    const found = spansFromTokens(tokenizeDocument(grammar, document.text));
    for (const kind of HELDOUT_KINDS) {
      const goldSpans = uniqueSpans(document.gold.filter((span) => span.kind === kind));
      const foundSpans = uniqueSpans(found.filter((span) => span.kind === kind));
      const goldKeys = new Set(goldSpans.map(key));
      const foundKeys = new Set(foundSpans.map(key));
      const total = totals.get(kind) ?? { gold: 0, found: 0, correct: 0 };
      total.gold += goldSpans.length;
      total.found += foundSpans.length;
      total.correct += foundSpans.filter((span) => goldKeys.has(key(span))).length;
      const error = (type: HeldoutError['type'], span: KindSpan, others: readonly KindSpan[]): HeldoutError => ({
        type,
        kind,
        file: document.name,
        start: span.start,
        end: span.end,
        text: document.text.slice(span.start, span.end),
        overlapping: others.filter((other) => other.start < span.end && span.start < other.end).map((other) => document.text.slice(other.start, other.end)),
      });
      for (const span of goldSpans) if (!foundKeys.has(key(span))) errors.push(error('false negative', span, foundSpans));
      for (const span of foundSpans) if (!goldKeys.has(key(span))) errors.push(error('false positive', span, goldSpans));
    }
  }
  const scores = HELDOUT_KINDS.map((kind) => {
    const total = totals.get(kind) ?? { gold: 0, found: 0, correct: 0 };
    return score(kind, total.gold, total.found, total.correct);
  });
  const seedKinds = scores.filter((entry) => (SCORED_KINDS as readonly Kind[]).includes(entry.kind));
  const sum = (field: 'gold' | 'found' | 'correct'): number => seedKinds.reduce((all, entry) => all + entry[field], 0);
  const micro = score('heading', sum('gold'), sum('found'), sum('correct'));
  return { scores, micro, errors };
}

function uniqueSpans(spans: readonly KindSpan[]): KindSpan[] {
  const seen = new Set<string>();
  return spans.filter((span) => !seen.has(key(span)) && Boolean(seen.add(key(span))));
}

/** The per-kind table; `seeds` (optional) adds the seed F1 of each kind beside the held-out one. */
export function formatHeldoutScores(result: HeldoutResult, seeds?: readonly KindScore[]): string {
  const seedMicro = seeds ? microOf(seeds) : undefined;
  const row = (label: string, entry: KindScore): string => {
    const seed = label === entry.kind ? seeds?.find((candidate) => candidate.kind === entry.kind) : seedMicro;
    const seedColumn = seeds ? `   ${seed ? seed.f1.toFixed(3) : '  -  '}` : '';
    return `${label.padEnd(13)} ${String(entry.gold).padStart(5)} ${String(entry.found).padStart(6)} ${String(entry.correct).padStart(8)}   ${entry.precision.toFixed(3)}     ${entry.recall.toFixed(3)}   ${entry.f1.toFixed(3)}${seedColumn}`;
  };
  const header = `kind           gold  found  correct   precision  recall  F1${seeds ? '      seeds F1' : ''}`;
  const microRow = row('all but role', result.micro);
  return [header, ...result.scores.map((entry) => row(entry.kind, entry)), microRow].join('\n');
}

function microOf(scores: readonly KindScore[]): KindScore {
  const sum = (field: 'gold' | 'found' | 'correct'): number => scores.reduce((all, entry) => all + entry[field], 0);
  return score('heading', sum('gold'), sum('found'), sum('correct'));
}

/** Every error, grouped by kind, false negatives first; a boundary error shows the overlapping span found. */
export function formatHeldoutErrors(result: HeldoutResult): string {
  const lines: string[] = [];
  for (const kind of HELDOUT_KINDS) {
    for (const type of ['false negative', 'false positive'] as const) {
      const errors = result.errors.filter((error) => error.kind === kind && error.type === type);
      if (errors.length === 0) continue;
      lines.push(`${kind} ${type}s (${errors.length})`);
      for (const error of errors) {
        const overlap = error.overlapping.length > 0 ? `   [${type === 'false negative' ? 'found' : 'gold'}: ${error.overlapping.map((text) => JSON.stringify(text)).join(', ')}]` : '';
        lines.push(`  ${JSON.stringify(error.text)}  ${error.file}:${error.start}${overlap}`);
      }
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const unseen = process.argv.includes('--unseen');
  const dir = unseen ? UNSEEN_DIR : HELDOUT_DIR;
  const grammar = await loadGrammar(DIPLOMATIC_GRAMMAR_PATH);
  const documents = loadHeldout(dir);
  const result = measureHeldout(grammar, documents);
  const words = documents.reduce((all, document) => all + document.text.split(/\s+/).filter((word) => /\w/.test(word)).length, 0);
  const where = unseen ? 'test/grammar/heldout/unseen (final measurement: do not tune against it)' : 'test/grammar/heldout';
  console.log(`Held-out accuracy (exact spans): ${documents.length} texts, ${words} words, ${where}`);
  console.log(formatHeldoutScores(result, measureSeeds(grammar)));
  // The unseen set's errors stay hidden unless asked for: seeing them is the first step to tuning on them.
  if (!unseen || process.argv.includes('--errors')) {
    console.log('');
    console.log(formatHeldoutErrors(result));
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
