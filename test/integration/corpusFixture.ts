import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';

/** Opens a text of the sample corpus by its path under texts/ and waits until it is Diplomatic Text. */
export async function openSample(name: string): Promise<vscode.TextEditor> {
  const [uri] = await vscode.workspace.findFiles(`texts/${name}`);
  assert.ok(uri, `the sample corpus has texts/${name}`);
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  await waitFor(() => document.languageId === 'diplomatic', 10_000, `${name} to open as Diplomatic Text`);
  return editor;
}

/** The position of the n-th (0-based) occurrence of a phrase in a document, plus an offset into it. */
export function positionOf(document: vscode.TextDocument, phrase: string, into = 1, occurrence = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = document.getText().indexOf(phrase, at + 1);
    assert.ok(at >= 0, `"${phrase}" occurs ${occurrence + 1} times in ${document.uri.path}`);
  }
  return document.positionAt(at + into);
}

/** The plain text of hover contents, markdown and plain strings alike. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Asks a provider through its execute command until it answers with something (the index builds in the background). */
export async function until<T>(ask: () => Thenable<T[] | undefined>, what: string, accept: (items: T[]) => boolean = (items) => items.length > 0): Promise<T[]> {
  return waitFor(async () => {
    const items = (await ask()) ?? [];
    return accept(items) ? items : undefined;
  }, 15_000, what);
}

/** Asks Workspace Symbols for a query, as Go to Symbol in Workspace does; for `until`. */
export const symbols = (query: string) => () => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);

/** Whether the symbols found name someone. */
export const named = (name: string) => (found: vscode.SymbolInformation[]) => found.some((s) => s.name === name);
