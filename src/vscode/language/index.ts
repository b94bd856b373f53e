import * as vscode from 'vscode';
import type { Corpora } from '../corpus/corpora';
import { CorpusLanguage } from './corpusLanguage';

/** Registers the switch of corpus texts to the `diplomatic` language. */
export function register(context: vscode.ExtensionContext, corpora: Corpora): void {
  const language = new CorpusLanguage(corpora, context.workspaceState);
  context.subscriptions.push(language);
  language.considerOpenDocuments();
}
