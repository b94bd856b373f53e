import * as vscode from 'vscode';
import { renderDocumentCard, renderMeetingCard, renderStateCard } from '../../core/cards/entityCards';
import { renderAmbiguousCard, renderPersonCard } from '../../core/cards/personCard';
import { findStates, lexiconIndex } from '../../core/recognize/lexiconIndex';
import type { Corpora } from '../corpus/corpora';
import { cardMarkdown } from '../markdown';
import { mentionAt } from '../navigation/entityTargets';
import type { NoteLibrary } from '../notes/noteLibrary';

/** Hover cards on diplomatic texts: people, meetings, cited documents and states, rendered by the core. */
export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly corpora: Corpora,
    private readonly library: NoteLibrary,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const location = await this.corpora.locateIndexed(document);
    if (!location) {
      return undefined;
    }
    const { chancery, folder } = location.corpus;
    const mention = mentionAt(location, document, position);
    if (mention) {
      // Notes name entities by their registry id: `about: [{ person: sergey-lavrov }]` is `person:sergey-lavrov`.
      const [kind, id] = mention.entityId.split(':', 2) as [string, string];
      await this.library.ready;
      const notes = kind === 'person' || kind === 'meeting' || kind === 'document' ? this.library.notesAbout(kind, id) : [];
      const context = { corpusKey: folder.uri.toString(), notes };
      const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
      if (mention.status === 'ambiguous') {
        return new vscode.Hover(cardMarkdown(renderAmbiguousCard(chancery.index, mention, document.getText(range), context)), range);
      }
      const render = kind === 'person' ? renderPersonCard : kind === 'meeting' ? renderMeetingCard : kind === 'document' ? renderDocumentCard : undefined;
      const card = render?.(chancery.index, mention.entityId, context);
      return card === undefined ? undefined : new vscode.Hover(cardMarkdown(card), range);
    }
    // States are not entities of the index: find the state name on this line.
    const line = document.lineAt(position.line);
    const state = findStates(lexiconIndex(chancery.registry()), line.text).find((s) => s.start <= position.character && position.character < s.end);
    if (!state) {
      return undefined;
    }
    const range = new vscode.Range(position.line, state.start, position.line, state.end);
    return new vscode.Hover(cardMarkdown(renderStateCard(chancery.index, state.canonical, { corpusKey: folder.uri.toString() })), range);
  }
}
