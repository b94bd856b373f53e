// The context menu of the rows of the Chancery views, as an analyst uses it: right-click a person or a meeting, read
// the menu, and see where its commands lead (the References view, chancery.yaml).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expandRow, openLinkedWorkbench, pane, poll, screenshotIfFailed, statusBarSelection, type LinkedWorkbench } from './workbench';

/** Right-clicks a row; resolves to the menu's items as shown, a separator as `---`. */
async function openMenu(page: Page, row: Locator): Promise<string[]> {
  const menu = page.locator('.context-view .monaco-menu');
  // Rows move while the views fill in: click again until the menu shows.
  const shown = await poll(async () => {
    if (await menu.isVisible()) return true;
    await row.click({ button: 'right' });
    return menu.waitFor({ timeout: 2_000 }).then(() => true).catch(() => false);
  }, (open) => open, 15_000);
  assert.ok(shown, `no context menu on the row "${await row.innerText()}"`);
  return menu.locator('.action-item').evaluateAll((items) => items.map((item) => (item.querySelector('.separator') ? '---' : (item.querySelector('.action-label')?.textContent ?? '').trim())));
}

/** Chooses an item of the open context menu: the mouse on it, then Enter (a click just after the menu opened is ignored). */
async function choose(page: Page, title: string): Promise<void> {
  const menu = page.locator('.context-view .monaco-menu');
  await menu.locator('.action-item', { hasText: title }).first().hover();
  await menu.locator('.action-item.focused', { hasText: title }).waitFor({ timeout: 5_000 });
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'hidden', timeout: 5_000 });
}

/** The References view as it shows the last search: its title, its message and its rows' accessible names. */
async function referencesView(page: Page): Promise<{ title: string; message: string; rows: string[] }> {
  const view = page.locator('.part.sidebar');
  const title = ((await view.locator('.composite.title').textContent({ timeout: 2_000 }).catch(() => '')) ?? '').trim();
  const message = ((await view.locator('.pane-body .message').first().textContent({ timeout: 2_000 }).catch(() => '')) ?? '').trim();
  const rows = await view.locator('.monaco-list-row').evaluateAll((list) => list.map((row) => (row.querySelector('.label-name')?.textContent ?? '').replace(/\s+/g, ' ').trim()));
  return { title, message, rows };
}

