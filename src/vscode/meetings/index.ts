import * as vscode from 'vscode';
import type { Corpora } from '../corpus/corpora';
import type { EntityCards } from '../hovers/entityCards';
import { entityTree, type EntityTree } from '../views/reveal';
import { MeetingTreeProvider, openParticipant, type OpenParticipantArgs } from './meetingTree';

/** Registers the Meetings view and its grouping toggle. */
export function register(context: vscode.ExtensionContext, corpora: Corpora, cards: EntityCards): EntityTree {
  const provider = new MeetingTreeProvider(corpora, cards);
  const view = vscode.window.createTreeView('chancery.meetings', { treeDataProvider: provider, showCollapseAll: true });
  const group = (grouping: 'year' | 'body') => async () => {
    provider.setGrouping(grouping);
    await vscode.commands.executeCommand('setContext', 'chancery.meetingsGrouping', grouping);
  };
  context.subscriptions.push(
    provider,
    view,
    vscode.commands.registerCommand('chancery.meetings.groupByBody', group('body')),
    vscode.commands.registerCommand('chancery.meetings.groupByYear', group('year')),
    vscode.commands.registerCommand('_chancery.openParticipant', (args?: OpenParticipantArgs) => openParticipant(corpora, args)),
  );
  void vscode.commands.executeCommand('setContext', 'chancery.meetingsGrouping', 'year');
  return entityTree('meeting:', view, provider, (corpus, id) => provider.nodeFor(corpus, id));
}
