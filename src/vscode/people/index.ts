import * as vscode from 'vscode';
import type { Corpora } from '../corpus/corpora';
import type { EntityCards } from '../hovers/entityCards';
import { entityTree, type EntityTree } from '../views/reveal';
import { PeopleTreeProvider } from './peopleTree';

/** Registers the People view. */
export function register(context: vscode.ExtensionContext, corpora: Corpora, cards: EntityCards): EntityTree {
  const provider = new PeopleTreeProvider(corpora, cards);
  const view = vscode.window.createTreeView('chancery.people', { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(provider, view);
  return entityTree('person:', view, provider, (corpus, id) => provider.nodeFor(corpus, id));
}
