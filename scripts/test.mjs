// `npm test`: the four test layers in order, stopping at the first failure, then a summary.
// CHANCERY_TEST_SKIP=ui,integration skips layers by name (the skip is printed, never silent).
import { spawn } from 'node:child_process';

const layers = [
  { name: 'lint', command: 'npm run lint' },
  { name: 'typecheck', command: 'npm run typecheck' },
  { name: 'unit', command: 'npm run test:unit' },
  { name: 'grammar', command: 'npm run test:grammar' },
  { name: 'integration', command: 'npm run test:integration' },
  { name: 'ui', command: 'npm run test:ui' },
];

const skipped = new Set((process.env.CHANCERY_TEST_SKIP ?? '').split(',').map((name) => name.trim()).filter(Boolean));

/** Runs a command, echoing its output, and resolves with its exit code and the output. */
function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** The counts a layer printed: mocha's "N passing / N failing", or Chancery's "N passed, N failed". */
function counts(output) {
  // A layer may run several suites (integration: samples, then seeds), each closing with its own line: add them up.
  const ours = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)];
  if (ours.length > 0) {
    const sum = (i) => ours.reduce((total, match) => total + Number(match[i]), 0);
    return `${sum(1)} passed, ${sum(2)} failed`;
  }
  const passing = [...output.matchAll(/^\s*(\d+) passing/gm)].at(-1);
  const failing = [...output.matchAll(/^\s*(\d+) failing/gm)].at(-1);
  return passing ? `${passing[1]} passed, ${failing ? failing[1] : 0} failed` : '';
}

const results = [];
let failed = false;
for (const layer of layers) {
  if (failed) {
    results.push({ ...layer, status: 'not run', detail: 'an earlier layer failed' });
    continue;
  }
  if (skipped.has(layer.name)) {
    console.log(`\n=== ${layer.name}: SKIPPED (CHANCERY_TEST_SKIP=${process.env.CHANCERY_TEST_SKIP})`);
    results.push({ ...layer, status: 'SKIPPED', detail: 'CHANCERY_TEST_SKIP' });
    continue;
  }
  console.log(`\n=== ${layer.name}: ${layer.command}`);
  const started = Date.now();
  const { code, output } = await run(layer.command);
  const seconds = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const version = /^vscode\.version (\S+)/m.exec(output);
  const detail = [counts(output), version ? `VS Code ${version[1]}` : '', seconds].filter(Boolean).join(', ');
  results.push({ ...layer, status: code === 0 ? 'ok' : `FAILED (exit ${code})`, detail });
  failed = code !== 0;
}

console.log('\n=== summary');
for (const result of results) {
  console.log(`${result.name.padEnd(12)} ${result.status.padEnd(16)} ${result.detail}`);
}
// One closing line over every layer, in the plain form CI reads.
const totals = results.map((r) => /(\d+) passed, (\d+) failed/.exec(r.detail ?? '')).filter(Boolean);
const total = (i) => totals.reduce((sum, match) => sum + Number(match[i]), 0);
console.log(failed ? '\nnpm test: FAILED' : `\nnpm test: passed${skipped.size > 0 ? ' (with skipped layers)' : ''}`);
console.log(`${total(1)} passed, ${total(2)} failed`);
process.exitCode = failed ? 1 : 0;
