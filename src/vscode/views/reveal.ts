import * as vscode from 'vscode';
import type { SymbolMatch } from '../../core/corpus/corpusIndex';
import type { Corpora, FolderCorpus } from '../corpus/corpora';
import { definitionOf, mentionAtCursor } from '../navigation/entityTargets';
import { toLocations } from '../navigation/mentionLocations';
import { markJumped } from '../navigation/mentionCommands';
import { peekLocations } from '../navigation/mentionsView';

/** A Chancery tree view that can show the row of an entity. */
export interface EntityTree {
  /** The entity id prefix the view shows: `person:`, `meeting:`, `document:`. */
  readonly prefix: string;
  /** The view's data, as the workbench reads it (the extension's API hands it to tests and other extensions). */
  readonly provider: vscode.TreeDataProvider<unknown>;
  reveal(corpus: FolderCorpus, entityId: string): Promise<boolean>;
}

/** An entity tree over a TreeView whose provider can find an entity's row. */
export function entityTree<T>(prefix: string, view: vscode.TreeView<T>, provider: vscode.TreeDataProvider<T>, nodeFor: (corpus: FolderCorpus, entityId: string) => T | undefined): EntityTree {
  return {
    prefix,
    provider: provider as vscode.TreeDataProvider<unknown>,
    async reveal(corpus, entityId) {
      const node = nodeFor(corpus, entityId);
      if (node === undefined) {
        return false;
      }
      await view.reveal(node, { select: true, focus: true, expand: true });
      return true;
    },
  };
}

async function revealEntity(trees: readonly EntityTree[], corpus: FolderCorpus, entityId: string): Promise<boolean> {
  const tree = trees.find((t) => entityId.startsWith(t.prefix));
  return tree ? tree.reveal(corpus, entityId) : false;
}

/**
 * `chancery.revealInTree`: shows the person, meeting or document under the cursor in its view. Resolves to whether
 * a row was revealed.
 */
export async function revealAtCursor(corpora: Corpora, trees: readonly EntityTree[]): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const location = editor && (await corpora.locateIndexed(editor.document));
  const mention = editor && location && mentionAtCursor(location, editor);
  if (!location || !mention || !(await revealEntity(trees, location.corpus, mention.entityId))) {
    void vscode.window.showInformationMessage('Chancery: put the cursor on a person, a meeting or a cited document to reveal it.');
    return false;
  }
  return true;
}

interface SymbolItem extends vscode.QuickPickItem {
  readonly corpus: FolderCorpus;
  readonly match: SymbolMatch;
}

const KIND_ICONS: Record<SymbolMatch['kind'], string> = { person: 'person', meeting: 'calendar', document: 'file-text' };

/**
 * Takes the user to an entity that no view has a row for (a document only cited, not a text of the corpus): its first
 * mention selected, with every mention in a References peek when there are several; without any mention, where the
 * registry defines it.
 */
async function showUnlisted(corpus: FolderCorpus, entityId: string): Promise<boolean> {
  const locations = await toLocations(corpus, corpus.chancery.index.mentionsOf(entityId));
  const first = locations[0] ?? (await definitionOf(corpus, entityId));
  if (!first) {
    return false;
  }
  if (locations.length > 1) {
    await peekLocations(first, locations);
  } else {
    await vscode.window.showTextDocument(first.uri, { selection: first.range });
  }
  return true;
}

/**
 * `chancery.findInViews`: a quick pick over the people, meetings and documents of every corpus, matched fuzzily by
 * the core (fuse.js) as the user types; the chosen entity is revealed in its view, or, when no view shows it, its
 * mentions are shown (`showUnlisted`). A `query` (a keybinding's `args`) is typed into the pick for the user.
 */
export async function findInViews(corpora: Corpora, trees: readonly EntityTree[], query = ''): Promise<void> {
  const pick = vscode.window.createQuickPick<SymbolItem>();
  pick.placeholder = 'Find a person, meeting or document (fuzzy)';
  pick.matchOnDescription = true;
  // The workbench sorts the items its own filter matches in their label first (a text titled `... Sergey Lavrov meets
  // ... Foreign ...` matches `Lavrof` letter by letter, the person `Sergey Lavrov` does not), undoing the core's order.
  // `sortByLabel` (proposal quickPickSortByLabel, microsoft/vscode#73904) turns that off; the extension host takes it
  // without the proposal enabled, and a host that ever refuses it keeps its own order rather than failing the command.
  try {
    (pick as vscode.QuickPick<SymbolItem> & { sortByLabel: boolean }).sortByLabel = false;
  } catch {
    // The workbench's order, then.
  }
  const search = (query: string): void => {
    pick.items = corpora
      .all()
      .filter((c) => c.hasRegistry)
      .flatMap((corpus) =>
        corpus.chancery.index.searchSymbols(query, 30).map((match) => ({
          label: `$(${KIND_ICONS[match.kind]}) ${match.label}`,
          description: match.detail,
          // The core already ranked and filtered the items; the quick pick must not filter them again.
          alwaysShow: true,
          corpus,
          match,
        })),
      );
  };
  pick.value = query;
  search(query);
  const disposables = [
    pick.onDidChangeValue(search),
    pick.onDidAccept(async () => {
      const [chosen] = pick.selectedItems;
      pick.hide();
      if (!chosen) {
        return;
      }
      if ((await revealEntity(trees, chosen.corpus, chosen.match.id)) || (await showUnlisted(chosen.corpus, chosen.match.id))) {
        markJumped();
      } else {
        void vscode.window.showInformationMessage(`Chancery: ${chosen.match.label} is neither shown in a view nor mentioned in a text.`);
      }
    }),
    pick.onDidHide(() => {
      disposables.forEach((d) => d.dispose());
      pick.dispose();
    }),
  ];
  pick.show();
}
