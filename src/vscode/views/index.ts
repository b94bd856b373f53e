import * as vscode from 'vscode';
import type { Corpora } from '../corpus/corpora';
import { findInViews, revealAtCursor, type EntityTree } from './reveal';

/** Registers the commands shared by the Chancery views: Reveal in Chancery View and the fuzzy finder. */
export function register(context: vscode.ExtensionContext, corpora: Corpora, trees: readonly EntityTree[]): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('chancery.revealInTree', () => revealAtCursor(corpora, trees)),
    vscode.commands.registerCommand('chancery.findInViews', (query?: unknown) => findInViews(corpora, trees, typeof query === 'string' ? query : undefined)),
  );
}
