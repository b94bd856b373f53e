import * as vscode from 'vscode';
import { looksDiplomatic } from '../../core/recognize/looksDiplomatic';
import type { Corpora } from '../corpus/corpora';

/** The language id of diplomatic texts. */
export const DIPLOMATIC = 'diplomatic';

const OFFERED_KEY = 'chancery.registryOffered';

/**
 * Opens corpus texts as Diplomatic Text. A `.txt` matched by the corpus globs of its folder's `chancery.yaml`
 * is switched from plain text to `diplomatic` when it opens; files outside a corpus are left alone. In a folder
 * without a registry, the first `.txt` that looks diplomatic brings a one-time offer to create one.
 */
export class CorpusLanguage implements vscode.Disposable {
  /**
   * Documents already switched once: if the user switches one back by hand, that choice stands. A language change
   * closes and opens the same document object; a text closed and opened again later is a new object, and is
   * switched again.
   */
  private readonly switched = new WeakSet<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly corpora: Corpora,
    private readonly state: vscode.Memento,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => void this.consider(document)),
      corpora.onDidChangeRegistry(() => this.considerOpenDocuments()),
    );
  }

  /** Looks at every document already open (at activation, and after a registry changes). */
  considerOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) {
      void this.consider(document);
    }
  }

  private async consider(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== 'plaintext') {
      return;
    }
    // Before the registries are read, every folder looks registry-less: wait, or a corpus text would be offered one.
    await this.corpora.ready;
    if (document.isClosed || document.languageId !== 'plaintext') {
      return;
    }
    const location = this.corpora.locate(document.uri);
    if (!location) {
      return;
    }
    if (location.corpus.hasRegistry) {
      if (!this.switched.has(document) && this.corpora.inCorpus(location)) {
        this.switched.add(document);
        try {
          await vscode.languages.setTextDocumentLanguage(document, DIPLOMATIC);
        } catch {
          // Gone meanwhile (its file deleted, its editor closed): VS Code no longer knows the document, and the
          // extension host hears of it a moment later. Nothing is left to switch.
        }
      }
      return;
    }
    if (location.path.endsWith('.txt') && this.shouldOffer() && looksDiplomatic(document.getText())) {
      await this.offerRegistry(location.corpus.folder, location.path);
    }
  }

  private shouldOffer(): boolean {
    return (
      vscode.workspace.isTrusted &&
      !this.state.get<boolean>(OFFERED_KEY, false) &&
      vscode.workspace.getConfiguration('chancery').get<boolean>('offerRegistry', true)
    );
  }

  private async offerRegistry(folder: vscode.WorkspaceFolder, path: string): Promise<void> {
    await this.state.update(OFFERED_KEY, true);
    const create = 'Create chancery.yaml';
    const never = "Don't Ask Again";
    const answer = await vscode.window.showInformationMessage(
      `${path} looks like a diplomatic text. Create chancery.yaml to open the texts of "${folder.name}" as Diplomatic Text, with highlighting and notes?`,
      create,
      never,
    );
    if (answer === create) {
      await vscode.commands.executeCommand('chancery.createRegistry', folder.uri);
    } else if (answer === never) {
      await vscode.workspace.getConfiguration('chancery').update('offerRegistry', false, vscode.ConfigurationTarget.Global);
    }
  }

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}
