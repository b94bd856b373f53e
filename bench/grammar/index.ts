/**
 * `npm run bench:grammar`: the cost of the diplomatic grammar against VS Code's Markdown grammar
 * (from `tm-grammars`), measured in the same run on the same texts, plus the adversarial inputs
 * and the accuracy table. Tokenizes line by line carrying the rule stack, as the editor does.
 */
import { performance } from 'node:perf_hooks';
import type { IGrammar } from 'vscode-textmate';
import * as textmate from 'vscode-textmate';
import { loadHeldout, UNSEEN_DIR } from '../../test/grammar/heldout/heldout';
import { formatScores, loadSeeds, measureSeeds } from '../../test/grammar/support/accuracy';
import { formatHeldoutScores, measureHeldout } from './heldout';
import { DIPLOMATIC_GRAMMAR_PATH, loadGrammar, MARKDOWN_GRAMMAR_PATH, splitLines } from '../../test/grammar/support/engine';

/** Targets from issue 3. */
const CORPUS_RATIO_TARGET = 1.0;
const SCALING_TARGET = 5;
const LINE_MS_TARGET = 50;
/** Runs per adversarial input: the best of five, as the line target is judged on one line's time. */
const ADVERSARIAL_RUNS = 5;

interface Timing {
  /**
   * Best total CPU time of this process over the runs, in ms. CPU time rather than wall time: the
   * machine is shared, and time other processes take does not count against either grammar.
   */
  readonly total: number;
  /** The slowest line, each line timed at its best run (a pause of the machine is not the grammar's). */
  readonly maxLine: number;
}

/** Tokenizes a text line by line; returns the CPU time and each line's wall time. */
function tokenizeTimed(grammar: IGrammar, lines: readonly string[]): { total: number; lineTimes: number[] } {
  let stack = textmate.INITIAL;
  const lineTimes: number[] = [];
  const start = process.cpuUsage();
  for (const line of lines) {
    const before = performance.now();
    stack = grammar.tokenizeLine(line, stack).ruleStack;
    lineTimes.push(performance.now() - before);
  }
  const used = process.cpuUsage(start);
  return { total: (used.user + used.system) / 1000, lineTimes };
}

/** Best of `runs` (the machine is shared: the minimum is the least disturbed measurement). */
function measure(grammar: IGrammar, text: string, runs: number): Timing {
  return measurePair([grammar], text, runs)[0] ?? { total: Number.NaN, maxLine: Number.NaN };
}

/**
 * Best of `runs` for several grammars, their runs interleaved so that a burst of load from other
 * processes on the shared machine hits both sides of a ratio alike.
 */
function measurePair(grammars: readonly IGrammar[], text: string, runs: number): Timing[] {
  const lines = splitLines(text).map((line) => line.text);
  const totals = grammars.map(() => Number.POSITIVE_INFINITY);
  const bestLines = grammars.map(() => lines.map(() => Number.POSITIVE_INFINITY));
  for (let run = 0; run < runs; run += 1) {
    grammars.forEach((grammar, index) => {
      const timing = tokenizeTimed(grammar, lines);
      totals[index] = Math.min(totals[index] ?? Number.POSITIVE_INFINITY, timing.total);
      const best = bestLines[index] ?? [];
      timing.lineTimes.forEach((time, line) => {
        best[line] = Math.min(best[line] ?? Number.POSITIVE_INFINITY, time);
      });
    });
  }
  return grammars.map((_, index) => ({
    total: totals[index] ?? Number.NaN,
    maxLine: Math.max(0, ...(bestLines[index] ?? [])),
  }));
}

function repeatTo(text: string, size: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n');
}

const CAPITALISED_WORDS = ['Council', 'Republic', 'Treaty', 'Minister', 'Foreign', 'Organization', 'Shanghai', 'Charter', 'Lavrov', 'Program', 'Cooperation', 'Asia', 'Declaration'];

function capitalisedLine(length: number): string {
  const parts: string[] = [];
  let written = 0;
  for (let index = 0; written < length; index += 1) {
    const word = CAPITALISED_WORDS[(index * 7) % CAPITALISED_WORDS.length] ?? 'Council';
    parts.push(word);
    written += word.length + 1;
  }
  return parts.join(' ');
}

