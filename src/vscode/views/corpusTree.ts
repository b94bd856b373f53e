import * as vscode from 'vscode';
import type { Corpora } from '../corpus/corpora';

/** How long index changes are gathered before a view refreshes. */
const REFRESH_DELAY_MS = 300;

/**
 * The refresh plumbing every Chancery view shares: it fires `onDidChangeTreeData` a moment after the index of any
 * corpus changes. Items carry stable ids, so a refresh keeps what the user expanded.
 */
export abstract class CorpusTree<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | undefined>();
  private readonly subscription: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(protected readonly corpora: Corpora) {
    this.subscription = corpora.onDidChangeIndex(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
    });
  }

  /** Rebuilds the whole view now. */
  refresh(): void {
    this.changed.fire(undefined);
  }

  abstract getChildren(node?: T): vscode.ProviderResult<T[]>;
  abstract getTreeItem(node: T): vscode.TreeItem;

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.changed.dispose();
  }
}
