import * as vscode from 'vscode';
import { findHeading } from '../../core/recognize/documentTitles';
import { textOutline, type OutlineKind, type OutlineNode } from '../../core/tree/textOutline';

const KINDS: Record<OutlineKind, vscode.SymbolKind> = {
  heading: vscode.SymbolKind.File,
  part: vscode.SymbolKind.Namespace,
  chapter: vscode.SymbolKind.Namespace,
  section: vscode.SymbolKind.Namespace,
  article: vscode.SymbolKind.Module,
  paragraph: vscode.SymbolKind.String,
};

/** The Outline view, the breadcrumbs, sticky scroll and Go to Symbol in Editor of a text: its heading, divisions, articles and numbered paragraphs. */
export class TextOutlineProvider implements vscode.DocumentSymbolProvider {
  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const text = document.getText();
    const range = (r: { start: number; end: number }): vscode.Range => new vscode.Range(document.positionAt(r.start), document.positionAt(r.end));
    const symbol = (node: OutlineNode): vscode.DocumentSymbol => {
      const made = new vscode.DocumentSymbol(node.name, node.detail ?? '', KINDS[node.kind], range(node.range), range(node.selection));
      made.children = node.children.map(symbol);
      return made;
    };
    return textOutline(text, findHeading(text)).map(symbol);
  }
}

/** Folds a text's divisions, articles and numbered paragraphs of more than one line; not its heading, which spans the text. */
export class TextFoldingProvider implements vscode.FoldingRangeProvider {
  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    const text = document.getText();
    const ranges: vscode.FoldingRange[] = [];
    const walk = (nodes: readonly OutlineNode[]): void => {
      for (const node of nodes) {
        const first = document.positionAt(node.range.start).line;
        const last = document.positionAt(node.range.end).line;
        if (node.kind !== 'heading' && last > first) {
          ranges.push(new vscode.FoldingRange(first, last));
        }
        walk(node.children);
      }
    };
    walk(textOutline(text, findHeading(text)));
    return ranges;
  }
}
