import * as vscode from 'vscode';
import { dateInWords } from '../../core/corpus/dateRange';
import type { DocumentEntity } from '../../core/corpus/corpusIndex';
import type { OpenMentionArgs } from '../../core/cards/personCard';
import { textsByFile } from '../../core/tree/documentOutline';
import type { FolderCorpus } from '../corpus/corpora';
import { CorpusTree } from '../views/corpusTree';
import { entityContextValue, entityRowOf } from '../views/entityRows';

/** A row of the Documents view. */
export type DocumentNode =
  | { readonly type: 'text'; readonly corpus: FolderCorpus; readonly document: DocumentEntity }
  | { readonly type: 'cited'; readonly corpus: FolderCorpus; readonly from: DocumentEntity; readonly cited: DocumentEntity; readonly start: number; readonly end: number };

/** The Documents view: the texts of the corpus by date (newest first) with their type, and the documents each cites. */
export class DocumentTreeProvider extends CorpusTree<DocumentNode> {
  getChildren(node?: DocumentNode): DocumentNode[] {
    if (!node) {
      return this.corpora
        .all()
        .filter((c) => c.hasRegistry)
        .flatMap((corpus) => textsByFile(corpus.chancery.index.documents()).map((document) => ({ type: 'text' as const, corpus, document })));
    }
    if (node.type === 'text' && node.document.file !== undefined) {
      const index = node.corpus.chancery.index;
      return index
        .mentionsIn(node.document.file)
        .filter((m) => m.kind === 'title')
        .flatMap((m) => {
          const cited = index.document(m.entityId);
          return cited ? [{ type: 'cited' as const, corpus: node.corpus, from: node.document, cited, start: m.start, end: m.end }] : [];
        });
    }
    return [];
  }

  getParent(node: DocumentNode): DocumentNode | undefined {
    return node.type === 'cited' ? { type: 'text', corpus: node.corpus, document: node.from } : undefined;
  }

  /** The row of a corpus text, for Reveal in Chancery View. */
  nodeFor(corpus: FolderCorpus, entityId: string): DocumentNode | undefined {
    const document = corpus.chancery.index.document(entityId);
    return document?.file !== undefined ? { type: 'text', corpus, document } : undefined;
  }

  getTreeItem(node: DocumentNode): vscode.TreeItem {
    const folderKey = node.corpus.folder.uri.toString();
    if (node.type === 'text') {
      const { document } = node;
      const hasCitations = document.file !== undefined && node.corpus.chancery.index.mentionsIn(document.file).some((m) => m.kind === 'title');
      const item = new vscode.TreeItem(document.title, hasCitations ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `${folderKey}#text:${document.file ?? document.id}`;
      item.description = [document.date && dateInWords(document.date), document.type].filter((s) => s !== undefined).join(' · ');
      // A long title is cut on the row: the tooltip, and what a screen reader says, give it whole.
      describeRow(item, [document.title, item.description, document.file]);
      item.iconPath = new vscode.ThemeIcon('file-text');
      item.contextValue = entityContextValue('document', entityRowOf(node));
      if (document.file !== undefined) {
        item.resourceUri = node.corpus.source.uri(document.file);
        item.command = { command: 'vscode.open', title: 'Open Text', arguments: [item.resourceUri] };
      }
      return item;
    }
    const item = new vscode.TreeItem(node.cited.title, vscode.TreeItemCollapsibleState.None);
    item.id = `${folderKey}#text:${node.from.file ?? node.from.id}/cites:${node.start}`;
    item.description = [node.cited.type, node.cited.date && dateInWords(node.cited.date), node.cited.file !== undefined ? 'in the corpus' : undefined].filter((s) => s !== undefined).join(' · ');
    item.iconPath = new vscode.ThemeIcon(node.cited.file !== undefined ? 'link' : 'book');
    item.contextValue = entityContextValue('document', entityRowOf(node));
    describeRow(item, [node.cited.title, item.description, node.from.file !== undefined ? `cited in ${node.from.file}` : undefined]);
    const args: OpenMentionArgs = { corpus: folderKey, doc: node.from.file ?? '', start: node.start, end: node.end };
    item.command = { command: '_chancery.openMention', title: 'Show Citation', arguments: [args] };
    return item;
  }
}

/** Gives a row its tooltip, one part a line, and its accessible name, the same parts in one sentence; empty parts left out. */
function describeRow(item: vscode.TreeItem, parts: readonly (string | boolean | undefined)[]): void {
  const said = parts.filter((part): part is string => typeof part === 'string' && part !== '');
  item.tooltip = said.join('\n');
  item.accessibilityInformation = { label: said.join(', ') };
}
