import * as vscode from 'vscode';
import {
  addNewNote,
  addNote,
  addReply,
  anchorSidecar,
  authorName,
  createNote,
  editNoteBody,
  parseSidecar,
  reattachNote,
  removeNote,
  removeReply,
  repairTargets,
  replyKey,
  tidyBody,
  updateNote,
  updateReply,
  waitingState,
  NO_AUTHOR,
  type Note,
  type Reply,
  type SidecarParse,
} from '../../core/notes';
import { anchorStateLabel, noteThreadLabel } from '../../core/tree/noteOutline';
import { allowWrite } from '../trust';
import { readCurrentText } from '../currentText';
import { fileName } from '../convert';
import { renderNoteBody } from './noteLinks';
import { changeSidecar, sidecarUriOf } from './sidecarFiles';
import { counted } from '../../core/counted';

/**
 * One note shown as a comment. A thread keeps the same comment object for its whole life, redrawn in place by `show`:
 * the workbench names a comment by an id it gave the object, so a click on a comment that was replaced a moment
 * before (the sidecar or the text changed) would reach the command without the comment.
 */
export class NoteComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  body: string | vscode.MarkdownString = '';
  author: vscode.CommentAuthorInformation = { name: NO_AUTHOR };
  label: string | undefined;
  readonly contextValue = 'note';
  timestamp: Date | undefined;
  note!: Note;

  constructor(
    note: Note,
    readonly text: vscode.Uri,
    readonly thread: vscode.CommentThread,
    label: string | undefined,
  ) {
    this.show(note, label);
  }

  /** Shows `note`, with the anchor label, in preview. */
  show(note: Note, label: string | undefined): void {
    this.note = note;
    this.mode = vscode.CommentMode.Preview;
    this.body = renderNoteBody(note.body ?? '', this.text);
    this.author = { name: authorName(note) };
    this.label = [label, ...(note.tags ?? []).map((t) => `#${t}`)].filter((s) => s !== undefined).join(' ');
    this.timestamp = note.updated ? new Date(note.updated) : undefined;
  }

  get noteId(): string {
    return this.note.id;
  }

  /** The body as the sidecar holds it, for editing. */
  get source(): string {
    return this.note.body ?? '';
  }
}

/**
 * One reply to a note, shown as a further comment of the note's thread, rendered untrusted as a note body is. Kept
 * for the thread's life like the note's comment (see NoteComment), found again by the reply's author and created.
 */
export class ReplyComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  body: string | vscode.MarkdownString = '';
  author: vscode.CommentAuthorInformation = { name: NO_AUTHOR };
  readonly contextValue = 'reply';
  timestamp: Date | undefined;
  reply!: Reply;

  constructor(
    readonly noteId: string,
    reply: Reply,
    readonly text: vscode.Uri,
    readonly thread: vscode.CommentThread,
  ) {
    this.show(reply);
  }

  /** Shows `reply` in preview. */
  show(reply: Reply): void {
    this.reply = reply;
    this.mode = vscode.CommentMode.Preview;
    this.body = renderNoteBody(reply.body, this.text);
    this.author = { name: authorName(reply) };
    const created = new Date(reply.created);
    this.timestamp = Number.isNaN(created.getTime()) ? undefined : created;
  }

  /** The body as the sidecar holds it, for editing. */
  get source(): string {
    return this.reply.body;
  }
}

/** A comment of a note's thread: the note, or one of its replies. */
export type ThreadComment = NoteComment | ReplyComment;

/**
 * A thread's label as its heading shows it. The workbench (VS Code 1.100) HTML-escapes the label and then sets it as
 * text, so "US & China" would read "US &amp; China" and "<b>" "&lt;b&gt;": the three characters it escapes are
 * written as look-alikes that it leaves alone.
 */
function threadHeading(label: string): string {
  return label.replace(/[<>&]/g, (c) => (c === '<' ? '‹' : c === '>' ? '›' : '﹠'));
}

/** The comments of a note's thread: the note's, then a reply's for each reply, reusing the ones shown before. */
function threadComments(note: Note, label: string, text: vscode.Uri, thread: vscode.CommentThread): vscode.Comment[] {
  const [first, ...shown] = thread.comments;
  const noteComment = first instanceof NoteComment ? first : new NoteComment(note, text, thread, label);
  noteComment.show(note, label);
  const replies = (note.replies ?? []).map((reply) => {
    const old = shown.find((c): c is ReplyComment => c instanceof ReplyComment && replyKey(c.reply) === replyKey(reply));
    old?.show(reply);
    return old ?? new ReplyComment(note.id, reply, text, thread);
  });
  return [noteComment, ...replies];
}

