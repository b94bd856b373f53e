// One official written two ways across the seed texts ("S. Lavrov" in two, "Sergey Lavrov" in a third) is one
// person: every mention, wherever the hover is asked on it, shows the same card, and the card lists all three texts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../waitFor';
import { baseName, hoverText, openSeed, seedsContaining } from './seedCorpus';

const MENTION = /\b(?:S\.|Sergey) Lavrov\b/g;

/** Asks for the hover until the index has the person's three texts (the index builds in the background). */
async function cardAt(editor: vscode.TextEditor, offset: number, texts: readonly string[]): Promise<string> {
  const position = editor.document.positionAt(offset);
  let last = '';
  try {
    return await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      last = hoverText(hovers ?? []);
      return texts.every((text) => last.includes(text)) ? last : undefined;
    }, 20_000, 'a card listing every text');
  } catch {
    assert.fail(`the hover at ${baseName(editor.document.uri)}:${position.line + 1}:${position.character + 1} does not list ${texts.join(', ')}; it shows:\n${last || '(no hover)'}`);
  }
}

describe('The person card on the seed texts', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows one card for "S. Lavrov" and "Sergey Lavrov" that lists all three texts, from every mention', async () => {
    const uris = await seedsContaining('Lavrov');
    const texts = uris.map(baseName);
    assert.equal(uris.length, 3, `the seeds that name Lavrov: ${texts.join(', ')}`);
    const cards = new Map<string, string>();
    const forms = new Set<string>();
    for (const uri of uris) {
      const editor = await openSeed(uri);
      for (const match of editor.document.getText().matchAll(MENTION)) {
        forms.add(match[0]);
        // The first letter of the name, and the surname: a reader may point anywhere on it.
        for (const offset of [match.index, match.index + match[0].length - 3]) {
          const where = `${baseName(uri)}@${offset} (${match[0]})`;
          cards.set(where, await cardAt(editor, offset, texts));
        }
      }
    }
    assert.deepEqual([...forms].sort(), ['S. Lavrov', 'Sergey Lavrov'], 'both forms of the name are asked');
    const distinct = new Set(cards.values());
    assert.equal(distinct.size, 1, `different cards for one person:\n${[...cards].map(([where, card]) => `--- ${where}\n${card}`).join('\n')}`);
    const card = [...distinct][0] ?? '';
    assert.match(card, /\*\*Sergey Lavrov\*\*/, card);
    assert.match(card, /Also written: S\. Lavrov/, card);
    assert.match(card, /in 3 texts/, card);
  });
});
