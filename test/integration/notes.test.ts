// Analyst notes as a user meets them: notes about a person show on the person's card; a note whose passage
// disappears is reported on its sidecar, and the sidecar is never rewritten by reading or re-anchoring.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openSample, positionOf, until } from './corpusFixture';
import { waitFor } from './waitFor';

const MOSCOW = '2020-09-10-moscow-foreign-ministers.txt';

async function sidecarOf(name: string): Promise<vscode.Uri> {
  const [uri] = await vscode.workspace.findFiles(`texts/${name}.notes.yaml`);
  assert.ok(uri, `the sample corpus has a sidecar for ${name}`);
  return uri;
}

describe('Notes', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows a note about a person on that person’s hover card, as text', async () => {
    const editor = await openSample(MOSCOW);
    const at = positionOf(editor.document, 'Sergey Lavrov', 2);
    const hovers = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at), 'a card with the note', (h) => hoverText(h).includes('chairmanship'));
    assert.match(hoverText(hovers), /\*\*Notes\*\*/);
  });

  it('reports a note whose passage was edited away on its sidecar, and leaves the sidecar as it was', async () => {
    const sidecar = await sidecarOf(MOSCOW);
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
    const editor = await openSample(MOSCOW);
    const passage = 'to be held by videoconference on 10 November 2020';
    const start = editor.document.getText().indexOf(passage);
    await editor.edit((edit) => edit.replace(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + passage.length)), 'whose date was left open'));
    const orphaned = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(sidecar).filter((d) => /orphaned/.test(d.message));
    const diagnostics = await waitFor(() => (orphaned().length > 0 ? orphaned() : undefined), 10_000, 'an orphaned-note diagnostic');
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0]?.message ?? '', /Re-attach Note Here/);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)), before);
  });
});
