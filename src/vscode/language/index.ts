import * as vscode from 'vscode';
import type { Corpora } from '../corpus/corpora';
import { CorpusLanguage } from './corpusLanguage';
import { DiplomaticTextOpen } from './diplomaticTextOpen';

/** Registers the switch of corpus texts to the `diplomatic` language, and the context key saying one is open. */
export function register(context: vscode.ExtensionContext, corpora: Corpora): void {
  const language = new CorpusLanguage(corpora, context.workspaceState);
  context.subscriptions.push(language, new DiplomaticTextOpen());
  language.considerOpenDocuments();
}
