import * as vscode from 'vscode';
import { fileExists } from '../currentText';
import { REGISTRY_FILE_NAME } from '../../core/registry/registryFile';
import { renderRegistryTemplate } from '../../core/registry/registryTemplate';
import { relativePath } from '../convert';
import { allowWrite } from '../trust';
import { writeFileAtomically } from '../workspaceWrite';

/** `chancery.createRegistry`: writes a commented `chancery.yaml` in a workspace folder (or opens the existing one). */
export async function createRegistry(folderHint?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (!allowWrite('create chancery.yaml')) {
    return undefined;
  }
  const folder = await pickFolder(folderHint);
  if (!folder) {
    return undefined;
  }
  const uri = vscode.Uri.joinPath(folder.uri, REGISTRY_FILE_NAME);
  if (await fileExists(uri)) {
    await vscode.window.showTextDocument(uri);
    void vscode.window.showInformationMessage(`${REGISTRY_FILE_NAME} already exists in ${folder.name}; it is open now.`);
    return uri;
  }
  const texts = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.txt'), '**/node_modules/**', 5000);
  const paths = texts.map((t) => relativePath(folder, t)).filter((p): p is string => p !== undefined);
  await writeFileAtomically(uri, new TextEncoder().encode(renderRegistryTemplate(paths)));
  await vscode.window.showTextDocument(uri);
  return uri;
}

async function pickFolder(hint?: vscode.Uri): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const hinted = hint ? vscode.workspace.getWorkspaceFolder(hint) : undefined;
  if (hinted) {
    return hinted;
  }
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('Open a folder first: chancery.yaml lives at the root of a workspace folder.');
    return undefined;
  }
  if (folders.length === 1) {
    return folders[0];
  }
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder for chancery.yaml' });
}

