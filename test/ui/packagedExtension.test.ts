// The packaged extension, as a user installs it: `npm run package`, `code-server --install-extension`, then a
// workbench WITHOUT the development copy. A corpus text must open as Diplomatic Text, highlighted.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { installVsix, launchBrowser, repoRoot, startCodeServer, workbenchUrl, type RunningCodeServer } from '../../scripts/codeServer';
import { openWorkbench, prepareRun, quickOpen, saveScreenshot, textContaining, waitForColouredToken, waitForLanguage } from './workbench';

const STATE = 'Kazakhstan';

/** Builds chancery.vsix with the project's own script, or takes CHANCERY_VSIX (a release artefact to check). */
function packageExtension(): string {
  const given = process.env.CHANCERY_VSIX;
  if (given) return path.resolve(given);
  const vsix = path.join(repoRoot, 'chancery.vsix');
  fs.rmSync(vsix, { force: true });
  const result = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(result.status, 0, `npm run package failed:\n${result.stdout}${result.stderr}`);
  assert.ok(fs.existsSync(vsix), `npm run package did not write ${vsix}`);
  return vsix;
}

describe('The packaged extension installed into code-server', () => {
  let server: RunningCodeServer;
  let browser: Browser;
  let page: Page;
  let extensionsDir: string;
  let sample: string;

  before(async function () {
    // Packaging bundles in production mode and zips; the install unpacks.
    this.timeout(180_000);
    const vsix = packageExtension();
    const run = prepareRun('ui-packaged');
    extensionsDir = run.extensionsDir;
    installVsix(vsix, extensionsDir);
    sample = textContaining(run.workspace, STATE);
    server = await startCodeServer({ folder: run.workspace, userDataDir: run.userDataDir, extensionsDir });
    browser = await launchBrowser();
    // No payload: nothing but the installed copy can provide the language.
    page = await openWorkbench(browser, workbenchUrl(server, run.workspace));
    await quickOpen(page, sample);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is unpacked into the extensions folder', () => {
    const installed = fs.readdirSync(extensionsDir).filter((name) => name.startsWith('chancery.chancery-'));
    assert.equal(installed.length, 1, `extensions folder holds: ${fs.readdirSync(extensionsDir).join(', ')}`);
    const dir = installed[0] ?? '';
    assert.ok(fs.existsSync(path.join(extensionsDir, dir, 'dist', 'extension.js')), `${dir} has no dist/extension.js`);
  });

  it('opens a corpus text as Diplomatic Text', async () => {
    assert.equal(await waitForLanguage(page, 'Diplomatic Text', 30_000), 'Diplomatic Text');
  });

  it(`colours ${STATE} differently from plain words`, async () => {
    const { target, plain } = await waitForColouredToken(page, STATE);
    assert.ok(target && plain, `tokens not rendered: ${JSON.stringify({ target, plain })}`);
    assert.notEqual(target.color, plain.color, `${JSON.stringify(target)} vs ${JSON.stringify(plain)}`);
    await saveScreenshot(page, 'packaged.png');
  });
});
