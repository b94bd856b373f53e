import type { DocumentEntity } from '../corpus/corpusIndex';

/**
 * The texts of the corpus as the Documents view lists them, newest first: one row per file. A text's heading names the
 * registry document whose `file` it is; two registry documents may still give one file, and the first stands for it.
 */
export function textsByFile(documents: readonly DocumentEntity[]): DocumentEntity[] {
  const byFile = new Map<string, DocumentEntity>();
  for (const document of documents) {
    if (document.file === undefined) {
      continue;
    }
    const known = byFile.get(document.file);
    if (known === undefined || (document.registered && !known.registered)) {
      byFile.set(document.file, document);
    }
  }
  return [...byFile.values()].sort((a, b) => (b.date?.from ?? '').localeCompare(a.date?.from ?? '') || a.title.localeCompare(b.title));
}
