import * as vscode from 'vscode';
import { counted } from '../../core/counted';
import { dateInWords } from '../../core/corpus/dateRange';
import type { DocumentEntity } from '../../core/corpus/corpusIndex';
import type { OpenMentionArgs } from '../../core/cards/personCard';
import { citedDocuments, textsByFile, type CitedDocument } from '../../core/tree/documentOutline';
import type { FolderCorpus } from '../corpus/corpora';
import { CorpusTree } from '../views/corpusTree';
import { passageContext } from '../views/passages';
import { entityContextValue, entityRowOf } from '../views/entityRows';

/** A row of the Documents view. */
export type DocumentNode =
  | { readonly type: 'text'; readonly corpus: FolderCorpus; readonly document: DocumentEntity }
  | { readonly type: 'cited'; readonly corpus: FolderCorpus; readonly from: DocumentEntity; readonly cited: DocumentEntity; readonly citations: CitedDocument['citations'] }
  | { readonly type: 'citation'; readonly corpus: FolderCorpus; readonly from: DocumentEntity; readonly cited: DocumentEntity; readonly start: number; readonly end: number; readonly context: string | undefined };

/**
 * The Documents view: the texts of the corpus by date (newest first) with their type, and the documents each cites,
 * one row per document with the number of its citations; a document cited more than once has its passages as children.
 */
export class DocumentTreeProvider extends CorpusTree<DocumentNode> {
  getChildren(node?: DocumentNode): DocumentNode[] | Promise<DocumentNode[]> {
    if (!node) {
      return this.corpora
        .all()
        .filter((c) => c.hasRegistry)
        .flatMap((corpus) => textsByFile(corpus.chancery.index.documents()).map((document) => ({ type: 'text' as const, corpus, document })));
    }
    if (node.type === 'text' && node.document.file !== undefined) {
      return citedDocuments(node.corpus.chancery.index, node.document.file).map(({ document, citations }) => ({ type: 'cited' as const, corpus: node.corpus, from: node.document, cited: document, citations }));
    }
    if (node.type === 'cited' && node.citations.length > 1) {
      return this.citationRows(node);
    }
    return [];
  }

  private async citationRows(node: Extract<DocumentNode, { type: 'cited' }>): Promise<DocumentNode[]> {
    const doc = node.from.file ?? '';
    const lines = await passageContext(node.corpus, node.citations.map((c) => ({ doc, ...c })));
    return node.citations.map((c, i) => ({ type: 'citation' as const, corpus: node.corpus, from: node.from, cited: node.cited, start: c.start, end: c.end, context: lines[i] }));
  }

  getParent(node: DocumentNode): DocumentNode | undefined {
    if (node.type === 'citation' && node.from.file !== undefined) {
      const cited = citedDocuments(node.corpus.chancery.index, node.from.file).find((c) => c.document.id === node.cited.id);
      return cited && { type: 'cited', corpus: node.corpus, from: node.from, cited: node.cited, citations: cited.citations };
    }
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
    const textKey = `${folderKey}#text:${node.from.file ?? node.from.id}/cites:${node.cited.id}`;
    if (node.type === 'citation') {
      const item = new vscode.TreeItem(node.context ?? node.cited.title, vscode.TreeItemCollapsibleState.None);
      item.id = `${textKey}@${node.start}`;
      item.iconPath = new vscode.ThemeIcon('quote');
      describeRow(item, [node.context, node.from.file !== undefined ? `cites ${node.cited.title} in ${node.from.file}` : undefined]);
      item.command = citationCommand(folderKey, node.from, node);
      return item;
    }
    const several = node.citations.length > 1;
    const item = new vscode.TreeItem(node.cited.title, several ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = textKey;
    item.description = [
      node.cited.type,
      node.cited.date && dateInWords(node.cited.date),
      node.cited.file !== undefined ? 'in the corpus' : undefined,
      counted(node.citations.length, 'citation'),
    ]
      .filter((s) => s !== undefined)
      .join(' · ');
    item.iconPath = new vscode.ThemeIcon(node.cited.file !== undefined ? 'link' : 'book');
    item.contextValue = entityContextValue('document', entityRowOf(node));
    describeRow(item, [node.cited.title, item.description, node.from.file !== undefined ? `cited in ${node.from.file}` : undefined]);
    const [first] = node.citations;
    if (first !== undefined) {
      // The row opens the first citation; the others are its children.
      item.command = citationCommand(folderKey, node.from, first);
    }
    return item;
  }
}

/** The command that opens the text at a citation and selects it. */
function citationCommand(folderKey: string, from: DocumentEntity, citation: { readonly start: number; readonly end: number }): vscode.Command {
  const args: OpenMentionArgs = { corpus: folderKey, doc: from.file ?? '', start: citation.start, end: citation.end };
  return { command: '_chancery.openMention', title: 'Show Citation', arguments: [args] };
}

/** Gives a row its tooltip, one part a line, and its accessible name, the same parts in one sentence; empty parts left out. */
function describeRow(item: vscode.TreeItem, parts: readonly (string | boolean | undefined)[]): void {
  const said = parts.filter((part): part is string => typeof part === 'string' && part !== '');
  item.tooltip = said.join('\n');
  item.accessibilityInformation = { label: said.join(', ') };
}
