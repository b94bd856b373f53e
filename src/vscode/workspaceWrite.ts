import * as vscode from 'vscode';
import { fileName } from './convert';

/** The temporary file `writeFileAtomically` writes beside a file `X`: `.X.<up to 8 letters or digits>.tmp`. */
const TEMPORARY = /^\.(.+)\.[a-z0-9]{1,8}\.tmp$/;

/**
 * Writes a file so that readers never see half of it: the bytes go to a temporary file beside the target,
 * which is then renamed over it. `workspace.fs.writeFile` alone truncates first and is not atomic.
 *
 * VS Code's file service (1.100) renames over an existing file by deleting it first (`FileService.move` with
 * `overwrite`), so for a moment the target is absent and its new content is only in the temporary file. A write
 * interrupted there (the window closed, the remote connection lost) leaves the temporary file, which
 * `recoverInterruptedWrites` puts back.
 */
export async function writeFileAtomically(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const name = fileName(uri);
  const suffix = Math.random().toString(36).slice(2, 10) || '0';
  const temporary = vscode.Uri.joinPath(uri, '..', `.${name}.${suffix}.tmp`);
  await vscode.workspace.fs.writeFile(temporary, bytes);
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}

/** What `recoverInterruptedWrites` did with each temporary file it found. */
export interface RecoveredWrites {
  /** Files put back from their temporary file: the write had deleted them and not yet renamed the new content in. */
  readonly restored: vscode.Uri[];
  /**
   * Temporary files left where they are, beside a file that exists: the write stopped before it replaced it. The file
   * keeps its previous content, the temporary file the new one; Chancery cannot tell which the analyst wants.
   */
  readonly left: vscode.Uri[];
}

/**
 * Finds the temporary files of `writeFileAtomically` that `glob` matches (those of the sidecars, say) and puts back
 * each one whose file is missing, by renaming it without overwriting anything. Nothing is deleted.
 */
export async function recoverInterruptedWrites(glob: string): Promise<RecoveredWrites> {
  const restored: vscode.Uri[] = [];
  const left: vscode.Uri[] = [];
  for (const temporary of await vscode.workspace.findFiles(glob)) {
    const name = TEMPORARY.exec(fileName(temporary))?.[1];
    if (name === undefined) {
      continue;
    }
    const target = vscode.Uri.joinPath(temporary, '..', name);
    try {
      await vscode.workspace.fs.stat(target);
      left.push(temporary);
      continue;
    } catch {
      // Missing: the interrupted write had deleted it.
    }
    try {
      await vscode.workspace.fs.rename(temporary, target, { overwrite: false });
      restored.push(target);
    } catch {
      left.push(temporary);
    }
  }
  return { restored, left };
}
