import * as vscode from 'vscode';

/**
 * The text of a file as the user sees it: an open document's text (unsaved edits included), else the file on disk
 * decoded as UTF-8, else undefined when there is no such file.
 */
export async function readCurrentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    return open.getText();
  }
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Whether a file or folder exists, through `workspace.fs` (desktop, remote and web alike). */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