/**
 * Adversarial inputs, each built at a base size and at 4x. The 50 ms line target applies to every
 * line of both sizes, except `lineTarget: 'base'`: a single line of 100 KB is held to it (VS Code
 * does not tokenize lines over `editor.maxTokenizationLineLength`, 20,000 characters, but a grammar
 * must not stall on one), and its 400 KB version is reported for the record.
 */
const ADVERSARIAL: readonly { name: string; build: (scale: number) => string; lineTarget?: 'all' | 'base' }[] = [
  {
    name: '20,000-character lines of capitalised words (the longest VS Code tokenizes), 5 lines',
    build: (scale) => Array.from({ length: 5 * scale }, () => capitalisedLine(20_000)).join('\n'),
  },
  {
    name: '100 KB line of capitalised words',
    lineTarget: 'base',
    build: (scale) => {
      return capitalisedLine(100_000 * scale);
    },
  },
  {
    name: '10,000 lines of "Republic of Republic of ..."',
    build: (scale) => Array.from({ length: 10_000 * scale }, () => 'Republic of '.repeat(12).trim()).join('\n'),
  },
  {
    name: 'long runs of initials and dots',
    build: (scale) => Array.from({ length: 500 * scale }, () => 'A. B. C. D. E. F. G. H. I. J. K. L. M. N. O. P. Q. R. S. T. . . .. ... Ts. Zh. '.repeat(4)).join('\n'),
  },
  {
    name: 'role, state and organisation words without names',
    build: (scale) =>
      Array.from({ length: 2_000 * scale }, () => 'Minister of Foreign Affairs of the Republic of Kazakhstan of the SCO Council of Heads of State of the Treaty on Cooperation of the United Nations (UN) General Assembly ').join('\n'),
  },
];

/** VS Code's time limit for tokenizing one line, and the target for a document's first lines. */
const VSCODE_LINE_MS = 500;
const FIRST_LINE_MS_TARGET = 100;
/** Fresh grammars per run of the first-lines measurement: a grammar compiles each scanner once, on first use. */
const FIRST_LINE_RUNS = 7;

/**
 * The one-time cost of a document's first lines: a fresh grammar (its scanners not yet compiled; the
 * WASM engine is already warm) tokenizes the heading, then the first body line, with `tokenizeLine2`
 * as VS Code does. Nearly all of it is Oniguruma compiling the scanners those lines need: for the
 * body line, the body's rule list (`title`, `names`, the seasons). VS Code gives a line 500 ms.
 * Best of runs, each grammar's runs interleaved with the other's.
 */
