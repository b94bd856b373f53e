// The Documents view on the sample corpus, read through the extension API's provider as the workbench reads it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';

interface ChanceryApi {
  readonly views: { readonly documents: vscode.TreeDataProvider<unknown> };
}

const labelOf = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

/** The rows under a node, as label and description, with their nodes. */
async function rowsUnder(provider: vscode.TreeDataProvider<unknown>, node: unknown): Promise<{ node: unknown; item: vscode.TreeItem; shown: string }[]> {
  const rows = [];
  for (const child of (await provider.getChildren(node)) ?? []) {
    const item = await provider.getTreeItem(child);
    rows.push({ node: child, item, shown: `${labelOf(item)} | ${typeof item.description === 'string' ? item.description : ''}` });
  }
  return rows;
}

describe('The Documents view', () => {
  it('lists a document a text cites twice once, with its count, opening the first citation, its citations as children', async () => {
    const api = await vscode.extensions.getExtension<ChanceryApi>('chancery.chancery')?.activate();
    assert.ok(api, 'the extension returns its API');
    const provider = api.views.documents;
    const [moscow] = await vscode.workspace.findFiles('texts/2020-09-10-moscow-foreign-ministers.txt');
    assert.ok(moscow);
    const added = vscode.Uri.joinPath(moscow, '..', 'integration-citations.txt');
    const body = [
      'Joint Communique of the Integration Test',
      '',
      'The sides reaffirmed their commitment to the Charter of the United Nations and to the Paris Agreement.',
      'They recalled that the Charter of the United Nations is the basis of their cooperation.',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(body));
    try {
      const text = await waitFor(async () => (await rowsUnder(provider, undefined)).find((r) => r.shown.startsWith('Joint Communique of the Integration Test')), 20_000, 'the new text in the Documents view');
      const cited = await waitFor(async () => {
        const rows = await rowsUnder(provider, text.node);
        return rows.length === 2 ? rows : undefined;
      }, 20_000, 'the two documents the new text cites');
      // One row a document, not one a citation; the count ends the description (after type and date).
      assert.deepEqual(
        cited.map((r) => r.shown.replace(/\|.* · /, '| … · ')),
        ['Charter of the United Nations | … · 2 citations', 'Paris Agreement | … · 1 citation'],
      );
      const [charter, paris] = cited;
      assert.ok(charter && paris);
      assert.equal(charter.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
      assert.equal(paris.item.collapsibleState, vscode.TreeItemCollapsibleState.None);

      // Selecting the row opens the text at the first citation.
      const command = charter.item.command;
      assert.ok(command);
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.toString() === added.toString() ? vscode.window.activeTextEditor : undefined), 10_000, 'the text open');
      assert.equal(editor.document.offsetAt(editor.selection.start), body.indexOf('Charter of the United Nations'));

      // Its children are the two citations, each with its line of context, opening its own passage.
      const citations = await rowsUnder(provider, charter.node);
      assert.equal(citations.length, 2);
      assert.match(labelOf(citations[0]?.item ?? {}), /commitment to the Charter of the United Nations/);
      assert.match(labelOf(citations[1]?.item ?? {}), /recalled that the Charter of the United Nations/);
      const second = citations[1]?.item.command;
      assert.ok(second);
      await vscode.commands.executeCommand(second.command, ...(second.arguments ?? []));
      await waitFor(() => vscode.window.activeTextEditor?.document.offsetAt(vscode.window.activeTextEditor.selection.start) === body.lastIndexOf('Charter of the United Nations'), 10_000, 'the second citation selected');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(added);
    }
  });
});
