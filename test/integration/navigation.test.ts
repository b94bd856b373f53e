// Cross-reference navigation and hover cards on the sample corpus, through VS Code's own execute* commands:
// what a user gets from Go to Definition, Find All References, Ctrl+T, highlights and hovers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openSample, positionOf, until } from './corpusFixture';

const MOSCOW = '2020-09-10-moscow-foreign-ministers.txt';
const ASTANA = '2024-07-04-astana-declaration.txt';
const TREATY = '2007-08-16-bishkek-treaty.txt';

describe('Navigation and hover cards', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows one person card for "S. Lavrov" that knows the full name and both mentions', async () => {
    const editor = await openSample(MOSCOW);
    const at = positionOf(editor.document, 'S. Lavrov', 3);
    const hovers = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at), 'a hover on S. Lavrov', (h) => hoverText(h).includes('Sergey Lavrov'));
    const text = hoverText(hovers);
    assert.match(text, /\*\*Sergey Lavrov\*\*/);
    assert.match(text, /2 mentions in 1 text/);
  });

  it('highlights the other mention of the same person in the text', async () => {
    const editor = await openSample(MOSCOW);
    const at = positionOf(editor.document, 'Sergey Lavrov', 2);
    const highlights = await until(() => vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, at), 'highlights of Lavrov');
    const texts = highlights.map((h) => editor.document.getText(h.range)).sort();
    assert.deepEqual(texts, ['S. Lavrov', 'Sergey Lavrov']);
  });

  it('finds every mention of a person across the corpus', async () => {
    const editor = await openSample(ASTANA);
    const at = positionOf(editor.document, 'Kassym-Jomart Tokayev', 3);
    const references = await until(() => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, at), 'references of Tokayev', (r) => r.length >= 2);
    const files = new Set(references.map((r) => r.uri.path.slice(r.uri.path.lastIndexOf('/') + 1)));
    assert.ok(files.has(ASTANA) && files.has('2019-06-14-bishkek-summit.txt'), [...files].join(', '));
  });

  it('goes from a cited treaty to its text in the corpus', async () => {
    const editor = await openSample(ASTANA);
    const at = positionOf(editor.document, 'Treaty on Long-Term', 2);
    const definitions = await until(() => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', editor.document.uri, at), 'a definition of the cited treaty');
    assert.ok(definitions.some((d) => d.uri.path.endsWith(`/texts/${TREATY}`)), definitions.map((d) => d.uri.path).join(', '));
  });

  it('lists people in Workspace Symbols with a fuzzy query', async () => {
    await openSample(MOSCOW);
    const symbols = await until(() => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'lavrov'), 'a symbol for Lavrov');
    assert.ok(symbols.some((s) => s.name === 'Sergey Lavrov'), symbols.map((s) => s.name).join(', '));
  });

  it('shows a state card with its official name', async () => {
    const editor = await openSample(MOSCOW);
    const at = positionOf(editor.document, 'Russian Federation', 2);
    const hovers = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at), 'a hover on Russian Federation', (h) => hoverText(h).includes('**Russia**'));
    assert.match(hoverText(hovers), /Russian Federation/);
  });
});
