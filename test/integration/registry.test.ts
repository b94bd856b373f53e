// A broken chancery.yaml: diagnostics with line and column, the last good registry stays in force.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSample } from './corpusFixture';
import { waitFor } from './waitFor';

describe('Registry problems', () => {
  it('shows a YAML error with its line and keeps opening corpus texts as Diplomatic Text', async () => {
    const [registry] = await vscode.workspace.findFiles('chancery.yaml');
    assert.ok(registry);
    const good = await vscode.workspace.fs.readFile(registry);
    try {
      await vscode.workspace.fs.writeFile(registry, new TextEncoder().encode('corpus:\n  - "texts/**/*.txt"\npeople: [unclosed\n'));
      const errors = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(registry).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      const diagnostics = await waitFor(() => (errors().length > 0 ? errors() : undefined), 10_000, 'a diagnostic on chancery.yaml');
      assert.ok(diagnostics[0] && diagnostics[0].range.start.line >= 2, `line ${diagnostics[0]?.range.start.line}`);
      const editor = await openSample('2019-06-14-bishkek-summit.txt');
      assert.equal(editor.document.languageId, 'diplomatic');
    } finally {
      await vscode.workspace.fs.writeFile(registry, good);
      await waitFor(() => vscode.languages.getDiagnostics(registry).length === 0, 10_000, 'the diagnostics to clear');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
});

describe('Bad corpus files', () => {
  async function warnings(): Promise<readonly string[]> {
    const extension = vscode.extensions.getExtension<{ warnings(): readonly string[] }>('chancery.chancery');
    assert.ok(extension);
    return (await extension.activate()).warnings();
  }

  it('says once, with the path, that a binary file in the corpus is skipped, and keeps indexing', async () => {
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folder);
    const binary = vscode.Uri.joinPath(folder.uri, 'texts', 'scan-of-a-fax.txt');
    await vscode.workspace.fs.writeFile(binary, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
    try {
      const about = async (): Promise<string[]> => (await warnings()).filter((w) => w.includes('scan-of-a-fax.txt'));
      const said = await waitFor(async () => ((await about()).length > 0 ? about() : undefined), 10_000, 'a warning about the binary file');
      assert.equal(said.length, 1);
      assert.match(said[0] ?? '', /binary/);
    } finally {
      await vscode.workspace.fs.delete(binary);
    }
  });
});
