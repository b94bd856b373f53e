import type { DocId } from '../../core/model';
import { contextLine } from '../../core/tree/contextLine';
import type { FolderCorpus } from '../corpus/corpora';
import { readCurrentText } from '../currentText';

/** The line of context of each passage, reading each text once (open documents answer with their unsaved text). */
export async function passageContext(corpus: FolderCorpus, passages: readonly { doc: DocId; start: number; end: number }[]): Promise<(string | undefined)[]> {
  const texts = new Map<DocId, string | undefined>();
  const lines: (string | undefined)[] = [];
  for (const passage of passages) {
    if (!texts.has(passage.doc)) {
      texts.set(passage.doc, await readCurrentText(corpus.source.uri(passage.doc)));
    }
    const text = texts.get(passage.doc);
    lines.push(text === undefined ? undefined : contextLine(text, passage.start, passage.end));
  }
  return lines;
}
