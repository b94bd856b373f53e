import * as vscode from 'vscode';
import { commandLink, findNoteReferences, neutralizeNoteMarkdown } from '../../core/cards/markdownText';
import { resolveNoteLink } from '../../core/notes/noteLinkTarget';
import type { NoteLibrary } from './noteLibrary';
import { openNote } from './notesTree';

/** The command behind `[[text#note-id]]` links, the only command a note body may run. */
export const OPEN_NOTE_LINK = '_chancery.openNoteLink';

/** Where a `[[text#note-id]]` link leads: a text relative to the linking file's folder, and a note of it. */
export interface NoteLinkArgs {
  /** The file that holds the link (a text or a sidecar); the text path is relative to its folder. */
  readonly from: string;
  readonly text: string;
  readonly noteId: string | undefined;
}

function linkUri(args: NoteLinkArgs): vscode.Uri {
  return vscode.Uri.parse(`command:${OPEN_NOTE_LINK}?${encodeURIComponent(JSON.stringify([args]))}`);
}

/**
 * A note body as the comment widget shows it: the analyst's markdown, untrusted except for `[[text#note-id]]`
 * links, which become links to Chancery's own command; HTML and any other command link show as text.
 */
export function renderNoteBody(body: string, from: vscode.Uri): vscode.MarkdownString {
  let markdown = '';
  let cursor = 0;
  for (const reference of findNoteReferences(body)) {
    markdown += neutralizeNoteMarkdown(body.slice(cursor, reference.start));
    const args: NoteLinkArgs = { from: from.toString(), text: reference.text, noteId: reference.noteId };
    markdown += commandLink(body.slice(reference.start + 2, reference.end - 2), OPEN_NOTE_LINK, [args]);
    cursor = reference.end;
  }
  markdown += neutralizeNoteMarkdown(body.slice(cursor));
  const rendered = new vscode.MarkdownString(markdown);
  rendered.isTrusted = { enabledCommands: [OPEN_NOTE_LINK] };
  rendered.supportHtml = false;
  return rendered;
}

/** Document Links for `[[text#note-id]]` in sidecars. */
export class NoteReferenceLinks implements vscode.DocumentLinkProvider {
  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    return findNoteReferences(document.getText()).map((reference) => {
      const link = new vscode.DocumentLink(
        new vscode.Range(document.positionAt(reference.start), document.positionAt(reference.end)),
        linkUri({ from: document.uri.toString(), text: reference.text, noteId: reference.noteId }),
      );
      link.tooltip = reference.noteId ? `Open note ${reference.noteId} of ${reference.text}` : `Open ${reference.text}`;
      return link;
    });
  }
}

/** Follows a `[[text#note-id]]` link: opens the text, selecting the note's passage when the note is placed. */
export async function openNoteLink(library: NoteLibrary, args: NoteLinkArgs | undefined): Promise<void> {
  if (!args || typeof args.from !== 'string' || typeof args.text !== 'string') {
    return;
  }
  const from = vscode.Uri.parse(args.from);
  // A link in a sidecar pulled from git must not open a file outside the workspace (`[[../../etc/passwd]]`).
  const folder = vscode.workspace.getWorkspaceFolder(from);
  const path = folder && resolveNoteLink(from.path, folder.uri.path, args.text);
  if (path === undefined) {
    void vscode.window.showWarningMessage(`Chancery opens only texts inside the workspace folder: ${args.text} is outside it.`);
    return;
  }
  const text = from.with({ path });
  const note = args.noteId === undefined ? undefined : library.all().find((n) => n.text.toString() === text.toString() && n.note.id === args.noteId);
  if (note) {
    await openNote(note);
    return;
  }
  try {
    await vscode.window.showTextDocument(text);
    if (args.noteId !== undefined) {
      void vscode.window.showWarningMessage(`${args.text} has no note ${args.noteId}.`);
    }
  } catch {
    void vscode.window.showWarningMessage(`The linked text ${args.text} does not exist.`);
  }
}
