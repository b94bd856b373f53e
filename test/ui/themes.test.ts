// A seed text in VS Code's default dark and light themes: every kind of the scope contract is drawn in the colour
// README's table gives it, so that kinds are told apart in both. The screenshots go to docs/images/theme-*.png.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot, writeUserSettings } from '../../scripts/codeServer';
import { openLinkedWorkbench, quickOpen, saveDocScreenshot, waitForColouredToken, waitForLanguage, type LinkedWorkbench, type UiRun } from './workbench';

const STATE = 'Kazakhstan';
const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');

/** README's scope-contract table: the colour of each kind in each default theme. */
const themes = [
  {
    name: 'Default Dark Modern',
    workbenchClass: 'vs-dark',
    screenshot: 'theme-dark.png',
    colours: { state: '#4EC9B0', official: '#DCDCAA', role: '#9CDCFE', title: '#CE9178', organization: '#C586C0', place: '#569CD6', date: '#B5CEA8', heading: '#569CD6' },
  },
  {
    name: 'Default Light Modern',
    workbenchClass: 'vs',
    screenshot: 'theme-light.png',
    colours: { state: '#267F99', official: '#795E26', role: '#001080', title: '#A31515', organization: '#AF00DB', place: '#0000FF', date: '#098658', heading: '#800000' },
  },
];

type Kind = keyof (typeof themes)[number]['colours'];

/**
 * One example of each kind in the first screen of the seed text 000, as written there: the rendered token that
 * starts the example shows the kind's colour (a name nested in a longer span is its own token, in its own colour).
 */
const examples: Record<Kind, string> = {
  heading: 'Press Release on the Extraordinary Meeting of the Council of Ministers of Foreign Affairs',
  organization: 'Council of Ministers of Foreign Affairs',
  date: '20 September 2017',
  place: 'New York',
  role: 'Foreign Minister of the Republic of India',
  state: 'Republic of India',
  official: 'Sushma Swaraji',
  title: 'Charter of the Shanghai Cooperation Organization',
};

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/**
 * The first rendered token that starts each example (its text, trimmed, is a prefix of the example), with its colour
 * and weight. The editor renders spaces as no-break spaces.
 */
async function tokensStarting(page: Page, texts: readonly string[]): Promise<({ text: string; color: string; bold: boolean } | null)[]> {
  return page.evaluate(`(() => {
    const spans = Array.from(document.querySelectorAll('.editor-instance .view-lines .view-line span[class*="mtk"]'));
    return ${JSON.stringify(texts)}.map((example) => {
      const span = spans.find((s) => { const t = s.textContent.replace(/\\u00a0/g, ' ').trim(); return t.length >= 3 && example.startsWith(t); });
      if (!span) return null;
      const style = getComputedStyle(span);
      return { text: span.textContent, color: style.color, bold: Number(style.fontWeight) >= 600 || style.fontWeight === 'bold' };
    });
  })()`);
}

describe('A seed text in the default themes', () => {
  let workbench: LinkedWorkbench | undefined;
  let run: UiRun;
  let page: Page;
  let seed: string;

  before(async function () {
    const found = fs.existsSync(seedsDir) ? fs.readdirSync(seedsDir).find((file) => /^000_.*\.txt$/.test(file)) : undefined;
    if (!found) {
      throw new Error(`no seed text 000_*.txt in ${seedsDir}: the theme tests need ../shared/seeds beside the repository`);
    }
    seed = found;
    const first = themes[0];
    assert.ok(first);
    workbench = await openLinkedWorkbench('ui-themes', {
      // Inside texts/, so that the corpus globs of the sample registry take it in.
      prepare: (prepared) => fs.copyFileSync(path.join(seedsDir, found), path.join(prepared.workspace, 'texts', found)),
      settings: { 'workbench.colorTheme': first.name },
    });
    ({ run, page } = workbench);
    // Tall enough for the first title of the text to be drawn.
    await page.setViewportSize({ width: 1280, height: 1100 });
  });

  after(async () => {
    await workbench?.close();
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
    });

    it(`draws every kind in its colour of the scope contract in ${theme.name}`, async () => {
      const kinds = Object.keys(examples) as Kind[];
      const tokens = await tokensStarting(page, kinds.map((kind) => examples[kind]));
      const wrong = kinds
        .map((kind, i) => ({ kind, expected: rgb(theme.colours[kind]), token: tokens[i] }))
        .filter(({ expected, token }) => token?.color !== expected);
      assert.deepEqual(wrong, [], `kinds not in their README colour:\n${JSON.stringify(wrong, null, 1)}`);
      // Place and heading share a colour in Dark Modern: the heading is told apart by its weight.
      assert.ok(tokens[kinds.indexOf('heading')]?.bold, 'the heading is bold');
      assert.ok(!tokens[kinds.indexOf('place')]?.bold, 'a place is not bold');
      await saveDocScreenshot(page, theme.screenshot);
    });
  }
});
