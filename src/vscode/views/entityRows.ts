import * as vscode from 'vscode';
import { meetingName } from '../../core/tree/meetingOutline';
import type { FolderCorpus } from '../corpus/corpora';
import type { DocumentNode } from '../documents/documentTree';
import type { MeetingNode } from '../meetings/meetingTree';
import { registryEntryOf } from '../navigation/entityTargets';
import { markJumped } from '../navigation/mentionCommands';
import { showMentions, type MentionedEntity } from '../navigation/mentionsView';
import type { PersonNode } from '../people/peopleTree';

/** The entity behind a row of the Meetings, People or Documents view, for the commands of the row's context menu. */
export interface EntityRow {
  readonly corpus: FolderCorpus;
  /** As Find All References knows a mention of it: a name ambiguous between people keeps every candidate. */
  readonly entity: MentionedEntity;
  /** What Copy Name puts on the clipboard. */
  readonly name: string;
  /** Whether chancery.yaml lists the entity: Go to Registry Entry is offered. */
  readonly registered: boolean;
}

type ViewNode = PersonNode | MeetingNode | DocumentNode;

/** What the menus of package.json tell the rows by (`viewItem`): the row's kind, then whether chancery.yaml lists it. */
export type EntityRowKind = 'person' | 'participant' | 'meeting' | 'document';

function certain(corpus: FolderCorpus, entityId: string, name: string): EntityRow {
  const registered = registryEntryOf(corpus, entityId) !== undefined;
  return { corpus, entity: { entityId, status: registered ? 'registered' : 'inferred', candidates: [] }, name, registered };
}

/**
 * The entity of a row: a person, a participant of a meeting (or the name of one that fits several people), a
 * meeting, a text or a document a text cites. Groups, passages and the texts that report a meeting have none.
 */
export function entityRowOf(node: ViewNode): EntityRow | undefined {
  switch (node.type) {
    case 'person':
      return certain(node.corpus, node.person.id, node.person.name);
    case 'meeting':
      return certain(node.corpus, node.meeting.id, meetingName(node.meeting));
    case 'text':
      return certain(node.corpus, node.document.id, node.document.title);
    case 'cited':
      return certain(node.corpus, node.cited.id, node.cited.title);
    case 'child': {
      const { child } = node;
      if (child.kind === 'participant') {
        return certain(node.corpus, child.entityId, child.name);
      }
      if (child.kind === 'ambiguous' && child.candidates[0] !== undefined) {
        const candidates = child.candidates.map((c) => c.entityId);
        return { corpus: node.corpus, entity: { entityId: child.candidates[0].entityId, status: 'ambiguous', candidates }, name: child.candidates.map((c) => c.name).join(' or '), registered: false };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The `contextValue` of an entity row: `person`, `person.registered` when chancery.yaml lists the person (Go to
 * Registry Entry is offered), `participant.ambiguous` for a name that fits several people.
 */
export function entityContextValue(kind: EntityRowKind, row: EntityRow | undefined): string {
  if (row?.entity.status === 'ambiguous') {
    return `${kind}.ambiguous`;
  }
  return row?.registered ? `${kind}.registered` : kind;
}

/** The entity row a menu command was run on; undefined when run otherwise (a keybinding without a row). */
function rowArgument(node: unknown): EntityRow | undefined {
  return typeof node === 'object' && node !== null && 'type' in node && 'corpus' in node ? entityRowOf(node as ViewNode) : undefined;
}

/** `chancery.findAllMentions`: the row's entity's mentions in the References view, as Find All References gives them. */
export async function findAllMentions(node: unknown): Promise<void> {
  const row = rowArgument(node);
  if (row && (await showMentions(row.corpus, row.entity, row.name))) {
    markJumped();
  }
}

/** `chancery.goToRegistryEntry`: opens chancery.yaml with the cursor on the row's entity's entry. */
export async function goToRegistryEntry(node: unknown): Promise<void> {
  const row = rowArgument(node);
  const entry = row && registryEntryOf(row.corpus, row.entity.entityId);
  if (!row || !entry) {
    void vscode.window.showInformationMessage(`Chancery: ${row?.name ?? 'this row'} has no entry in chancery.yaml.`);
    return;
  }
  const editor = await vscode.window.showTextDocument(entry.uri, { selection: entry.range });
  editor.revealRange(entry.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  markJumped();
}

/** `chancery.copyName`: puts the row's name on the clipboard (a person's canonical name, a meeting's, a document's title). */
export async function copyName(node: unknown): Promise<void> {
  const row = rowArgument(node);
  if (row) {
    await vscode.env.clipboard.writeText(row.name);
  }
}
