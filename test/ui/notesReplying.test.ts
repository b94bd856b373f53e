// Replying to a note as a reviewer does it: open the note's thread, type in its reply box, press Reply. The reply shows
// under the note in the thread and is saved under the note in the sidecar; no note is added.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { openLinkedWorkbench, quickOpen, saveDocScreenshot, screenshotIfFailed, showComment, waitForLanguage, type LinkedWorkbench } from './workbench';

const MOSCOW = '2020-09-10-moscow-foreign-ministers.txt';
const FIRST_NOTE = 'Russia held the SCO chairmanship';
const TYPED = 'Reviewed: the chair rotates every year, as the Charter says.';

interface SidecarNote {
  id: string;
  replies?: { author?: string; created: string; body: string }[];
}

/** The file's text, or undefined while it is absent. */
function readIfThere(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

describe('Replying to notes in the workbench', () => {
  let workbench: LinkedWorkbench | undefined;
  let page: Page;
  let sidecar: string;

  before(async () => {
    workbench = await openLinkedWorkbench('ui-notes-replying', { settings: { 'comments.openView': 'never', 'chancery.notes.author': 'Reviewer' } });
    page = workbench.page;
    sidecar = path.join(workbench.run.workspace, 'texts', `${MOSCOW}.notes.yaml`);
    await quickOpen(page, MOSCOW);
    assert.equal(await waitForLanguage(page, 'Diplomatic Text', 30_000), 'Diplomatic Text');
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, workbench?.page, 'notes-replying');
  });

  after(async () => {
    await workbench?.close();
  });

  it('saves the text typed into a note thread’s reply box as a reply, shown under the note', async () => {
    const notesBefore = (parse(fs.readFileSync(sidecar, 'utf8')) as { notes: SidecarNote[] }).notes.length;
    await showComment(page, FIRST_NOTE);
    const widget = page.locator('.review-widget', { has: page.locator('.review-comment', { hasText: FIRST_NOTE }) }).first();
    // The collapsed reply box opens on a click; the editor inside it then takes the typing.
    await widget.locator('.review-thread-reply-button').click();
    const box = widget.locator('.comment-form .monaco-editor').first();
    await box.waitFor({ timeout: 10_000 });
    await box.click();
    await page.keyboard.type(TYPED);
    await widget.locator('.monaco-button', { hasText: /^Reply$/ }).first().click();

    const deadline = Date.now() + 15_000;
    let notes: SidecarNote[] = [];
    while (Date.now() < deadline) {
      // The write renames a temporary file over the sidecar, which VS Code does by deleting the sidecar first.
      const text = readIfThere(sidecar);
      if (text === undefined) {
        await page.waitForTimeout(50);
        continue;
      }
      notes = (parse(text) as { notes: SidecarNote[] }).notes;
      if (notes.some((n) => n.replies?.some((r) => r.body === TYPED))) break;
      await page.waitForTimeout(200);
    }
    const reply = notes.find((n) => n.id === 'n-dmwf4aaz2t4u')?.replies?.[0];
    assert.equal(reply?.body, TYPED, fs.readFileSync(sidecar, 'utf8'));
    assert.equal(reply?.author, 'Reviewer');
    assert.equal(notes.length, notesBefore, 'no note was added');
    // The reply is a further comment of the same thread, under the note.
    await widget.locator('.review-comment', { hasText: TYPED }).first().waitFor({ timeout: 10_000 });
    await widget.locator('.review-comment', { hasText: FIRST_NOTE }).first().waitFor({ timeout: 1_000 });
    // The README's picture of a note answered in its thread.
    await saveDocScreenshot(page, 'replies.png');
  });

  it('keeps the text typed into the reply box when the sidecar cannot be written, and says why', async () => {
    const original = fs.readFileSync(sidecar, 'utf8');
    // A sidecar of a newer format: its notes show, but Chancery never writes it.
    fs.writeFileSync(sidecar, original.replace(/^version: 1$/m, 'version: 2'));
    try {
      const typed = 'A second look: this reply must not be lost.';
      await showComment(page, FIRST_NOTE);
      const widget = page.locator('.review-widget', { has: page.locator('.review-comment', { hasText: FIRST_NOTE }) }).first();
      // Chancery reads the new version before the reply is sent: the Problems panel's count is not in reach, so wait
      // for the sidecar's diagnostics through the reply itself, trying again until the refusal comes.
      const box = widget.locator('.comment-form .monaco-editor').first();
      const deadline = Date.now() + 20_000;
      const refusal = page.locator('.notification-toast', { hasText: 'was not saved' });
      for (;;) {
        if (!(await box.isVisible())) {
          await widget.locator('.review-thread-reply-button').click();
          await box.waitFor({ timeout: 10_000 });
        }
        await box.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.type(typed);
        await widget.locator('.monaco-button', { hasText: /^Reply$/ }).first().click();
        if (await refusal.waitFor({ timeout: 3_000 }).then(() => true, () => false)) {
          break;
        }
        assert.ok(Date.now() < deadline, `no refusal; the sidecar:\n${fs.readFileSync(sidecar, 'utf8')}`);
      }
      assert.match(await refusal.first().innerText(), /2020-09-10-moscow-foreign-ministers\.txt\.notes\.yaml.*newer Chancery.*Update Chancery.*still in the reply box/s);
      await refusal.first().locator('.monaco-button', { hasText: 'Copy Reply' }).waitFor({ timeout: 5_000 });
      // The box still holds what was typed, and the file has no such reply.
      assert.equal((await box.innerText()).replace(/\u00a0/g, ' ').trim(), typed);
      assert.ok(!fs.readFileSync(sidecar, 'utf8').includes(typed));
    } finally {
      fs.writeFileSync(sidecar, fs.readFileSync(sidecar, 'utf8').replace(/^version: 2$/m, 'version: 1'));
    }
  });
});
