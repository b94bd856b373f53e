import * as vscode from 'vscode';
import { sameIdentity, type SymbolMatch } from '../../core/corpus/corpusIndex';
import { workbenchSymbolName } from '../../core/corpus/symbolSearch';
import type { Corpora, FolderCorpus } from '../corpus/corpora';
import { definitionOf, mentionAt, mentionsShownIn } from './entityTargets';
import { toLocations } from './mentionLocations';

/** Go to Definition: a person to their registry entry (or first mention), a cited document to its text. */
export class EntityDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly corpora: Corpora) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    const location = await this.corpora.locateIndexed(document);
    const mention = location && mentionAt(location, document, position);
    if (!location || !mention) {
      return [];
    }
    // An ambiguous name has a definition per candidate: VS Code lists them all rather than pick one.
    const ids = mention.status === 'ambiguous' ? mention.candidates : [mention.entityId];
    const targets = await Promise.all(ids.map((id) => definitionOf(location.corpus, id)));
    return targets.filter((t): t is vscode.Location => t !== undefined);
  }
}

/** Find All References: every mention of the entity under the cursor, across the corpus. */
export class EntityReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly corpora: Corpora) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    const location = await this.corpora.locateIndexed(document);
    const mention = location && mentionAt(location, document, position);
    if (!location || !mention) {
      return [];
    }
    return toLocations(location.corpus, location.corpus.chancery.index.referencesOf(mention));
  }
}

/** Highlights the other mentions of the entity under the cursor in the same text. */
export class EntityHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly corpora: Corpora) {}

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DocumentHighlight[]> {
    const location = await this.corpora.locateIndexed(document);
    const mention = location && mentionAt(location, document, position);
    if (!location || !mention) {
      return [];
    }
    return mentionsShownIn(location, document)
      .filter((m) => sameIdentity(m, mention))
      .map((m) => new vscode.DocumentHighlight(new vscode.Range(document.positionAt(m.start), document.positionAt(m.end)), vscode.DocumentHighlightKind.Read));
  }
}

const SYMBOL_KINDS: Record<SymbolMatch['kind'], vscode.SymbolKind> = {
  person: vscode.SymbolKind.Constant,
  meeting: vscode.SymbolKind.Event,
  document: vscode.SymbolKind.File,
};

class EntitySymbol extends vscode.SymbolInformation {
  constructor(
    match: SymbolMatch,
    readonly corpus: FolderCorpus,
    readonly entityId: string,
    query: string,
  ) {
    // The range is resolved when the symbol is chosen: reading files for every keystroke would be wasted work. A
    // meeting is named with its date and place: the workbench filters the symbols again by their name, and the body
    // alone would drop the summit found by `Qingdao` or `2018`. The detail then is not said again beside the name.
    const detailInName = match.kind === 'meeting' && match.detail !== '';
    // The same filter drops `Šefčovič` for `Sefcovic`: the name then also says itself without accents.
    const name = workbenchSymbolName(detailInName ? `${match.label} (${match.detail})` : match.label, query);
    super(name, SYMBOL_KINDS[match.kind], detailInName ? '' : match.detail, new vscode.Location(corpus.folder.uri, new vscode.Position(0, 0)));
  }
}

/** Workspace Symbols (Ctrl+T): people, meetings and documents of every corpus, fuzzy, through the core's fuse.js index. */
export class EntitySymbolProvider implements vscode.WorkspaceSymbolProvider<EntitySymbol> {
  constructor(private readonly corpora: Corpora) {}

  provideWorkspaceSymbols(query: string): EntitySymbol[] {
    return this.corpora
      .all()
      .filter((c) => c.hasRegistry)
      .flatMap((corpus) => corpus.chancery.index.searchSymbols(query).map((match) => new EntitySymbol(match, corpus, match.id, query)));
  }

  async resolveWorkspaceSymbol(symbol: EntitySymbol): Promise<EntitySymbol> {
    const target = await definitionOf(symbol.corpus, symbol.entityId);
    if (target) {
      symbol.location = target;
    }
    return symbol;
  }
}

/** Document Links: a cited document title links to its text when that text is in the corpus. */
export class CitedDocumentLinkProvider implements vscode.DocumentLinkProvider {
  constructor(private readonly corpora: Corpora) {}

  async provideDocumentLinks(document: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
    const location = await this.corpora.locateIndexed(document);
    if (!location) {
      return [];
    }
    const index = location.corpus.chancery.index;
    const links: vscode.DocumentLink[] = [];
    for (const mention of index.mentionsIn(location.path)) {
      const file = mention.kind === 'title' ? index.document(mention.entityId)?.file : undefined;
      if (file !== undefined && file !== location.path) {
        const link = new vscode.DocumentLink(new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)), location.corpus.source.uri(file));
        link.tooltip = `Open ${file}`;
        links.push(link);
      }
    }
    return links;
  }
}
