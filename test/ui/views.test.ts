// The analyst's views in the workbench, as a reader uses them on the sample corpus: the hover cards of an official and a meeting,
// the Meetings tree of the Chancery view container (a passage row selects its passage), and a note shown as a
// comment thread on its passage. The screenshots go to test-results/ and to docs/images/ for the README.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expandRow, hoverOverText, openLinkedWorkbench, poll, quickOpen, runCommand, saveDocScreenshot, screenshotIfFailed, selectPassage, statusBarSelection, waitForLanguage, type LinkedWorkbench } from './workbench';

const MOSCOW = '2020-09-10-moscow-foreign-ministers.txt';
const OFFICIAL = 'Sergey Lavrov';

/** Opens Get Started with Chancery through "Welcome: Open Walkthrough...", as a reader does. */
async function openWalkthrough(page: Page): Promise<void> {
  await runCommand(page, 'Welcome: Open Walkthrough...');
  const picker = page.locator('.quick-input-widget');
  await picker.locator('input').fill('Chancery');
  await picker.locator('.monaco-list-row', { hasText: 'Get Started with Chancery' }).first().click();
  await page.locator('.gettingStartedContainer .getting-started-step', { hasText: 'Browse meetings, people and documents' }).first().waitFor({ timeout: 15_000 });
}

/** Whether the walkthrough shows the step titled `title` as done (its check mark). */
async function stepChecked(page: Page, title: string): Promise<boolean> {
  const step = page.locator('.gettingStartedContainer .getting-started-step', { has: page.locator('.step-title', { hasText: title }) }).first();
  return (await step.getAttribute('aria-checked')) === 'true';
}

/**
 * Opens the Moscow text in a tall window (VS Code caps a hover at a quarter of the editor's height, and a tall window
 * shows the whole card) and rests the mouse on `word` until the card holding `marker` shows `shown`: the index builds
 * in the background, so the mouse moves away and back. Returns the card and what it shows.
 */
async function cardOn(page: Page, word: string, marker: string, shown: string): Promise<{ card: Locator; text: string }> {
  await page.setViewportSize({ width: 1280, height: 1800 });
  await quickOpen(page, MOSCOW);
  assert.equal(await waitForLanguage(page, 'Diplomatic Text', 30_000), 'Diplomatic Text');
  const card = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: marker });
  const text = await poll(async () => {
    await page.mouse.move(5, 5);
    await hoverOverText(page, word);
    return card.first().innerText({ timeout: 3_000 }).catch(() => '');
  }, (text) => text.includes(shown));
  return { card, text };
}

/**
 * Saves the picture of the card holding `marker` for the README once it has faded in (the card and the widget around
 * it opaque), then moves the mouse away and gives the window its usual size back.
 */
