import * as vscode from 'vscode';
import * as corpus from './vscode/corpus';
import * as language from './vscode/language';
import { ChanceryLog } from './vscode/log';
import * as registry from './vscode/registry';

/** The composition root: builds the services once and registers each feature. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = new ChanceryLog();
  context.subscriptions.push(log, vscode.commands.registerCommand('chancery.showLog', () => log.show()));

  const registries = registry.register(context, log);
  language.register(context, registries);
  corpus.register(context, registries, log);

  await registries.loadAll();
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
