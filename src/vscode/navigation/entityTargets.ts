import * as vscode from 'vscode';
import type { EntityMention } from '../../core/corpus/corpusIndex';
import { corpusNameAt, corpusNamesIn } from '../../core/corpus/corpusNames';
import { REGISTRY_FILE_NAME } from '../../core/registry/registryFile';
import type { CorpusLocation, FolderCorpus } from '../corpus/corpora';
import { toLocations } from './mentionLocations';

/**
 * The mention under a position of a corpus text: the index's, else the name of a corpus person written there without
 * a role (found in the open text only, see `corpusNamesIn`).
 */
export function mentionAt(corpus: CorpusLocation, document: vscode.TextDocument, position: vscode.Position): EntityMention | undefined {
  const { index } = corpus.corpus.chancery;
  const offset = document.offsetAt(position);
  return index.entityAt(corpus.path, offset) ?? corpusNameAt(index, corpus.path, document.getText(), offset);
}

/**
 * The mention under an editor's cursor: a selection counts from its start (Next Mention selects the mention it goes
 * to), and a cursor just past a mention's last character still stands on it, as a word counts for Go to Definition.
 */
export function mentionAtCursor(corpus: CorpusLocation, editor: vscode.TextEditor): EntityMention | undefined {
  const { document, selection } = editor;
  if (!selection.isEmpty) {
    return mentionAt(corpus, document, selection.start);
  }
  const at = mentionAt(corpus, document, selection.active);
  if (at || selection.active.character === 0) {
    return at;
  }
  const before = mentionAt(corpus, document, selection.active.translate(0, -1));
  return before && before.end === document.offsetAt(selection.active) ? before : undefined;
}

/** Every mention of an open corpus text, in text order: the index's and the corpus people's names without a role. */
export function mentionsShownIn(corpus: CorpusLocation, document: vscode.TextDocument): EntityMention[] {
  const { index } = corpus.corpus.chancery;
  const names = corpusNamesIn(index, corpus.path, document.getText());
  const mentions = index.mentionsIn(corpus.path);
  return names.length === 0 ? mentions : [...mentions, ...names].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Where an entity is defined: for a document whose text is in the corpus, that text; else its entry in
 * `chancery.yaml` when the registry has one; otherwise the entity's first mention in the corpus.
 */
export async function definitionOf(corpus: FolderCorpus, entityId: string): Promise<vscode.Location | undefined> {
  const index = corpus.chancery.index;
  // A document whose text is in the corpus: the text itself is what the analyst wants to read.
  const file = entityId.startsWith('document:') ? index.document(entityId)?.file : undefined;
  if (file !== undefined) {
    return new vscode.Location(corpus.source.uri(file), new vscode.Position(0, 0));
  }
  const entry = registryEntryOf(corpus, entityId);
  if (entry) {
    return entry;
  }
  const [first] = index.mentionsOf(entityId);
  return first ? (await toLocations(corpus, [first]))[0] : undefined;
}

/** Where `chancery.yaml` lists an entity (a person, a meeting, a document): Go to Registry Entry, and Go to Definition's choice for what the registry names. */
export function registryEntryOf(corpus: FolderCorpus, entityId: string): vscode.Location | undefined {
  const { index } = corpus.chancery;
  const registered = index.registryPerson(entityId) ?? index.registryMeeting(entityId) ?? index.registryDocument(entityId);
  if (!registered) {
    return undefined;
  }
  const position = new vscode.Position(registered.location.line, registered.location.column);
  return new vscode.Location(vscode.Uri.joinPath(corpus.folder.uri, REGISTRY_FILE_NAME), position);
}
