import * as vscode from 'vscode';
import type { OpenMentionArgs } from '../../core/cards/personCard';
import type { Corpora } from '../corpus/corpora';
import { toLocations } from '../navigation/mentionLocations';

/** `_chancery.openMention`, the command behind the links of hover cards: opens a text and selects a mention. */
export async function openMention(corpora: Corpora, args: OpenMentionArgs | undefined): Promise<void> {
  const corpus = args && corpora.byKey(args.corpus);
  if (!args || !corpus || typeof args.doc !== 'string' || !Number.isInteger(args.start) || !Number.isInteger(args.end)) {
    return;
  }
  const [location] = await toLocations(corpus, [args]);
  if (location) {
    await vscode.window.showTextDocument(location.uri, { selection: location.range });
  }
}
