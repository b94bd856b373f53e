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
      // The tooltip is Markdown; what it shows has no backslash escapes.
      const tooltip = (typeof item.tooltip === 'string' ? item.tooltip : (item.tooltip?.value ?? '')).replace(/\\(.)/g, '$1');
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

/** A sidecar as `git merge` leaves it when both sides added a note: conflict markers at lines 5, 12 and 19 (1-based). */
function conflictedSidecar(text: string): string {
  const note = (id: string, body: string): string[] => [`  - id: ${id}`, '    target:', '      quote:', '        exact: Vladimir Norov also took part', `    body: ${body}`];
  return ['format: chancery-notes', 'version: 1', `text: ${text}`, 'notes:', '<<<<<<< ours', ...note('n-ours00000001', 'Ours'), '=======', ...note('n-theirs000001', 'Theirs'), '>>>>>>> theirs', ''].join('\n');
}

describe('A sidecar that cannot be read', () => {
  let api: ChanceryApi;
  let texts: vscode.Uri;

  before(async () => {
    const found = await vscode.extensions.getExtension<ChanceryApi>('chancery.chancery')?.activate();
    assert.ok(found);
    api = found;
    const [root] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(root);
    texts = vscode.Uri.joinPath(root.uri, 'texts');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const errorLines = (uri: vscode.Uri): number[] => vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.range.start.line);

  it('is reported in Problems and queued in the Notes view while its text is closed, and left as it is', async () => {
    const name = 'integration-conflicted.txt';
    const text = vscode.Uri.joinPath(texts, name);
    const sidecar = vscode.Uri.joinPath(texts, `${name}.notes.yaml`);
    const bytes = new TextEncoder().encode(conflictedSidecar(name));
    await vscode.workspace.fs.writeFile(text, new TextEncoder().encode('Press release\n\nSCO Secretary-General Vladimir Norov also took part.\n'));
    await vscode.workspace.fs.writeFile(sidecar, bytes);
    try {
      const lines = await waitFor(() => (errorLines(sidecar).length > 0 ? errorLines(sidecar) : undefined), 15_000, 'errors on the conflicted sidecar, its text never opened');
      assert.deepEqual(lines, [4, 10, 16], 'an error at each conflict marker');
      const row = await waitFor(async () => attentionGroup(await showRows(api.views.notes))?.children.find((r) => r.label === `texts/${name}.notes.yaml`), 15_000, 'the sidecar under "Needs attention"');
      assert.match(row.description, /unreadable/);
      assert.match(row.tooltip, /line 5/);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === text.toString()), 'the text was never opened');
      assert.deepEqual(Buffer.from(await vscode.workspace.fs.readFile(sidecar)), Buffer.from(bytes), 'the sidecar is untouched');
    } finally {
      await vscode.workspace.fs.delete(sidecar);
      await vscode.workspace.fs.delete(text);
    }
    await waitFor(() => errorLines(sidecar).length === 0, 15_000, 'the errors gone with the sidecar');
  });

  it('leaves no problem behind on the old sidecar path when its text is renamed', async () => {
    const name = 'integration-broken-rename.txt';
    const text = vscode.Uri.joinPath(texts, name);
    const sidecar = vscode.Uri.joinPath(texts, `${name}.notes.yaml`);
    const renamed = vscode.Uri.joinPath(texts, 'integration-broken-renamed.txt');
    const renamedSidecar = vscode.Uri.joinPath(texts, 'integration-broken-renamed.txt.notes.yaml');
    await vscode.workspace.fs.writeFile(text, new TextEncoder().encode('Press release\n\nSCO Secretary-General Vladimir Norov also took part.\n'));
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(conflictedSidecar(name)));
    try {
      // As QA did it: the text open, its sidecar's errors shown, then the rename in the Explorer.
      await vscode.window.showTextDocument(text);
      await waitFor(() => errorLines(sidecar).length > 0, 15_000, 'errors on the sidecar before the rename');
      const move = new vscode.WorkspaceEdit();
      move.renameFile(text, renamed);
      assert.ok(await vscode.workspace.applyEdit(move));
      await waitFor(() => errorLines(renamedSidecar).length > 0, 15_000, 'errors on the moved sidecar');
      await waitFor(() => vscode.languages.getDiagnostics(sidecar).length === 0, 15_000, 'no problem left on the old sidecar path').catch((error: unknown) => {
        const stale = vscode.languages.getDiagnostics(sidecar).map((d) => d.message);
        throw new Error(`${error instanceof Error ? error.message : String(error)}: ${stale.join(' | ')}`);
      });
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of [text, sidecar, renamed, renamedSidecar]) {
        await Promise.resolve(vscode.workspace.fs.delete(uri)).catch(() => undefined);
      }
    }
  });
});
