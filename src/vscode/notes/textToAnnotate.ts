import * as vscode from 'vscode';
import type { Corpora, FolderCorpus } from '../corpus/corpora';
import { DIPLOMATIC } from '../language/corpusLanguage';
import { fileName } from '../convert';

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
  const beside = await editorBeside();
  if (beside) {
    return { editor: beside, opened: false };
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

/**
 * A diplomatic text shown beside while something else is active (the walkthrough page, a settings editor), the one with
 * a selection first, brought to the front with its selection; undefined when none is shown.
 */
export async function editorBeside(): Promise<vscode.TextEditor | undefined> {
  const shown = vscode.window.visibleTextEditors.filter((e) => e.document.languageId === DIPLOMATIC);
  const beside = shown.find((e) => !e.selection.isEmpty) ?? shown[0];
  return beside && vscode.window.showTextDocument(beside.document, { viewColumn: beside.viewColumn, selection: beside.selection });
}

/**
 * For a note command that works on the active text, run with none at hand: says which text to open, with a button that
 * opens it (a pick when several texts qualify), or `none` when no text has a note the command would act on. `say`
 * gives the message for the name of the one text, or for undefined when there are several.
 */
export async function offerText(texts: readonly vscode.Uri[], say: (name: string | undefined) => string, none: string): Promise<void> {
  const unique = [...new Map(texts.map((t) => [t.toString(), t])).values()].sort((a, b) => fileName(a).localeCompare(fileName(b)));
  const [only] = unique;
  if (only === undefined) {
    void vscode.window.showInformationMessage(none);
    return;
  }
  const button = unique.length === 1 ? `Open ${fileName(only)}` : 'Open a Text…';
  if ((await vscode.window.showInformationMessage(say(unique.length === 1 ? fileName(only) : undefined), button)) !== button) {
    return;
  }
  const picked =
    unique.length === 1
      ? only
      : (await vscode.window.showQuickPick(
          unique.map((uri) => ({ label: fileName(uri), description: vscode.workspace.asRelativePath(uri), uri })),
          { placeHolder: 'Which text?', ignoreFocusOut: true },
        ))?.uri;
  if (picked) {
    await vscode.window.showTextDocument(picked);
  }
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
