// The mocha entry of the seeds run: scripts/runIntegration.ts opens a workspace made of ../shared/seeds/*.txt and a
// chancery.yaml that only names the corpus, and loads this bundle (out/test/integration/seeds/index.js) into the
// extension host. Everything the views show there comes from the seed texts themselves.
import Mocha from 'mocha';
import * as vscode from 'vscode';

// Dynamic imports, so that a suite's body runs after mocha has defined `describe` (as in ../index.ts).
const suites: (() => Promise<unknown>)[] = [
  () => import('./personCard.test'),
  () => import('./meetingsView.test'),
];

/** Called by the extension host; resolves when every test passed, rejects otherwise. */
export async function run(): Promise<void> {
  console.log(`vscode.version ${vscode.version} (${vscode.env.appName}, seeds workspace, extension host ${process.version})`);
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  mocha.suite.emit('pre-require', globalThis, 'integration-seeds', mocha);
  for (const load of suites) {
    await load();
  }
  const { passes, failures, pending } = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? { passes: 0, failures: 1, pending: 0 } as Mocha.Stats));
  });
  console.log(`${passes} passed, ${failures} failed${pending > 0 ? `, ${pending} pending` : ''}`);
  if (failures > 0 || passes === 0) {
    throw new Error(passes === 0 ? 'no seeds integration test ran' : `${failures} seeds integration test(s) failed`);
  }
}
