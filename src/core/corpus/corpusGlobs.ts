import { minimatch } from 'minimatch';
import type { DocId } from '../model';

/**
 * Tells whether a workspace-relative path belongs to the corpus named by the registry's globs.
 * Sidecars (`*.notes.yaml`) and the registry itself never do, whatever the globs say.
 */
export function isInCorpus(path: DocId, globs: readonly string[]): boolean {
  if (path.endsWith('.notes.yaml') || path === 'chancery.yaml') {
    return false;
  }
  return globs.some((glob) => minimatch(path, glob, { dot: false, nocase: false, matchBase: !glob.includes('/') }));
}
