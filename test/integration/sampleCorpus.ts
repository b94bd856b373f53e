// The suites share one copy of the sample corpus: each must leave its texts and chancery.yaml as it found them, or a
// later suite reads a corpus it did not expect (a text saved with a test's edit makes its meeting "referred to only").
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** The bytes of the corpus texts and of chancery.yaml, by workspace-relative path. */
async function corpusFiles(): Promise<Map<string, string>> {
  const [folder] = vscode.workspace.workspaceFolders ?? [];
  assert.ok(folder);
  const files = new Map<string, string>();
  for (const uri of await vscode.workspace.findFiles('{texts/**/*.txt,chancery.yaml}')) {
    files.set(vscode.workspace.asRelativePath(uri, false), new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  }
  return files;
}

let before: Map<string, string> | undefined;

/** The first suite: what the corpus holds before the others run. */
export function recordSampleCorpus(): void {
  describe('The sample corpus, before the suites', () => {
    it('is read', async () => {
      before = await corpusFiles();
      assert.ok(before.size > 0);
    });
  });
}

/** The last suite: the corpus as the first found it. */
export function checkSampleCorpus(): void {
  describe('The sample corpus, after the suites', () => {
    it('holds the same texts, byte for byte, and the same chancery.yaml', async () => {
      assert.ok(before, 'the corpus was read before the suites');
      const after = await corpusFiles();
      assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort(), 'the same files');
      for (const [path, text] of before) {
        assert.equal(after.get(path), text, `${path} changed`);
      }
    });
  });
}