async function saveCardPicture(page: Page, card: Locator, marker: string, file: string): Promise<void> {
  await page.waitForFunction(
    `(() => {
      const card = [...document.querySelectorAll('.monaco-hover:not(.hidden)')].find((e) => e.textContent.includes(${JSON.stringify(marker)}));
      for (let node = card; node; node = node.parentElement) if (Number(getComputedStyle(node).opacity) < 1) return false;
      return Boolean(card);
    })()`,
    undefined,
    { timeout: 5_000 },
  );
  const box = await card.first().boundingBox();
  assert.ok(box, 'the card has a size');
  const margin = 24;
  await saveDocScreenshot(page, file, { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: box.width + 2 * margin, height: box.height + 2 * margin });
  await page.mouse.move(5, 5);
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('The Chancery views in the workbench', () => {
  let workbench: LinkedWorkbench | undefined;
  let page: Page;
  let workspace: string;

  before(async () => {
    workbench = await openLinkedWorkbench('ui-views', {
      // The Comments panel would open with the first text that has notes and cover half the editor.
      settings: { 'workbench.colorTheme': 'Default Dark Modern', 'comments.openView': 'never' },
    });
    page = workbench.page;
    workspace = workbench.run.workspace;
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, workbench?.page, 'views');
  });

  after(async () => {
    await workbench?.close();
  });

  it(`shows the card of ${OFFICIAL} when the mouse rests on his name`, async () => {
    const { card, text } = await cardOn(page, 'Lavrov', 'mentions in', OFFICIAL);
    assert.match(text, /Sergey Lavrov/, `the card shows:\n${text}`);
    assert.match(text, /Also written: S\. Lavrov/, text);
    assert.match(text, /Minister of Foreign Affairs/, text);
    // The registry's notes and external id.
    assert.match(text, /Permanent Representative of Russia to the United Nations/, text);
    assert.match(text, /Wikidata Q47129/, text);
    assert.match(text, /\d+ mentions in \d+ texts?/, text);
    // The sidecar's note about him, as plain text.
    assert.match(text, /Notes[\s\S]*SCO chairmanship in 2019–2020/, text);
    await saveCardPicture(page, card, 'mentions in', 'hover.png');
  });

  it("shows a meeting's card when the mouse rests on its mention: date, place, report and participants", async () => {
    // "Moscow hosted the meeting of the Council of Ministers of Foreign Affairs": the first `meeting` in lower case.
    const { card, text } = await cardOn(page, 'meeting', 'participants', 'Reported by');
    assert.match(text, /^SCO Council of Ministers of Foreign Affairs/, `the card shows:\n${text}`);
    assert.match(text, /10 September 2020 · Moscow/, text);
    assert.match(text, /Reported by texts\/2020-09-10-moscow-foreign-ministers\.txt/, text);
    assert.match(text, /9 participants\s+Sergey Lavrov — Minister of Foreign Affairs, Russia · chair\s+S\. Jaishankar — Minister of External Affairs, India/, text);
    await saveCardPicture(page, card, 'participants', 'meeting-hover.png');
  });

  it('selects a passage in its text when its row of the Meetings tree is clicked', async () => {
    await page.locator('.part.activitybar .action-label[aria-label^="Chancery"]').click();
    // The tree renders only the rows in sight: fold the other views so that the Meetings view has the room.
    for (const name of ['People', 'Documents', 'Notes']) {
      const header = page.locator(`.pane-header[aria-label*="${name}"]`).first();
      if ((await header.getAttribute('aria-expanded').catch(() => null)) === 'true') await header.click();
    }
    const tree = page.locator('.pane:has(.pane-header[aria-label*="Meetings"]) .monaco-list');
    await tree.waitFor({ timeout: 30_000 });
    // The Moscow meeting of 2020-09-10 is in the 2020 group. Rows move while the index fills the tree, so a click
    // may land on a neighbour: click until the row says it is expanded.
    await expandRow(tree.locator('.monaco-list-row', { hasText: /^\s*2020/ }).first());
    await expandRow(tree.locator('.monaco-list-row', { hasText: 'Council of Ministers of Foreign Affairs' }).filter({ hasText: 'Moscow' }).first());
    // The passage of "Sergey Lavrov chaired the meeting": a row a reader recognises.
    const passage = tree.locator('.monaco-list-row:has(.codicon-quote)', { hasText: 'chaired the meeting' }).first();
    await passage.waitFor({ timeout: 15_000 });
    // Tree rows show a line break inside a passage as ⏎ and a cut line as …
    const collapse = (text: string) => text.replace(/[\s⏎]+/g, ' ').replace(/…/g, '').trim();
    const context = collapse(await passage.locator('.label-name').innerText());
    const doc = (await passage.locator('.label-description').innerText()).trim();
    await passage.click();
    await page.locator('.tabs-container .tab.active', { hasText: path.basename(doc) }).waitFor({ timeout: 15_000 });
    const selection = await poll(() => statusBarSelection(page), (s) => (s?.selected ?? 0) > 0);
    assert.ok(selection && selection.selected > 0, `the status bar shows no selection: ${JSON.stringify(selection)}`);
    // The status bar gives the cursor (the selection's end) and the length: read in the text on disk, they give
    // the selected words, which must be the row's passage.
    const lines = fs.readFileSync(path.join(workspace, doc), 'utf8').split('\n');
    const end = lines.slice(0, selection.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + selection.column - 1;
    const selected = lines.join('\n').slice(end - selection.selected, end);
    assert.match(selected, /meeting/i, `selected "${selected}" (${JSON.stringify(selection)})`);
    assert.ok(context.includes(collapse(selected)), `selected "${selected}" (${JSON.stringify(selection)}) is not the passage of the row "${context}"`);
    assert.ok(await page.locator('.editor-instance .selected-text').first().isVisible(), 'the editor highlights the selection');
    // The README's picture: the expanded meeting beside the passage it selected.
    await saveDocScreenshot(page, 'meetings.png');
  });

  it("shows a meeting's card when the mouse rests on its row in the Meetings view", async () => {
    const tree = page.locator('.pane:has(.pane-header[aria-label*="Meetings"]) .monaco-list');
    // The Chancery icon toggles its side bar: click it only when the Meetings view is not shown already.
    if (!(await tree.isVisible())) await page.locator('.part.activitybar .action-label[aria-label^="Chancery"]').click();
    await tree.waitFor({ timeout: 30_000 });
    const group = tree.locator('.monaco-list-row', { hasText: /^\s*2020/ }).first();
    if ((await group.getAttribute('aria-expanded')) !== 'true') await expandRow(group);
    const meeting = tree.locator('.monaco-list-row', { hasText: 'Council of Ministers of Foreign Affairs' }).filter({ hasText: 'Moscow' }).first();
    await meeting.locator('.label-name').hover();
    const card = page.locator('.monaco-hover:visible', { hasText: 'Reported by' }).first();
    await card.waitFor({ timeout: 15_000 });
    const text = await card.innerText();
    assert.match(text, /^SCO Council of Ministers of Foreign Affairs/, `the card shows:\n${text}`);
    assert.match(text, /10 September 2020 · Moscow/, text);
    assert.match(text, /Reported by texts\/2020-09-10-moscow-foreign-ministers\.txt/, text);
    assert.match(text, /9 participants\s+Sergey Lavrov — Minister of Foreign Affairs, Russia · chair/, text);
    // Its links are the card's: the report opens at the meeting's mention.
    await card.locator('a', { hasText: 'texts/2020-09-10-moscow-foreign-ministers.txt' }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: '2020-09-10-moscow-foreign-ministers.txt' }).waitFor({ timeout: 15_000 });
    await page.mouse.move(5, 5);
  });

  it("shows a person's card when the mouse rests on their row in the People view", async () => {
    const header = page.locator('.pane-header[aria-label*="People"]').first();
    if (!(await header.isVisible())) await page.locator('.part.activitybar .action-label[aria-label^="Chancery"]').click();
    // The tree renders only the rows in sight: fold the other views so that the People view has the room.
    for (const name of ['Meetings', 'Documents', 'Notes']) {
      const other = page.locator(`.pane-header[aria-label*="${name}"]`).first();
      if ((await other.getAttribute('aria-expanded').catch(() => null)) === 'true') await other.click();
    }
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const tree = page.locator('.pane:has(.pane-header[aria-label*="People"]) .monaco-list');
    await tree.waitFor({ timeout: 30_000 });
    await expandRow(tree.locator('.monaco-list-row', { hasText: /^\s*Russia/ }).first());
    await tree.locator('.monaco-list-row', { hasText: 'Sergey Lavrov' }).first().locator('.label-name').hover();
    const card = page.locator('.monaco-hover:visible', { hasText: 'mentions in' }).first();
    await card.waitFor({ timeout: 15_000 });
    const text = await card.innerText();
    // The card, as on his name in a text; the row's tooltip was the list of his roles alone.
    assert.match(text, /^Sergey Lavrov · Russia/, `the card shows:\n${text}`);
    assert.match(text, /Also written: S\. Lavrov/, text);
    assert.match(text, /\d+ mentions in \d+ texts?/, text);
    await page.mouse.move(5, 5);
    // The Meetings view open again, as the tests after this one find it.
    await page.locator('.pane-header[aria-label*="Meetings"]').first().click();
  });

  it('shows a note of the sidecar as a comment thread on its passage', async () => {
    await quickOpen(page, MOSCOW);
    const body = 'Russia held the SCO chairmanship';
    const widget = page.locator('.review-widget .comment-body', { hasText: body });
    // Threads start collapsed, as a gutter icon: expand them as a reader would, from the Command Palette.
    const shown = await poll(async () => {
      if (await widget.first().isVisible()) return true;
      await runCommand(page, 'Comments: Expand All Comments').catch(() => undefined);
      return widget.first().isVisible({ timeout: 2_000 }).catch(() => false);
    }, (visible) => visible);
    assert.ok(shown, `no comment widget shows "${body}"`);
    assert.match(await widget.first().innerText(), /SCO chairmanship in 2019–2020/);
    await saveDocScreenshot(page, 'notes.png');
  });

  it('opens the Get Started walkthrough, whose steps show their text and run their commands', async () => {
    // A text is open, the registry read, a jump made and the Meetings view shown before the walkthrough is: their
    // steps are checked as soon as it shows.
    await quickOpen(page, MOSCOW);
    assert.equal(await waitForLanguage(page, 'Diplomatic Text', 30_000), 'Diplomatic Text');
    await runCommand(page, 'Chancery: Next Mention');
    // The palette is still closing: the next command would find it and type into it as it goes.
    await page.locator('.quick-input-widget input').waitFor({ state: 'hidden', timeout: 15_000 });
    await runCommand(page, 'Chancery: Focus on Meetings View');
    await openWalkthrough(page);
    const steps = page.locator('.gettingStartedContainer .getting-started-step');
    const titles = (await steps.locator('.step-title').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(titles.slice(0, 3), ['Open a text of your corpus', 'Describe your corpus in chancery.yaml', 'Browse meetings, people and documents'], `steps: ${titles.join(' | ')}`);
    for (const done of ['Open a text of your corpus', 'Describe your corpus in chancery.yaml', 'Browse meetings, people and documents', 'Jump between cross-references']) {
      assert.equal(await poll(() => stepChecked(page, done), (checked) => checked), true, `"${done}" is checked`);
    }
    assert.equal(await stepChecked(page, 'Annotate a passage'), false, 'no note was added yet');
    // A step's markdown is drawn in a webview beside the steps.
    await steps.filter({ hasText: 'Browse meetings, people and documents' }).first().click();
    const media = page.frameLocator('.gettingStartedContainer iframe').frameLocator('iframe#active-frame');
    await media.getByText('searches all of them as you type').waitFor({ timeout: 15_000 });
    // Its button focuses the Meetings view, which says the corpus's meetings.
    await page.getByRole('button', { name: 'Open the Meetings View' }).click();
    await page.locator('.pane-header', { hasText: 'Meetings' }).first().waitFor({ timeout: 15_000 });
    assert.ok(await page.locator('.pane-header.expanded', { hasText: 'Meetings' }).first().isVisible(), 'the Meetings view is open');
  });

  it('checks the Annotate step of the walkthrough once its button has led to a note, not before', async () => {
    // No text open: the button once failed with "Open a diplomatic text first" and checked the step all the same.
    await runCommand(page, 'View: Close All Editor Groups');
    await openWalkthrough(page);
    await page.locator('.gettingStartedContainer .getting-started-step', { hasText: 'Annotate a passage' }).first().click();
    // The button offers the texts of the corpus, then opens the one picked.
    await page.getByRole('button', { name: 'Add a Note' }).click();
    const picker = page.locator('.quick-input-widget');
    await picker.locator('input[placeholder="Pick the text to annotate"]').waitFor({ timeout: 15_000 });
    await picker.locator('input').fill(MOSCOW);
    await picker.locator('.monaco-list-row.focused', { hasText: MOSCOW }).waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await page.locator('.notifications-toasts', { hasText: 'Select the passage of' }).first().waitFor({ timeout: 15_000 });
    assert.equal(await waitForLanguage(page, 'Diplomatic Text', 30_000), 'Diplomatic Text');
    // The button ran, the text is open: no note yet, so the step waits.
    await openWalkthrough(page);
    await page.waitForTimeout(1_000);
    assert.equal(await stepChecked(page, 'Annotate a passage'), false, 'the step waits for a note');
    await quickOpen(page, MOSCOW);

    const passage = 'Sergey Lavrov chaired the meeting';
    const body = 'Chaired by the host.';
    assert.equal((await selectPassage(page, passage))?.selected, passage.length, 'the passage is selected');
    await runCommand(page, 'Chancery: Add Note on Selection');
    await page.locator('.quick-input-widget', { hasText: 'Note on' }).waitFor({ timeout: 15_000 });
    await page.keyboard.type(body);
    await page.keyboard.press('Enter');
    const sidecar = path.join(workspace, 'texts', `${MOSCOW}.notes.yaml`);
    const written = await poll(async () => fs.readFileSync(sidecar, 'utf8').includes(body), (found) => found);
    assert.ok(written, 'the note is written to the sidecar');

    await openWalkthrough(page);
    assert.equal(await poll(() => stepChecked(page, 'Annotate a passage'), (checked) => checked), true, 'the Annotate step is checked');
  });

  it("shows a treaty's articles in the Outline view, and the article of the cursor in the breadcrumbs", async () => {
    const treaty = '2007-08-16-bishkek-treaty.txt';
    // The README's picture: the treaty alone, without the earlier tests' editors and find widget.
    await runCommand(page, 'View: Close All Editors');
    await quickOpen(page, treaty);
    assert.equal(await waitForLanguage(page, 'Diplomatic Text', 30_000), 'Diplomatic Text');
    await page.keyboard.press('Escape');
    await runCommand(page, 'Explorer: Focus on Outline View');
    const outline = page.locator('.pane:has(.pane-header[aria-label*="Outline"]) .monaco-list');
    const article2 = outline.locator('.monaco-list-row', { hasText: /^\s*Article 2\s*$/ }).first();
    await article2.waitFor({ timeout: 30_000 });
    const rows = (await outline.locator('.monaco-list-row .label-name').allInnerTexts()).map((r) => r.trim());
    assert.match(rows[0] ?? '', /^Treaty on Long-Term Good-Neighbourliness/, rows.join(' | '));
    assert.deepEqual(rows.slice(1, 4), ['Article 1', 'Article 2', 'Signatures'], rows.join(' | '));
    // A click on the row takes the cursor to the article, whose name the breadcrumbs then show.
    await article2.click();
    const line = fs.readFileSync(path.join(workspace, 'texts', treaty), 'utf8').split('\n').indexOf('Article 2') + 1;
    const cursor = await poll(() => statusBarSelection(page), (s) => s?.line === line);
    assert.equal(cursor?.line, line, `the cursor: ${JSON.stringify(cursor)}`);
    const crumbs = page.locator('.part.editor .monaco-breadcrumbs .monaco-breadcrumb-item');
    const trail = await poll(async () => (await crumbs.allInnerTexts()).map((c) => c.trim()), (t) => t.includes('Article 2'));
    assert.ok(trail.includes('Article 2'), `the breadcrumbs: ${trail.join(' › ')}`);
    // The title is cut in the breadcrumbs, so that the article stays in sight.
    assert.ok(await crumbs.filter({ hasText: /^\s*Article 2\s*$/ }).first().isVisible(), `the breadcrumbs: ${trail.join(' › ')}`);
    await saveDocScreenshot(page, 'outline.png');
    // The articles fold: Fold All leaves each article's first line, its text hidden until Unfold All.
    const prose = page.locator('.editor-instance .view-lines .view-line', { hasText: 'shall develop long-term' });
    assert.equal(await prose.count(), 1, "the first article's text is shown");
    await runCommand(page, 'Fold All');
    assert.equal(await poll(() => prose.count(), (n) => n === 0), 0, "Fold All hides the first article's text");
    await runCommand(page, 'Unfold All');
    assert.equal(await poll(() => prose.count(), (n) => n === 1), 1, 'Unfold All shows it again');
  });

  it('lists the person first in Find Person, Meeting or Document, above a text whose title holds their name', async () => {
    // A readout titled with the minister's name: the workbench's own filter matches `Lavrof` in its title letter by
    // letter (`Lavro` ... `Foreign`), not in `Sergey Lavrov`, and sorted it first.
    const title = 'Russian Foreign Minister Sergey Lavrov meets Chinese Foreign Minister Wang Yi';
    fs.writeFileSync(path.join(workspace, 'texts', '2024-06-10-lavrov-wang.txt'), `${title}\n\nOn 10 June 2024, Minister of Foreign Affairs of the Russian Federation Sergey Lavrov met with Minister of Foreign Affairs of the People's Republic of China Wang Yi.\n`);
    // A text open: the extension is active and has read the registry (the command is offered with one).
    await quickOpen(page, MOSCOW);
    assert.equal(await waitForLanguage(page, 'Diplomatic Text', 30_000), 'Diplomatic Text');
    const picker = page.locator('.quick-input-widget');
    const rows = await poll(async () => {
      if (!(await picker.isVisible())) await runCommand(page, 'Chancery: Find Person, Meeting or Document…');
      await picker.locator('input').fill('Lavrof');
      await page.waitForTimeout(300);
      return (await picker.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts()).map((r) => r.trim());
    }, (r) => r.some((label) => label.includes(title)));
    assert.equal(rows[0], 'Sergey Lavrov', rows.join(' | '));
    assert.ok(rows.findIndex((label) => label.includes(title)) > 0, rows.join(' | '));
    await page.keyboard.press('Escape');
  });

  it('finds a person in Ctrl+T by their name typed without its accents', async () => {
    fs.writeFileSync(path.join(workspace, 'texts', '2024-06-12-sikorski.txt'), 'PRESS RELEASE\n\nOn 12 June 2024, Minister of Foreign Affairs of the Republic of Poland Radosław Sikorski spoke.\n');
    await quickOpen(page, MOSCOW);
    assert.equal(await waitForLanguage(page, 'Diplomatic Text', 30_000), 'Diplomatic Text');
    const picker = page.locator('.quick-input-widget');
    const rows = await poll(async () => {
      if (!(await picker.isVisible())) await page.keyboard.press('Control+T');
      await picker.locator('input').fill('#Radoslaw');
      await page.waitForTimeout(300);
      return (await picker.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts()).map((r) => r.trim());
    }, (r) => r.some((label) => label.includes('Sikorski')));
    assert.equal(rows[0], 'Radosław Sikorski (Radoslaw Sikorski)', rows.join(' | '));
    await page.keyboard.press('Escape');
  });
});
