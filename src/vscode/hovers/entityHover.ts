import * as vscode from 'vscode';
import { placeAround, renderPlaceCard, renderStateCard } from '../../core/cards/entityCards';
import { renderAmbiguousCard } from '../../core/cards/personCard';
import { findStates, lexiconIndex } from '../../core/recognize/lexiconIndex';
import type { Corpora } from '../corpus/corpora';
import { cardMarkdown } from '../markdown';
import { mentionAt } from '../navigation/entityTargets';
import type { EntityCards } from './entityCards';

/** Hover cards on diplomatic texts: people, meetings, cited documents, states and places, rendered by the core. */
export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly corpora: Corpora,
    private readonly cards: EntityCards,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const location = await this.corpora.locateIndexed(document);
    if (!location) {
      return undefined;
    }
    const { chancery, folder } = location.corpus;
    // States and places are not entities of the index: find the state's or the place's name on this line.
    const line = document.lineAt(position.line);
    const inState = findStates(lexiconIndex(chancery.registry()), line.text).find((s) => s.start <= position.character && position.character < s.end);
    const place = placeAround(line.text, position.character);
    // A place whose name holds the state's (`Mexico City`) is the place, on its state's word too.
    const state = inState && !(place && place.start <= inState.start && inState.end <= place.end && place.end - place.start > inState.end - inState.start) ? inState : undefined;
    const named = state ?? place;
    const mention = mentionAt(location, document, position);
    // A place or a state named inside a meeting's or a document's mention (`the meeting ... in Vilnius`, `the
    // Treaty ... between Russia and China`) has its own card, the narrower: the mention's is on the rest of it.
    const lineStart = document.offsetAt(line.range.start);
    const inside = mention !== undefined && named !== undefined && !mention.entityId.startsWith('person:') && lineStart + named.start >= mention.start && lineStart + named.end <= mention.end;
    if (mention && !inside) {
      const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
      if (mention.status === 'ambiguous') {
        const context = await this.cards.contextOf(location.corpus, mention.entityId);
        return new vscode.Hover(cardMarkdown(renderAmbiguousCard(chancery.index, mention, document.getText(range), context)), range);
      }
      const card = await this.cards.cardOf(location.corpus, mention.entityId);
      return card === undefined ? undefined : new vscode.Hover(card, range);
    }
    if (state) {
      const range = new vscode.Range(position.line, state.start, position.line, state.end);
      return new vscode.Hover(cardMarkdown(renderStateCard(chancery.index, state.canonical, { corpusKey: folder.uri.toString() })), range);
    }
    if (!place) {
      return undefined;
    }
    const range = new vscode.Range(position.line, place.start, position.line, place.end);
    return new vscode.Hover(cardMarkdown(renderPlaceCard(chancery.index, place.place, { corpusKey: folder.uri.toString() })), range);
  }
}
