import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import * as path from 'node:path';
import { mergeSidecars, parseSidecar } from '../../core/notes';
import type { CliCommand } from '../io';

/** The file operations of an atomic replace; tests pass failing ones to simulate a crash midway. */
export interface AtomicWriteFs {
  readFile(file: string): Promise<string | undefined>;
  /** Writes a new file (fails if it exists) and flushes it to disk. */
  writeNewFile(file: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

/** The real file system, with an fsync before the rename so that a power cut cannot leave an empty file. */
export const nodeAtomicFs: AtomicWriteFs = {
  async readFile(file) {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return undefined;
      }
      throw error;
    }
  },
  async writeNewFile(file, text) {
    const handle = await open(file, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  unlink: (file) => unlink(file),
};

/**
 * Replaces `file` with `text` so that a reader (or a crash) sees either the old file whole or the new one:
 * writes a temporary file beside it, then renames it over the original. Refuses, leaving everything as it
 * was, when the file on disk is no longer `expected` (someone changed it since it was read; undefined means
 * "did not exist").
 */
export async function replaceFileAtomically(file: string, text: string, expected: string | undefined, fs: AtomicWriteFs = nodeAtomicFs): Promise<void> {
  const current = await fs.readFile(file);
  if (current !== expected) {
    throw new Error(`${file} changed on disk since it was read; nothing was written.`);
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeNewFile(temp, text);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

const USAGE = [
  'Usage: chancery merge-notes <base %O> <ours %A> <theirs %B> [<path %P>]',
  '  A git merge driver for *.notes.yaml: merges by note id and writes the result into <ours>.',
  '  Exits 1 when a note was changed on both sides (both versions are kept between conflict markers).',
  '  Set-up: .gitattributes "*.notes.yaml merge=chancery-notes" and',
  '  git config merge.chancery-notes.driver "npx chancery merge-notes %O %A %B %P"',
  '',
].join('\n');

/** `chancery merge-notes %O %A %B [%P]`: the git merge driver for sidecars. */
export const run: CliCommand = async (args, io) => {
  const [basePath, oursPath, theirsPath, shownPath] = args;
  if (basePath === undefined || oursPath === undefined || theirsPath === undefined || args.length > 4 || args.includes('--help')) {
    io.err(USAGE);
    return args.includes('--help') ? 0 : 2;
  }
  const name = shownPath ?? oursPath;
  let base: string | undefined;
  let ours: string;
  let theirs: string;
  try {
    base = await nodeAtomicFs.readFile(basePath);
    ours = (await nodeAtomicFs.readFile(oursPath)) ?? '';
    theirs = (await nodeAtomicFs.readFile(theirsPath)) ?? '';
  } catch (error) {
    io.err(`chancery merge-notes: ${(error as Error).message}\n`);
    return 2;
  }
  // Git passes an empty base when both sides added the file.
  const merge = mergeSidecars(base === '' ? undefined : base, ours, theirs);
  if (!merge.ok) {
    io.err(`chancery merge-notes: ${name}: ${merge.reason}; falling back to a line merge (git merge-file).\n`);
    const fallback = spawnSync('git', ['merge-file', '-L', 'ours', '-L', 'base', '-L', 'theirs', oursPath, basePath, theirsPath], { encoding: 'utf8' });
    if (fallback.error !== undefined) {
      io.err(`chancery merge-notes: git merge-file failed (${fallback.error.message}); ${name} keeps our version.\n`);
      return 1;
    }
    // A clean line merge stands when the sidecar it gives reads without an error; otherwise (a side that does not
    // parse, conflicting lines) it needs a human look.
    const merged = fallback.status === 0 ? await nodeAtomicFs.readFile(oursPath) : undefined;
    if (merged !== undefined && parseSidecar(merged).writable) {
      io.err(`chancery merge-notes: ${name}: the line merge is clean and the sidecar reads without errors.\n`);
      return 0;
    }
    return 1;
  }
  try {
    if (merge.text !== ours) {
      await replaceFileAtomically(oursPath, merge.text, ours);
    }
  } catch (error) {
    io.err(`chancery merge-notes: ${(error as Error).message}\n`);
    return 2;
  }
  for (const conflict of merge.conflicts) {
    const what = conflict.id === undefined ? 'the header (text name)' : `note ${conflict.id}`;
    io.err(`chancery merge-notes: ${name}: conflict on ${what}: ${conflict.kind.replace(/-/g, ' ')}; both versions kept between markers.\n`);
  }
  return merge.conflicts.length > 0 ? 1 : 0;
};
