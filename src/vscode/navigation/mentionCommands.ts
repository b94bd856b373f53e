import * as vscode from 'vscode';
import { byDocAndStart, sameIdentity, type EntityMention } from '../../core/corpus/corpusIndex';
import { corpusNamesIn } from '../../core/corpus/corpusNames';
import type { Corpora } from '../corpus/corpora';
import { mentionAtCursor, mentionsShownIn } from './entityTargets';
import { toLocations } from './mentionLocations';

/**
 * Says that a jump happened (a mention reached, an entity found): the Get Started walkthrough checks its "Jump between
 * cross-references" step on the context key `chancery.jumped`. Called by Next/Previous Mention and by Find.
 */
export function markJumped(): void {
  void vscode.commands.executeCommand('setContext', 'chancery.jumped', true);
}

/** The last jump: where it selected, and the entity it went through (undefined: any mention of the text). */
interface Jump {
  readonly uri: string;
  readonly range: vscode.Range;
  readonly entity: EntityMention | undefined;
}

/**
 * Chancery: Next/Previous Mention. Moves to the next (or previous) mention of the entity under the cursor across
 * the corpus, in text order and then path order, wrapping around. Without an entity under the cursor it moves to
 * the next (or previous) mention of any entity in the current text.
 *
 * A jump selects the mention it lands on, which leaves the cursor at the mention's end, outside it. While that
 * selection stays as the jump left it, the next jump goes on with the same entity (or with any mention), so that
 * pressing the key again steps through every mention of the person; an ambiguous name keeps all its candidates.
 */
export class MentionNavigator {
  private last: Jump | undefined;

  constructor(private readonly corpora: Corpora) {}

  async move(direction: 1 | -1): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const location = editor && (await this.corpora.locateIndexed(editor.document));
    if (!editor || !location) {
      return;
    }
    const index = location.corpus.chancery.index;
    const { document, selection } = editor;
    const last = this.last;
    const resumed = last !== undefined && last.uri === document.uri.toString() && selection.isEqual(last.range);
    const mention = resumed ? last.entity : mentionAtCursor(location, editor);
    // Inside a mention, count from its start so that the mention itself is neither next nor previous.
    const offset = resumed ? document.offsetAt(selection.start) : (mention?.start ?? document.offsetAt(selection.active));
    // The names written without a role in this text count too (they are found in the open text only).
    const unroled = corpusNamesIn(index, location.path, document.getText());
    const candidates = mention
      ? [...index.referencesOf(mention), ...unroled.filter((m) => sameIdentity(m, mention))].sort(byDocAndStart)
      : mentionsShownIn(location, document);
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
      this.last = { uri: shown.document.uri.toString(), range: shown.selection, entity: mention };
      markJumped();
    }
  }
}
