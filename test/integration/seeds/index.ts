// The mocha entry of the seeds run: scripts/runIntegration.ts opens a workspace made of ../shared/seeds/*.txt and a
// chancery.yaml that only names the corpus, and loads this bundle (out/test/integration/seeds/index.js) into the
// extension host. Everything the views show there comes from the seed texts themselves.
import { runSuites, type SuiteLoader } from '../runSuites';

// Dynamic imports, so that a suite's body runs after mocha has defined `describe` (as in ../index.ts).
const suites: SuiteLoader[] = [
  () => import('./personCard.test'),
  () => import('./meetingsView.test'),
];

/** Called by the extension host; resolves when every test passed, rejects otherwise. */
export function run(): Promise<void> {
  return runSuites('seeds integration', 'seeds workspace', suites, 60_000);
}
