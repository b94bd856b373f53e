// `npm run test:integration`: runs the mocha suites of test/integration inside the real extension host of
// code-server (VS Code 1.100.3), twice: on a copy of samples/ (test/integration/index.ts), then on a workspace made
// of the seed texts (test/integration/seeds/index.ts). Playwright opens the workbench with the extension under
// development and the test entry in the URL payload; the workbench reports the verdict through codeAutomationExit.
import * as fs from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import * as path from 'node:path';
import { format } from 'node:util';
import * as esbuild from 'esbuild';
import { launchBrowser, remoteUri, repoRoot, runScript, scratchDir, startCodeServer, workbenchUrl } from './codeServer';

const TIME_LIMIT_MS = Number(process.env.CHANCERY_INTEGRATION_TIMEOUT_MS ?? 300_000);
const testEntry = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
// The second entry runs on the seed texts (../shared/seeds); it is bundled here, so the run needs no other build step.
const seedsSource = path.join(repoRoot, 'test', 'integration', 'seeds', 'index.ts');
const seedsEntry = path.join(repoRoot, 'out', 'test', 'integration', 'seeds', 'index.js');
const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');

/** One run: a workspace, a mocha entry in the extension host, and the name printed with its verdict. */
interface IntegrationRun {
  name: string;
  scratch: string;
  workspace: string;
  entry: string;
}

/**
 * Rewrites `<entry>:L:C` in stack traces to the TypeScript source and line, through the bundle's source map
 * (the extension host loaded the bundle before source maps could be switched on).
 */
function sourceMapped(entry: string): (line: string) => string {
  const mapFile = `${entry}.map`;
  if (!fs.existsSync(mapFile)) return (line) => line;
  const map = new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8')) as SourceMapPayload);
  const bundle = path.relative(repoRoot, entry).split(path.sep).join('/').replace(/[.]/g, '\\.');
  const pattern = new RegExp(`(?:[\\w./-]*/)?${bundle}:(\\d+):(\\d+)`, 'g');
  return (line) => line.replace(pattern, (whole, row: string, column: string) => {
    const found = map.findEntry(Number(row) - 1, Number(column) - 1);
    if (!('originalSource' in found) || !found.originalSource) return whole;
    const source = path.relative(repoRoot, path.resolve(path.dirname(entry), found.originalSource));
    return `${source}:${found.originalLine + 1}:${found.originalColumn + 1}`;
  });
}

/**
 * What two interrupted sidecar writes leave (test/integration/interruptedWrites.test.ts): VS Code had deleted the
 * Bishkek summit's sidecar and not yet renamed its new content in; the Moscow sidecar's write stopped before that.
 */
const INTERRUPTED_WRITES: Record<string, string> = {
  'texts/.2019-06-14-bishkek-summit.txt.notes.yaml.k7intrpt.tmp': [
    'format: chancery-notes',
    'version: 1',
    'text: "2019-06-14-bishkek-summit.txt"',
    'notes:',
    '  - id: n-interrupted1',
    '    target:',
    '      quote:',
    '        exact: Sooronbay Jeenbekov chaired the meeting',
    '    body: Written by a save that was interrupted.',
    '',
  ].join('\n'),
  'texts/.2020-09-10-moscow-foreign-ministers.txt.notes.yaml.k7leftov.tmp': 'format: chancery-notes\nversion: 1\nnotes: []\n',
};

/**
 * The samples run: a writable copy of samples/, so that tests may write files without touching it, with the
 * leftovers of two interrupted writes.
 */
function samplesRun(): IntegrationRun {
  const scratch = scratchDir('integration');
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(repoRoot, 'samples'), workspace, { recursive: true });
  for (const [file, content] of Object.entries(INTERRUPTED_WRITES)) {
    fs.writeFileSync(path.join(workspace, file), content);
  }
  return { name: 'integration tests (samples)', scratch, workspace, entry: testEntry };
}

