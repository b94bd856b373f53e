import { isMap, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import { readDocumentFile } from './registryFile';

/** A replacement of `[start, end)` of a file's text (UTF-16 offsets) by `text`. */
export interface TextReplacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A text or folder of the corpus renamed: paths relative to the folder of `chancery.yaml`, with `/`. */
export interface PathRename {
  readonly from: string;
  readonly to: string;
}

/** Where a renamed text now is, when `path` is one of the renamed texts or lies under a renamed folder. */
function renamedPath(path: string, renames: readonly PathRename[]): string | undefined {
  for (const { from, to } of renames) {
    if (path === from) {
      return to;
    }
    if (path.startsWith(`${from}/`)) {
      return `${to}${path.slice(from.length)}`;
    }
  }
  return undefined;
}

/**
 * The edits to `chancery.yaml` that keep its documents' `file` on texts renamed or moved (one by one or with their
 * folder): each `file` that names one gets its new path, written plain when it was plain and the path allows it,
 * else quoted. Nothing else of the file changes. A file that does not parse (a YAML error, conflict markers) gets
 * no edit: it is never written.
 */
export function registryFileRenames(text: string, renames: readonly PathRename[]): TextReplacement[] {
  if (renames.length === 0) {
    return [];
  }
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    return [];
  }
  const documents = doc.contents.get('documents', true);
  if (!isSeq(documents)) {
    return [];
  }
  const edits: TextReplacement[] = [];
  for (const entry of documents.items) {
    const file = isMap(entry) ? entry.get('file', true) : undefined;
    if (!isScalar(file) || typeof file.value !== 'string' || file.range === undefined || file.range === null) {
      continue;
    }
    // A block scalar (`file: >-` and the path on the next line) is left alone: its range holds line breaks, and the
    // registry then warns on the `file` it names.
    if (file.type !== Scalar.PLAIN && file.type !== Scalar.QUOTE_SINGLE && file.type !== Scalar.QUOTE_DOUBLE) {
      continue;
    }
    const read = readDocumentFile(file.value);
    const renamed = 'path' in read ? renamedPath(read.path, renames) : undefined;
    if (renamed === undefined) {
      continue;
    }
    // Written as before: a leading `./` kept, and the same quotes where the path allows them.
    const to = file.value.startsWith('./') ? `./${renamed}` : renamed;
    const plain = /^[A-Za-z0-9_.][\w./ -]*$/.test(to) && !/ $/.test(to) && !to.includes(': ') && !to.includes(' #');
    const text = file.type === Scalar.PLAIN && plain ? to : file.type === Scalar.QUOTE_SINGLE ? `'${to.replace(/'/g, "''")}'` : JSON.stringify(to);
    edits.push({ start: file.range[0], end: file.range[1], text });
  }
  return edits;
}