async function measureFirstLines(paths: readonly string[], lines: readonly string[]): Promise<number[][]> {
  const best = paths.map(() => lines.map(() => Number.POSITIVE_INFINITY));
  for (let run = 0; run < FIRST_LINE_RUNS; run += 1) {
    for (const [index, path] of paths.entries()) {
      const grammar = await loadGrammar(path);
      let stack = textmate.INITIAL;
      lines.forEach((line, lineIndex) => {
        const before = performance.now();
        stack = grammar.tokenizeLine2(line, stack).ruleStack;
        const row = best[index];
        if (row) row[lineIndex] = Math.min(row[lineIndex] ?? Number.POSITIVE_INFINITY, performance.now() - before);
      });
    }
  }
  return best;
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const diplomatic = await loadGrammar(DIPLOMATIC_GRAMMAR_PATH);
  const markdown = await loadGrammar(MARKDOWN_GRAMMAR_PATH);
  const seeds = loadSeeds();
  const corpus = seeds.map((seed) => seed.text).join('\n\n');
  const megabyte = repeatTo(corpus, 1_000_000);
  let failures = 0;
  const check = (ok: boolean): string => {
    if (!ok) failures += 1;
    return ok ? 'ok' : 'OVER TARGET';
  };

  // Warm up both engines (JIT, regex compilation) before any timing: ten passes each, so that
  // neither grammar's first timed runs pay for the optimising compiler.
  measure(diplomatic, corpus, 10);
  measure(markdown, corpus, 10);

  console.log('Corpus (diplomatic vs Markdown, best of runs)');
  for (const [name, text, runs] of [
    // A pass over the seeds takes a few ms, where one pause of the shared machine weighs a lot:
    // the best of 60 passes (still under a second) is a stable figure; likewise 11 passes over 1 MB.
    [`seed texts (${seeds.length} files, ${corpus.length} chars)`, corpus, 60],
    [`seed texts repeated to 1 MB (${megabyte.length} chars)`, megabyte, 11],
  ] as const) {
    const [ours = { total: Number.NaN, maxLine: 0 }, theirs = { total: Number.NaN, maxLine: 0 }] = measurePair([diplomatic, markdown], text, runs);
    const ratio = ours.total / theirs.total;
    console.log(`  ${name}: diplomatic ${ms(ours.total)}, markdown ${ms(theirs.total)}, ratio ${ratio.toFixed(2)} (target <= ${CORPUS_RATIO_TARGET}) ${check(ratio <= CORPUS_RATIO_TARGET)}`);
  }

  // A seed's heading and its first body line.
  const seedLines = splitLines(seeds[0]?.text ?? '').map((line) => line.text).filter((line) => line.trim() !== '');
  const firstLines = seedLines.slice(0, 2);
  const [ourFirst = [], theirFirst = []] = await measureFirstLines([DIPLOMATIC_GRAMMAR_PATH, MARKDOWN_GRAMMAR_PATH], firstLines);
  const [ourHeading = 0, ourBody = 0] = ourFirst;
  const [theirHeading = 0, theirBody = 0] = theirFirst;
  console.log('\nFirst lines of a document, fresh grammar (compiling the scanners they need; best of runs)');
  // Markdown's first lines need small scanners (a few ms): shown for scale, no ratio. The target is
  // a fifth of VS Code's 500 ms per line, for a browser slower than Node and the engine's one-time
  // start (about 130 ms) on top.
  for (const [name, ours, theirs] of [['heading', ourHeading, theirHeading], ['first body line', ourBody, theirBody]] as const) {
    console.log(`  ${name}: diplomatic ${ms(ours)} (${((ours / VSCODE_LINE_MS) * 100).toFixed(0)}% of VS Code's ${VSCODE_LINE_MS} ms per line; target <= ${FIRST_LINE_MS_TARGET} ms) ${check(ours <= FIRST_LINE_MS_TARGET)}; markdown ${ms(theirs)}`);
  }

  console.log('\nAdversarial inputs (diplomatic grammar; 1x vs 4x input)');
  for (const input of ADVERSARIAL) {
    const [small, markdownSmall] = measurePair([diplomatic, markdown], input.build(1), ADVERSARIAL_RUNS);
    const [large, markdownLarge] = measurePair([diplomatic, markdown], input.build(4), ADVERSARIAL_RUNS);
    if (!small || !large || !markdownSmall || !markdownLarge) continue;
    const scaling = large.total / small.total;
    console.log(`  ${input.name}`);
    console.log(`    1x ${ms(small.total)}, 4x ${ms(large.total)}: ratio ${scaling.toFixed(2)} (target <= ${SCALING_TARGET}) ${check(scaling <= SCALING_TARGET)}; markdown 1x ${ms(markdownSmall.total)}, 4x ${ms(markdownLarge.total)}, ratio ${(markdownLarge.total / markdownSmall.total).toFixed(2)}`);
    if (input.lineTarget === 'base') {
      console.log(`    single line at 1x ${ms(small.maxLine)} (target <= ${LINE_MS_TARGET} ms) ${check(small.maxLine <= LINE_MS_TARGET)}; at 4x ${ms(large.maxLine)} (longer than VS Code tokenizes: no target)`);
    } else {
      const maxLine = Math.max(small.maxLine, large.maxLine);
      console.log(`    max single line ${ms(maxLine)} (target <= ${LINE_MS_TARGET} ms) ${check(maxLine <= LINE_MS_TARGET)}`);
    }
  }

  console.log('\nAccuracy on ../shared/seeds against ../shared/seeds-gold (exact spans)');
  const seedScores = measureSeeds(diplomatic, seeds);
  console.log(formatScores(seedScores));
  // Texts the rules were not designed on: the development set, and the set kept out of tuning (tables only).
  for (const [label, documents] of [
    ['development held-out set, test/grammar/heldout', loadHeldout()],
    ['untouched held-out set, test/grammar/heldout/unseen', loadHeldout(UNSEEN_DIR)],
  ] as const) {
    console.log(`\nAccuracy on the ${label} (${documents.length} texts, exact spans)`);
    console.log(formatHeldoutScores(measureHeldout(diplomatic, documents), seedScores));
  }
  console.log(failures === 0 ? '\nAll performance targets met.' : `\n${failures} performance target(s) missed.`);
}

void main();
