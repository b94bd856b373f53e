/**
 * Checks the held-out gold of both sets (this folder and `unseen/`): every span's text equals its slice
 * of the text, offsets in range, the order of GUIDELINES.md, no overlap within a kind, no
 * determiner/quote/possessive at a span's edge, officials complete, and the texts and gold up to date
 * with `annotated/`. Prints counts per kind for each set.
 *
 * Run: npx tsx test/grammar/heldout/verify.ts   (exit code 1 on any problem)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAnnotated } from './build';
import { annotatedPath, checkGold, GOLD_KIND_ORDER, goldPath, HELDOUT_DIR, HELDOUT_SET_DIRS, loadHeldout, type GoldFile } from './heldout';

/** The problems of the set in `dir`; prints its counts per kind. */
function verifySet(dir: string): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  const documents = loadHeldout(dir);
  const where = path.relative(path.dirname(HELDOUT_DIR), dir);
  for (const document of documents) {
    const gold = JSON.parse(fs.readFileSync(goldPath(dir, document.name), 'utf8')) as GoldFile;
    problems.push(...checkGold(document, gold).map((problem) => `${where}/${problem}`));
    const source = annotatedPath(dir, document.name);
    const rebuilt = parseAnnotated(document.name.replace(/\.txt$/, ''), fs.readFileSync(source, 'utf8'));
    if (rebuilt.text !== document.text || JSON.stringify(rebuilt.gold) !== JSON.stringify(gold)) {
      problems.push(`${where}/${document.name}: out of date with ${path.basename(source)} (run build.ts${dir === HELDOUT_DIR ? '' : ' --unseen'})`);
    }
    for (const span of gold.spans) counts.set(span.kind, (counts.get(span.kind) ?? 0) + 1);
  }
  console.log(`${where}: ${documents.length} texts; spans per kind: ${GOLD_KIND_ORDER.map((kind) => `${kind} ${counts.get(kind) ?? 0}`).join(', ')}`);
  return problems;
}

function main(): void {
  const problems = HELDOUT_SET_DIRS.flatMap(verifySet);
  for (const problem of problems) console.log(`PROBLEM ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
  else console.log('ok: every span matches its text');
}

main();
