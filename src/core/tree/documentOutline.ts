import type { CorpusIndex, DocumentEntity } from '../corpus/corpusIndex';
import type { DocId } from '../model';

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

/** A document a text cites, with each passage that cites it, in the text's order. */
export interface CitedDocument {
  readonly document: DocumentEntity;
  readonly citations: readonly { readonly start: number; readonly end: number }[];
}

/**
 * The documents a text cites as the Documents view lists them under it: one per document, however often the text
 * cites it, in the order of their first citation.
 */
export function citedDocuments(index: CorpusIndex, file: DocId): CitedDocument[] {
  const cited = new Map<string, { document: DocumentEntity; citations: { start: number; end: number }[] }>();
  for (const mention of index.mentionsIn(file)) {
    if (mention.kind !== 'title') {
      continue;
    }
    const known = cited.get(mention.entityId);
    if (known) {
      known.citations.push({ start: mention.start, end: mention.end });
      continue;
    }
    const document = index.document(mention.entityId);
    if (document) {
      cited.set(mention.entityId, { document, citations: [{ start: mention.start, end: mention.end }] });
    }
  }
  return [...cited.values()];
}
