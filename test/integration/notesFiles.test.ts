// A text deleted under its notes: the sidecar stays on disk byte for byte and the Notes view shows its notes as
// orphaned, waiting under "Needs attention", read through the extension API's Notes view data as the workbench reads it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';

const MOSCOW = '2020-09-10-moscow-foreign-ministers.txt';
const MOSCOW_NOTE_IDS = ['n-dmwf4aaz2t4u', 'n-6lm8yqo7v4pp'];

interface ChanceryApi {
  readonly views: { readonly notes: vscode.TreeDataProvider<unknown> };
}

/** A row of the Notes view as a user reads it: its label, its description and its children. */
interface ShownRow {
  readonly label: string;
  readonly description: string;
  readonly tooltip: string;
  readonly children: ShownRow[];
}

async function showRows(provider: vscode.TreeDataProvider<unknown>, parent?: unknown): Promise<ShownRow[]> {
  const nodes = (await provider.getChildren(parent)) ?? [];
  return Promise.all(
    nodes.map(async (node) => {
      const item = await provider.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      const tooltip = typeof item.tooltip === 'string' ? item.tooltip : (item.tooltip?.value ?? '');
      const description = typeof item.description === 'string' ? item.description : '';
      return { label, description, tooltip, children: await showRows(provider, node) };
    }),
  );
}

/** The rows of the Notes view that belong to the Moscow text (the tooltip names the text). */
function moscowRows(group: ShownRow | undefined): ShownRow[] {
  return (group?.children ?? []).filter((row) => row.tooltip.startsWith(`texts/${MOSCOW}\n`));
}

function attentionGroup(rows: readonly ShownRow[]): ShownRow | undefined {
  return rows.find((row) => row.label === 'Needs attention');
}

describe('Notes when their text is deleted', () => {
  let notesView: vscode.TreeDataProvider<unknown>;
  let text: vscode.Uri;
  let sidecar: vscode.Uri;

  before(async () => {
    const api = await vscode.extensions.getExtension<ChanceryApi>('chancery.chancery')?.activate();
    assert.ok(api, 'the extension returns its API');
    notesView = api.views.notes;
    const [found] = await vscode.workspace.findFiles(`texts/${MOSCOW}.notes.yaml`);
    assert.ok(found, `the sample corpus has a sidecar for ${MOSCOW}`);
    sidecar = found;
    text = sidecar.with({ path: sidecar.path.slice(0, -'.notes.yaml'.length) });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('keeps the sidecar byte for byte and shows its notes as orphaned under "Needs attention", never deleted', async () => {
    const sidecarBytes = await vscode.workspace.fs.readFile(sidecar);
    const textBytes = await vscode.workspace.fs.readFile(text);
    // Before: both notes sit on their passages, so none of them waits for the analyst.
    await waitFor(async () => {
      const rows = await showRows(notesView);
      const placed = rows.filter((row) => row.label !== 'Needs attention').flatMap(moscowRows);
      return placed.length === MOSCOW_NOTE_IDS.length && moscowRows(attentionGroup(rows)).length === 0;
    }, 15_000, 'the Moscow notes in the Notes view, placed');

    // As the Explorer's Delete does it: a file operation that extensions hear about (onWillDeleteFiles).
    const remove = new vscode.WorkspaceEdit();
    remove.deleteFile(text);
    assert.ok(await vscode.workspace.applyEdit(remove), 'the text is deleted');
    try {
      const waiting = await waitFor(async () => {
        const rows = moscowRows(attentionGroup(await showRows(notesView)));
        return rows.length === MOSCOW_NOTE_IDS.length ? rows : undefined;
      }, 15_000, 'both Moscow notes under "Needs attention"').catch(async (error: unknown) => {
        // Say what the view showed instead, and which documents VS Code still held.
        const shown = (await showRows(notesView)).map((g) => `${g.label}: ${g.children.map((r) => r.description).join(' | ')}`);
        const held = vscode.workspace.textDocuments.map((d) => d.uri.path.split('/').pop());
        throw new Error(`${error instanceof Error ? error.message : String(error)}\nthe Notes view shows:\n${shown.join('\n')}\ndocuments held: ${held.join(', ')}`);
      });
      for (const row of waiting) {
        assert.match(row.description, /\borphaned\b/, `the row "${row.label}" says why it waits: ${row.description}`);
        assert.ok(row.description.includes(`texts/${MOSCOW}`), `the row names its text: ${row.description}`);
      }
      // Each note is shown with its own body; nothing was merged or dropped.
      assert.ok(waiting.some((row) => row.tooltip.includes('SCO chairmanship')), waiting.map((r) => r.tooltip).join('\n---\n'));
      assert.ok(waiting.some((row) => row.tooltip.includes('The summit moved online')), waiting.map((r) => r.tooltip).join('\n---\n'));
      const kept = await vscode.workspace.fs.readFile(sidecar);
      assert.deepEqual(Buffer.from(kept), Buffer.from(sidecarBytes), 'the sidecar is byte for byte as it was');
      for (const id of MOSCOW_NOTE_IDS) {
        assert.ok(new TextDecoder().decode(kept).includes(`id: ${id}`), `the sidecar still holds ${id}`);
      }
    } finally {
      // The workspace as before: the text back where it was, and the notes on their passages again.
      await vscode.workspace.fs.writeFile(text, textBytes);
      await waitFor(async () => moscowRows(attentionGroup(await showRows(notesView))).length === 0, 15_000, 'the Moscow notes placed again after the text came back');
    }
    // Still untouched after the extension saw both the deletion and the text coming back.
    assert.deepEqual(Buffer.from(await vscode.workspace.fs.readFile(sidecar)), Buffer.from(sidecarBytes), 'the sidecar is byte for byte as it was after the text came back');
  });
});

describe('Notes when their folder is deleted at once', () => {
  it('drops the notes of the sidecars that went with the folder from the Notes view', async () => {
    const api = await vscode.extensions.getExtension<ChanceryApi>('chancery.chancery')?.activate();
    assert.ok(api);
    const [root] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(root);
    const folder = vscode.Uri.joinPath(root.uri, 'texts', 'integration-folder-notes');
    const body = 'PRESS RELEASE\n\nThe Minister of Foreign Affairs of the Republic of Kazakhstan Arman Beisenbayev arrived in Astana.\n';
    const sidecar = [
      'format: chancery-notes',
      'version: 1',
      'text: "one.txt"',
      'notes:',
      '  - id: n-folderdeleted1',
      '    target:',
      '      quote:',
      '        exact: Arman Beisenbayev arrived in Astana',
      '    body: A note that lives in a folder about to go.',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'one.txt'), new TextEncoder().encode(body));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'one.txt.notes.yaml'), new TextEncoder().encode(sidecar));
    const shown = async (): Promise<boolean> => {
      const rows = await showRows(api.views.notes);
      return rows.flatMap((group) => group.children).some((row) => row.tooltip.includes('a folder about to go'));
    };
    await waitFor(async () => ((await shown()) ? true : undefined), 15_000, 'the note of the new folder in the Notes view');
    await vscode.workspace.fs.delete(folder, { recursive: true });
    await waitFor(async () => (!(await shown()) ? true : undefined), 15_000, 'the note gone from the Notes view with its folder');
  });
});
