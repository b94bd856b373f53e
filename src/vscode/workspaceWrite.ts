import * as vscode from 'vscode';

/**
 * Writes a file so that readers never see half of it: the bytes go to a temporary file beside the target,
 * which is then renamed over it. `workspace.fs.writeFile` alone truncates first and is not atomic.
 */
export async function writeFileAtomically(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const suffix = Math.random().toString(36).slice(2, 10);
  const temporary = vscode.Uri.joinPath(uri, '..', `.${name}.${suffix}.tmp`);
  await vscode.workspace.fs.writeFile(temporary, bytes);
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}