describe('The context menu of the rows of the Chancery views', () => {
  let workbench: LinkedWorkbench | undefined;
  let page: Page;

  before(async () => {
    workbench = await openLinkedWorkbench('ui-row-menus', { settings: { 'comments.openView': 'never' } });
    page = workbench.page;
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, workbench?.page, 'row-menus');
    await page?.keyboard.press('Escape');
  });

  after(async () => {
    await workbench?.close();
  });

  /** Shows the Chancery container with only `name` open among its views (a tree renders only the rows in sight). */
  async function showView(name: string): Promise<Locator> {
    // A click on the container's icon while it is shown would close the side bar.
    if (!(await page.locator('.part.sidebar .pane-header[aria-label*="Meetings"]').first().isVisible())) {
      await page.locator('.part.activitybar .action-label[aria-label^="Chancery"]').click();
    }
    for (const other of ['Meetings', 'People', 'Documents', 'Notes']) {
      const header = page.locator(`.part.sidebar .pane-header[aria-label*="${other}"]`).first();
      await header.waitFor({ timeout: 30_000 });
      const expanded = (await header.getAttribute('aria-expanded')) === 'true';
      if (expanded !== (other === name)) await header.click();
    }
    return pane(page, name).locator('.monaco-list');
  }

  /** The row of a person in the People view, their state's group expanded. */
  async function personRow(state: string, name: string): Promise<Locator> {
    const tree = await showView('People');
    await expandRow(tree.locator('.monaco-list-row', { hasText: new RegExp(`^\\s*${state}`) }).first());
    const row = tree.locator('.monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: 15_000 });
    return row;
  }

  it('lists every mention of a person in the References view, from Find All Mentions on the row', async () => {
    // Kassym-Jomart Tokayev: named in the Bishkek summit's report and in the Astana declaration; not in chancery.yaml.
    const row = await personRow('Kazakhstan', 'Kassym-Jomart Tokayev');
    const menu = await openMenu(page, row);
    assert.deepEqual(menu, ['Find All Mentions', '---', 'Copy Name'], 'an unregistered person has no Go to Registry Entry');
    await choose(page, 'Find All Mentions');
    const shown = await poll(() => referencesView(page), (view) => view.message.includes('Tokayev') && view.rows.length >= 2);
    assert.match(shown.title, /References: Mentions/i, JSON.stringify(shown));
    assert.equal(shown.message, '2 mentions of Kassym-Jomart Tokayev in 2 texts');
    assert.deepEqual(shown.rows, ['2019-06-14-bishkek-summit.txt', '2024-07-04-astana-declaration.txt'], shown.rows.join('\n'));
    // Under each text, the mention in its line.
    for (const text of ['2019-06-14-bishkek-summit.txt', '2024-07-04-astana-declaration.txt']) {
      await expandRow(page.locator('.part.sidebar .monaco-list-row', { hasText: text }).first());
    }
    const expanded = await poll(() => referencesView(page), (view) => view.rows.length === 4);
    const mentions = expanded.rows.filter((r) => !r.includes('.txt'));
    assert.equal(mentions.length, 2, expanded.rows.join('\n'));
    assert.ok(mentions.every((r) => r.includes('Kassym-Jomart Tokayev')), expanded.rows.join('\n'));
  });

  it('lists the mentions of a meeting in the References view, from Find All Mentions on its row', async () => {
    const tree = await showView('Meetings');
    await expandRow(tree.locator('.monaco-list-row', { hasText: /^\s*2019/ }).first());
    const row = tree.locator('.monaco-list-row', { hasText: 'SCO Council of Heads of State' }).filter({ hasText: 'Bishkek' }).first();
    const menu = await openMenu(page, row);
    assert.deepEqual(menu, ['Find All Mentions', '---', 'Copy Name'], 'a meeting chancery.yaml does not list has no Go to Registry Entry');
    await choose(page, 'Find All Mentions');
    const shown = await poll(() => referencesView(page), (view) => view.message.includes('Bishkek') && view.rows.length >= 1);
    assert.match(shown.message, /^\d+ mentions? of SCO Council of Heads of State \(13–14 June 2019, Bishkek\) in 1 text$/, JSON.stringify(shown));
    // The text, and under it every mention in its line.
    await expandRow(page.locator('.part.sidebar .monaco-list-row', { hasText: '2019-06-14-bishkek-summit.txt' }).first());
    const expanded = await poll(() => referencesView(page), (view) => view.rows.length > 1);
    const [text, ...mentions] = expanded.rows;
    assert.equal(text, '2019-06-14-bishkek-summit.txt', expanded.rows.join('\n'));
    assert.equal(`${mentions.length} mention${mentions.length === 1 ? '' : 's'}`, /^(\d+ mentions?)/.exec(shown.message)?.[1], expanded.rows.join('\n'));
    assert.ok(mentions.every((r) => /meeting/i.test(r)), expanded.rows.join('\n'));
    // Lines start with a whole word: "Sooronbay Jeenbekov chaired the meeting", not "onbay Jeenbekov".
    assert.ok(mentions.some((r) => r.startsWith('Sooronbay Jeenbekov chaired the meeting')), expanded.rows.join('\n'));
  });

  it("opens chancery.yaml at a registered person's entry, from Go to Registry Entry on the row", async () => {
    const row = await personRow('Russia', 'Sergey Lavrov');
    const menu = await openMenu(page, row);
    assert.deepEqual(menu, ['Find All Mentions', 'Go to Registry Entry', '---', 'Copy Name']);
    await choose(page, 'Go to Registry Entry');
    await page.locator('.tabs-container .tab.active', { hasText: 'chancery.yaml' }).waitFor({ timeout: 15_000 });
    // The cursor on the entry: the status bar's line is the line of `- id: sergey-lavrov` in the file.
    const lines = fs.readFileSync(path.join(workbench?.run.workspace ?? '', 'chancery.yaml'), 'utf8').split('\n');
    const entry = lines.findIndex((l) => l.trim() === '- id: sergey-lavrov') + 1;
    const selection = await poll(() => statusBarSelection(page), (s) => s?.line === entry);
    assert.equal(selection?.line, entry, `the cursor (${JSON.stringify(selection)}) is on Sergey Lavrov's entry, line ${entry}`);
  });
});
