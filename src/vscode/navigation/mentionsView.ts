import * as vscode from 'vscode';
import type { EntityMention } from '../../core/corpus/corpusIndex';
import { counted } from '../../core/counted';
import type { FolderCorpus } from '../corpus/corpora';
import { toLocations } from './mentionLocations';

/** An entity as Find All References knows it: one certain entity, or a name ambiguous between candidates. */
export type MentionedEntity = Pick<EntityMention, 'entityId' | 'status' | 'candidates'>;

/**
 * The part of the built-in references-view extension's API (`vscode.references-view`, its `references-view.d.ts`)
 * that Chancery uses: an input anchored at a location, which resolves to a tree of results.
 */
interface SymbolTree {
  setInput(input: SymbolTreeInput<unknown>): void;
}

interface SymbolTreeInput<T> {
  /** The value of the `reference-list.source` context key while the input is shown. */
  readonly contextValue: string;
  readonly title: string;
  /** The view checks that a word stands there, and lists the input in its history by that word. */
  readonly location: vscode.Location;
  resolve(): vscode.ProviderResult<SymbolTreeModel<T>>;
  /** The same search anchored elsewhere: the history re-runs it where its word has moved to. */
  with(location: vscode.Location): SymbolTreeInput<T>;
}

interface SymbolTreeModel<T> {
  readonly provider: vscode.TreeDataProvider<T>;
  readonly message: string | undefined;
  readonly navigation?: {
    nearest(uri: vscode.Uri, position: vscode.Position): T | undefined;
    next(from: T): T;
    previous(from: T): T;
    location(item: T): vscode.Location | undefined;
  };
  readonly highlights?: { getEditorHighlights(item: T, uri: vscode.Uri): vscode.Range[] | undefined };
}

/** The locations Find All References gives in an editor for a mention of `entity`: `referencesOf`, through `toLocations`. */
export function mentionLocations(corpus: FolderCorpus, entity: MentionedEntity): Promise<vscode.Location[]> {
  return toLocations(corpus, corpus.chancery.index.referencesOf(entity));
}

/**
 * Opens the first of `locations` with every one of them in a References peek there (`editor.action.showReferences`,
 * which the references-view extension turns into its view when `references.preferredLocation` is `view`).
 */
export async function peekLocations(first: vscode.Location, locations: readonly vscode.Location[]): Promise<void> {
  await vscode.window.showTextDocument(first.uri, { selection: first.range });
  await vscode.commands.executeCommand('editor.action.showReferences', first.uri, first.range.start, locations);
}

/**
 * Find All Mentions: every mention of an entity of a view's row, in the References view as Find All References shows
 * an editor's (the built-in references-view extension); without that extension, in a peek on the first mention.
 * Resolves to whether there was a mention to show.
 */
export async function showMentions(corpus: FolderCorpus, entity: MentionedEntity, name: string): Promise<boolean> {
  const locations = await mentionLocations(corpus, entity);
  const [first] = locations;
  if (!first) {
    void vscode.window.showInformationMessage(`Chancery: no text of the corpus mentions ${name}.`);
    return false;
  }
  const referencesView = vscode.extensions.getExtension<SymbolTree>('vscode.references-view');
  if (!referencesView) {
    await peekLocations(first, locations);
    return true;
  }
  const api = await referencesView.activate();
  api.setInput(new MentionsInput(corpus, entity, name, first, locations));
  return true;
}

/** The input of the References view for the mentions of one entity; re-run from the view's history, it looks again. */
class MentionsInput implements SymbolTreeInput<MentionItem> {
  readonly contextValue = 'chancery.mentions';
  readonly title = 'Mentions';

  constructor(
    private readonly corpus: FolderCorpus,
    private readonly entity: MentionedEntity,
    private readonly name: string,
    readonly location: vscode.Location,
    private readonly found?: readonly vscode.Location[],
  ) {}

  async resolve(): Promise<SymbolTreeModel<MentionItem> | undefined> {
    const locations = this.found ?? (await mentionLocations(this.corpus, this.entity));
    return locations.length === 0 ? undefined : new MentionsModel(this.name, locations);
  }

  with(location: vscode.Location): MentionsInput {
    return new MentionsInput(this.corpus, this.entity, this.name, location);
  }
}

/** A row of the References view: a text, or one mention in it. */
type MentionItem = TextRow | MentionRow;

