// The one mocha entry of the integration suite. Both launchers load it into a real extension host:
// code-server through Playwright (scripts/runIntegration.ts) and desktop VS Code (test/runDesktop.ts).
// esbuild bundles it with the suites below into out/test/integration/index.js; `vscode` and `mocha` stay external.
import Mocha from 'mocha';
import * as vscode from 'vscode';

// Each suite is a dynamic import so that esbuild evaluates it only after mocha has defined
// `describe` and `it` (a static import would run the suite's body when the bundle loads).
const suites: (() => Promise<unknown>)[] = [
  () => import('./foundation.test'),
  () => import('./navigation.test'),
  () => import('./notes.test'),
  () => import('./registry.test'),
  () => import('./notesFiles.test'),
];

/** Called by the extension host; resolves when every test passed, rejects otherwise. */
export async function run(): Promise<void> {
  console.log(`vscode.version ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} UI, extension host ${process.version})`);
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000 });
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  for (const load of suites) {
    await load();
  }
  const { passes, failures, pending } = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? { passes: 0, failures: 1, pending: 0 } as Mocha.Stats));
  });
  console.log(`${passes} passed, ${failures} failed${pending > 0 ? `, ${pending} pending` : ''}`);
  if (failures > 0 || passes === 0) {
    throw new Error(passes === 0 ? 'no integration test ran' : `${failures} integration test(s) failed`);
  }
}
