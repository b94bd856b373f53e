import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import type { DocId } from '../core/model';
import type { CorpusSource } from '../core/ports';
import { isInCorpus } from '../core/corpus/corpusGlobs';

/** Folders never searched for texts: tooling and version-control state, not corpus. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'dist', 'out']);

/**
 * Reads a corpus from a folder on disk with `node:fs`, for the `chancery` command line. It has no `fileSize`:
 * a separate `stat` per file costs more than it saves on a local disk, and the core still refuses oversized texts
 * after reading them.
 */
export class NodeCorpusSource implements CorpusSource {
  /** The resolved root with a trailing separator, computed once: every read checks that its path stays inside. */
  private readonly inside: string;

  constructor(private readonly root: string) {
    this.inside = path.resolve(root) + path.sep;
  }

  async findFiles(globs: readonly string[]): Promise<DocId[]> {
    const found: DocId[] = [];
    const walk = async (relative: string): Promise<void> => {
      const entries = await readdir(path.join(this.root, relative), { withFileTypes: true });
      for (const entry of entries) {
        const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) {
            await walk(child);
          }
        } else if (entry.isFile() && isInCorpus(child, globs)) {
          found.push(child);
        }
      }
    };
    await walk('');
    return found.sort();
  }

  async readFile(file: DocId): Promise<Uint8Array | undefined> {
    try {
      // Synchronous on purpose: the command line has nothing else to do meanwhile, and one read call per small
      // text is several times faster than the open/stat/read/close round trips of the promise API.
      return readFileSync(this.absolutePath(file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return undefined;
      }
      throw error;
    }
  }

  /** The file on disk of a corpus path; throws when the path leads outside the corpus folder. */
  absolutePath(file: DocId): string {
    const resolved = path.resolve(this.root, file);
    // A path from the registry or a watcher must stay inside the corpus folder.
    if (resolved !== this.root && !resolved.startsWith(this.inside)) {
      throw new Error(`${file}: outside the corpus folder.`);
    }
    return resolved;
  }
}
