import { minimatch } from 'minimatch';
import type { DocId } from '../model';

/**
 * A corpus glob as Chancery reads it: `\\` is a folder separator, as in a document's `file` and in VS Code's own globs
 * (which have no escape character), not minimatch's escape, so `texts\\**\\*.txt` written on Windows means
 * `texts/**\/*.txt` in the editor and the command line alike; a leading `./` is dropped (globs are relative to the folder
 * already).
 */
export function readCorpusGlob(written: string): string {
  return written.trim().replace(/\\/g, '/').replace(/^(!?)(?:\.\/)+/, '$1');
}

/** Whether a corpus glob subtracts (`!texts/drafts/**`) rather than adds. */
export function isExcludingGlob(glob: string): boolean {
  return glob.startsWith('!');
}

/** The globs that add texts to the corpus: every glob but the `!` ones. The editor asks VS Code for these. */
export function includingGlobs(globs: readonly string[]): string[] {
  return globs.filter((glob) => !isExcludingGlob(glob));
}

function matches(path: DocId, glob: string): boolean {
  // `nonegate`: a leading `!` is handled here, by subtraction, never by minimatch's "everything else".
  return minimatch(path, glob, { dot: false, nocase: false, nonegate: true, matchBase: !glob.includes('/') });
}

/**
 * Tells whether a workspace-relative path belongs to the corpus named by the registry's globs: a glob without `!`
 * matches it and no glob with `!` does (`["texts/**", "!texts/drafts/**"]`), whatever their order.
 * Sidecars (`*.notes.yaml`) and the registry itself never do, whatever the globs say.
 */
export function isInCorpus(path: DocId, globs: readonly string[]): boolean {
  if (path.endsWith('.notes.yaml') || path === 'chancery.yaml') {
    return false;
  }
  let included = false;
  for (const glob of globs) {
    if (isExcludingGlob(glob)) {
      if (matches(path, glob.slice(1))) {
        return false;
      }
    } else {
      included ||= matches(path, glob);
    }
  }
  return included;
}

/** The globs without `!` that match none of `paths` (the texts of the corpus), in the order given. */
export function globsMatchingNothing(globs: readonly string[], paths: readonly DocId[]): string[] {
  return globs.filter((glob) => !paths.some((path) => matches(path, isExcludingGlob(glob) ? glob.slice(1) : glob)));
}
