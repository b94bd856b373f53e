import * as vscode from 'vscode';
import type { MeetingEntity } from '../../core/corpus/corpusIndex';
import { groupMeetings, hasChildren, meetingChildren, meetingLabel, meetingLevel, openedGroup, type MeetingChild, type MeetingGrouping, type MeetingLevel } from '../../core/tree/meetingOutline';
import type { OpenMentionArgs } from '../../core/cards/personCard';
import type { Corpora, FolderCorpus } from '../corpus/corpora';
import type { EntityCards } from '../hovers/entityCards';
import { openMention } from '../hovers/openMention';
import { CorpusTree } from '../views/corpusTree';
import { entityContextValue, entityRowOf } from '../views/entityRows';
import { passageContext } from '../views/passages';

/** A row of the Meetings view. */
export type MeetingNode =
  | { readonly type: 'group'; readonly corpus: FolderCorpus; readonly label: string; readonly meetings: readonly MeetingEntity[]; readonly opened: boolean }
  | { readonly type: 'meeting'; readonly corpus: FolderCorpus; readonly meeting: MeetingEntity }
  | { readonly type: 'child'; readonly corpus: FolderCorpus; readonly meeting: MeetingEntity; readonly child: MeetingChild; readonly context?: string };

const LEVEL_ICONS: Record<MeetingLevel, string> = { summit: 'globe', government: 'organization', ministerial: 'briefcase', other: 'calendar' };

/**
 * The Meetings view: meetings grouped by year (newest first) or by body; under each, the texts that report it,
 * its participants (chair and host marked) and the passages that mention it. Items carry stable ids so that a refresh
 * keeps what the user expanded.
 */
/** What a participant row opens: the first mention of `entityId` in `doc`, a text that reports the meeting. */
export interface OpenParticipantArgs {
  readonly corpus: string;
  readonly entityId: string;
  readonly doc: string;
  /** The row is an ambiguous name (`entityId` one of its candidates): its mention, not the candidate's own. */
  readonly ambiguous?: boolean;
}

/** `_chancery.openParticipant`: opens a text that reports a meeting and selects the participant's first mention there. */
export async function openParticipant(corpora: Corpora, args: OpenParticipantArgs | undefined): Promise<void> {
  const mention = args && corpora.byKey(args.corpus)?.chancery.index.mentionsOf(args.entityId).find((m) => m.doc === args.doc && (args.ambiguous !== true || m.status === 'ambiguous'));
  if (args && mention) {
    await openMention(corpora, { corpus: args.corpus, doc: mention.doc, start: mention.start, end: mention.end });
  }
}

export class MeetingTreeProvider extends CorpusTree<MeetingNode> {
  grouping: MeetingGrouping = 'year';

  constructor(
    corpora: Corpora,
    private readonly cards: EntityCards,
  ) {
    super(corpora);
  }

  /** Regroups the view. */
  setGrouping(grouping: MeetingGrouping): void {
    this.grouping = grouping;
    this.refresh();
  }

  getChildren(node?: MeetingNode): MeetingNode[] | Promise<MeetingNode[]> {
    if (!node) {
      return this.corpora
        .all()
        .filter((c) => c.hasRegistry)
        .flatMap((corpus) => {
          const groups = groupMeetings(corpus.chancery.index.meetings(), this.grouping);
          const opened = openedGroup(groups);
          return groups.map((group, i) => ({ type: 'group' as const, corpus, label: group.label, meetings: group.meetings, opened: i === opened }));
        });
    }
    if (node.type === 'group') {
      return node.meetings.map((meeting) => ({ type: 'meeting' as const, corpus: node.corpus, meeting }));
    }
    if (node.type === 'meeting') {
      return this.meetingRows(node.corpus, node.meeting);
    }
    return [];
  }

  private async meetingRows(corpus: FolderCorpus, meeting: MeetingEntity): Promise<MeetingNode[]> {
    const index = corpus.chancery.index;
    const children = meetingChildren(index, meeting);
    const passages = children.filter((c) => c.kind === 'passage');
    const lines = await passageContext(corpus, passages);
    const contexts = new Map<MeetingChild, string | undefined>(passages.map((p, i) => [p, lines[i]]));
    return children.map((child) => ({ type: 'child' as const, corpus, meeting, child, context: contexts.get(child) }));
  }

  getParent(node: MeetingNode): MeetingNode | undefined {
    if (node.type === 'group') {
      return undefined;
    }
    const groups = groupMeetings(node.corpus.chancery.index.meetings(), this.grouping);
    const index = groups.findIndex((g) => g.meetings.some((m) => m.id === node.meeting.id));
    const group = groups[index];
    if (node.type === 'child' || !group) {
      return node.type === 'child' ? { type: 'meeting', corpus: node.corpus, meeting: node.meeting } : undefined;
    }
    return { type: 'group', corpus: node.corpus, label: group.label, meetings: group.meetings, opened: index === openedGroup(groups) };
  }

