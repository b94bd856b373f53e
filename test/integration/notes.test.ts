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
    // The note's text on the card is a link that opens the note: its passage selected in its text.
    const query = /\(command:_chancery\.openNoteLink\?([^)]*)\)/.exec(hoverText(hovers))?.[1];
    assert.ok(query, hoverText(hovers));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const [args] = JSON.parse(decodeURIComponent(query)) as unknown[];
    await vscode.commands.executeCommand('_chancery.openNoteLink', args);
    const opened = await waitFor(() => vscode.window.activeTextEditor, 10_000, 'the text of the note');
    assert.ok(opened.document.uri.path.endsWith(`/texts/${MOSCOW}`), opened.document.uri.toString());
    assert.ok(!opened.selection.isEmpty, 'the note’s passage is selected');
  });

  it('answers the note commands run without a note (a keybinding, a thread gone a moment before) without failing', async () => {
    const sidecar = await sidecarOf(MOSCOW);
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
    await openSample(MOSCOW);
    for (const command of ['chancery.editNote', 'chancery.saveNote', 'chancery.cancelEditNote', 'chancery.tagNote', 'chancery.deleteNote']) {
      // The workbench's own record of a comment whose thread is gone, as it reaches the command after a refresh.
      for (const argument of [undefined, { $mid: 10, thread: { commentControlHandle: 0, commentThreadHandle: 0 }, commentUniqueId: 1 }]) {
        await assert.doesNotReject(Promise.resolve(vscode.commands.executeCommand(command, argument)), `${command} with ${JSON.stringify(argument)}`);
      }
    }
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)), before, 'the sidecar is untouched');
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

interface NoteRow {
  readonly type: string;
  readonly note?: { readonly note: { readonly id: string }; readonly anchor: { readonly state: string } };
}

describe('Repair Note Anchors from the Notes view', () => {
  const CHAIR = 'n-dmwf4aaz2t4u';

  it('repairs the text of the note whose row it runs on, with no text open', async () => {
    const api = await vscode.extensions.getExtension<{ readonly views: { readonly notes: vscode.TreeDataProvider<unknown> } }>('chancery.chancery')?.activate();
    assert.ok(api, 'the extension returns its API');
    const sidecar = await sidecarOf(MOSCOW);
    const original = await vscode.workspace.fs.readFile(sidecar);
    const text = new TextDecoder().decode(original);
    assert.ok(text.includes('position: { start: 300, end: 333 }'), 'the chair note’s position');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    try {
      // The position is off by ten: the quote is found where it is, and the note is "moved".
      await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(text.replace('position: { start: 300, end: 333 }', 'position: { start: 290, end: 323 }')));
      const row = await waitFor(
        async () => {
          const groups = ((await api.views.notes.getChildren()) ?? []) as NoteRow[];
          const rows = (await Promise.all(groups.map(async (group) => ((await api.views.notes.getChildren(group)) ?? []) as NoteRow[]))).flat();
          return rows.find((r) => r.type === 'note' && r.note?.note.id === CHAIR && r.note.anchor.state === 'moved');
        },
        15_000,
        'the note moved in the Notes view',
      );
      assert.equal(vscode.window.activeTextEditor, undefined, 'no text is active');
      await vscode.commands.executeCommand('chancery.repairAnchors', row);
      await waitFor(async () => (new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)).includes('position: { start: 300, end: 333 }') ? true : undefined), 10_000, 'the anchor repaired on disk');
    } finally {
      await vscode.workspace.fs.writeFile(sidecar, original);
    }
  });
});

describe('Notes and files', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('links [[text#note-id]] in a sidecar to the note it names', async () => {
    const sidecar = await sidecarOf(MOSCOW);
    await vscode.window.showTextDocument(sidecar);
    const links = await until(() => vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', sidecar), 'a link in the sidecar');
    const target = links[0]?.target;
    assert.ok(target && target.scheme === 'command' && target.path === '_chancery.openNoteLink', String(target));
    const [args] = JSON.parse(decodeURIComponent(target.query)) as [{ text: string; noteId: string }];
    assert.deepEqual([args.text, args.noteId], [MOSCOW, 'n-dmwf4aaz2t4u']);
    await vscode.commands.executeCommand('_chancery.openNoteLink', args);
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith(`/${MOSCOW}`) ? vscode.window.activeTextEditor : undefined), 10_000, 'the linked text');
    assert.equal(editor.document.getText(editor.selection), 'Sergey Lavrov chaired the meeting');
  });

  it('refuses a note link that leads outside the workspace folder, and leaves that file closed', async () => {
    // A sidecar pulled from git could hold [[../../outside.txt#x]]: a file beside the workspace folder, not in it.
    const sidecar = await sidecarOf(MOSCOW);
    const folder = vscode.workspace.getWorkspaceFolder(sidecar);
    assert.ok(folder);
    const outside = vscode.Uri.joinPath(folder.uri, '..', 'integration-outside.txt');
    await vscode.workspace.fs.writeFile(outside, new TextEncoder().encode('Not a text of the corpus.\n'));
    try {
      await vscode.window.showTextDocument(sidecar);
      for (const text of ['../../integration-outside.txt', '..\\..\\integration-outside.txt', '..']) {
        await vscode.commands.executeCommand('_chancery.openNoteLink', { from: sidecar.toString(), text, noteId: 'x' });
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), sidecar.toString(), `[[${text}#x]] leaves the sidecar in front`);
      }
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === outside.toString()), 'the outside file was never opened');
    } finally {
      await vscode.workspace.fs.delete(outside);
    }
  });

  it('moves the sidecar with its text when the text is renamed, and points it at the new name', async () => {
    const sidecar = await sidecarOf(MOSCOW);
    const text = sidecar.with({ path: sidecar.path.slice(0, -'.notes.yaml'.length) });
    const renamed = vscode.Uri.joinPath(text, '..', 'renamed-moscow.txt');
    const renamedSidecar = renamed.with({ path: `${renamed.path}.notes.yaml` });
    const move = new vscode.WorkspaceEdit();
    move.renameFile(text, renamed);
    assert.ok(await vscode.workspace.applyEdit(move));
    try {
      const moved = await waitFor(async () => {
        try {
          const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(renamedSidecar));
          return content.includes('text: renamed-moscow.txt') || content.includes('text: "renamed-moscow.txt"') ? content : undefined;
        } catch {
          return undefined;
        }
      }, 10_000, 'the sidecar beside the renamed text, pointing at it');
      assert.match(moved, /n-dmwf4aaz2t4u/);
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(sidecar)));
    } finally {
      const back = new vscode.WorkspaceEdit();
      back.renameFile(renamed, text);
      await vscode.workspace.applyEdit(back);
    }
  });
});
