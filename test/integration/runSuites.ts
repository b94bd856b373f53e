// The body both integration entries share: print where the tests run, load the suites, run mocha, report counts.
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** A suite module, loaded by a dynamic import so that its body runs after mocha has defined `describe` and `it`. */
export type SuiteLoader = () => Promise<unknown>;

/**
 * Runs the suites in the extension host; resolves when every test passed, rejects otherwise (the workbench then
 * calls codeAutomationExit with 1). `name` tells the runs apart in the output: `integration`, `seeds integration`.
 */
export async function runSuites(name: string, where: string, suites: readonly SuiteLoader[], timeout: number): Promise<void> {
  console.log(`vscode.version ${vscode.version} (${vscode.env.appName}, ${where}, extension host ${process.version})`);
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout });
  mocha.suite.emit('pre-require', globalThis, name, mocha);
  for (const load of suites) {
    await load();
  }
  const { passes, failures, pending } = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? ({ passes: 0, failures: 1, pending: 0 } as Mocha.Stats)));
  });
  console.log(`${passes} passed, ${failures} failed${pending > 0 ? `, ${pending} pending` : ''}`);
  if (failures > 0 || passes === 0) {
    throw new Error(passes === 0 ? `no ${name} test ran` : `${failures} ${name} test(s) failed`);
  }
}
