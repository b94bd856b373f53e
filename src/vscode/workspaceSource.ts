import * as vscode from 'vscode';
import type { DocId } from '../core/model';
import type { CorpusSource } from '../core/ports';
import { includingGlobs, isInCorpus } from '../core/corpus/corpusGlobs';
import { relativePath } from './convert';

/** The corpus of one workspace folder, read through `vscode.workspace.fs` (desktop, remote and web alike). */
export class VsCodeCorpusSource implements CorpusSource {
  constructor(private readonly folder: vscode.WorkspaceFolder) {}

  uri(path: DocId): vscode.Uri {
    return vscode.Uri.joinPath(this.folder.uri, ...path.split('/'));
  }

  async findFiles(globs: readonly string[]): Promise<DocId[]> {
    // VS Code knows no `!` globs: it finds what the others name, and the `!` ones subtract (`isInCorpus`).
    const found = await Promise.all(includingGlobs(globs).map((glob) => vscode.workspace.findFiles(new vscode.RelativePattern(this.folder, glob), '**/node_modules/**')));
    const paths = new Set<DocId>();
    for (const uri of found.flat()) {
      const path = relativePath(this.folder, uri);
      if (path !== undefined && isInCorpus(path, globs)) {
        paths.add(path);
      }
    }
    return [...paths];
  }

  async readFile(path: DocId): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(this.uri(path));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
        return undefined;
      }
      throw error;
    }
  }

  async fileSize(path: DocId): Promise<number | undefined> {
    try {
      return (await vscode.workspace.fs.stat(this.uri(path))).size;
    } catch {
      return undefined;
    }
  }
}
