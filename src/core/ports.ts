import type { DocId } from './model';

/** Where the core reads the corpus from: `vscode.workspace.fs` in the editor, `node:fs` in the CLI, memory in tests. */
export interface CorpusSource {
  /** Every file of the workspace that matches one of the globs, as workspace-relative paths. */
  findFiles(globs: readonly string[]): Promise<DocId[]>;
  /** The bytes of a workspace-relative file, or undefined when it does not exist. */
  readFile(path: DocId): Promise<Uint8Array | undefined>;
  /**
   * The size of a file in bytes, when the source can tell it without reading the file (a `stat`), so that
   * oversized files are skipped unread. Optional: without it the core reads the file and measures it.
   */
  fileSize?(path: DocId): Promise<number | undefined>;
}

/** A change of a corpus file that an adapter reports to the core (editor saves, watchers, git checkouts). */
export type CorpusChange =
  | { readonly kind: 'created' | 'changed' | 'deleted'; readonly path: DocId }
  | { readonly kind: 'renamed'; readonly from: DocId; readonly to: DocId };
