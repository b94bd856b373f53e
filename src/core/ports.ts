import type { DocId } from './model';

/** Where the core reads the corpus from: `vscode.workspace.fs` in the editor, `node:fs` in the CLI, memory in tests. */
export interface CorpusSource {
  /** Every file of the workspace that matches one of the globs, as workspace-relative paths. */
  findFiles(globs: readonly string[]): Promise<DocId[]>;
  /** The bytes of a workspace-relative file, or undefined when it does not exist. */
  readFile(path: DocId): Promise<Uint8Array | undefined>;
}