/**
 * The seeds run: a workspace built now from ../shared/seeds/*.txt and a registry that names nothing but the
 * corpus, so that every person and meeting the views show comes from the texts themselves. The seed texts are
 * copied into the scratch folder only, never into the repository.
 */
async function seedsRun(): Promise<IntegrationRun> {
  await esbuild.build({
    entryPoints: [seedsSource],
    outfile: seedsEntry,
    bundle: true,
    sourcemap: true,
    logLevel: 'warning',
    target: 'es2022',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha'],
  });
  const scratch = scratchDir('integration-seeds');
  const workspace = path.join(scratch, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  const texts = fs.readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));
  if (texts.length === 0) throw new Error(`no seed texts in ${seedsDir}`);
  for (const name of texts) fs.copyFileSync(path.join(seedsDir, name), path.join(workspace, name));
  fs.writeFileSync(path.join(workspace, 'chancery.yaml'), 'version: 1\ncorpus:\n  - "**/*.txt"\n');
  return { name: 'integration tests (seeds)', scratch, workspace, entry: seedsEntry };
}

/** Runs one mocha entry in a fresh code-server on the run's workspace; resolves with 0 when every test passed. */
async function runInWorkbench(run: IntegrationRun): Promise<number> {
  const server = await startCodeServer({
    folder: run.workspace,
    userDataDir: path.join(run.scratch, 'user-data'),
    extensionsDir: path.join(run.scratch, 'extensions'),
    // The web workbench saves an edited file after a second (desktop VS Code does not): the suites' unsaved edits
    // must stay unsaved, or their revert finds them on disk and the later suites read the edited sample texts.
    settings: { 'files.autoSave': 'off' },
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let settle: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (settle = resolve));
    // The workbench's log and the extension host's console (mocha's reporter included) both arrive here as
    // (level, [format, ...args]). The workbench's start-up chatter comes before the test entry's first line
    // (`vscode.version ...`): it is kept back and shown only when the run fails or CHANCERY_VERBOSE is set.
    const toSource = sourceMapped(run.entry);
    const startup: string[] = [];
    let testsStarted = Boolean(process.env.CHANCERY_VERBOSE);
    const printStartup = () => {
      if (startup.length > 0) console.log(`--- workbench log before the tests started:\n${startup.join('\n')}\n---`);
      startup.length = 0;
    };
    await page.exposeFunction('codeAutomationLog', (level: string, args: unknown[]) => {
      const line = toSource(format(...(Array.isArray(args) ? args : [args])));
      testsStarted ||= line.startsWith('vscode.version ');
      if (testsStarted) console.log(line);
      else startup.push(`[${level}] ${line}`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
    const url = workbenchUrl(server, run.workspace, [
      ['extensionDevelopmentPath', remoteUri(server, repoRoot)],
      ['extensionTestsPath', remoteUri(server, run.entry)],
    ]);
    console.log(`${run.name} in code-server at ${server.url} (log: ${path.relative(repoRoot, server.logFile)})`);
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), TIME_LIMIT_MS)));
    const verdict = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (verdict !== 0) printStartup();
    if (verdict === 'timeout') {
      console.error(`${run.name}: the workbench did not report an exit code within ${TIME_LIMIT_MS / 1000} s: the tests did not run or hung`);
      const shot = `integration-timeout${run.entry === testEntry ? '' : '-seeds'}.png`;
      await page.screenshot({ path: path.join(repoRoot, 'test-results', shot) }).catch(() => undefined);
      return 1;
    }
    console.log(`${run.name}: exit code ${verdict}`);
    return verdict === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function main(): Promise<number> {
  for (const built of [testEntry, path.join(repoRoot, 'dist', 'extension.js')]) {
    if (!fs.existsSync(built)) {
      console.error(`${path.relative(repoRoot, built)} is missing: run \`npm run build\` first`);
      return 1;
    }
  }
  // Both runs always run, so that one failing run does not hide the other's report.
  const samples = await runInWorkbench(samplesRun());
  const seeds = await runInWorkbench(await seedsRun());
  return samples === 0 && seeds === 0 ? 0 : 1;
}

runScript(main);
