// Details an analyst meets in the workbench and that only the workbench shows: a long title cut on its row and whole
// in its tooltip, a note thread's heading as the note says it, commands offered only where they do something, and
// the views of a corpus without texts saying so rather than "indexing" for ever.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { openLinkedWorkbench, pane, poll, quickOpen, runCommand, screenshotIfFailed, selectPassage, showComment, waitForLanguage, type LinkedWorkbench } from './workbench';

const MOSCOW = '2020-09-10-moscow-foreign-ministers.txt';
const MOSCOW_TITLE = 'Information Message on the Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization';

/** The rows the Command Palette lists for `query`, as their accessible names. */
async function paletteRows(page: Page, query: string): Promise<string[]> {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 0; !(await input.isVisible()); attempt++) {
    if (attempt === 20) throw new Error('the Command Palette (F1) did not open');
    await page.keyboard.press('F1');
    await page.waitForTimeout(250);
  }
  await input.fill(`>${query}`);
  await page.waitForTimeout(800);
  const rows = await page.locator('.quick-input-list .monaco-list-row').evaluateAll((list) => list.map((row) => row.getAttribute('aria-label') ?? ''));
  await page.keyboard.press('Escape');
  return rows;
}

describe('Details of the views, threads and commands in the workbench', () => {
  let workbench: LinkedWorkbench | undefined;
  let page: Page;
  let emptyCorpus: string;

  before(async () => {
    workbench = await openLinkedWorkbench('ui-view-details', {
      settings: { 'comments.openView': 'never' },
      // A second folder beside the samples: a registry whose corpus pattern matches no file.
      prepare: (run) => {
        emptyCorpus = path.join(path.dirname(run.workspace), 'empty-corpus');
        fs.mkdirSync(path.join(emptyCorpus, 'texts'), { recursive: true });
        fs.writeFileSync(path.join(emptyCorpus, 'chancery.yaml'), 'version: 1\ncorpus:\n  - "texts/**/*.txt"\n');
      },
    });
    page = workbench.page;
    await quickOpen(page, MOSCOW);
    assert.equal(await waitForLanguage(page, 'Diplomatic Text', 30_000), 'Diplomatic Text');
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, workbench?.page, 'view-details');
    // A picker or box a failed test left open would take the next test's keys.
    await page?.keyboard.press('Escape');
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows the whole title of a text in the tooltip of its row in the Documents view', async () => {
    await page.locator('.part.activitybar .action-label[aria-label^="Chancery"]').click();
    const row = pane(page, 'Documents').locator('.monaco-list-row', { hasText: 'Information Message' }).first();
    await row.waitFor({ timeout: 30_000 });
    const label = row.locator('.label-name').first();
    const rowText = await label.innerText();
    assert.ok(rowText.includes(MOSCOW_TITLE.slice(0, 30)), `the row shows the title: ${rowText}`);
    const tooltip = page.locator('.workbench-hover, .monaco-hover:not(.hidden)').filter({ hasText: 'Information Message' }).first();
    const shown = await poll(async () => {
      // The mouse on the row's label where it is now (the views above still fill in and push it down), without
      // scrolling the label into view as Playwright's hover would.
      await page.mouse.move(600, 700);
      const box = await label.boundingBox();
      if (!box) return '';
      await page.mouse.move(box.x + 20, box.y + box.height / 2);
      return tooltip.innerText({ timeout: 3_000 }).catch(() => '');
    }, (text) => text.includes(MOSCOW_TITLE));
    assert.ok(shown.includes(MOSCOW_TITLE), `the tooltip shows the whole title:\n${shown}`);
    assert.match(shown, /10 September 2020/, shown);
    assert.equal(await row.getAttribute('aria-label').then((a) => a?.startsWith(MOSCOW_TITLE)), true, 'a screen reader reads the title first');
    await page.mouse.move(5, 5);
  });

  it('heads a note thread with the note\'s own words, ampersands and angle brackets included', async () => {
    await quickOpen(page, MOSCOW);
    const passage = 'Vladimir Norov also took part';
    assert.equal((await selectPassage(page, passage))?.selected, passage.length, 'the passage is selected');
    await runCommand(page, 'Chancery: Add Note on Selection');
    await page.locator('.quick-input-widget', { hasText: 'Note on' }).waitFor({ timeout: 15_000 });
    await page.keyboard.type('Trade & transit: <b>check</b> the SCO record');
    await page.keyboard.press('Enter');
    await showComment(page, 'Trade & transit');
    const thread = page.locator('.review-widget', { has: page.locator('.review-comment', { hasText: 'Trade & transit' }) }).first();
    const heading = await thread.locator('.head .review-title').innerText();
    assert.doesNotMatch(heading, /&amp;|&lt;|&gt;/, `the heading shows no HTML entity: ${heading}`);
    assert.match(heading, /^Trade . transit: .b.check..b. the SCO record$/, heading);
  });

  it('says at once that a text has no note to re-attach, without an empty list to pick from', async () => {
    await quickOpen(page, MOSCOW);
    assert.equal((await selectPassage(page, 'Council of Heads of State'))?.selected, 'Council of Heads of State'.length);
    await runCommand(page, 'Chancery: Re-attach Note Here');
    const message = page.locator('.notifications-toasts', { hasText: 'no orphaned or ambiguous note' });
    await message.waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('.quick-input-widget', { hasText: 'Which note belongs' }).isVisible(), false, 'no picker is open');
  });

  it('offers in the Command Palette only the grouping of meetings not in force, and no Clear Notes Filter without a filter', async () => {
    await quickOpen(page, MOSCOW);
    const grouping = await paletteRows(page, 'Chancery: Group Meetings by');
    assert.deepEqual(grouping.filter((r) => r.startsWith('Chancery: Group Meetings')), ['Chancery: Group Meetings by Body'], grouping.join('\n'));
    const clear = await paletteRows(page, 'Chancery: Clear Notes Filter');
    assert.equal(clear.some((r) => r.startsWith('Chancery: Clear Notes Filter')), false, clear.join('\n'));
  });

  it('says in the views of a corpus without texts that no file matches, not that it is indexing', async () => {
    await page.goto(page.url().replace(/folder=[^&]*/, `folder=${encodeURIComponent(emptyCorpus)}`));
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
    await page.locator('.part.activitybar .action-label[aria-label^="Chancery"]').click();
    for (const view of ['Meetings', 'People', 'Documents']) {
      const body = pane(page, view).locator('.pane-body');
      const text = await poll(() => body.innerText({ timeout: 5_000 }).catch(() => ''), (shown) => shown.includes('No text is in the corpus'));
      assert.match(text, /No text is in the corpus: no file matches the corpus patterns of chancery\.yaml/, `${view}: ${text}`);
      assert.doesNotMatch(text, /indexing/, `${view}: ${text}`);
    }
  });
});
