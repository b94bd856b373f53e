import * as vscode from 'vscode';
import type { ChanceryLog } from '../log';
import { Corpora } from './corpora';

/** Registers the per-folder corpus service: registry, background index, watchers. */
export function register(context: vscode.ExtensionContext, log: ChanceryLog): Corpora {
  const corpora = new Corpora(log, context.extensionUri);
  context.subscriptions.push(corpora);
  return corpora;
}
