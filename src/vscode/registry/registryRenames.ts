import * as vscode from 'vscode';
import { REGISTRY_FILE_NAME } from '../../core/registry/registryFile';
import { registryFileRenames, type PathRename } from '../../core/registry/registryRenames';
import { relativePath } from '../convert';

/**
 * The edit to each folder's `chancery.yaml` that keeps its documents' `file` on the texts renamed or moved in the
 * editor (the Explorer, or another extension's rename): part of the rename's own edit, so one undo reverts both. A
 * registry with unsaved changes is edited as it stands in the editor; one that does not parse is left alone.
 * Renames outside the editor (git, a terminal) are not seen: `chancery.yaml` then warns on the `file` it names.
 */
export async function registryFileEdits(files: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): Promise<vscode.WorkspaceEdit> {
  const edit = new vscode.WorkspaceEdit();
  if (!vscode.workspace.isTrusted) {
    return edit;
  }
  const byFolder = new Map<vscode.WorkspaceFolder, PathRename[]>();
  for (const { oldUri, newUri } of files) {
    const folder = vscode.workspace.getWorkspaceFolder(oldUri);
    const from = folder && relativePath(folder, oldUri);
    const to = folder && relativePath(folder, newUri);
    if (folder && from !== undefined && to !== undefined && from !== REGISTRY_FILE_NAME) {
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), { from, to }]);
    }
  }
  for (const [folder, renames] of byFolder) {
    const registry = vscode.Uri.joinPath(folder.uri, REGISTRY_FILE_NAME);
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(registry);
    } catch {
      continue;
    }
    for (const replacement of registryFileRenames(document.getText(), renames)) {
      edit.replace(registry, new vscode.Range(document.positionAt(replacement.start), document.positionAt(replacement.end)), replacement.text);
    }
  }
  return edit;
}
