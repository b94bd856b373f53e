import * as vscode from 'vscode';
import type { ExtractionThread } from '../../core/corpus/extractionHandOff';
import { ExtractionPool } from '../../node/extractionPool';

/**
 * A worker thread that extracts the texts of a large indexing run (`ExtractionHandOff`), in the desktop and remote
 * extension hosts (Node): `dist/extractionWorker.js`, the command line's worker, given texts read through
 * `vscode.workspace.fs`. Undefined when the extension is not installed on a file system Node can load it from.
 * The web extension host builds `extractionThread.web.ts` instead (esbuild.mjs), which starts none.
 */
export function startExtractionThread(extensionUri: vscode.Uri): ExtractionThread | undefined {
  if (extensionUri.scheme !== 'file') {
    return undefined;
  }
  const file = vscode.Uri.joinPath(extensionUri, 'dist', 'extractionWorker.js').fsPath;
  return ExtractionPool.start(1, { file, eval: false });
}
