import * as vscode from 'vscode';
import { byDocAndStart, sameIdentity } from '../../core/corpus/corpusIndex';
import { corpusNamesIn } from '../../core/corpus/corpusNames';
import type { Corpora } from '../corpus/corpora';
import { mentionAt, mentionsShownIn } from './entityTargets';
import { toLocations } from './mentionLocations';

/**
 * Chancery: Next/Previous Mention. Moves to the next (or previous) mention of the entity under the cursor across
 * the corpus, in text order and then path order, wrapping around. Without an entity under the cursor it moves to
 * the next (or previous) mention of any entity in the current text.
 */
export async function moveToMention(corpora: Corpora, direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const location = editor && corpora.locate(editor.document.uri);
  if (!editor || !location) {
    return;
  }
  const index = location.corpus.chancery.index;
  const mention = mentionAt(location, editor.document, editor.selection.active);
  // Inside a mention, count from its start so that the mention itself is neither next nor previous.
  const offset = mention?.start ?? editor.document.offsetAt(editor.selection.active);
  // The names written without a role in this text count too (they are found in the open text only).
  const unroled = corpusNamesIn(index, location.path, editor.document.getText());
  const candidates = mention
    ? [...index.referencesOf(mention), ...unroled.filter((m) => sameIdentity(m, mention))].sort(byDocAndStart)
    : mentionsShownIn(location, editor.document);
  if (candidates.length === 0) {
    void vscode.window.setStatusBarMessage('Chancery: no mention to move to', 3000);
    return;
  }
  const here = (m: { doc: string; start: number }): number => (m.doc === location.path ? m.start - offset : m.doc < location.path ? -Infinity : Infinity);
  const ordered = direction === 1 ? candidates : [...candidates].reverse();
  const target = ordered.find((m) => (direction === 1 ? here(m) > 0 : here(m) < 0)) ?? ordered[0];
  if (!target) {
    return;
  }
  const [destination] = await toLocations(location.corpus, [target]);
  if (destination) {
    const shown = await vscode.window.showTextDocument(destination.uri, { selection: destination.range, preserveFocus: false });
    shown.revealRange(destination.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
