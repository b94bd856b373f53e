import type * as vscode from 'vscode';
import { renderDocumentCard, renderMeetingCard } from '../../core/cards/entityCards';
import { renderPersonCard, type CardContext } from '../../core/cards/personCard';
import type { FolderCorpus } from '../corpus/corpora';
import { cardMarkdown } from '../markdown';
import type { NoteLibrary } from '../notes/noteLibrary';

const RENDER = { person: renderPersonCard, meeting: renderMeetingCard, document: renderDocumentCard } as const;

/** The kind of an entity id that has a card (`person:sergey-lavrov` is a person's), and its id in the registry's terms. */
function carded(entityId: string): { kind: keyof typeof RENDER; id: string } | undefined {
  const [kind, id] = entityId.split(':', 2) as [string, string];
  return kind === 'person' || kind === 'meeting' || kind === 'document' ? { kind, id } : undefined;
}

/** The cards of the corpus's entities, with the notes about each: one builder for the hovers and the views' rows. */
export class EntityCards {
  constructor(private readonly library: NoteLibrary) {}

  /** What a card of `entityId` (`person:...`, `meeting:...`, `document:...`) needs beside the index: its corpus's key and the notes about it. */
  async contextOf(corpus: FolderCorpus, entityId: string): Promise<CardContext> {
    // Notes name entities by their registry id: `about: [{ person: sergey-lavrov }]` is `person:sergey-lavrov`.
    const entity = carded(entityId);
    await this.library.ready;
    return { corpusKey: corpus.folder.uri.toString(), notes: entity ? this.library.notesAbout(entity.kind, entity.id) : [] };
  }

  /** The card of an entity, as its hover shows it; undefined for an id the index no longer knows. */
  async cardOf(corpus: FolderCorpus, entityId: string): Promise<vscode.MarkdownString | undefined> {
    const entity = carded(entityId);
    const card = entity && RENDER[entity.kind](corpus.chancery.index, entityId, await this.contextOf(corpus, entityId));
    return card === undefined ? undefined : cardMarkdown(card);
  }
}
