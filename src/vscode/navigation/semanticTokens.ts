import * as vscode from 'vscode';
import type { MentionKind } from '../../core/corpus/corpusIndex';
import { grammarCanMarkTitle } from '../../core/recognize/documentTitles';
import type { Corpora } from '../corpus/corpora';
import { mentionsShownIn } from './entityTargets';

/**
 * Semantic token types for what only the corpus model knows (a registry person named without a role before the
 * name, or a person another text names with a role, which the static grammar cannot recognise).
 * `semanticTokenScopes` in package.json maps each type onto the grammar's scope of the same kind, so every theme
 * colours both the same way. A title the grammar can mark is left to it: a token over the whole title would paint over
 * the states and organisations the grammar nests inside it (docs/grammar.md, "Semantic tokens").
 */
export const LEGEND = new vscode.SemanticTokensLegend(['official', 'role', 'title'], []);

const TOKEN_TYPES: Partial<Record<MentionKind, number>> = { official: 0, title: 2 };

/** Semantic tokens from the index's mentions of one text. */
export class EntitySemanticTokens implements vscode.DocumentSemanticTokensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;

  constructor(private readonly corpora: Corpora) {}

  /** Asks the editor for fresh tokens (after the index changed). */
  refresh(): void {
    this.changed.fire();
  }

  async provideDocumentSemanticTokens(document: vscode.TextDocument, cancel: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    const builder = new vscode.SemanticTokensBuilder(LEGEND);
    if (!this.corpora.locate(document.uri)) {
      return builder.build();
    }
    // Between an edit and the index reading it again, the index's offsets are those of the text before the edit: the
    // tokens wait for the index (the editor meanwhile keeps the tokens it has, moved with the edit). Edited again
    // meanwhile, the text is no longer the one asked about: the editor keeps its tokens when a provider fails with
    // "busy" (and says nothing of it), and asks again as the text changed.
    const location = await this.corpora.locateIndexed(document);
    if (!location || cancel.isCancellationRequested) {
      throw new Error('busy: Chancery is indexing the edited text');
    }
    const text = document.getText();
    for (const mention of mentionsShownIn(location, document)) {
      // A role is read with the grammar's office lexicon, which marks it with its state nested inside: a token
      // over the mention (role and state) would paint the state in the role's colour (docs/grammar.md).
      if (mention.kind === 'role' || (mention.kind === 'title' && grammarCanMarkTitle(text, mention))) {
        continue;
      }
      const type = TOKEN_TYPES[mention.kind];
      const start = document.positionAt(mention.start);
      const end = document.positionAt(mention.end);
      // Semantic tokens cannot span lines; a name broken across lines keeps only its grammar colour.
      if (type !== undefined && start.line === end.line) {
        builder.push(start.line, start.character, end.character - start.character, type, 0);
      }
    }
    return builder.build();
  }
}
