/**
 * Entity spans from grammar tokens, and precision / recall / F1 against the gold annotations
 * (../shared/seeds-gold/*.gold.json). Shared by the accuracy test and the benchmark.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { CONTINUATION_SCOPE, KIND_SCOPES, type Kind } from '../../../syntaxes/build/grammar';
import { tokenizeDocument, type DocumentToken } from './engine';

export const SEEDS_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'seeds');
export const GOLD_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'seeds-gold');

/** The kinds the gold annotates, in report order. */
export const SCORED_KINDS: readonly Kind[] = ['state', 'official', 'title', 'organization', 'place', 'date', 'heading'];

/** One entity span (UTF-16 offsets, end exclusive). */
export interface KindSpan {
  readonly kind: Kind;
  readonly start: number;
  readonly end: number;
}

/** Counts and scores of one kind. */
export interface KindScore {
  readonly kind: Kind;
  readonly gold: number;
  readonly found: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** A seed text with its gold spans. */
export interface SeedDocument {
  readonly name: string;
  readonly text: string;
  readonly gold: readonly KindSpan[];
}

const KIND_BY_SCOPE = new Map<string, Kind>(Object.entries(KIND_SCOPES).map(([kind, scope]) => [scope, kind as Kind]));

/**
 * Turns tokens into entity spans: adjacent tokens that carry the same kind scope at the same
 * depth of the scope stack are one instance (a title's tokens around a nested organisation), and a
 * heading continuation line joins the heading span before it.
 */
export function spansFromTokens(tokens: readonly DocumentToken[]): KindSpan[] {
  const open = new Map<string, { kind: Kind; start: number; end: number }>();
  const spans: { kind: Kind; start: number; end: number }[] = [];
  for (const token of tokens) {
    const present = new Set<string>();
    token.scopes.forEach((scope, depth) => {
      const kind = KIND_BY_SCOPE.get(scope);
      if (!kind) return;
      // A heading's continuation line sits one level deeper (inside its marker scope), so a heading is keyed by kind alone.
      const key = kind === 'heading' ? 'heading' : `${kind}@${depth}`;
      present.add(key);
      const current = open.get(key);
      const continues = kind === 'heading' && token.scopes.includes(CONTINUATION_SCOPE);
      if (current && (current.end === token.start || continues)) {
        current.end = token.end;
        return;
      }
      const span = { kind, start: token.start, end: token.end };
      spans.push(span);
      open.set(key, span);
    });
    for (const key of open.keys()) {
      // A heading stays open across the blank lines before its continuation.
      if (!present.has(key) && key !== 'heading') open.delete(key);
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Reads every seed text and its gold spans. */
export function loadSeeds(): SeedDocument[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
      const goldFile = path.join(GOLD_DIR, name.replace(/\.txt$/, '.gold.json'));
      const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { spans: { kind: string; start: number; end: number }[] };
      const spans = gold.spans
        .filter((span): span is { kind: Kind; start: number; end: number } => (SCORED_KINDS as readonly string[]).includes(span.kind))
        .map((span) => ({ kind: span.kind, start: span.start, end: span.end }));
      return { name, text, gold: spans };
    });
}

/** Per-kind exact-match precision, recall and F1 over all documents. */
export function scoreSpans(pairs: readonly { found: readonly KindSpan[]; gold: readonly KindSpan[] }[]): KindScore[] {
  return SCORED_KINDS.map((kind) => {
    let gold = 0;
    let found = 0;
    let correct = 0;
    for (const pair of pairs) {
      const goldKeys = new Set(pair.gold.filter((span) => span.kind === kind).map((span) => `${span.start}:${span.end}`));
      const foundKeys = new Set(pair.found.filter((span) => span.kind === kind).map((span) => `${span.start}:${span.end}`));
      gold += goldKeys.size;
      found += foundKeys.size;
      for (const key of foundKeys) if (goldKeys.has(key)) correct += 1;
    }
    const precision = found === 0 ? (gold === 0 ? 1 : 0) : correct / found;
    const recall = gold === 0 ? 1 : correct / gold;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { kind, gold, found, correct, precision, recall, f1 };
  });
}

/** Tokenizes every seed with the grammar and scores it against the gold. */
export function measureSeeds(grammar: IGrammar, seeds: readonly SeedDocument[] = loadSeeds()): KindScore[] {
  return scoreSpans(seeds.map((seed) => ({ found: spansFromTokens(tokenizeDocument(grammar, seed.text)), gold: seed.gold })));
}

/** The accuracy table as printed by the benchmark and by a failing test. */
export function formatScores(scores: readonly KindScore[]): string {
  const rows = scores.map(
    (score) =>
      `${score.kind.padEnd(13)} ${String(score.gold).padStart(5)} ${String(score.found).padStart(6)} ${String(score.correct).padStart(8)}   ${score.precision.toFixed(3)}     ${score.recall.toFixed(3)}   ${score.f1.toFixed(3)}`,
  );
  return ['kind           gold  found  correct   precision  recall  F1', ...rows].join('\n');
}
