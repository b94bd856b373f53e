// A sidecar write interrupted where VS Code's file service had deleted the sidecar and not yet renamed the new
// content in (see writeFileAtomically): the run's workspace starts with what such writes leave
// (scripts/runIntegration.ts, INTERRUPTED_WRITES). Chancery puts the sidecar back at start-up and deletes nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';

const BISHKEK = 'texts/2019-06-14-bishkek-summit.txt';

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

describe('Interrupted sidecar writes', () => {
  let root: vscode.Uri;
  let warnings: () => readonly string[];

  before(async () => {
    const api = await vscode.extensions.getExtension<{ warnings(): readonly string[] }>('chancery.chancery')?.activate();
    assert.ok(api);
    warnings = () => api.warnings();
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folder);
    root = folder.uri;
  });

  it('puts back a sidecar that the write had deleted, with its new content, and says so in the log', async () => {
    const sidecar = vscode.Uri.joinPath(root, `${BISHKEK}.notes.yaml`);
    await waitFor(() => exists(sidecar), 15_000, 'the Bishkek sidecar put back');
    const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
    assert.match(content, /Written by a save that was interrupted\./);
    assert.equal(await exists(vscode.Uri.joinPath(root, 'texts/.2019-06-14-bishkek-summit.txt.notes.yaml.k7intrpt.tmp')), false, 'the temporary file became the sidecar');
    await waitFor(() => warnings().some((w) => w.includes(`${BISHKEK}.notes.yaml: put back`)), 15_000, 'the log says what was put back');
  });

  it('leaves the temporary file of a write that stopped before replacing its sidecar, and names it in the log', async () => {
    const temporary = vscode.Uri.joinPath(root, 'texts/.2020-09-10-moscow-foreign-ministers.txt.notes.yaml.k7leftov.tmp');
    await waitFor(() => warnings().some((w) => w.includes('.2020-09-10-moscow-foreign-ministers.txt.notes.yaml.k7leftov.tmp: the temporary file of an interrupted write')), 15_000, 'the log names the temporary file');
    assert.equal(await exists(temporary), true, 'nothing is deleted');
    const sidecar = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, 'texts/2020-09-10-moscow-foreign-ministers.txt.notes.yaml')));
    assert.match(sidecar, /n-dmwf4aaz2t4u/, 'the sidecar keeps its notes');
  });
});
