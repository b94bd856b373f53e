import type * as vscode from 'vscode';
import type { ExtractionThread } from '../../core/corpus/extractionHandOff';

/**
 * `extractionThread.ts` in the web extension host (vscode.dev), which has no Node worker threads: the editor
 * extracts every text in its own thread, as the core does without the port.
 */
export function startExtractionThread(_extensionUri: vscode.Uri): ExtractionThread | undefined {
  return undefined;
}
