import * as vscode from 'vscode';
import type { Corpora, FolderCorpus } from '../corpus/corpora';
import { DIPLOMATIC } from '../language/corpusLanguage';

interface TextPick extends vscode.QuickPickItem {
  uri: vscode.Uri;
}

/**
 * The editor of the diplomatic text a new note goes on, for `chancery.addNote` run without a diplomatic text active
 * (from the Get Started walkthrough, say): a diplomatic text shown beside, else a text of the corpus, picked when there
 * are several, opened (`opened`: its selection is the one VS Code restored, not one the user just made). Undefined,
 * and the user told why, when the workspace has no text or the pick is cancelled.
 */
export async function editorToAnnotate(corpora: Corpora): Promise<{ editor: vscode.TextEditor; opened: boolean } | undefined> {
  const shown = vscode.window.visibleTextEditors.filter((e) => e.document.languageId === DIPLOMATIC);
  const beside = shown.find((e) => !e.selection.isEmpty) ?? shown[0];
  if (beside) {
    return { editor: await vscode.window.showTextDocument(beside.document, { viewColumn: beside.viewColumn, selection: beside.selection }), opened: false };
  }
  const withRegistry = corpora.all().filter((c) => c.hasRegistry);
  if (withRegistry.length === 0) {
    await sayNoCorpus();
    return undefined;
  }
  const picks = (await Promise.all(withRegistry.map((corpus) => textsOf(corpus, withRegistry.length > 1)))).flat();
  if (picks.length === 0) {
    void vscode.window.showWarningMessage('The corpus globs of chancery.yaml match no text: there is no text to annotate.');
    return undefined;
  }
  // The walkthrough takes the focus back a moment after its button runs the command: a picker that closed on losing
  // the focus would vanish before the user saw it.
  const picked = picks.length === 1 ? picks[0] : await vscode.window.showQuickPick(picks, { placeHolder: 'Pick the text to annotate', matchOnDescription: true, ignoreFocusOut: true });
  return picked && { editor: await vscode.window.showTextDocument(picked.uri), opened: true };
}

async function textsOf(corpus: FolderCorpus, nameFolder: boolean): Promise<TextPick[]> {
  const paths = await corpus.source.findFiles(corpus.chancery.registry().corpus);
  return paths.sort().map((path) => {
    const slash = path.lastIndexOf('/');
    const folder = slash < 0 ? '' : path.slice(0, slash);
    const description = nameFolder ? [corpus.folder.name, folder].filter((s) => s !== '').join(' · ') : folder;
    return { label: path.slice(slash + 1), description, uri: corpus.source.uri(path) };
  });
}

async function sayNoCorpus(): Promise<void> {
  if ((vscode.workspace.workspaceFolders ?? []).length === 0) {
    void vscode.window.showInformationMessage('Open the folder of your diplomatic texts first: notes are kept beside the texts of a corpus.');
    return;
  }
  const create = 'Create chancery.yaml';
  const answer = await vscode.window.showInformationMessage(
    'This workspace has no corpus yet: Chancery opens the texts that chancery.yaml names as Diplomatic Text, and notes go on those texts.',
    create,
  );
  if (answer === create) {
    await vscode.commands.executeCommand('chancery.createRegistry');
  }
}
