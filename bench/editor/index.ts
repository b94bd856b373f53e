// Benchmark of indexing in the editor: `npm run bench:editor [texts]` (default 10000).
// Opens the synthetic corpus of `npm run bench:index` (bench/.work/index/corpus-<texts>, generated there first) in
// a real workbench (code-server and Chromium, as the integration tests run), with a chancery.yaml that names it,
// and reports what an analyst waits for: the time Chancery's extension host takes to index it (from the line of
// its output channel), the extension host's CPU, and how long its event loop was held meanwhile (hovers and
// completions wait that long). The baseline, measured in the same run and the same extension host: reading the
// same files through `vscode.workspace.fs` and doing nothing else.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import * as esbuild from 'esbuild';
import { launchBrowser, remoteUri, repoRoot, runScript, scratchDir, startCodeServer, workbenchUrl } from '../../scripts/codeServer';

const texts = Number(process.argv[2] ?? 10000);
const corpus = path.join(repoRoot, 'bench', '.work', 'index', `corpus-${texts}`);
const entry = path.join(repoRoot, 'bench', '.work', 'editor', 'entry.js');

async function main(): Promise<number> {
  if (!fs.existsSync(corpus)) {
    console.error(`no corpus at ${path.relative(repoRoot, corpus)}: run \`npm run bench:index ${texts}\` first`);
    return 2;
  }
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) {
    console.error('dist/extension.js is missing: run `npm run build` first');
    return 2;
  }
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'entry.ts')],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'warning',
  });
  const scratch = scratchDir('bench-editor');
  const workspace = path.join(scratch, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.symlinkSync(corpus, path.join(workspace, 'corpus'));
  fs.writeFileSync(path.join(workspace, 'chancery.yaml'), 'version: 1\ncorpus:\n  - "corpus/**/*.txt"\n');
  // The extension host inherits code-server's environment: the entry finds the output channel's log here.
  process.env.CHANCERY_BENCH_LOGS = scratch;
  const server = await startCodeServer({ folder: workspace, userDataDir: path.join(scratch, 'user-data'), extensionsDir: path.join(scratch, 'extensions') });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let settle: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationLog', (_level: string, args: unknown[]) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (line.startsWith('BENCH ') || /error/i.test(line)) console.log(`  ${line.replace(/^BENCH /, '')}`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
    console.log(`\n${texts} texts in a real workbench (code-server, VS Code 1.100.3), one extension host`);
    await page.goto(workbenchUrl(server, workspace, [['extensionDevelopmentPath', remoteUri(server, repoRoot)], ['extensionTestsPath', remoteUri(server, entry)]]));
    return await exited;
  } finally {
    await browser.close();
    await server.stop();
  }
}

runScript(main);
