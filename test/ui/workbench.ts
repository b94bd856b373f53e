// What the UI tests do with the workbench of code-server, as a user would: open files through Quick Open,
// read the rendered tokens and the status bar, take screenshots.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, linkWorkingCopy, repoRoot, scratchDir, startCodeServer, workbenchUrl, type RunningCodeServer } from '../../scripts/codeServer';

export const resultsDir = path.join(repoRoot, 'test-results');

/** A rendered token: its text, its `mtkN` class and the colour the theme gave it. */
export interface RenderedToken {
  text: string;
  className: string;
  color: string;
}

/** Opens the workbench URL in a fresh page and waits until the workbench and its status bar are up. */
export async function openWorkbench(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
  return page;
}

/** Opens a file by name through Quick Open (Ctrl+P), the way a user would, and waits for its editor. */
export async function quickOpen(page: Page, fileName: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  // The first key press may land before the workbench listens for keys: retry until Quick Open shows.
  for (let attempt = 0; !(await input.isVisible()); attempt++) {
    if (attempt === 20) throw new Error('Quick Open (Ctrl+P) did not open');
    await page.keyboard.press('Control+P');
    await page.waitForTimeout(250);
  }
  await input.fill(fileName);
  // The exact name: `a.txt` must not match its sidecar `a.txt.notes.yaml`.
  const exactName = new RegExp(`^${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  // Enter opens the focused row: wait until filtering has put the file there.
  await page.locator('.quick-input-list .monaco-list-row.focused .label-name', { hasText: exactName }).waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active .label-name', { hasText: exactName }).waitFor({ timeout: 30_000 });
  await page.locator('.editor-instance .view-lines .view-line').first().waitFor({ timeout: 30_000 });
}

/** The text of the status bar's language indicator ("Plain Text", "Diplomatic Text"). */
export async function statusBarLanguage(page: Page): Promise<string> {
  return (await page.locator('[id="status.editor.mode"]').innerText()).trim();
}

/** Polls `read` until `accept` holds; returns the last value read either way, for the assertion's message. */
export async function poll<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

/** The pane of a view of the side bar (the Chancery container's Meetings, People...), by its name. */
export function pane(page: Page, name: string): Locator {
  return page.locator(`.part.sidebar .pane:has(.pane-header[aria-label*="${name}"])`).first();
}

/** Expands a tree row by clicking its twistie until the row reports aria-expanded. */
export async function expandRow(row: Locator): Promise<void> {
  await row.waitFor({ timeout: 30_000 });
  const expanded = await poll(async () => {
    if ((await row.getAttribute('aria-expanded')) === 'true') return true;
    await row.locator('.monaco-tl-twistie').click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return (await row.getAttribute('aria-expanded')) === 'true';
  }, (done) => done, 15_000);
  if (!expanded) throw new Error(`the row "${await row.innerText()}" does not expand`);
}

/** Waits until the status bar names `language`; returns what it showed last. */
export async function waitForLanguage(page: Page, language: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let shown = await statusBarLanguage(page);
  while (shown !== language && Date.now() < deadline) {
    await page.waitForTimeout(100);
    shown = await statusBarLanguage(page);
  }
  return shown;
}

/**
 * The first rendered token that contains `text`, and the first token in the default foreground (`mtk1`,
 * monaco's class for text no grammar rule coloured) that holds a word: a plain word to compare against.
 */
export async function tokensToCompare(page: Page, text: string): Promise<{ target?: RenderedToken; plain?: RenderedToken }> {
  // A string, not a function: tsx would wrap a function's inner helpers in `__name`, which the page lacks.
  return page.evaluate(`(() => {
    const spans = Array.from(document.querySelectorAll('.editor-instance .view-lines .view-line span[class*="mtk"]'));
    const token = (span) => span && { text: span.textContent, className: span.className, color: getComputedStyle(span).color };
    const target = spans.find((span) => span.textContent.includes(${JSON.stringify(text)}));
    const plain = spans.find((span) => span.classList.contains('mtk1') && /[a-z]{4,}/.test(span.textContent));
    return { target: token(target), plain: token(plain) };
  })()`);
}

/** Polls until a token containing `text` is rendered in a colour other than plain words'. */
export async function waitForColouredToken(page: Page, text: string, timeoutMs = 15_000): Promise<{ target?: RenderedToken; plain?: RenderedToken }> {
  const deadline = Date.now() + timeoutMs;
  let tokens = await tokensToCompare(page, text);
  // Tokenisation and the theme arrive after the first render.
  while (!(tokens.target && tokens.plain && tokens.target.color !== tokens.plain.color) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    tokens = await tokensToCompare(page, text);
  }
  return tokens;
}

/** Saves a screenshot of the whole workbench under test-results/. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, name);
  await page.screenshot({ path: file });
  return file;
}

/** A writable copy of samples/ under .vscode-test/runs/<name>, with the server's folders beside it. */
export interface UiRun {
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
}

export function prepareRun(name: string): UiRun {
  const scratch = scratchDir(name);
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(repoRoot, 'samples'), workspace, { recursive: true });
  return { workspace, userDataDir: path.join(scratch, 'user-data'), extensionsDir: path.join(scratch, 'extensions') };
}

/** A workbench open on a fresh copy of samples/, with the working copy installed as a linked extension. */
export interface LinkedWorkbench {
  run: UiRun;
  server: RunningCodeServer;
  browser: Browser;
  page: Page;
  /** Closes the browser and stops the server: for mocha's `after`. */
  close(): Promise<void>;
}

/**
 * Prepares a run named `name` (see `prepareRun`), lets `prepare` change its workspace before anything starts, then
 * starts code-server with `settings` over the defaults and opens the workbench in a new browser. The extension is
 * installed as a link rather than loaded through the development payload, so that user settings apply to it.
 */
export async function openLinkedWorkbench(name: string, options: { settings?: Record<string, unknown>; prepare?: (run: UiRun) => void } = {}): Promise<LinkedWorkbench> {
  const run = prepareRun(name);
  options.prepare?.(run);
  linkWorkingCopy(run.extensionsDir);
  const server = await startCodeServer({ folder: run.workspace, userDataDir: run.userDataDir, extensionsDir: run.extensionsDir, settings: options.settings });
  const browser = await launchBrowser();
  const page = await openWorkbench(browser, workbenchUrl(server, run.workspace));
  return {
    run,
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * For mocha's `afterEach`: a failed test leaves a picture of the workbench as it was, named after `prefix` and the
 * test's first words.
 */
export async function screenshotIfFailed(test: Mocha.Test | undefined, page: Page | undefined, prefix: string): Promise<void> {
  if (test?.state === 'failed' && page) {
    await saveScreenshot(page, `${prefix}-failed-${test.title.split(' ').slice(0, 3).join('-')}.png`).catch(() => undefined);
  }
}

/** The first text under `folder`/texts that contains `text`, by file name. */
export function textContaining(folder: string, text: string): string {
  const textsDir = path.join(folder, 'texts');
  const name = fs.readdirSync(textsDir).sort().find((file) => fs.readFileSync(path.join(textsDir, file), 'utf8').includes(text));
  if (!name) throw new Error(`no text under ${textsDir} contains "${text}"`);
  return name;
}

/** Runs a command by its title through the Command Palette (F1), as a user would. */
export async function runCommand(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 0; !(await input.isVisible()); attempt++) {
    if (attempt === 20) throw new Error('the Command Palette (F1) did not open');
    await page.keyboard.press('F1');
    await page.waitForTimeout(250);
  }
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row.focused .label-name', { hasText: title }).waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

/** Moves the mouse onto the first rendered occurrence of `text` in the active editor (its middle character). */
export async function hoverOverText(page: Page, text: string): Promise<void> {
  // A string, not a function: tsx would wrap a function's inner helpers in `__name`, which the page lacks.
  const box = await page.evaluate<{ x: number; y: number } | undefined>(`(() => {
    const lines = document.querySelector('.editor-instance .view-lines');
    if (!lines) return undefined;
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(${JSON.stringify(text)});
      if (at < 0) continue;
      const range = document.createRange();
      const middle = at + Math.floor(${text.length} / 2);
      range.setStart(node, middle);
      range.setEnd(node, middle + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return undefined;
  })()`);
  if (!box) throw new Error(`"${text}" is not rendered in one piece in the active editor`);
  await page.mouse.move(box.x, box.y);
}

/**
 * Selects the first occurrence of `passage` in the active editor as a reader does: Find, then Escape leaves the match
 * selected in the text. Returns the selection the status bar then reports.
 */
export async function selectPassage(page: Page, passage: string): Promise<{ line: number; column: number; selected: number } | undefined> {
  await page.locator('.editor-instance .view-lines').first().click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type(passage);
  await page.waitForTimeout(300);
  await page.keyboard.press('Escape');
  return statusBarSelection(page);
}

/** The active editor's selection as the status bar shows it: "Ln 5, Col 55 (13 selected)". */
export async function statusBarSelection(page: Page): Promise<{ line: number; column: number; selected: number } | undefined> {
  const text = (await page.locator('[id="status.editor.selection"]').innerText().catch(() => '')).trim();
  const found = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
  return found ? { line: Number(found[1]), column: Number(found[2]), selected: Number(found[3] ?? 0) } : undefined;
}

/** Saves a screenshot of part of the workbench under test-results/ and copies it to docs/images/ for the README. */
export async function saveDocScreenshot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<string> {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, name);
  await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
  const docsImages = path.join(repoRoot, 'docs', 'images');
  fs.mkdirSync(docsImages, { recursive: true });
  fs.copyFileSync(file, path.join(docsImages, name));
  return file;
}

/**
 * The comment (`.review-comment`) that shows `text` on the active editor, in its title or its body. Threads start
 * collapsed, as a gutter icon: runs "Comments: Expand All Comments" from the Command Palette, as a reader would,
 * until the comment shows.
 */
export async function showComment(page: Page, text: string, timeoutMs = 30_000): Promise<Locator> {
  const comment = page.locator('.review-widget .review-comment', { hasText: text }).first();
  if (await comment.isVisible()) {
    return comment;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await runCommand(page, 'Comments: Expand All Comments').catch(() => undefined);
    await comment.waitFor({ state: 'visible', timeout: 2_000 }).catch(() => undefined);
    // Expanded, and still expanded a moment later. A thread expanded in the 100 ms between its creation and the
    // extension host's first batch of its fields (comments, label, collapsed state) shows its comment, then folds
    // shut when the batch's collapsed state is applied.
    if ((await comment.isVisible()) && (await page.waitForTimeout(700).then(() => comment.isVisible()))) {
      return comment;
    }
  }
  throw new Error(`no comment widget shows "${text}"`);
}
