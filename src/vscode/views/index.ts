import * as vscode from 'vscode';
import type { Corpora } from '../corpus/corpora';
import { copyName, findAllMentions, goToRegistryEntry } from './entityRows';
import { findInViews, revealAtCursor, type EntityTree } from './reveal';

/**
 * Registers the commands shared by the Chancery views: Reveal in Chancery View, the fuzzy finder, and the context menu
 * of the rows of people, meetings, participants and documents.
 */
export function register(context: vscode.ExtensionContext, corpora: Corpora, trees: readonly EntityTree[]): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('chancery.revealInTree', () => revealAtCursor(corpora, trees)),
    vscode.commands.registerCommand('chancery.findInViews', (query?: unknown) => findInViews(corpora, trees, typeof query === 'string' ? query : undefined)),
    vscode.commands.registerCommand('chancery.findAllMentions', findAllMentions),
    vscode.commands.registerCommand('chancery.goToRegistryEntry', goToRegistryEntry),
    vscode.commands.registerCommand('chancery.copyName', copyName),
  );
}
