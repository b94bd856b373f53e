import * as vscode from 'vscode';

/** The only commands a Chancery card may run from its links. */
export const CARD_COMMANDS: readonly string[] = ['_chancery.openMention', '_chancery.openNoteLink'];

/**
 * A card rendered by the core as markdown, shown with links trusted for Chancery's own commands only and
 * HTML off. The core escapes every piece of text that comes from a file.
 */
export function cardMarkdown(markdown: string): vscode.MarkdownString {
  const card = new vscode.MarkdownString(markdown, true);
  card.isTrusted = { enabledCommands: [...CARD_COMMANDS] };
  card.supportHtml = false;
  return card;
}
