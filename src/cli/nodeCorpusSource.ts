import { readFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { DocId } from '../core/model';
import type { CorpusSource } from '../core/ports';
import { isInCorpus } from '../core/corpus/corpusGlobs';

/**
 * Folders never searched for texts: `node_modules`, as the editor's search leaves it out, and folders whose name
 * starts with "." (`.git`, `.vscode`), whose files no glob takes (`isInCorpus` matches no dot-folders).
 */
function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

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

  /**
   * Every file the globs name, walking the folder as the editor's search does: symbolic links to files and folders
   * are followed, a link to a folder that holds it (a loop) is not followed again, and dangling links are passed.
   */
  async findFiles(globs: readonly string[]): Promise<DocId[]> {
    return this.findMatching((file) => isInCorpus(file, globs));
  }

  /** Every file of the folder, found by the walk of `findFiles`, whose workspace-relative path `accept` takes. */
  async findMatching(accept: (file: DocId) => boolean): Promise<DocId[]> {
    const found: DocId[] = [];
    // The real paths of the folders being walked, from the root down: a link to one of them is a loop.
    const ancestors: string[] = [await realpath(this.root)];
    const walked = new Set<string>(ancestors);
    const walk = async (relative: string, real: string): Promise<void> => {
      const entries = await readdir(path.join(this.root, relative), { withFileTypes: true });
      for (const entry of entries) {
        const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
        let isFolder = entry.isDirectory();
        let isFile = entry.isFile();
        let childReal = path.join(real, entry.name);
        if (entry.isSymbolicLink()) {
          const target = await linkTarget(path.join(this.root, child));
          if (target === undefined) {
            continue;
          }
          ({ isFolder, isFile, real: childReal } = target);
        }
        if (isFolder) {
          // Each real folder once: links between sibling folders would otherwise multiply the paths without end.
          if (!isSkippedFolder(entry.name) && !ancestors.includes(childReal) && !walked.has(childReal)) {
            walked.add(childReal);
            ancestors.push(childReal);
            await walk(child, childReal);
            ancestors.pop();
          }
        } else if (isFile && accept(child)) {
          found.push(child);
        }
      }
    };
    await walk('', ancestors[0] ?? this.root);
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

/** What a symbolic link leads to, with its real path; undefined when it leads nowhere (dangling, or a loop of links). */
async function linkTarget(file: string): Promise<{ isFolder: boolean; isFile: boolean; real: string } | undefined> {
  try {
    const [target, real] = await Promise.all([stat(file), realpath(file)]);
    return { isFolder: target.isDirectory(), isFile: target.isFile(), real };
  } catch {
    return undefined;
  }
}
