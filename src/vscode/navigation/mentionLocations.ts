import * as vscode from 'vscode';
import { LineIndex } from '../../core/lineIndex';
import type { DocId } from '../../core/model';
import type { FolderCorpus } from '../corpus/corpora';

/** A span of a corpus text. */
export interface TextSpan {
  readonly doc: DocId;
  readonly start: number;
  readonly end: number;
}

/**
 * Turns spans of corpus texts into editor locations. Open documents answer from their own text (unsaved edits
 * included); other texts are read once per call and measured with a LineIndex.
 */
export async function toLocations(corpus: FolderCorpus, spans: readonly TextSpan[]): Promise<vscode.Location[]> {
  const lines = new Map<DocId, ((offset: number) => vscode.Position) | undefined>();
  const locations: vscode.Location[] = [];
  for (const span of spans) {
    if (!lines.has(span.doc)) {
      lines.set(span.doc, await positionsOf(corpus, span.doc));
    }
    const positionAt = lines.get(span.doc);
    if (positionAt) {
      locations.push(new vscode.Location(corpus.source.uri(span.doc), new vscode.Range(positionAt(span.start), positionAt(span.end))));
    }
  }
  return locations;
}

async function positionsOf(corpus: FolderCorpus, doc: DocId): Promise<((offset: number) => vscode.Position) | undefined> {
  const uri = corpus.source.uri(doc);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    return (offset) => open.positionAt(offset);
  }
  const bytes = await corpus.source.readFile(doc);
  if (!bytes) {
    return undefined;
  }
  const index = new LineIndex(new TextDecoder().decode(bytes));
  return (offset) => {
    const { line, character } = index.positionAt(offset);
    return new vscode.Position(line, character);
  };
}
