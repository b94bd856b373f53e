// The People view on the sample corpus, read through the extension API's provider as the workbench reads it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';

interface ChanceryApi {
  readonly views: { readonly people: vscode.TreeDataProvider<unknown> };
}

/** A person's row, wherever the view groups them. */
async function personItem(provider: vscode.TreeDataProvider<unknown>, name: string): Promise<vscode.TreeItem | undefined> {
  for (const group of (await provider.getChildren(undefined)) ?? []) {
    for (const node of (await provider.getChildren(group)) ?? []) {
      const item = await provider.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : item.label?.label;
      if (label === name) {
        return item;
      }
    }
  }
  return undefined;
}

/** A person's row and its node, wherever the view groups them. */
async function personNode(provider: vscode.TreeDataProvider<unknown>, name: string): Promise<unknown> {
  for (const group of (await provider.getChildren(undefined)) ?? []) {
    for (const node of (await provider.getChildren(group)) ?? []) {
      const item = await provider.getTreeItem(node);
      if ((typeof item.label === 'string' ? item.label : item.label?.label) === name) {
        return node;
      }
    }
  }
  return undefined;
}

/** The description of a person's row ("role · N mentions"). */
async function personRow(provider: vscode.TreeDataProvider<unknown>, name: string): Promise<string | undefined> {
  const item = await personItem(provider, name);
  return item && (typeof item.description === 'string' ? item.description : '');
}

describe('The People view', () => {
  it("shows a person's current role, not the first of their roles in alphabetical order", async () => {
    const api = await vscode.extensions.getExtension<ChanceryApi>('chancery.chancery')?.activate();
    assert.ok(api, 'the extension returns its API');
    // The registry gives Vladimir Putin two periods as President (2000-2008, from 2012); this new text calls him by
    // his office of 2010, which comes first in alphabetical order.
    const [moscow] = await vscode.workspace.findFiles('texts/2020-09-10-moscow-foreign-ministers.txt');
    assert.ok(moscow);
    const added = vscode.Uri.joinPath(moscow, '..', 'integration-putin.txt');
    const body = 'Information Message\n\nOn 10 June 2010, Chairman of the Government of the Russian Federation Vladimir Putin received the delegation.\n';
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(body));
    try {
      const row = await waitFor(async () => {
        const description = await personRow(api.views.people, 'Vladimir Putin');
        return description?.endsWith('3 mentions') ? description : undefined;
      }, 15_000, 'the People row of Vladimir Putin with the new mention');
      assert.equal(row, 'President · 3 mentions');
      // A screen reader says the row as shown, not every role of the tooltip (the old office first).
      assert.equal((await personItem(api.views.people, 'Vladimir Putin'))?.accessibilityInformation?.label, 'Vladimir Putin, President, 3 mentions');
    } finally {
      await vscode.workspace.fs.delete(added);
    }
  });

  it("shows a person's card as the tooltip of their row, as their hover in a text does", async () => {
    const api = await vscode.extensions.getExtension<ChanceryApi>('chancery.chancery')?.activate();
    assert.ok(api, 'the extension returns its API');
    const provider = api.views.people;
    const node = await waitFor(() => personNode(provider, 'Vladimir Putin'), 15_000, 'the People row of Vladimir Putin');
    // The workbench asks for the tooltip when the mouse rests on the row.
    const item = await provider.resolveTreeItem!(await provider.getTreeItem(node), node, new vscode.CancellationTokenSource().token);
    assert.ok(item?.tooltip instanceof vscode.MarkdownString, `the tooltip is ${typeof item?.tooltip}`);
    const card = item.tooltip.value;
    assert.match(card, /^\*\*Vladimir Putin\*\*/, card);
    assert.match(card, /\*\*Roles\*\*/, card);
    assert.match(card, /\*\*\d+ mentions? in \d+ texts?\*\*/, card);
    assert.match(card, /\]\(command:_chancery\.openMention\?/, card);
  });
});
