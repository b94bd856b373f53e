// Adding a note as an analyst does it: select a passage, run Add Note on Selection, type the note. The typing must
// land in the note, never in the diplomatic text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser, linkWorkingCopy, startCodeServer, workbenchUrl, type RunningCodeServer } from '../../scripts/codeServer';
import { openWorkbench, prepareRun, quickOpen, runCommand, saveScreenshot, showComment, statusBarSelection, waitForLanguage } from './workbench';

const MOSCOW = '2020-09-10-moscow-foreign-ministers.txt';

interface SidecarNote {
  target: { quote: { exact: string } };
  body?: string;
}

describe('Adding notes in the workbench', () => {
  let server: RunningCodeServer;
  let browser: Browser;
  let page: Page;
  let textFile: string;

  before(async () => {
    const run = prepareRun('ui-notes-adding');
    textFile = path.join(run.workspace, 'texts', MOSCOW);
    linkWorkingCopy(run.extensionsDir);
    server = await startCodeServer({ folder: run.workspace, userDataDir: run.userDataDir, extensionsDir: run.extensionsDir });
    browser = await launchBrowser();
    page = await openWorkbench(browser, workbenchUrl(server, run.workspace));
    await quickOpen(page, MOSCOW);
    assert.equal(await waitForLanguage(page, 'Diplomatic Text', 30_000), 'Diplomatic Text');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      await saveScreenshot(page, 'notes-adding-failed.png').catch(() => undefined);
    }
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('takes the typed note in its own box, never in the text, and shows it on the passage', async () => {
    const passage = 'Vladimir Norov also took part';
    const typed = 'Norov attended as Secretary-General.';
    const before = fs.readFileSync(textFile, 'utf8');
    // Select the passage as a reader does: Find, then Escape leaves the match selected in the text.
    await page.locator('.editor-instance .view-lines').first().click();
    await page.keyboard.press('Control+F');
    await page.keyboard.type(passage);
    await page.waitForTimeout(300);
    await page.keyboard.press('Escape');
    assert.equal((await statusBarSelection(page))?.selected, passage.length, 'the passage is selected');

    await runCommand(page, 'Chancery: Add Note on Selection');
    const box = page.locator('.quick-input-widget', { hasText: 'Note on' });
    await box.waitFor({ timeout: 15_000 });
    await page.keyboard.type(typed);
    assert.equal(await page.locator('.quick-input-widget input').inputValue(), typed, 'the typing is in the note box');
    assert.equal(await page.locator('.tabs-container .tab.active.dirty').count(), 0, 'the diplomatic text has no unsaved change');
    await page.keyboard.press('Enter');

    const sidecar = `${textFile}.notes.yaml`;
    const deadline = Date.now() + 15_000;
    let saved: SidecarNote | undefined;
    while (!saved && Date.now() < deadline) {
      saved = fs.existsSync(sidecar) ? (parse(fs.readFileSync(sidecar, 'utf8')) as { notes: SidecarNote[] }).notes.find((n) => n.body === typed) : undefined;
      if (!saved) await page.waitForTimeout(200);
    }
    assert.equal(saved?.target.quote.exact, passage, 'the note is on the selected passage, with the typed body');
    assert.equal(fs.readFileSync(textFile, 'utf8'), before, 'the text on disk is unchanged');
    assert.equal(await page.locator('.tabs-container .tab.active.dirty').count(), 0, 'the diplomatic text has no unsaved change');
    // The note is shown in its thread on the passage.
    await showComment(page, typed);
  });
});
