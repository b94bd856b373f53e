// A corpus large enough for the editor to extract the texts of a full run in a worker thread. Loaded last
// (test/integration/index.ts): it writes, reads and deletes 2,100 texts, which keeps the extension host busy for a
// few seconds.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { named, symbols, until } from './corpusFixture';
import { waitFor } from './waitFor';

describe('A large corpus read again', () => {
  it('finds the officials of a state the registry adds in all of 2,100 new texts, the last of them extracted in a worker thread', async function () {
    // Writing 2,100 files, two full runs over them and their removal: longer than the suite's 20 s a test.
    this.timeout(120_000);
    const [registry] = await vscode.workspace.findFiles('chancery.yaml');
    const [root] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(registry && root);
    const good = await vscode.workspace.fs.readFile(registry);
    const folder = vscode.Uri.joinPath(root.uri, 'texts', 'zz-integration-bulk');
    // More texts than the editor extracts in its own thread before it starts a worker (IN_PROCESS_TEXTS, 2,000).
    const count = 2100;
    // Three officials of Ruritania in the first, a middle and the last text; one more in every other text (names that
    // differ by a letter or two would be read as spellings of one person's name).
    const named3 = new Map([
      [0, 'Rudolf Rassendyll'],
      [1000, 'Fritz Tarlenheim'],
      [count - 1, 'Michael Elphberg'],
    ]);
    const official = (i: number): string => named3.get(i) ?? 'Rupert Hentzau';
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        vscode.workspace.fs.writeFile(
          vscode.Uri.joinPath(folder, `text-${String(i).padStart(3, '0')}.txt`),
          new TextEncoder().encode(`PRESS RELEASE\n\nOn 3 March 2024 the Minister of Foreign Affairs of Ruritania ${official(i)} met the Minister of Foreign Affairs of the Republic of Kazakhstan Arman Zhaksylykov in Astana.\n`),
        ),
      ),
    );
    const api = await vscode.extensions.getExtension<{ info(): readonly string[] }>('chancery.chancery')?.activate();
    assert.ok(api);
    /** The first line of a run's end written after the `seen` first lines of the output channel, matching `pattern`. */
    const runEnd = (seen: number, pattern: RegExp, what: string): Promise<string> =>
      waitFor(() => api.info().slice(seen).find((line) => line.includes(' indexed (') && pattern.test(line)), 30_000, what);
    try {
      await until(symbols('Zhaksylykov'), 'the new texts indexed', named('Arman Zhaksylykov'));
      assert.ok(!named('Michael Elphberg')((await symbols('Elphberg')()) ?? []), 'no state Ruritania yet, so no official of it');
      const seen = api.info().length;
      await vscode.workspace.fs.writeFile(registry, new Uint8Array([...good, ...new TextEncoder().encode('\nstates:\n  - name: Ruritania\n')]));
      const run = await runEnd(seen, /\d{4} texts/, 'the end of the run over the texts, in the output channel');
      const [, indexed, threaded] = /(\d+) texts indexed \([\d.]+ MB in [\d.]+ s, (\d+) of them extracted in a worker thread\)/.exec(run) ?? [];
      assert.ok(indexed && threaded, `the run's line says how many texts a worker extracted: ${run}`);
      // The first texts read are extracted in the extension host (2,000 of a run; fewer when the extension host's
      // texts of a run that began just before, and was stopped by this one, count too), the rest in the worker.
      assert.ok(Number(threaded) > 0 && Number(threaded) < Number(indexed), api.info().slice(seen).join('\n'));
      // The last texts of the run are extracted by the worker, which must have the new registry to know Ruritania.
      for (const name of named3.values()) {
        await until(symbols(name.split(' ')[1] ?? name), `${name} of Ruritania, after the registry names the state`, named(name));
      }
    } finally {
      // The sample corpus again, and quiet, for the suites after this one: the texts go first (and their deletions
      // are all indexed: the filler official is gone), then the registry's run reads the rest.
      await vscode.workspace.fs.delete(folder, { recursive: true });
      await until(symbols('Hentzau'), 'the texts deleted', (found) => !named('Rupert Hentzau')(found));
      const seen = api.info().length;
      await vscode.workspace.fs.writeFile(registry, good);
      await runEnd(seen, /: \d{1,3} texts? indexed/, 'the run over the sample corpus again');
    }
  });
});
