import * as vscode from 'vscode';
import type { Corpora } from '../corpus/corpora';
import { entityTree, type EntityTree } from '../views/reveal';
import { DocumentTreeProvider } from './documentTree';

/** Registers the Documents view. */
export function register(context: vscode.ExtensionContext, corpora: Corpora): EntityTree {
  const provider = new DocumentTreeProvider(corpora);
  const view = vscode.window.createTreeView('chancery.documents', { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(provider, view);
  return entityTree('document:', view, provider, (corpus, id) => provider.nodeFor(corpus, id));
}
