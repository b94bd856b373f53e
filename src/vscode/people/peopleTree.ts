import * as vscode from 'vscode';
import type { EntityMention, PersonEntity } from '../../core/corpus/corpusIndex';
import type { OpenMentionArgs } from '../../core/cards/personCard';
import { counted } from '../../core/counted';
import { groupPeople, personTooltip, type PeopleGroup } from '../../core/tree/peopleOutline';
import type { Corpora, FolderCorpus } from '../corpus/corpora';
import type { EntityCards } from '../hovers/entityCards';
import { CorpusTree } from '../views/corpusTree';
import { entityContextValue, entityRowOf } from '../views/entityRows';
import { passageContext } from '../views/passages';

/** A row of the People view. */
export type PersonNode =
  | { readonly type: 'group'; readonly corpus: FolderCorpus; readonly group: PeopleGroup }
  | { readonly type: 'person'; readonly corpus: FolderCorpus; readonly person: PersonEntity }
  | { readonly type: 'mention'; readonly corpus: FolderCorpus; readonly person: PersonEntity; readonly mention: EntityMention; readonly context: string | undefined };

const GROUP_ICONS: Record<PeopleGroup['kind'], string> = { state: 'globe', organization: 'organization', none: 'question' };

/** The People view: people grouped by state (officers under their organisation), each with their mentions. */
export class PeopleTreeProvider extends CorpusTree<PersonNode> {
  constructor(
    corpora: Corpora,
    private readonly cards: EntityCards,
  ) {
    super(corpora);
  }

  async getChildren(node?: PersonNode): Promise<PersonNode[]> {
    if (!node) {
      return this.corpora
        .all()
        .filter((c) => c.hasRegistry)
        .flatMap((corpus) => groupPeople(corpus.chancery.index.people(), (p) => corpus.chancery.index.currentStateOf(p.id)).map((group) => ({ type: 'group' as const, corpus, group })));
    }
    if (node.type === 'group') {
      return node.group.people.map((person) => ({ type: 'person' as const, corpus: node.corpus, person }));
    }
    if (node.type === 'person') {
      const mentions = node.corpus.chancery.index.mentionsOf(node.person.id);
      const lines = await passageContext(node.corpus, mentions);
      return mentions.map((mention, i) => ({ type: 'mention' as const, corpus: node.corpus, person: node.person, mention, context: lines[i] }));
    }
    return [];
  }

  getParent(node: PersonNode): PersonNode | undefined {
    if (node.type === 'mention') {
      return { type: 'person', corpus: node.corpus, person: node.person };
    }
    if (node.type === 'person') {
      const group = groupPeople(node.corpus.chancery.index.people(), (p) => node.corpus.chancery.index.currentStateOf(p.id)).find((g) => g.people.some((p) => p.id === node.person.id));
      return group && { type: 'group', corpus: node.corpus, group };
    }
    return undefined;
  }

  /** The row of a person, for Reveal in Chancery View. */
  nodeFor(corpus: FolderCorpus, entityId: string): PersonNode | undefined {
    const person = corpus.chancery.index.person(entityId);
    return person && { type: 'person', corpus, person };
  }

  /**
   * A person's tooltip when the row is hovered: the person's card, as their hover in a text shows it (the card reads
   * passages from the texts, which a row need not do); their roles, where the person has no card.
   */
  async resolveTreeItem(item: vscode.TreeItem, node: PersonNode): Promise<vscode.TreeItem> {
    if (node.type === 'person') {
      item.tooltip = (await this.cards.cardOf(node.corpus, node.person.id)) ?? personTooltip(node.corpus.chancery.index, node.person);
    }
    return item;
  }

  getTreeItem(node: PersonNode): vscode.TreeItem {
    const folderKey = node.corpus.folder.uri.toString();
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${folderKey}#people:${node.group.kind}:${node.group.label}`;
      item.description = `${node.group.people.length}`;
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group.kind]);
      return item;
    }
    if (node.type === 'person') {
      const { person } = node;
      const item = new vscode.TreeItem(person.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${folderKey}#${person.id}`;
      const role = node.corpus.chancery.index.currentRoleOf(person.id);
      const mentions = counted(person.mentionCount, 'mention');
      item.description = [role, mentions].filter((s) => s !== undefined).join(' · ');
      // What a screen reader says: the row as shown, not the tooltip's list of every role (the current one first).
      item.accessibilityInformation = { label: [person.name, role, mentions].filter((s) => s !== undefined).join(', ') };
      item.iconPath = new vscode.ThemeIcon(person.registered ? 'person' : 'account');
      item.contextValue = entityContextValue('person', entityRowOf(node));
      return item;
    }
    const { mention } = node;
    const item = new vscode.TreeItem(node.context ?? mention.doc, vscode.TreeItemCollapsibleState.None);
    item.id = `${folderKey}#${node.person.id}/${mention.doc}:${mention.start}`;
    item.description = mention.doc;
    item.iconPath = new vscode.ThemeIcon('quote');
    const args: OpenMentionArgs = { corpus: folderKey, doc: mention.doc, start: mention.start, end: mention.end };
    item.command = { command: '_chancery.openMention', title: 'Open Mention', arguments: [args] };
    return item;
  }
}
