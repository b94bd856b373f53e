import * as vscode from 'vscode';
import { DIPLOMATIC } from './corpusLanguage';

/**
 * Keeps the context key `chancery.diplomaticTextOpen` true while an editor tab holds a diplomatic text (the Get
 * Started walkthrough checks its first step on it). Tabs, not visible editors: the walkthrough opening over the text
 * hides it without closing it. A corpus text opens as plain text and is switched a moment later, which VS Code tells
 * as a close and an open of the document.
 */
export class DiplomaticTextOpen implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private open: boolean | undefined;

  constructor() {
    this.disposables.push(
      vscode.window.tabGroups.onDidChangeTabs(() => this.update()),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
      vscode.workspace.onDidCloseTextDocument(() => this.update()),
    );
    this.update();
  }

  private update(): void {
    const diplomatic = new Set(vscode.workspace.textDocuments.filter((d) => d.languageId === DIPLOMATIC).map((d) => d.uri.toString()));
    const open = vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && diplomatic.has(tab.input.uri.toString())));
    if (open !== this.open) {
      this.open = open;
      void vscode.commands.executeCommand('setContext', 'chancery.diplomaticTextOpen', open);
    }
  }

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}
