import * as vscode from 'vscode';
import { createRegistry } from './createRegistry';

/** Registers the command that creates `chancery.yaml`. */
export function register(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('chancery.createRegistry', (folder?: vscode.Uri) => createRegistry(folder)));
}