/** A passage on one line, shortened for a prompt. */
function shortQuote(passage: string): string {
  const line = passage.replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/** Who writes a new note or reply: the `chancery.notes.author` setting, if set. */
function noteAuthor(): string | undefined {
  return vscode.workspace.getConfiguration('chancery').get<string>('notes.author') || undefined;
}

/** A reply the analyst has just typed: by `noteAuthor`, created now, its body tidied (`tidyBody`). */
function newReply(typed: string): Reply {
  const author = noteAuthor();
  return { ...(author === undefined ? {} : { author }), created: new Date().toISOString(), body: tidyBody(typed) };
}

/** A note's thread, and the note and anchor it last showed (to tell whether its comment must be redrawn). */
interface ShownNote {
  readonly thread: vscode.CommentThread;
  readonly version?: string;
}

function isEditing(thread: vscode.CommentThread): boolean {
  return thread.comments.some((c) => c.mode === vscode.CommentMode.Editing);
}

/** The threads of a text that hold an unsaved edit. */
function keepEditing(shown: ReadonlyMap<string, ShownNote>): Map<string, ShownNote> {
  return new Map([...shown].filter(([, s]) => isEditing(s.thread)));
}

/** A note that could not be placed, waiting for the analyst. */
export interface WaitingNote {
  readonly text: vscode.Uri;
  readonly note: Note;
  readonly state: 'ambiguous' | 'orphaned';
  /** How the stored quote differs from the nearest candidate, as a word diff. */
  readonly change: string | undefined;
}

/**
 * What the analyst typed for a write that may be refused: it must not be lost. `kept` says where it still is (the
 * comment box that stays open), if anywhere; the error message offers to copy it either way.
 */
interface Draft {
  readonly kind: 'reply' | 'note' | 'edit';
  readonly text: string;
  readonly kept?: string;
}

const DRAFT_NOUNS: Record<Draft['kind'], { noun: string; copy: string }> = {
  reply: { noun: 'reply', copy: 'Copy Reply' },
  note: { noun: 'note', copy: 'Copy Note' },
  edit: { noun: 'edit', copy: 'Copy Text' },
};

/**
 * Thrown by a command run from a comment box when the typed text was not saved: the workbench clears the box only
 * after the command succeeds, so the text stays there for the analyst (the error message has already said why).
 */
class DraftNotSaved extends Error {}

/**
 * Shows the notes of each open diplomatic text as comment threads on their passages (Comments API), keeps them
 * anchored as the text and the sidecar change, and writes every change back through `changeSidecar`.
 * Orphaned and ambiguous notes get no thread: they wait in `waiting()` (the sidecar's diagnostics, for every sidecar
 * of the workspace, are the NoteLibrary's).
 */
export class NoteThreads implements vscode.Disposable {
  private readonly controller = vscode.comments.createCommentController('chancery.notes', 'Chancery Notes');
  /** The thread of each note shown, by text and note id. */
  private readonly threads = new Map<string, Map<string, ShownNote>>();
  private readonly waitingNotes = new Map<string, WaitingNote[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.controller, this.changed];

  /** Fires after the notes of a text were re-read or re-anchored. */
  readonly onDidChange = this.changed.event;

  constructor() {
    // The same box adds a note on a new thread (the + in the gutter) and answers the note of an existing one.
    this.controller.options = { prompt: 'Reply to this note', placeHolder: 'Markdown: a new note, or a reply to this one' };
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (document) => (document.languageId === 'diplomatic' ? [new vscode.Range(0, 0, Math.max(0, document.lineCount - 1), 0)] : []),
    };
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.notes.yaml');
    const onSidecar = (uri: vscode.Uri): void => this.schedule(uri.with({ path: uri.path.slice(0, -'.notes.yaml'.length) }));
    this.disposables.push(
      watcher,
      watcher.onDidChange(onSidecar),
      watcher.onDidCreate(onSidecar),
      watcher.onDidDelete(onSidecar),
      vscode.workspace.onDidOpenTextDocument((d) => this.scheduleFor(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduleFor(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => d.languageId === 'diplomatic' && this.clear(d.uri)),
    );
    for (const document of vscode.workspace.textDocuments) {
      this.scheduleFor(document);
    }
  }

  /** Orphaned and ambiguous notes of the texts Chancery has looked at. */
  waiting(): WaitingNote[] {
    return [...this.waitingNotes.values()].flat();
  }

  private scheduleFor(document: vscode.TextDocument): void {
    if (document.languageId === 'diplomatic') {
      this.schedule(document.uri);
    } else if (document.uri.path.endsWith('.notes.yaml')) {
      this.schedule(document.uri.with({ path: document.uri.path.slice(0, -'.notes.yaml'.length) }));
    }
  }

  private schedule(text: vscode.Uri): void {
    const key = text.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.refresh(text), 200));
  }

  /**
   * Re-reads the sidecar of a text and re-anchors its notes on the text as the editor holds it.
   *
   * A note keeps its thread from one refresh to the next: the thread is moved to the note's new range and its comment
   * replaced only when the note or its anchor changed. So a thread the analyst expanded stays expanded while they type
   * in the text or git changes the sidecar; a new thread would open collapsed.
   */
  async refresh(text: vscode.Uri): Promise<void> {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === text.toString());
    if (!document || document.languageId !== 'diplomatic') {
      return;
    }
    const sidecar = sidecarUriOf(text);
    const source = await readCurrentText(sidecar);
    const shown = this.threads.get(text.toString()) ?? new Map<string, ShownNote>();
    if (source === undefined) {
      this.clear(text, keepEditing(shown));
      this.changed.fire();
      return;
    }
    const parse = parseSidecar(source);
    const next = new Map<string, ShownNote>();
    const waiting: WaitingNote[] = [];
    for (const anchored of anchorSidecar(parse, document.getText())) {
      const { entry, anchor } = anchored;
      const id = entry.note.id;
      const current = shown.get(id);
      // A note the analyst is editing keeps its thread and the unsaved text in it; saving applies the edit to the
      // sidecar as it is then, so a change that arrived meanwhile (git pull) is kept too.
      if (current && isEditing(current.thread)) {
        next.set(id, current);
        continue;
      }
      if (anchor.span) {
        const range = new vscode.Range(document.positionAt(anchor.span.start), document.positionAt(anchor.span.end));
        const label = anchorStateLabel(anchor);
        const version = JSON.stringify([entry.note, label]);
        const thread = current?.thread ?? this.newThread(text, range);
        if (!thread.range?.isEqual(range)) {
          thread.range = range;
        }
        if (current?.version !== version) {
          thread.comments = threadComments(entry.note, label, text, thread);
          thread.label = threadHeading(noteThreadLabel(entry.note));
        }
        next.set(id, { thread, version });
        continue;
      }
      waiting.push({ text, note: entry.note, ...waitingState(entry.note, anchor) });
    }
    // Threads of notes that left the sidecar or lost their passage; one being edited stays with its unsaved text.
    for (const [id, old] of shown) {
      if (!next.has(id)) {
        if (isEditing(old.thread)) {
          next.set(id, old);
        } else {
          old.thread.dispose();
        }
      }
    }
    this.threads.set(text.toString(), next);
    this.waitingNotes.set(text.toString(), waiting);
    this.changed.fire();
  }

  private newThread(text: vscode.Uri, range: vscode.Range): vscode.CommentThread {
    const thread = this.controller.createCommentThread(text, range, []);
    // The reply box answers the note (chancery.replyNote); a new note comes from the + in the gutter or a selection.
    thread.canReply = true;
    thread.contextValue = 'note';
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
    return thread;
  }

  private clear(text: vscode.Uri, keep: ReadonlyMap<string, ShownNote> = new Map()): void {
    for (const [id, shown] of this.threads.get(text.toString()) ?? []) {
      if (keep.get(id) !== shown) {
        shown.thread.dispose();
      }
    }
    if (keep.size > 0) {
      this.threads.set(text.toString(), new Map(keep));
    } else {
      this.threads.delete(text.toString());
    }
    this.waitingNotes.delete(text.toString());
  }

  /**
   * Adds a note on the selection, its body asked for in an input box. A comment thread that an extension opens does
   * not get the keyboard in VS Code 1.100 (only the workbench's own Add Comment, the + in the gutter, moves it there):
   * the analyst's typing then replaced the selected passage of the text. The input box takes the keyboard; the note,
   * once written, is shown in its thread, where it can be edited over several lines.
   */
  async startNote(editor: vscode.TextEditor): Promise<void> {
    if (!allowWrite('add notes')) {
      return;
    }
    const { document, selection } = editor;
    const span = { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) };
    if (span.end <= span.start) {
      void vscode.window.showWarningMessage('Select the passage the note is about, then add the note.');
      return;
    }
    const body = await vscode.window.showInputBox({
      title: 'Add Note',
      prompt: `Note on “${shortQuote(document.getText(selection))}” (Markdown; Enter saves it, Escape cancels; edit it in its thread for more lines)`,
      placeHolder: 'Markdown note',
      ignoreFocusOut: true,
    });
    if (body === undefined || body.trim() === '') {
      return;
    }
    await this.addNoteOn(document, span, body);
  }

  /**
   * The threads shown for the notes of a text, in no particular order: what the workbench shows, for the integration
   * tests through the extension's API.
   */
  threadsOf(text: vscode.Uri): vscode.CommentThread[] {
    return [...(this.threads.get(text.toString())?.values() ?? [])].map((shown) => shown.thread);
  }

  /** Saves the body typed into a new thread's reply box (the + in the gutter) as a note on the thread's range. */
  async createFromReply(reply: vscode.CommentReply): Promise<void> {
    const { thread } = reply;
    if (thread.comments[0] instanceof NoteComment) {
      // The reply box of a note's thread answers that note; it never adds a note of its own.
      return this.reply(reply);
    }
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === thread.uri.toString());
    if (!document || !thread.range) {
      return;
    }
    const span = { start: document.offsetAt(thread.range.start), end: document.offsetAt(thread.range.end) };
    if (span.end <= span.start) {
      void vscode.window.showWarningMessage('Select the passage the note is about, then add the note.');
      return;
    }
    if (tidyBody(reply.text) === '') {
      // A note without text says nothing (the core refuses it too): the thread stays open for the analyst to type in.
      void vscode.window.showWarningMessage('A note cannot be empty, so none was added: type the note in the comment box, or close the thread.');
      throw new DraftNotSaved('The note was not saved: it has no text.');
    }
    if (!(await this.addNoteOn(document, span, reply.text, 'It is still in the comment box.'))) {
      throw new DraftNotSaved('The note was not saved; its text stays in the comment box.');
    }
    thread.dispose();
  }

  /**
   * Writes a new note on `span` of a text into its sidecar; whether it was written. A written note sets the context key
   * `chancery.noteAdded`, on which the Get Started walkthrough checks its "Annotate a passage" step.
   */
  private async addNoteOn(document: vscode.TextDocument, span: { start: number; end: number }, body: string, kept?: string): Promise<boolean> {
    if (!allowWrite('add notes')) {
      return false;
    }
    const draft: Draft = { kind: 'note', text: body, ...(kept === undefined ? {} : { kept }) };
    const written = await this.write(document.uri, (parse) => addNewNote(parse, createNote(document.getText(), { span, body: tidyBody(body), author: noteAuthor(), now: new Date().toISOString(), taken: new Set(parse.notes.map((n) => n.note.id)) })), draft);
    if (written) {
      void vscode.commands.executeCommand('setContext', 'chancery.noteAdded', true);
    }
    return written;
  }

  /** Saves the text typed into a note thread's reply box as a reply to the note. */
  async reply(reply: vscode.CommentReply): Promise<void> {
    const [first] = reply.thread.comments;
    if (!(first instanceof NoteComment)) {
      // An empty thread is a new one from the + in the gutter: its text is a new note.
      return this.createFromReply(reply);
    }
    if (reply.text.trim() === '') {
      return;
    }
    if (!allowWrite('reply to notes')) {
      throw new DraftNotSaved('Restricted Mode: the reply was not saved; its text stays in the reply box.');
    }
    const answer = newReply(reply.text);
    if (!(await this.write(first.text, (parse) => addReply(parse, first.note.id, answer), { kind: 'reply', text: reply.text, kept: 'It is still in the reply box.' }))) {
      throw new DraftNotSaved('The reply was not saved; its text stays in the reply box.');
    }
  }

  /**
   * Replies to a note from outside its thread: from the Notes view, where an orphaned or ambiguous note (which has no
   * thread) is shown, as any other. The reply is asked for in an input box unless given (a task, a test); whether it
   * was written.
   */
  async replyTo(text: vscode.Uri, note: Note, given?: string): Promise<boolean> {
    if (!allowWrite('reply to notes')) {
      return false;
    }
    const typed =
      given ??
      (await vscode.window.showInputBox({
        title: 'Reply to Note',
        prompt: `Reply to the note on “${shortQuote(note.target.quote.exact)}” (Markdown; Enter saves it, Escape cancels; edit it in its thread for more lines)`,
        placeHolder: 'Markdown reply',
        ignoreFocusOut: true,
      }));
    if (typed === undefined || typed.trim() === '') {
      return false;
    }
    const answer = newReply(typed);
    return this.write(text, (parse) => addReply(parse, note.id, answer), { kind: 'reply', text: typed });
  }

  /** Switches a note or a reply to editing. */
  edit(comment: ThreadComment): void {
    comment.mode = vscode.CommentMode.Editing;
    comment.body = comment.source;
    comment.thread.comments = [...comment.thread.comments];
    // The comment now holds the raw body: the next refresh must draw it again whatever happens to the note.
    this.threads.get(comment.text.toString())?.set(comment.noteId, { thread: comment.thread });
  }

  /** Leaves editing without saving. */
  cancel(comment: ThreadComment): void {
    comment.mode = vscode.CommentMode.Preview;
    void this.refresh(comment.text);
  }

  /** Saves an edited note or reply body. */
  async save(comment: ThreadComment): Promise<void> {
    if (!allowWrite('edit notes')) {
      return;
    }
    const typed = typeof comment.body === 'string' ? comment.body : comment.body.value;
    const body = tidyBody(typed);
    comment.mode = vscode.CommentMode.Preview;
    if (body === '') {
      this.refuseEmpty(comment);
      return;
    }
    const draft: Draft = { kind: 'edit', text: typed, kept: 'It is still open in the comment.' };
    const updated = new Date().toISOString();
    const saved =
      comment instanceof ReplyComment
        ? // By author and created, in the sidecar as it is now; a reply deleted meanwhile comes back with the edit.
          await this.write(comment.text, (parse) => updateReply(parse, comment.noteId, { ...comment.reply, body }), draft)
        : // The note as the sidecar holds it now (tags or target may have changed on disk), with the edited body; a note
          // deleted meanwhile comes back with the analyst's edit rather than being lost.
          await this.write(comment.text, (parse) => editNoteBody(parse, comment.note, body, updated), draft);
    if (!saved) {
      this.reopen(comment, typed);
    }
  }

  /**
   * An edit that empties a note or a reply is not saved (a note without text says nothing, a reply without text answers
   * nothing): the comment opens for editing again with its saved text, and the message offers to delete it, which is
   * what an empty body would mean.
   */
  private refuseEmpty(comment: ThreadComment): void {
    const again = this.reopen(comment, comment.source);
    const noun = comment instanceof ReplyComment ? 'reply' : 'note';
    const remove = comment instanceof ReplyComment ? 'Delete Reply' : 'Delete Note';
    void vscode.window.showWarningMessage(`A ${noun} cannot be empty, so the edit was not saved: the ${noun} is open again with its saved text. Edit it, or delete the ${noun}.`, remove).then((choice) => {
      if (choice === remove) {
        // Out of editing first: a thread being edited keeps its comments through the refresh that follows the delete.
        again.mode = vscode.CommentMode.Preview;
        return comment instanceof ReplyComment ? this.deleteReply(comment) : this.delete(comment);
      }
      return undefined;
    });
  }

  /**
   * Opens a comment for editing again with the text the analyst typed, after a save that was refused. The workbench
   * closed the comment's editor when Save was pressed and still takes the comment for one being edited, so a change of
   * mode would not reopen it: a new comment object in its place (a new comment to the workbench) opens in editing.
   */
  private reopen(comment: ThreadComment, body: string): ThreadComment {
    const { thread } = comment;
    const again = comment instanceof ReplyComment ? new ReplyComment(comment.noteId, comment.reply, comment.text, thread) : new NoteComment(comment.note, comment.text, thread, comment.label);
    again.mode = vscode.CommentMode.Editing;
    again.body = body;
    thread.comments = thread.comments.map((c) => (c === comment ? again : c));
    this.threads.get(comment.text.toString())?.set(comment.noteId, { thread });
    return again;
  }

  /** Replaces the tags of a note. */
  async tag(comment: NoteComment): Promise<void> {
    if (!allowWrite('tag notes')) {
      return;
    }
    const answer = await vscode.window.showInputBox({ prompt: 'Tags, separated by commas', value: (comment.note.tags ?? []).join(', ') });
    if (answer === undefined) {
      return;
    }
    const tags = [...new Set(answer.split(',').map((t) => t.trim()).filter((t) => t !== ''))];
    await this.write(comment.text, (parse) => updateNote(parse, { ...comment.note, tags, updated: new Date().toISOString() }));
  }

  /** Deletes a reply, with an Undo that puts the same reply back. */
  async deleteReply(comment: ReplyComment): Promise<void> {
    if (!allowWrite('delete replies')) {
      return;
    }
    if (await this.write(comment.text, (parse) => removeReply(parse, comment.noteId, comment.reply))) {
      const undo = await vscode.window.showInformationMessage('Reply deleted.', 'Undo');
      if (undo === 'Undo') {
        await this.write(comment.text, (parse) => addReply(parse, comment.noteId, comment.reply));
      }
    }
  }

  /** Deletes a note, with an Undo that puts the same note back. */
  async delete(comment: NoteComment): Promise<void> {
    if (!allowWrite('delete notes')) {
      return;
    }
    if (await this.write(comment.text, (parse) => removeNote(parse, comment.note.id))) {
      const undo = await vscode.window.showInformationMessage('Note deleted.', 'Undo');
      if (undo === 'Undo') {
        await this.write(comment.text, (parse) => addNote(parse, comment.note));
      }
    }
  }

  /** Attaches an orphaned or ambiguous note of the active text to the current selection. */
  async reattachHere(editor: vscode.TextEditor, note?: Note): Promise<void> {
    if (!allowWrite('re-attach notes')) {
      return;
    }
    const waiting = this.waitingNotes.get(editor.document.uri.toString()) ?? [];
    if (!note && waiting.length === 0) {
      // Said at once: an empty list to pick from would only say "0 Results".
      void vscode.window.showInformationMessage('This text has no orphaned or ambiguous note.');
      return;
    }
    const chosen =
      note ??
      (
        await vscode.window.showQuickPick(
          waiting.map((w) => ({ label: w.note.target.quote.exact.slice(0, 80), description: w.state, detail: w.change, note: w.note })),
          { placeHolder: 'Which note belongs to the selected passage?' },
        )
      )?.note;
    if (!chosen) {
      return;
    }
    const span = { start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) };
    if (span.end <= span.start) {
      void vscode.window.showWarningMessage('Select the passage the note belongs to first.');
      return;
    }
    await this.write(editor.document.uri, (parse) => updateNote(parse, reattachNote(chosen, editor.document.getText(), span, new Date().toISOString())));
  }

  /** Rewrites the targets of the notes of a text (open in an editor or not) that moved or were found by fuzzy matching. */
  async repairAnchors(document: vscode.TextDocument): Promise<void> {
    if (!allowWrite('repair anchors')) {
      return;
    }
    let repaired = 0;
    const ok = await this.write(document.uri, (parse) => {
      const repair = repairTargets(parse, document.getText());
      repaired = repair.repaired.length;
      return repair.edit;
    });
    if (ok) {
      const name = fileName(document.uri);
      void vscode.window.showInformationMessage(repaired === 0 ? `Every note of ${name} is anchored exactly; nothing to repair.` : `Repaired the anchors of ${counted(repaired, 'note')} of ${name}.`);
    }
  }

  /**
   * Applies `change` to the sidecar of `text`; whether it was written. A refusal is said in an error message naming the
   * sidecar and why; with a `draft`, the message says the typed text was not saved, where it still is, and offers to
   * copy it.
   */
  private async write(text: vscode.Uri, change: (parse: SidecarParse) => ReturnType<typeof addNote>, draft?: Draft): Promise<boolean> {
    const name = fileName(text);
    const result = await changeSidecar(sidecarUriOf(text), name, change);
    if (result.ok) {
      await this.refresh(text);
      return true;
    }
    if (draft === undefined) {
      void vscode.window.showErrorMessage(`Chancery did not change ${name}.notes.yaml: ${result.reason}`);
      return false;
    }
    const { noun, copy } = DRAFT_NOUNS[draft.kind];
    const kept = draft.kept === undefined ? '' : ` ${draft.kept}`;
    // Not awaited: the message stays until the analyst answers it, and the command must end (the comment box waits).
    void vscode.window.showErrorMessage(`Your ${noun} was not saved: Chancery cannot write ${name}.notes.yaml. ${result.reason}${kept}`, copy).then((choice) => (choice === copy ? vscode.env.clipboard.writeText(draft.text) : undefined));
    return false;
  }

  dispose(): void {
    for (const timer of this.timers.values()) {
      clearTimeout(timer);
    }
    for (const threads of this.threads.values()) {
      threads.forEach((shown) => shown.thread.dispose());
    }
    this.disposables.forEach((d) => d.dispose());
  }
}
