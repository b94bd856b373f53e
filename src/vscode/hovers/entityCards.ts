import type * as vscode from 'vscode';
import { renderDocumentCard, renderMeetingCard } from '../../core/cards/entityCards';
import { renderPersonCard, type CardContext } from '../../core/cards/personCard';
import type { FolderCorpus } from '../corpus/corpora';
import { cardMarkdown } from '../markdown';
import type { NoteLibrary } from '../notes/noteLibrary';

const RENDER = { person: renderPersonCard, meeting: renderMeetingCard, document: renderDocumentCard } as const;

/** The cards of the corpus's entities, with the notes about each: one builder for the hovers and the views' rows. */
export class EntityCards {
  constructor(private readonly library: NoteLibrary) {}

  /** What a card of `entityId` (`person:...`, `meeting:...`, `document:...`) needs beside the index: its corpus's key and the notes about it. */
  async contextOf(corpus: FolderCorpus, entityId: string): Promise<CardContext> {
    // Notes name entities by their registry id: `about: [{ person: sergey-lavrov }]` is `person:sergey-lavrov`.
    const [kind, id] = entityId.split(':', 2) as [string, string];
    await this.library.ready;
    const notes = kind === 'person' || kind === 'meeting' || kind === 'document' ? this.library.notesAbout(kind, id) : [];
    return { corpusKey: corpus.folder.uri.toString(), notes };
  }

  /** The card of an entity, as its hover shows it; undefined for an id the index no longer knows. */
  async cardOf(corpus: FolderCorpus, entityId: string): Promise<vscode.MarkdownString | undefined> {
    const kind = entityId.slice(0, entityId.indexOf(':'));
    const render = kind === 'person' || kind === 'meeting' || kind === 'document' ? RENDER[kind] : undefined;
    const card = render?.(corpus.chancery.index, entityId, await this.contextOf(corpus, entityId));
    return card === undefined ? undefined : cardMarkdown(card);
  }
}