interface TextRow {
  readonly kind: 'text';
  readonly uri: vscode.Uri;
  readonly mentions: MentionRow[];
}

interface MentionRow {
  readonly kind: 'mention';
  readonly location: vscode.Location;
  readonly text: TextRow;
}

/** How much of the line before a mention its row shows, about: it starts with a whole word. */
const PREVIEW_BEFORE = 24;

/**
 * The mentions by text, in the order of the index (text, then offset), for the References view: rows as Find All
 * References draws them (a text, collapsed; under it each mention in its line), with F4 / Shift+F4 stepping through
 * them and the open editors highlighting them.
 */
class MentionsModel implements SymbolTreeModel<MentionItem>, vscode.TreeDataProvider<MentionItem> {
  private readonly texts: TextRow[] = [];
  private readonly mentions: MentionRow[] = [];
  readonly provider = this;
  readonly navigation = this;
  readonly highlights = this;

  constructor(
    private readonly name: string,
    locations: readonly vscode.Location[],
  ) {
    for (const location of locations) {
      let text = this.texts.at(-1);
      if (text?.uri.toString() !== location.uri.toString()) {
        text = { kind: 'text', uri: location.uri, mentions: [] };
        this.texts.push(text);
      }
      const mention: MentionRow = { kind: 'mention', location, text };
      text.mentions.push(mention);
      this.mentions.push(mention);
    }
  }

  get message(): string {
    return `${counted(this.mentions.length, 'mention')} of ${this.name} in ${counted(this.texts.length, 'text')}`;
  }

  getChildren(item?: MentionItem): MentionItem[] {
    return item === undefined ? this.texts : item.kind === 'text' ? item.mentions : [];
  }

  getParent(item: MentionItem): MentionItem | undefined {
    return item.kind === 'mention' ? item.text : undefined;
  }

  async getTreeItem(item: MentionItem): Promise<vscode.TreeItem> {
    if (item.kind === 'text') {
      const row = new vscode.TreeItem(item.uri, vscode.TreeItemCollapsibleState.Collapsed);
      row.description = true;
      row.iconPath = vscode.ThemeIcon.File;
      return row;
    }
    const { range, uri } = item.location;
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.lineAt(range.start.line).text;
    // From the start of a word; a name broken across lines shows on one row, the rest of the line only after a name
    // that ends on it.
    const from = line.lastIndexOf(' ', Math.max(0, range.start.character - PREVIEW_BEFORE)) + 1;
    const before = line.slice(from, range.start.character).trimStart();
    const inside = document.getText(range).replace(/\s+/g, ' ');
    const after = range.isSingleLine ? line.slice(range.end.character).trimEnd() : '';
    const row = new vscode.TreeItem({ label: before + inside + after, highlights: [[before.length, before.length + inside.length]] }, vscode.TreeItemCollapsibleState.None);
    row.command = { command: 'vscode.open', title: 'Open Mention', arguments: [uri, { selection: range } satisfies vscode.TextDocumentShowOptions] };
    return row;
  }

  nearest(uri: vscode.Uri, position: vscode.Position): MentionItem | undefined {
    const inText = this.mentions.filter((m) => m.location.uri.toString() === uri.toString());
    return inText.find((m) => m.location.range.end.isAfter(position)) ?? inText.at(-1) ?? this.mentions[0];
  }

  next(from: MentionItem): MentionItem {
    return this.step(from, 1);
  }

  previous(from: MentionItem): MentionItem {
    return this.step(from, -1);
  }

  /** The mention after (or before) a row, round from the last to the first; from a text row, its first mention counts as next. */
  private step(from: MentionItem, by: 1 | -1): MentionItem {
    const first = from.kind === 'mention' ? from : from.mentions[0];
    const at = first ? this.mentions.indexOf(first) - (from.kind === 'text' && by === 1 ? 1 : 0) : 0;
    return this.mentions[(at + by + this.mentions.length) % this.mentions.length] ?? from;
  }

  location(item: MentionItem): vscode.Location | undefined {
    return item.kind === 'mention' ? item.location : item.mentions[0]?.location;
  }

  getEditorHighlights(_item: MentionItem, uri: vscode.Uri): vscode.Range[] {
    return this.mentions.filter((m) => m.location.uri.toString() === uri.toString()).map((m) => m.location.range);
  }
}