  /** The row of a meeting, for Reveal in Chancery View. */
  nodeFor(corpus: FolderCorpus, entityId: string): MeetingNode | undefined {
    const meeting = corpus.chancery.index.meeting(entityId);
    return meeting && { type: 'meeting', corpus, meeting };
  }

  /** A meeting's tooltip when its row is hovered: the meeting's card, as its hover in a text shows it. */
  async resolveTreeItem(item: vscode.TreeItem, node: MeetingNode): Promise<vscode.TreeItem> {
    if (node.type === 'meeting') {
      item.tooltip = await this.cards.cardOf(node.corpus, node.meeting.id);
    }
    return item;
  }

  getTreeItem(node: MeetingNode): vscode.TreeItem {
    const folderKey = node.corpus.folder.uri.toString();
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, node.opened ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${folderKey}#group:${this.grouping}:${node.label}`;
      item.description = `${node.meetings.length}`;
      item.iconPath = new vscode.ThemeIcon(this.grouping === 'year' ? 'calendar' : 'organization');
      item.contextValue = 'meetingGroup';
      return item;
    }
    if (node.type === 'meeting') {
      const { label, description } = meetingLabel(node.meeting);
      const item = new vscode.TreeItem(label, hasChildren(node.meeting) ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `${folderKey}#${node.meeting.id}`;
      item.description = description;
      item.iconPath = new vscode.ThemeIcon(LEVEL_ICONS[meetingLevel(node.meeting.body)], node.meeting.extraordinary ? new vscode.ThemeColor('charts.orange') : undefined);
      // No tooltip here: the workbench asks `resolveTreeItem` for the card when the row is hovered.
      item.contextValue = entityContextValue('meeting', entityRowOf(node));
      return item;
    }
    const item = this.childItem(folderKey, node.corpus, node.meeting, node.child, node.context);
    if (node.child.kind === 'participant' || node.child.kind === 'ambiguous') {
      item.contextValue = entityContextValue('participant', entityRowOf(node));
    }
    return item;
  }

  private childItem(folderKey: string, corpus: FolderCorpus, meeting: MeetingEntity, child: MeetingChild, context: string | undefined): vscode.TreeItem {
    const base = `${folderKey}#${meeting.id}`;
    if (child.kind === 'document') {
      const uri = corpus.source.uri(child.doc);
      const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.None);
      item.id = `${base}/document:${child.doc}`;
      item.description = 'reports the meeting';
      // A row labelled by its URI has no accessible name of its own.
      item.accessibilityInformation = { label: `${child.doc}, reports the meeting` };
      item.iconPath = vscode.ThemeIcon.File;
      item.command = { command: 'vscode.open', title: 'Open Text', arguments: [uri] };
      return item;
    }
    if (child.kind === 'participant') {
      const item = new vscode.TreeItem(child.name, vscode.TreeItemCollapsibleState.None);
      item.id = `${base}/participant:${child.entityId}`;
      item.description = [child.role, child.state, child.chair ? 'chair' : undefined, child.host ? 'host' : undefined].filter((s) => s !== undefined).join(' · ');
      item.iconPath = new vscode.ThemeIcon(child.chair ? 'star-full' : child.host ? 'home' : 'person');
      // The mention is looked up when the row is selected: a tree of hundreds of meetings is not slowed by it.
      const args: OpenParticipantArgs = { corpus: folderKey, entityId: child.entityId, doc: child.doc };
      item.command = { command: '_chancery.openParticipant', title: 'Open Mention', arguments: [args] };
      item.tooltip = `${child.name}, named in ${child.doc}`;
      return item;
    }
    if (child.kind === 'ambiguous') {
      const names = child.candidates.map((c) => c.name);
      const item = new vscode.TreeItem(names.join(' or '), vscode.TreeItemCollapsibleState.None);
      item.id = `${base}/ambiguous:${child.candidates.map((c) => c.entityId).join('|')}`;
      item.description = ['ambiguous', child.chair ? 'chair' : undefined].filter((s) => s !== undefined).join(' · ');
      item.tooltip = `The text's name fits ${names.length} people: ${names.join(', ')}. Chancery does not choose; an alias or dated roles in chancery.yaml settle it.`;
      item.iconPath = new vscode.ThemeIcon('question');
      const [first] = child.candidates;
      if (first !== undefined) {
        const args: OpenParticipantArgs = { corpus: folderKey, entityId: first.entityId, doc: child.doc, ambiguous: true };
        item.command = { command: '_chancery.openParticipant', title: 'Open Mention', arguments: [args] };
      }
      return item;
    }
    const item = new vscode.TreeItem(context ?? child.doc, vscode.TreeItemCollapsibleState.None);
    item.id = `${base}/passage:${child.doc}:${child.start}`;
    item.description = child.doc;
    item.iconPath = new vscode.ThemeIcon('quote');
    item.tooltip = `${child.doc}: ${context ?? ''}`;
    const args: OpenMentionArgs = { corpus: folderKey, doc: child.doc, start: child.start, end: child.end };
    item.command = { command: '_chancery.openMention', title: 'Open Passage', arguments: [args] };
    return item;
  }
}
