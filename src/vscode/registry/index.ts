import * as vscode from 'vscode';
import { createRegistry } from './createRegistry';
import { registryFileEdits } from './registryRenames';

/** Registers the command that creates `chancery.yaml`, and keeps its documents' files on texts renamed in the editor. */
export function register(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('chancery.createRegistry', (folder?: vscode.Uri) => createRegistry(folder)),
    vscode.workspace.onWillRenameFiles((event) => event.waitUntil(registryFileEdits(event.files))),
  );
}
