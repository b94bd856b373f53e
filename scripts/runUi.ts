// `npm run test:ui`: the Playwright tests of test/ui on the code-server workbench, run by mocha in this process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { repoRoot, runScript } from './codeServer';

async function main(): Promise<number> {
  const uiDir = path.join(repoRoot, 'test', 'ui');
  // An argument narrows the run to matching test titles (mocha --grep), e.g. `npm run test:ui -- themes`.
  const grep = process.argv[2];
  // Logs of CI runs are read as plain text.
  const color = Boolean(process.stdout.isTTY) && !process.env.CI;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 90_000, color, ...(grep ? { grep } : {}) });
  if (!color) {
    // The spec reporter's symbols carry their own colour codes.
    Object.assign(Mocha.reporters.Base.symbols, { ok: '✔', err: '✖' });
  }
  for (const file of fs.readdirSync(uiDir).filter((name) => name.endsWith('.test.ts')).sort()) {
    mocha.addFile(path.join(uiDir, file));
  }
  await mocha.loadFilesAsync();
  const stats = await new Promise<Mocha.Stats | undefined>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
  const passes = stats?.passes ?? 0;
  const failures = stats?.failures ?? 0;
  console.log(`${passes} passed, ${failures} failed`);
  console.log(`screenshots: ${path.relative(process.cwd(), path.join(repoRoot, 'test-results')) || '.'}/`);
  return failures === 0 && passes > 0 ? 0 : 1;
}

runScript(main);
