// `npm start` as a user runs it: the printed URL shows the corpus with a text open and highlighted, and
// Ctrl+C (SIGINT) stops code-server. Runs scripts/start.ts on a copy of samples/ with its own demo folder.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, repoRoot } from '../../scripts/codeServer';
import { openWorkbench, prepareRun, saveScreenshot, waitForColouredToken, waitForLanguage } from './workbench';

async function isServing(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

describe('The demo (npm start)', () => {
  let demo: ChildProcess;
  let output = '';
  let url: string;
  let browser: Browser;
  let page: Page;

  before(async () => {
    const run = prepareRun('ui-demo');
    // As `npm start` runs it: tsx as a loader in the one Node process, so that Ctrl+C reaches the script itself.
    // (tsx's own command relays signals to a child process and kills it when the child does not answer within
    // 30 ms, which a loaded machine can miss: the script then died without stopping code-server.)
    demo = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', run.workspace], {
      cwd: repoRoot,
      env: { ...process.env, CHANCERY_DEMO_DIR: path.dirname(run.userDataDir) },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, as in a terminal: Ctrl+C signals the whole group.
      detached: true,
    });
    demo.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    demo.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 60_000;
    let found: RegExpExecArray | null;
    while (!(found = /^\s+(http:\/\/127\.0\.0\.1:\d+\/\S*)$/m.exec(output)) && Date.now() < deadline && demo.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(found?.[1], `npm start printed no URL:\n${output}`);
    url = found[1];
    browser = await launchBrowser();
    page = await openWorkbench(browser, url);
  });

  after(async () => {
    await browser?.close();
    if (demo?.pid !== undefined && demo.exitCode === null) process.kill(-demo.pid, 'SIGKILL');
  });

  it('opens a corpus text, named Diplomatic Text in the status bar', async () => {
    await page.locator('.tabs-container .tab.active').waitFor({ timeout: 30_000 });
    assert.match(await page.locator('.tabs-container .tab.active').innerText(), /\.txt/);
    assert.equal(await waitForLanguage(page, 'Diplomatic Text', 30_000), 'Diplomatic Text');
  });

  it('highlights the text: a state name is coloured apart from plain words', async () => {
    const { target, plain } = await waitForColouredToken(page, 'Kazakhstan');
    assert.ok(target && plain, `tokens not rendered: ${JSON.stringify({ target, plain })}`);
    assert.notEqual(target.color, plain.color);
    await saveScreenshot(page, 'demo.png');
  });

  it('does not offer to create chancery.yaml in a folder that has one', async () => {
    assert.equal(await waitForLanguage(page, 'Diplomatic Text', 30_000), 'Diplomatic Text');
    const offers = page.locator('.notification-toast', { hasText: 'Create chancery.yaml' });
    // The toast's text only when there is one: reading a missing toast would wait for it.
    const count = await offers.count();
    assert.equal(count, 0, count > 0 ? await offers.first().innerText() : '');
  });

  it('stops code-server on Ctrl+C', async () => {
    const origin = new URL(url).origin;
    assert.equal(await isServing(origin), true);
    const exited = new Promise<number | null>((resolve) => demo.once('exit', (code) => resolve(code)));
    // What Ctrl+C in the terminal does: SIGINT to the foreground process group.
    assert.ok(demo.pid !== undefined);
    process.kill(-demo.pid, 'SIGINT');
    assert.equal(await exited, 0, output);
    assert.match(output, /SIGINT: stopping code-server/, output);
    assert.equal(await isServing(origin), false, `${origin} still answers after Ctrl+C`);
  });
});
