// The foundation as a user meets it: the extension activates, corpus texts open as Diplomatic Text,
// other .txt files stay plain text, and the registry command exists. Runs in the workspace of the sample
// corpus (a writable copy of samples/ whose chancery.yaml names `texts/**/*.txt`).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';

const EXTENSION_ID = 'chancery.chancery';

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need the sample corpus open as a workspace folder');
  return folder.uri;
}

async function firstCorpusText(): Promise<vscode.Uri> {
  const texts = await vscode.workspace.findFiles('texts/**/*.txt');
  const first = texts.sort((a, b) => a.path.localeCompare(b.path))[0];
  assert.ok(first, 'the sample corpus has texts under texts/');
  return first;
}

async function openedLanguage(uri: vscode.Uri, expected: string): Promise<string> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  // The switch to Diplomatic Text happens just after opening: poll, and report the language seen last.
  await waitFor(() => document.languageId === expected, 5_000, `${uri.path} to become ${expected}`).catch(() => undefined);
  return document.languageId;
}

describe('Foundation', () => {
  before(async () => {
    await waitFor(() => vscode.extensions.getExtension(EXTENSION_ID), 10_000, `extension ${EXTENSION_ID}`);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('runs inside VS Code 1.100', () => {
    assert.match(vscode.version, /^1\.100\./);
  });

  it('activates in a workspace that has a chancery.yaml', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await waitFor(() => extension.isActive, 10_000, 'the extension to activate on workspaceContains:chancery.yaml');
    assert.equal(extension.isActive, true);
  });

  it('contributes the Diplomatic Text language', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('diplomatic'), `languages: ${languages.join(', ')}`);
  });

  it('registers the command that creates a workspace registry', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('chancery.createRegistry'));
  });

  it('opens a corpus text as Diplomatic Text', async () => {
    assert.equal(await openedLanguage(await firstCorpusText(), 'diplomatic'), 'diplomatic');
  });

  it('leaves a .txt outside the corpus globs as plain text', async () => {
    const readme = vscode.Uri.joinPath(workspaceRoot(), 'README.txt');
    const document = await vscode.workspace.openTextDocument(readme);
    await vscode.window.showTextDocument(document);
    // Give the extension the chance to (wrongly) switch it: open a corpus text after it and wait for
    // that one to switch, which proves the language handler ran for both.
    assert.equal(await openedLanguage(await firstCorpusText(), 'diplomatic'), 'diplomatic');
    assert.equal(document.languageId, 'plaintext');
  });

  it('keeps a corpus text switched back to plain text by hand when the registry is read again', async () => {
    const uri = await firstCorpusText();
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(await openedLanguage(uri, 'diplomatic'), 'diplomatic');
    // A language change closes and opens the same document: it must not count as a new document to switch.
    const plain = await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    try {
      const [registry] = await vscode.workspace.findFiles('chancery.yaml');
      assert.ok(registry);
      // Writing the registry again makes Chancery look at every open document once more.
      await vscode.workspace.fs.writeFile(registry, await vscode.workspace.fs.readFile(registry));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(document.languageId, 'plaintext');
    } finally {
      // The document stays open, and the later suites open the same text: give it back its language.
      await vscode.languages.setTextDocumentLanguage(plain, 'diplomatic');
    }
  });

  it('opens a text added to the corpus folder after start as Diplomatic Text', async () => {
    const added = vscode.Uri.joinPath(workspaceRoot(), 'texts', 'integration-added.txt');
    const body = 'Joint Statement\n\nThe Ministers of Foreign Affairs of the two states met in Geneva.\n';
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(body));
    try {
      assert.equal(await openedLanguage(added, 'diplomatic'), 'diplomatic');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(added);
    }
  });
});
