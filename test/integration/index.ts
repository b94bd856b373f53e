// The one mocha entry of the integration suite. Both launchers load it into a real extension host:
// code-server through Playwright (scripts/runIntegration.ts) and desktop VS Code (test/runDesktop.ts).
// esbuild bundles it with the suites below into out/test/integration/index.js; `vscode` and `mocha` stay external.
import * as vscode from 'vscode';
import { runSuites, type SuiteLoader } from './runSuites';
import { checkSampleCorpus, recordSampleCorpus } from './sampleCorpus';

// Each suite is a dynamic import so that esbuild evaluates it only after mocha has defined
// `describe` and `it` (a static import would run the suite's body when the bundle loads).
const suites: SuiteLoader[] = [
  async () => recordSampleCorpus(),
  () => import('./foundation.test'),
  () => import('./interruptedWrites.test'),
  () => import('./navigation.test'),
  () => import('./notes.test'),
  () => import('./registry.test'),
  () => import('./notesExport.test'),
  () => import('./notesFiles.test'),
  () => import('./noteReplies.test'),
  () => import('./peopleView.test'),
  () => import('./documentsView.test'),
  () => import('./rowMenus.test'),
  // Last but the check of the corpus: it keeps the extension host busy with 2,100 texts.
  () => import('./largeCorpus.test'),
  async () => checkSampleCorpus(),
];

/** Called by the extension host; resolves when every test passed, rejects otherwise. */
export function run(): Promise<void> {
  const where = `${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} UI`;
  return runSuites('integration', where, suites, 20_000);
}
