// Adding a note as an analyst does it: select a passage, run Add Note on Selection, type the note. The typing must
// land in the note, never in the diplomatic text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { openLinkedWorkbench, quickOpen, runCommand, screenshotIfFailed, selectPassage, showComment, waitForLanguage, type LinkedWorkbench } from './workbench';

const MOSCOW = '2020-09-10-moscow-foreign-ministers.txt';

interface SidecarNote {
  target: { quote: { exact: string } };
  body?: string;
}

describe('Adding notes in the workbench', () => {
  let workbench: LinkedWorkbench | undefined;
  let page: Page;
  let textFile: string;

  before(async () => {
    workbench = await openLinkedWorkbench('ui-notes-adding');
    page = workbench.page;
    textFile = path.join(workbench.run.workspace, 'texts', MOSCOW);
    await quickOpen(page, MOSCOW);
    assert.equal(await waitForLanguage(page, 'Diplomatic Text', 30_000), 'Diplomatic Text');
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, workbench?.page, 'notes-adding');
  });

  after(async () => {
    await workbench?.close();
  });

  it('takes the typed note in its own box, never in the text, and shows it on the passage', async () => {
    const passage = 'Vladimir Norov also took part';
    const typed = 'Norov attended as Secretary-General.';
    const before = fs.readFileSync(textFile, 'utf8');
    assert.equal((await selectPassage(page, passage))?.selected, passage.length, 'the passage is selected');

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

  it('exports the notes, the one just added among them, to the CSV file chosen in the save dialog', async () => {
    const typed = 'Norov attended as Secretary-General.';
    await runCommand(page, 'Chancery: Export Notes…');
    const picker = page.locator('.quick-input-widget');
    await picker.locator('.monaco-list-row', { hasText: 'CSV' }).first().click();
    // The save dialog of a browser workbench is a path box, filled with the proposed file: accept it.
    await picker.locator('input').waitFor({ timeout: 15_000 });
    const deadline = Date.now() + 10_000;
    while (!(await picker.locator('input').inputValue()).endsWith('chancery-notes.csv') && Date.now() < deadline) {
      await page.waitForTimeout(100);
    }
    assert.match(await picker.locator('input').inputValue(), /chancery-notes\.csv$/, 'the dialog proposes chancery-notes.csv');
    await page.keyboard.press('Enter');
    await page.locator('.notifications-toasts', { hasText: /Exported \d+ notes of \d+ texts? to chancery-notes\.csv/ }).waitFor({ timeout: 15_000 });
    const csv = fs.readFileSync(path.join(path.dirname(path.dirname(textFile)), 'chancery-notes.csv'), 'utf8');
    // A byte order mark first, for Excel.
    assert.ok(csv.startsWith('\uFEFF'), 'the CSV file starts with a UTF-8 byte order mark');
    const rows = csv.slice(1).split('\r\n');
    assert.equal(rows[0]?.split(',')[0], 'text');
    assert.ok(
      rows.some((row) => row.startsWith(`texts/${MOSCOW},`) && row.endsWith(`,${typed},`)),
      `no row for the added note:\n${rows.join('\n')}`,
    );
  });
});
