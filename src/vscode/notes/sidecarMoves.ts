import * as vscode from 'vscode';
import { fileExists } from '../currentText';
import { fileName } from '../convert';
import { parseSidecar, retargetSidecar } from '../../core/notes';
import { changeSidecar, sidecarUriOf } from './sidecarFiles';


/**
 * The sidecar moves with its text: when a text is renamed or moved (Explorer, refactoring), its
 * `X.txt.notes.yaml` is renamed in the same workspace edit, so one undo takes both back. A sidecar already at the
 * destination is never overwritten. Folders carry their sidecars along by themselves. In Restricted Mode Chancery
 * writes nothing: the sidecar stays, and its notes show as orphaned until the text comes back.
 */
export async function sidecarMoves(files: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): Promise<vscode.WorkspaceEdit> {
  const edit = new vscode.WorkspaceEdit();
  if (!vscode.workspace.isTrusted) {
    return edit;
  }
  for (const { oldUri, newUri } of files) {
    const from = sidecarUriOf(oldUri);
    const to = sidecarUriOf(newUri);
    if (!oldUri.path.endsWith('.notes.yaml') && (await fileExists(from)) && !(await fileExists(to))) {
      edit.renameFile(from, to, { ignoreIfExists: true });
    }
  }
  return edit;
}

/** After a rename, points each moved sidecar's `text:` header at the text's new name (nothing else changes). */
export async function retargetMovedSidecars(files: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    return;
  }
  for (const { newUri } of files) {
    const sidecar = sidecarUriOf(newUri);
    const name = fileName(newUri);
    if (newUri.path.endsWith('.notes.yaml') || !(await fileExists(sidecar))) {
      continue;
    }
    const current = parseSidecar(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)));
    if (current.header?.text !== name) {
      await changeSidecar(sidecar, name, (parse) => retargetSidecar(parse, name));
    }
  }
}
