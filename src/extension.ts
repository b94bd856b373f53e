import * as vscode from 'vscode';
import * as corpus from './vscode/corpus';
import * as documents from './vscode/documents';
import * as hovers from './vscode/hovers';
import { EntityCards } from './vscode/hovers/entityCards';
import * as language from './vscode/language';
import { ChanceryLog } from './vscode/log';
import * as meetings from './vscode/meetings';
import * as navigation from './vscode/navigation';
import * as notes from './vscode/notes';
import * as people from './vscode/people';
import * as registry from './vscode/registry';
import * as views from './vscode/views';

/** What Chancery offers other extensions (and its own integration tests). */
export interface ChanceryApi {
  /** The problems Chancery reported in its output channel: unreadable corpus files, globs that match nothing... */
  warnings(): readonly string[];
  /** The last informational lines of the output channel: indexing runs ("N texts indexed (X MB in S s)")... */
  info(): readonly string[];
  /** The data of the Meetings, People, Documents and Notes views, as the workbench reads it. */
  readonly views: {
    readonly meetings: vscode.TreeDataProvider<unknown>;
    readonly people: vscode.TreeDataProvider<unknown>;
    readonly documents: vscode.TreeDataProvider<unknown>;
    readonly notes: vscode.TreeDataProvider<unknown>;
  };
  /** The comment threads of the notes of an open text: a note's comment, then its replies'. */
  noteThreads(text: vscode.Uri): readonly vscode.CommentThread[];
}

/** The composition root: builds the services once and registers each feature. */
export async function activate(context: vscode.ExtensionContext): Promise<ChanceryApi> {
  const log = new ChanceryLog();
  context.subscriptions.push(log, vscode.commands.registerCommand('chancery.showLog', () => log.show()));

  const corpora = corpus.register(context, log);
  registry.register(context);
  language.register(context, corpora);
  navigation.register(context, corpora);
  const { library, tree: notesTree, threads: noteThreads } = notes.register(context, corpora, log);
  const cards = new EntityCards(library);
  hovers.register(context, corpora, cards);
  const trees = { meetings: meetings.register(context, corpora, cards), people: people.register(context, corpora, cards), documents: documents.register(context, corpora) };
  views.register(context, corpora, Object.values(trees));

  // The registry is read before activate() returns; indexing goes on in the background.
  await corpora.loadAll();
  return {
    warnings: () => log.saidWarnings(),
    info: () => log.saidInfo(),
    views: { meetings: trees.meetings.provider, people: trees.people.provider, documents: trees.documents.provider, notes: notesTree },
    noteThreads: (text) => noteThreads.threadsOf(text),
  };
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
