import * as vscode from 'vscode';
import type { ChanceryLog } from '../log';
import type { RegistryService } from '../registry/registryService';
import { CorpusCheck } from './corpusCheck';

/** Registers the background check of each corpus's files. */
export function register(context: vscode.ExtensionContext, registries: RegistryService, log: ChanceryLog): void {
  context.subscriptions.push(new CorpusCheck(registries, log));
}
