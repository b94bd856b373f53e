/**
 * Times two versions of the diplomatic grammar and Markdown's alternately on the seeds repeated to
 * 1 MB, so that load hits all three alike: `npx tsx test/grammar/support/compareCost.ts OLD.json [rounds]`.
 * Prints the best time of each and the ratios to Markdown. A helper for comparing a change's cost.
 */
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as textmate from 'vscode-textmate';
import { loadSeeds } from './accuracy';
import { DIPLOMATIC_GRAMMAR_PATH, loadGrammar, MARKDOWN_GRAMMAR_PATH } from './engine';

function pass(grammar: textmate.IGrammar, lines: readonly string[]): number {
  const start = performance.now();
  let stack = textmate.INITIAL;
  for (const line of lines) stack = grammar.tokenizeLine(line, stack).ruleStack;
  return performance.now() - start;
}

async function main(): Promise<void> {
  const [oldPath, roundsText = '15'] = process.argv.slice(2);
  if (!oldPath) throw new Error('usage: compareCost.ts OLD.json [rounds]');
  const grammars = [
    await loadGrammar(JSON.parse(fs.readFileSync(oldPath, 'utf8')) as object),
    await loadGrammar(DIPLOMATIC_GRAMMAR_PATH),
    await loadGrammar(MARKDOWN_GRAMMAR_PATH),
  ];
  const corpus = loadSeeds().map((seed) => seed.text).join('\n\n');
  let text = corpus;
  while (text.length < 1_000_000) text += `\n\n${corpus}`;
  const lines = text.split('\n');
  const seedLines = corpus.split('\n');
  for (const grammar of grammars) for (let i = 0; i < 3; i += 1) pass(grammar, lines);
  const best = [Infinity, Infinity, Infinity];
  const bestSeeds = [Infinity, Infinity, Infinity];
  for (let round = 0; round < Number(roundsText); round += 1) {
    grammars.forEach((grammar, i) => {
      best[i] = Math.min(best[i] ?? Infinity, pass(grammar, lines));
      for (let k = 0; k < 4; k += 1) bestSeeds[i] = Math.min(bestSeeds[i] ?? Infinity, pass(grammar, seedLines));
    });
  }
  const [oldMs = 0, newMs = 0, mdMs = 1] = best;
  const [oldS = 0, newS = 0, mdS = 1] = bestSeeds;
  console.log(`1 MB: old ${oldMs.toFixed(1)} ms (${(oldMs / mdMs).toFixed(3)}), new ${newMs.toFixed(1)} ms (${(newMs / mdMs).toFixed(3)}), markdown ${mdMs.toFixed(1)} ms; new/old ${(newMs / oldMs).toFixed(3)}`);
  console.log(`seeds: old ${oldS.toFixed(2)} ms (${(oldS / mdS).toFixed(3)}), new ${newS.toFixed(2)} ms (${(newS / mdS).toFixed(3)}), markdown ${mdS.toFixed(2)} ms; new/old ${(newS / oldS).toFixed(3)}`);
}

void main();
