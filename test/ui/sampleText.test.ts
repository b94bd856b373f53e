// A sample text opened in the workbench with the extension under development, as a reader sees it.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { openLinkedWorkbench, quickOpen, runCommand, saveScreenshot, textContaining, waitForColouredToken, waitForLanguage, type LinkedWorkbench } from './workbench';

const STATE = 'Kazakhstan';

describe('A sample text in the workbench', () => {
  let workbench: LinkedWorkbench | undefined;
  let page: Page;
  let sample: string;

  before(async () => {
    workbench = await openLinkedWorkbench('ui-sample', {
      // VS Code's default theme on desktop; test-results/sample.png is the README's screenshot.
      settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    });
    page = workbench.page;
    sample = textContaining(workbench.run.workspace, STATE);
    await quickOpen(page, sample);
  });

  after(async () => {
    await workbench?.close();
  });

  it('names the language Diplomatic Text in the status bar', async () => {
    assert.equal(await waitForLanguage(page, 'Diplomatic Text'), 'Diplomatic Text');
  });

  it(`colours the state name ${STATE} differently from plain words`, async () => {
    const { target, plain } = await waitForColouredToken(page, STATE);
    assert.ok(target, `no rendered token contains ${STATE}`);
    assert.ok(plain, 'no plain word rendered');
    assert.notEqual(target.className, 'mtk1', `${STATE} is rendered as plain text: ${JSON.stringify(target)}`);
    assert.notEqual(target.color, plain.color, `${JSON.stringify(target)} vs ${JSON.stringify(plain)}`);
    await saveScreenshot(page, 'sample.png');
  });

  it('keeps README.txt, outside the corpus globs, as Plain Text', async () => {
    await quickOpen(page, 'README.txt');
    assert.equal(await waitForLanguage(page, 'Plain Text'), 'Plain Text');
    // The corpus text is still Diplomatic Text when the reader comes back to it.
    await quickOpen(page, path.basename(sample));
    assert.equal(await waitForLanguage(page, 'Diplomatic Text'), 'Diplomatic Text');
  });

  it('opens the corpus text as Diplomatic Text again after its editor was closed', async () => {
    await runCommand(page, 'View: Close All Editors');
    // The workbench disposes the closed document; opening it again makes a new one, plain text at first.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await quickOpen(page, path.basename(sample));
    assert.equal(await waitForLanguage(page, 'Diplomatic Text'), 'Diplomatic Text');
  });
});
