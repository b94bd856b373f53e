import type { DocumentEntity } from '../corpus/corpusIndex';

/**
 * The texts of the corpus as the Documents view lists them, newest first: one row per file. When the registry names a
 * text under a title other than its heading, the model holds two documents for that file (the registry's and the
 * heading's); the registry's stands for the text.
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
