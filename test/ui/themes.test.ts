// A seed text in VS Code's default dark and light themes: state names keep a colour of their own in both.
// The screenshots (test-results/theme-*.png) are for the grammar work; the assertions guard the scopes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, linkWorkingCopy, repoRoot, startCodeServer, workbenchUrl, writeUserSettings, type RunningCodeServer } from '../../scripts/codeServer';
import { openWorkbench, prepareRun, quickOpen, saveScreenshot, waitForColouredToken, waitForLanguage, type UiRun } from './workbench';

const STATE = 'Kazakhstan';
const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');

const themes = [
  { name: 'Default Dark Modern', workbenchClass: 'vs-dark', screenshot: 'theme-dark.png' },
  { name: 'Default Light Modern', workbenchClass: 'vs', screenshot: 'theme-light.png' },
];

describe('A seed text in the default themes', () => {
  let run: UiRun;
  let server: RunningCodeServer;
  let browser: Browser;
  let page: Page;
  let seed: string;

  before(async function () {
    const found = fs.existsSync(seedsDir) ? fs.readdirSync(seedsDir).find((file) => /^000_.*\.txt$/.test(file)) : undefined;
    if (!found) {
      throw new Error(`no seed text 000_*.txt in ${seedsDir}: the theme tests need ../shared/seeds beside the repository`);
    }
    seed = found;
    run = prepareRun('ui-themes');
    // Inside texts/, so that the corpus globs of the sample registry take it in.
    fs.copyFileSync(path.join(seedsDir, seed), path.join(run.workspace, 'texts', seed));
    const first = themes[0];
    assert.ok(first);
    linkWorkingCopy(run.extensionsDir);
    server = await startCodeServer({
      folder: run.workspace,
      userDataDir: run.userDataDir,
      extensionsDir: run.extensionsDir,
      settings: { 'workbench.colorTheme': first.name },
    });
    browser = await launchBrowser();
    // Installed as a link rather than loaded through the development payload, so that user settings apply.
    page = await openWorkbench(browser, workbenchUrl(server, run.workspace));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  // The default foreground of the theme tested before: the next theme must have repainted the editor.
  let previousPlainColor: string | undefined;

  for (const theme of themes) {
    it(`colours ${STATE} apart from plain words in ${theme.name}`, async () => {
      // code-server's workbench does not pick up an edited settings.json by itself: reload it, as a user would.
      writeUserSettings(run.userDataDir, { 'workbench.colorTheme': theme.name });
      await page.reload();
      await page.locator(`.monaco-workbench.${theme.workbenchClass}`).waitFor({ timeout: 30_000 });
      await quickOpen(page, seed);
      let tokens = await waitForColouredToken(page, STATE);
      for (let polls = 0; tokens.plain?.color === previousPlainColor && polls < 100; polls++) {
        await page.waitForTimeout(100);
        tokens = await waitForColouredToken(page, STATE);
      }
      const { target, plain } = tokens;
      assert.equal(await waitForLanguage(page, 'Diplomatic Text'), 'Diplomatic Text');
      assert.ok(target && plain, `tokens not rendered: ${JSON.stringify({ target, plain })}`);
      assert.notEqual(plain.color, previousPlainColor, `the editor kept the colours of the previous theme`);
      previousPlainColor = plain.color;
      assert.notEqual(target.color, plain.color, `${JSON.stringify(target)} vs ${JSON.stringify(plain)}`);
      await saveScreenshot(page, theme.screenshot);
    });
  }
});
