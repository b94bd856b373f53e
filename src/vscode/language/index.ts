import * as vscode from 'vscode';
import type { RegistryService } from '../registry/registryService';
import { CorpusLanguage } from './corpusLanguage';

/** Registers the switch of corpus texts to the `diplomatic` language. */
export function register(context: vscode.ExtensionContext, registries: RegistryService): void {
  const language = new CorpusLanguage(registries, context.workspaceState);
  context.subscriptions.push(language);
  language.considerOpenDocuments();
}
