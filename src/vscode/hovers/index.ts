import * as vscode from 'vscode';
import type { OpenMentionArgs } from '../../core/cards/personCard';
import type { Corpora } from '../corpus/corpora';
import type { EntityCards } from './entityCards';
import { EntityHoverProvider } from './entityHover';
import { openMention } from './openMention';

/** Registers the hover cards and the command their links run. */
export function register(context: vscode.ExtensionContext, corpora: Corpora, cards: EntityCards): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider({ language: 'diplomatic' }, new EntityHoverProvider(corpora, cards)),
    vscode.commands.registerCommand('_chancery.openMention', (args?: OpenMentionArgs) => openMention(corpora, args)),
  );
}
