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
  // The final clause, fixed once signed; its icon differs from a paragraph's (`String` and `Key` both show `abc`).
  signatures: vscode.SymbolKind.Constant,
  annex: vscode.SymbolKind.Namespace,
};

/** The outline of the last version of each document read: the symbols and the folding ranges ask for the same one. */
const outlines = new WeakMap<vscode.TextDocument, { readonly version: number; readonly nodes: OutlineNode[] }>();

function outlineOf(document: vscode.TextDocument): OutlineNode[] {
  const known = outlines.get(document);
  if (known?.version === document.version) {
    return known.nodes;
  }
  const text = document.getText();
  const nodes = textOutline(text, findHeading(text));
  outlines.set(document, { version: document.version, nodes });
  return nodes;
}

/** The Outline view, the breadcrumbs, sticky scroll and Go to Symbol in Editor of a text: its heading, divisions, articles and numbered paragraphs. */
export class TextOutlineProvider implements vscode.DocumentSymbolProvider {
  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const range = (r: { start: number; end: number }): vscode.Range => new vscode.Range(document.positionAt(r.start), document.positionAt(r.end));
    const symbol = (node: OutlineNode): vscode.DocumentSymbol => {
      const made = new vscode.DocumentSymbol(node.name, node.detail ?? '', KINDS[node.kind], range(node.range), range(node.selection));
      made.children = node.children.map(symbol);
      return made;
    };
    return outlineOf(document).map(symbol);
  }
}

/** Folds a text's divisions, articles and numbered paragraphs of more than one line; not its heading, which spans the text. */
export class TextFoldingProvider implements vscode.FoldingRangeProvider {
  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
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
    walk(outlineOf(document));
    return ranges;
  }
}
