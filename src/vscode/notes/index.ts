import * as vscode from 'vscode';
import type { NoteGrouping } from '../../core/tree/noteOutline';
import type { Corpora } from '../corpus/corpora';
import type { ChanceryLog } from '../log';
import { allowWrite } from '../trust';
import { fileName } from '../convert';
import { DIPLOMATIC } from '../language/corpusLanguage';
import { exportNotes } from './exportNotes';
import { NoteLibrary, type PlacedNote } from './noteLibrary';
import { NoteReferenceLinks, OPEN_NOTE_LINK, openNoteLink, type NoteLinkArgs } from './noteLinks';
import { NoteComment, NoteThreads, ReplyComment } from './noteThreads';
import { NotesTreeProvider, openNote, placedNoteOf } from './notesTree';
import { retargetMovedSidecars, sidecarMoves } from './sidecarMoves';
import { editorBeside, editorToAnnotate, offerText } from './textToAnnotate';

/**
 * Registers analyst notes: comment threads on passages, the commands that add, edit, tag, delete, re-attach and
 * repair them and reply to them, and the Notes view. Returns the library of every note (for the hover cards), the
 * view's data and the threads (for the extension's API).
 */
export function register(context: vscode.ExtensionContext, corpora: Corpora, log: ChanceryLog): { library: NoteLibrary; tree: NotesTreeProvider; threads: NoteThreads } {
  const threads = new NoteThreads();
  const library = new NoteLibrary(corpora, log);
  const tree = new NotesTreeProvider(library);
  const activeText = (): vscode.TextEditor | undefined => {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.languageId === DIPLOMATIC ? editor : undefined;
  };
  /** The texts with a note in one of `states`, as the Notes view knows them. */
  const textsWith = (...states: string[]): vscode.Uri[] => library.all().filter((n) => states.includes(n.anchor.state)).map((n) => n.text);
  // A comment command gets the workbench's own record of the comment, not the NoteComment, when the thread was
  // disposed a moment before the click (its note left the sidecar), and nothing when a keybinding runs it.
  const onComment =
    <T>(kind: new (...args: never[]) => T, name: string) =>
    (run: (comment: T) => unknown) =>
    (comment: unknown) => {
      if (comment instanceof kind) {
        return run(comment);
      }
      void vscode.window.showInformationMessage(`Chancery could not find this ${name}: run the command from a ${name}'s comment, or try again if its sidecar has just changed.`);
      return undefined;
    };
  // Run without a diplomatic text active (the walkthrough's button), Add Note finds or opens the text first; until a
  // passage is selected there, it says what to do next rather than failing.
  const addNote = async () => {
    const active = activeText();
    if (active) {
      return threads.startNote(active);
    }
    // Restricted Mode refuses here, before a text is opened for a note that could not be written.
    const found = allowWrite('add notes') ? await editorToAnnotate(corpora) : undefined;
    if (found && (found.opened || found.editor.selection.isEmpty)) {
      void vscode.window.showInformationMessage(`Select the passage of ${fileName(found.editor.document.uri)} that the note is about, then run Add Note on Selection (Ctrl+Alt+N; Cmd+Alt+N on macOS) or click the + in the gutter.`);
      return undefined;
    }
    return found && threads.startNote(found.editor);
  };
  const onNote = onComment(NoteComment, 'note');
  const onReply = onComment(ReplyComment, 'reply');
  const view = vscode.window.createTreeView('chancery.notes', { treeDataProvider: tree, showCollapseAll: true });
  /** The note of the Notes view's row that is selected, if one is. */
  const selectedNote = (): PlacedNote | undefined => placedNoteOf(view.selection[0]);
  // Run with no Diplomatic Text active (the Command Palette, the Notes view focused, the walkthrough page in front), a
  // note command takes the note of the row it was run on or the row selected, else a text shown beside, and otherwise
  // says which text to open, with a button that opens it.
  const reattach = async (arg?: unknown) => {
    const placed = placedNoteOf(arg) ?? (activeText() ? undefined : selectedNote());
    const editor = activeText() ?? (placed ? undefined : await editorBeside());
    if (placed && editor?.document.uri.toString() !== placed.text.toString()) {
      void openNote(placed);
      return undefined;
    }
    if (editor) {
      return threads.reattachHere(editor, placed?.note);
    }
    return offerText(
      textsWith('orphaned', 'ambiguous'),
      (name) => `Re-attach Note Here attaches an orphaned or ambiguous note to the passage selected in its text: open ${name ?? 'the text of the note'}, select the passage, and run it again (or run it on the note's row in the Notes view).`,
      'No note needs re-attaching: every note of the workspace has its passage.',
    );
  };
  const repair = async (arg?: unknown) => {
    const placed = placedNoteOf(arg) ?? (activeText() ? undefined : selectedNote());
    const document = placed ? await vscode.workspace.openTextDocument(placed.text) : (activeText() ?? (await editorBeside()))?.document;
    if (document) {
      return threads.repairAnchors(document);
    }
    return offerText(
      textsWith('moved', 'fuzzy'),
      (name) => `Repair Note Anchors works on one text at a time: open ${name ?? 'a text whose notes moved'} and run it again (or run it on a note's row in the Notes view).`,
      'No note needs its anchor repaired: every placed note of the workspace is anchored exactly.',
    );
  };
  const filter = async (query: string): Promise<void> => {
    tree.update({ filter: query });
    await vscode.commands.executeCommand('setContext', 'chancery.notesFiltered', query.trim() !== '');
  };
  context.subscriptions.push(
    threads,
    library,
    tree,
    vscode.languages.registerDocumentLinkProvider({ pattern: '**/*.notes.yaml' }, new NoteReferenceLinks()),
    vscode.commands.registerCommand(OPEN_NOTE_LINK, (args?: NoteLinkArgs) => openNoteLink(library, args)),
    vscode.workspace.onWillRenameFiles((event) => event.waitUntil(sidecarMoves(event.files))),
    vscode.workspace.onDidRenameFiles((event) => void retargetMovedSidecars(event.files)),
    view,
    // The view says it is filtered, by what and how many notes it hides, whenever its rows change.
    tree.onDidChangeTreeData(() => {
      const notice = tree.filterNotice();
      view.description = notice?.description;
      view.message = notice?.message;
    }),
    vscode.commands.registerCommand('chancery.addNote', addNote),
    vscode.commands.registerCommand('chancery.createNote', (reply: vscode.CommentReply) => threads.createFromReply(reply)),
    vscode.commands.registerCommand('chancery.editNote', onNote((comment) => threads.edit(comment))),
    vscode.commands.registerCommand('chancery.saveNote', onNote((comment) => threads.save(comment))),
    vscode.commands.registerCommand('chancery.cancelEditNote', onNote((comment) => threads.cancel(comment))),
    vscode.commands.registerCommand('chancery.tagNote', onNote((comment) => threads.tag(comment))),
    vscode.commands.registerCommand('chancery.deleteNote', onNote((comment) => threads.delete(comment))),
    vscode.commands.registerCommand('chancery.replyNote', (reply: vscode.CommentReply) => threads.reply(reply)),
    vscode.commands.registerCommand('chancery.editReply', onReply((comment) => threads.edit(comment))),
    vscode.commands.registerCommand('chancery.saveReply', onReply((comment) => threads.save(comment))),
    vscode.commands.registerCommand('chancery.cancelEditReply', onReply((comment) => threads.cancel(comment))),
    vscode.commands.registerCommand('chancery.deleteReply', onReply((comment) => threads.deleteReply(comment))),
    vscode.commands.registerCommand('chancery.reattachNote', reattach),
    vscode.commands.registerCommand('chancery.replyToNote', (arg?: unknown, body?: string) => {
      const placed = placedNoteOf(arg);
      if (!placed) {
        void vscode.window.showInformationMessage('Choose the note to answer in the Notes view, then run Reply to Note on it.');
        return Promise.resolve(false);
      }
      return threads.replyTo(placed.text, placed.note, typeof body === 'string' ? body : undefined);
    }),
    vscode.commands.registerCommand('chancery.repairAnchors', repair),
    vscode.commands.registerCommand('chancery.exportNotes', (given?: { format?: string; target?: vscode.Uri }) => exportNotes(library, given)),
    vscode.commands.registerCommand('_chancery.openNote', (placed: PlacedNote) => openNote(placed)),
    // A task or a keybinding may give the query; the input box asks for it otherwise.
    vscode.commands.registerCommand('chancery.notes.filter', async (given?: unknown) => {
      const query =
        typeof given === 'string'
          ? given
          : await vscode.window.showInputBox({
              title: 'Filter Notes',
              prompt: 'Fuzzy search of the notes’ bodies, passages, tags, authors, replies and text paths; empty shows every note',
              placeHolder: 'e.g. chairmanship',
              value: tree.filter,
            });
      if (query !== undefined) {
        await filter(query);
      }
    }),
    vscode.commands.registerCommand('chancery.notes.clearFilter', () => filter('')),
    vscode.commands.registerCommand('chancery.notes.groupBy', async () => {
      const choice = await vscode.window.showQuickPick(
        [
          { label: 'Text', grouping: 'text' as NoteGrouping },
          { label: 'Tag', grouping: 'tag' as NoteGrouping },
          { label: 'Author', grouping: 'author' as NoteGrouping },
        ],
        { placeHolder: 'Group notes by' },
      );
      if (choice) {
        tree.update({ grouping: choice.grouping });
      }
    }),
  );
  void library.loadAll();
  return { library, tree, threads };
}
