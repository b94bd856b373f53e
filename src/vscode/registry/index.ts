import * as vscode from 'vscode';
import type { ChanceryLog } from '../log';
import { createRegistry } from './createRegistry';
import { RegistryService } from './registryService';

/** Registers the workspace registry service and the command that creates `chancery.yaml`. */
export function register(context: vscode.ExtensionContext, log: ChanceryLog): RegistryService {
  const registries = new RegistryService(log);
  context.subscriptions.push(
    registries,
    vscode.commands.registerCommand('chancery.createRegistry', (folder?: vscode.Uri) => createRegistry(folder)),
  );
  return registries;
}
