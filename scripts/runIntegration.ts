// `npm run test:integration`: runs the mocha suite of test/integration inside the real extension host of
// code-server (VS Code 1.100.3). Playwright opens the workbench with the extension under development and the
// test entry in the URL payload; the workbench reports the verdict through codeAutomationExit.
import * as fs from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import * as path from 'node:path';
import { format } from 'node:util';
import { launchBrowser, remoteUri, repoRoot, scratchDir, startCodeServer, workbenchUrl } from './codeServer';

const TIME_LIMIT_MS = Number(process.env.CHANCERY_INTEGRATION_TIMEOUT_MS ?? 300_000);
const testEntry = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');

/**
 * Rewrites `out/test/integration/index.js:L:C` in stack traces to the TypeScript source and line, through
 * the bundle's source map (the extension host loaded the bundle before source maps could be switched on).
 */
function sourceMapped(): (line: string) => string {
  const mapFile = `${testEntry}.map`;
  if (!fs.existsSync(mapFile)) return (line) => line;
  const map = new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8')) as SourceMapPayload);
  return (line) => line.replace(/(?:[\w./-]*\/)?out\/test\/integration\/index\.js:(\d+):(\d+)/g, (whole, row: string, column: string) => {
    const entry = map.findEntry(Number(row) - 1, Number(column) - 1);
    if (!('originalSource' in entry) || !entry.originalSource) return whole;
    const source = path.relative(repoRoot, path.resolve(path.dirname(testEntry), entry.originalSource));
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

async function main(): Promise<number> {
  for (const built of [testEntry, path.join(repoRoot, 'dist', 'extension.js')]) {
    if (!fs.existsSync(built)) {
      console.error(`${path.relative(repoRoot, built)} is missing: run \`npm run build\` first`);
      return 1;
    }
  }
  const scratch = scratchDir('integration');
  // A copy, so that tests may write files without touching samples/.
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(repoRoot, 'samples'), workspace, { recursive: true });

  const server = await startCodeServer({
    folder: workspace,
    userDataDir: path.join(scratch, 'user-data'),
    extensionsDir: path.join(scratch, 'extensions'),
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let settle: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (settle = resolve));
    // The workbench's log and the extension host's console (mocha's reporter included) both arrive here as
    // (level, [format, ...args]). The workbench's start-up chatter comes before the test entry's first line
    // (`vscode.version ...`): it is kept back and shown only when the run fails or CHANCERY_VERBOSE is set.
    const toSource = sourceMapped();
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
    const url = workbenchUrl(server, workspace, [
      ['extensionDevelopmentPath', remoteUri(server, repoRoot)],
      ['extensionTestsPath', remoteUri(server, testEntry)],
    ]);
    console.log(`integration tests in code-server at ${server.url} (log: ${path.relative(repoRoot, server.logFile)})`);
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), TIME_LIMIT_MS)));
    const verdict = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (verdict !== 0) printStartup();
    if (verdict === 'timeout') {
      console.error(`the workbench did not report an exit code within ${TIME_LIMIT_MS / 1000} s: the tests did not run or hung`);
      await page.screenshot({ path: path.join(repoRoot, 'test-results', 'integration-timeout.png') }).catch(() => undefined);
      return 1;
    }
    console.log(`integration tests: exit code ${verdict}`);
    return verdict === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : String(error));
    process.exitCode = 1;
  },
);
