/**
 * Checks the held-out gold: every span's text equals its slice of the text, offsets in range, the
 * order of GUIDELINES.md, no overlap within a kind, no determiner/quote/possessive at a span's edge,
 * officials complete, and the texts and gold up to date with `annotated/`. Prints counts per kind.
 *
 * Run: npx tsx test/grammar/heldout/verify.ts   (exit code 1 on any problem)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAnnotated } from './build';
import { checkGold, GOLD_KIND_ORDER, HELDOUT_DIR, HELDOUT_GOLD_DIR, loadHeldout, type GoldFile } from './heldout';

function main(): void {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  const documents = loadHeldout();
  for (const document of documents) {
    const gold = JSON.parse(fs.readFileSync(path.join(HELDOUT_GOLD_DIR, document.name.replace(/\.txt$/, '.json')), 'utf8')) as GoldFile;
    problems.push(...checkGold(document, gold));
    const source = path.join(HELDOUT_DIR, 'annotated', document.name.replace(/\.txt$/, '.ann.txt'));
    const rebuilt = parseAnnotated(document.name.replace(/\.txt$/, ''), fs.readFileSync(source, 'utf8'));
    if (rebuilt.text !== document.text || JSON.stringify(rebuilt.gold) !== JSON.stringify(gold)) {
      problems.push(`${document.name}: out of date with ${path.basename(source)} (run build.ts)`);
    }
    for (const span of gold.spans) counts.set(span.kind, (counts.get(span.kind) ?? 0) + 1);
  }
  console.log(`${documents.length} texts; spans per kind: ${GOLD_KIND_ORDER.map((kind) => `${kind} ${counts.get(kind) ?? 0}`).join(', ')}`);
  for (const problem of problems) console.log(`PROBLEM ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
  else console.log('ok: every span matches its text');
}

main();
