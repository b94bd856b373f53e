// Restricted Mode, on purpose: with workspace trust on and the folder not trusted, a reader still gets
// corpus texts as Diplomatic Text with their highlighting (capabilities.untrustedWorkspaces: limited).
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openLinkedWorkbench, quickOpen, saveScreenshot, textContaining, waitForColouredToken, waitForLanguage, type LinkedWorkbench } from './workbench';

const STATE = 'Kazakhstan';

describe('A corpus text in Restricted Mode', () => {
  let workbench: LinkedWorkbench | undefined;
  let page: Page;

  before(async () => {
    workbench = await openLinkedWorkbench('ui-restricted', {
      // Trust on, and no start-up prompt: the folder opens untrusted, in Restricted Mode.
      settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' },
    });
    page = workbench.page;
    await quickOpen(page, textContaining(workbench.run.workspace, STATE));
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows the Restricted Mode indicator', async () => {
    await page.locator('[id="status.workspaceTrust"]').waitFor({ timeout: 30_000 });
    assert.match(await page.locator('[id="status.workspaceTrust"]').innerText(), /Restricted Mode/);
  });

  it('still opens the corpus text as Diplomatic Text, highlighted', async () => {
    assert.equal(await waitForLanguage(page, 'Diplomatic Text', 30_000), 'Diplomatic Text');
    const { target, plain } = await waitForColouredToken(page, STATE);
    assert.ok(target && plain, `tokens not rendered: ${JSON.stringify({ target, plain })}`);
    assert.notEqual(target.color, plain.color);
    await saveScreenshot(page, 'restricted.png');
  });

  it('refuses, with a message, a command that writes files (checked inside the command)', async () => {
    // Add Note on Selection writes the sidecar: select a word, then run the command from the palette.
    await page.locator('.editor-instance .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>Chancery: Add Note on Selection');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Add Note on Selection' }).waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    const refusal = page.locator('.notification-toast', { hasText: 'Restricted Mode' });
    await refusal.waitFor({ timeout: 15_000 });
    assert.match(await refusal.innerText(), /cannot add notes in Restricted Mode/);
  });
});
