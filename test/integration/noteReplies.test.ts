// Replying to a note as a reviewer does it in the note's thread: the reply box runs chancery.replyNote, the reply is
// written under the note in the sidecar (and nowhere else), and it shows as a further comment of the thread, untrusted.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseSidecar, type Reply } from '../../src/core/notes';
import { openSample } from './corpusFixture';
import { waitFor } from './waitFor';

const MOSCOW = '2020-09-10-moscow-foreign-ministers.txt';
const NOTE_ID = 'n-dmwf4aaz2t4u';
const REPLY = 'Checked: the **chair** rotates yearly. <b>not html</b> [x](command:workbench.action.quit)';

interface ChanceryApi {
  noteThreads(text: vscode.Uri): readonly vscode.CommentThread[];
  readonly views: { readonly notes: vscode.TreeDataProvider<unknown> };
}

interface NoteRow {
  readonly type: string;
  readonly note?: { readonly note: { readonly id: string }; readonly anchor: { readonly state: string } };
}

/** The rows of the Notes view's notes, as the workbench reads them. */
async function noteRows(api: ChanceryApi): Promise<NoteRow[]> {
  const groups = ((await api.views.notes.getChildren()) ?? []) as NoteRow[];
  const rows = await Promise.all(groups.map(async (group) => ((await api.views.notes.getChildren(group)) ?? []) as NoteRow[]));
  return rows.flat().filter((row) => row.type === 'note');
}

function bodyOf(comment: vscode.Comment | undefined): vscode.MarkdownString | string | undefined {
  return comment?.body;
}

describe('Replies to notes', () => {
  let api: ChanceryApi;
  let sidecar: vscode.Uri;
  let original: Uint8Array;

  const readSidecar = async (): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
  const repliesOnDisk = async (): Promise<readonly Reply[]> => parseSidecar(await readSidecar()).notes.find((entry) => entry.note.id === NOTE_ID)?.note.replies ?? [];

  before(async () => {
    const found = await vscode.extensions.getExtension<ChanceryApi>('chancery.chancery')?.activate();
    assert.ok(found, 'the extension returns its API');
    api = found;
    const [uri] = await vscode.workspace.findFiles(`texts/${MOSCOW}.notes.yaml`);
    assert.ok(uri, `the sample corpus has a sidecar for ${MOSCOW}`);
    sidecar = uri;
    original = await vscode.workspace.fs.readFile(sidecar);
  });

  after(async () => {
    await vscode.workspace.fs.writeFile(sidecar, original);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('saves the reply box of a note’s thread as a reply under that note, shown as a further comment, untrusted', async () => {
    const editor = await openSample(MOSCOW);
    const noteThread = (): vscode.CommentThread | undefined => api.noteThreads(editor.document.uri).find((t) => (t.comments[0] as { note?: { id: string } } | undefined)?.note?.id === NOTE_ID);
    const thread = await waitFor(noteThread, 15_000, 'the thread of the note');
    assert.equal(thread.canReply, true, 'the thread takes replies');
    const notesBefore = parseSidecar(await readSidecar()).notes.length;
    const before = await readSidecar();

    await vscode.commands.executeCommand('chancery.replyNote', { thread, text: REPLY });
    const replies = await waitFor(async () => ((await repliesOnDisk()).length === 1 ? repliesOnDisk() : undefined), 10_000, 'the reply on disk');
    assert.equal(replies[0]?.body, REPLY);
    assert.match(replies[0]?.created ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const after = await readSidecar();
    assert.equal(parseSidecar(after).notes.length, notesBefore, 'no note was added');
    // Only lines were added, right after the note's own: the rest of the file keeps its bytes.
    const added = after.length - before.length;
    const at = [...before].findIndex((char, index) => after[index] !== char);
    assert.equal(after.slice(0, at) + after.slice(at + added), before);

    await waitFor(() => thread.comments.length === 2, 10_000, 'the reply in the thread');
    // Written without an author (chancery.notes.author is empty): named as the Notes view and the CSV export name it.
    assert.equal(replies[0]?.author, undefined);
    assert.equal(thread.comments[1]?.author.name, 'No author');
    const body = bodyOf(thread.comments[1]);
    assert.ok(body instanceof vscode.MarkdownString, 'the reply is rendered as markdown');
    assert.notEqual(body.isTrusted, true, 'never trusted');
    assert.ok(body.supportHtml !== true, 'no HTML');
    assert.ok(!body.value.includes('](command:workbench'), body.value);
    assert.equal(thread.comments[1]?.contextValue, 'reply');
  });

  it('takes the text of a note thread’s box as a reply even through Add Note, never as a new note', async () => {
    const editor = await openSample(MOSCOW);
    const thread = await waitFor(() => api.noteThreads(editor.document.uri).find((t) => t.comments.length === 2), 15_000, 'the thread with its reply');
    const notesBefore = parseSidecar(await readSidecar()).notes.length;
    // Typed with the Enter pressed after the last word: saved without the trailing line breaks, as a note's body.
    await vscode.commands.executeCommand('chancery.createNote', { thread, text: 'A second answer.\n\n  ' });
    const replies = await waitFor(async () => ((await repliesOnDisk()).length === 2 ? repliesOnDisk() : undefined), 10_000, 'the second reply on disk');
    assert.equal(replies[1]?.body, 'A second answer.');
    assert.equal(parseSidecar(await readSidecar()).notes.length, notesBefore);
  });

  it('edits and deletes a reply from its comment', async () => {
    const editor = await openSample(MOSCOW);
    const thread = await waitFor(() => api.noteThreads(editor.document.uri).find((t) => t.comments.length === 3), 15_000, 'the thread with two replies');
    const reply = thread.comments[2] as vscode.Comment;
    await vscode.commands.executeCommand('chancery.editReply', reply);
    assert.equal(reply.mode, vscode.CommentMode.Editing);
    assert.equal(reply.body, 'A second answer.', 'the raw body is edited');
    reply.body = 'A second answer, edited.';
    await vscode.commands.executeCommand('chancery.saveReply', reply);
    await waitFor(async () => ((await repliesOnDisk())[1]?.body === 'A second answer, edited.' ? true : undefined), 10_000, 'the edited reply on disk');
    // Deleting asks nothing but offers Undo in a notification, which the command waits for: do not wait for it.
    void vscode.commands.executeCommand('chancery.deleteReply', reply);
    await waitFor(async () => ((await repliesOnDisk()).length === 1 ? true : undefined), 10_000, 'one reply left on disk');
    await waitFor(() => thread.comments.length === 2, 10_000, 'the reply gone from the thread');
  });

  describe('when the sidecar cannot be written', () => {
    let editor: vscode.TextEditor;
    const TYPED = 'A reply typed while the sidecar is of a newer format.';
    const newer = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(sidecar).filter((d) => /newer Chancery/.test(d.message));
    const noteThread = (): vscode.CommentThread | undefined => api.noteThreads(editor.document.uri).find((t) => (t.comments[0] as { note?: { id: string } } | undefined)?.note?.id === NOTE_ID);

    before(async () => {
      editor = await openSample(MOSCOW);
      // A sidecar of a newer format is read (its notes show) but never written.
      await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode((await readSidecar()).replace(/^version: 1$/m, 'version: 2')));
      // Once Chancery reports it, it holds the new content (an editor that had the sidecar open too).
      await waitFor(() => newer().length > 0, 15_000, 'the newer version reported on the sidecar');
      await waitFor(noteThread, 15_000, 'the threads of the newer sidecar');
    });

    after(async () => {
      await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode((await readSidecar()).replace(/^version: 2$/m, 'version: 1')));
      await waitFor(() => newer().length === 0, 15_000, 'the sidecar writable again');
    });

    it('keeps a reply it cannot write in the reply box: the command fails, saying why, and the file is untouched', async () => {
      const thread = await waitFor(noteThread, 15_000, 'the thread of the note');
      const before = await readSidecar();
      // The workbench empties the reply box only when the command succeeds.
      await assert.rejects(Promise.resolve(vscode.commands.executeCommand('chancery.replyNote', { thread, text: TYPED })), /not saved.*reply box/);
      assert.equal(await readSidecar(), before);
    });

    it('keeps a new note typed into a new thread’s box when the sidecar cannot be written', async () => {
      const before = await readSidecar();
      const range = new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(20));
      const controller = vscode.comments.createCommentController('chancery.test', 'Test');
      try {
        const thread = controller.createCommentThread(editor.document.uri, range, []);
        await assert.rejects(Promise.resolve(vscode.commands.executeCommand('chancery.createNote', { thread, text: 'A new note.' })), /not saved.*comment box/);
      } finally {
        controller.dispose();
      }
      assert.equal(await readSidecar(), before);
    });

    it('keeps an edited reply open in its comment, with the text typed, when the save is refused', async () => {
      const thread = await waitFor(() => ((noteThread()?.comments.length ?? 0) >= 2 ? noteThread() : undefined), 15_000, 'the thread with its replies');
      const reply = thread.comments[1] as vscode.Comment;
      await vscode.commands.executeCommand('chancery.editReply', reply);
      reply.body = 'An edit the sidecar refuses.';
      await vscode.commands.executeCommand('chancery.saveReply', reply);
      const open = await waitFor(() => thread.comments.find((c) => c.mode === vscode.CommentMode.Editing), 10_000, 'the reply open for editing again');
      assert.equal(open.body, 'An edit the sidecar refuses.');
      assert.equal(open.contextValue, 'reply');
      await vscode.commands.executeCommand('chancery.cancelEditReply', open);
      await waitFor(() => thread.comments.every((c) => c.mode === vscode.CommentMode.Preview), 10_000, 'the edit cancelled');
    });
  });

  it('gives the note’s row in the Notes view a short description and an accessible name without its replies’ link targets', async () => {
    const item = await waitFor(async () => {
      // The rows are read again each time: a row holds the note as it was when the view last asked for its rows.
      const row = (await noteRows(api)).find((r) => r.note?.note.id === NOTE_ID && r.note.anchor.state !== 'orphaned');
      if (row === undefined) {
        return undefined;
      }
      const shown = await api.views.notes.getTreeItem(row);
      // The library reads the sidecar again a moment after the reply deleted by the previous test.
      // The tooltip is the note and its replies as untrusted Markdown.
      const tooltip = shown.tooltip instanceof vscode.MarkdownString && shown.tooltip.isTrusted !== true ? shown.tooltip.value : '';
      return tooltip.includes('Checked: the **chair** rotates yearly.') && /1 reply$/.test(String(shown.description)) ? shown : undefined;
    }, 15_000, 'the row with its one reply, in its description and its tooltip');
    // The reply's HTML and command link show as text: nothing of them is markup the tooltip would render or run.
    const tooltip = (item.tooltip as vscode.MarkdownString).value;
    assert.ok(tooltip.includes('\\<b\\>not html\\</b\\>') && !tooltip.includes('](command:'), tooltip);
    const spoken = item.accessibilityInformation?.label ?? '';
    assert.match(spoken, /^Note: .*1 reply$/);
    assert.ok(!spoken.includes('command:'), spoken);
  });

  it('filters the Notes view by the words of a reply and says that the view is filtered, until the filter is cleared', async () => {
    const notice = (): { description: string; message: string } | undefined => (api.views.notes as unknown as { filterNotice(): { description: string; message: string } | undefined }).filterNotice();
    await vscode.commands.executeCommand('chancery.notes.filter', 'rotates yearly');
    try {
      const rows = await noteRows(api);
      assert.ok(rows.some((r) => r.note?.note.id === NOTE_ID), 'the note whose reply has the words');
      assert.equal(notice()?.description, 'filtered: “rotates yearly”');
      assert.match(notice()?.message ?? '', new RegExp(`^Showing ${new Set(rows.map((r) => r.note?.note.id)).size} of \\d+ notes matching`));
    } finally {
      await vscode.commands.executeCommand('chancery.notes.clearFilter');
    }
    assert.equal(notice(), undefined);
    assert.ok((await noteRows(api)).some((r) => r.note?.note.id !== NOTE_ID), 'every note again');
  });

  it('refuses to save a reply edited to nothing: the file keeps the reply, which opens again with its text', async () => {
    const editor = await openSample(MOSCOW);
    const thread = await waitFor(() => api.noteThreads(editor.document.uri).find((t) => t.comments.length === 2), 15_000, 'the thread with its reply');
    const before = await readSidecar();
    const reply = thread.comments[1] as vscode.Comment;
    await vscode.commands.executeCommand('chancery.editReply', reply);
    const text = reply.body;
    reply.body = '  \n\n';
    await vscode.commands.executeCommand('chancery.saveReply', reply);
    const open = await waitFor(() => thread.comments.find((c) => c.mode === vscode.CommentMode.Editing), 10_000, 'the reply open for editing again');
    assert.equal(open.body, text, 'the saved text');
    assert.equal(await readSidecar(), before, 'nothing written');
    await vscode.commands.executeCommand('chancery.cancelEditReply', open);
    await waitFor(() => thread.comments.every((c) => c.mode === vscode.CommentMode.Preview), 10_000, 'the edit cancelled');
  });

  it('refuses to save a note edited to nothing: the file keeps the note, which opens again with its text', async () => {
    const editor = await openSample(MOSCOW);
    const noteThread = (): vscode.CommentThread | undefined => api.noteThreads(editor.document.uri).find((t) => (t.comments[0] as { note?: { id: string } } | undefined)?.note?.id === NOTE_ID);
    const thread = await waitFor(noteThread, 15_000, 'the thread of the note');
    const before = await readSidecar();
    const comment = thread.comments[0] as vscode.Comment;
    await vscode.commands.executeCommand('chancery.editNote', comment);
    const text = comment.body;
    assert.ok(typeof text === 'string' && text.trim() !== '', 'the note has text to edit');
    comment.body = ' \n\t\n';
    await vscode.commands.executeCommand('chancery.saveNote', comment);
    const open = await waitFor(() => thread.comments.find((c) => c.mode === vscode.CommentMode.Editing), 10_000, 'the note open for editing again');
    assert.equal(open.body, text, 'the saved text');
    assert.equal(open.contextValue, 'note');
    assert.equal(await readSidecar(), before, 'nothing written');
    await vscode.commands.executeCommand('chancery.cancelEditNote', open);
    await waitFor(() => thread.comments.every((c) => c.mode === vscode.CommentMode.Preview), 10_000, 'the edit cancelled');
  });

  it('adds no note from a new thread whose box holds only white space, and keeps the box', async () => {
    const editor = await openSample(MOSCOW);
    const before = await readSidecar();
    const range = new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(20));
    const controller = vscode.comments.createCommentController('chancery.test', 'Test');
    try {
      const thread = controller.createCommentThread(editor.document.uri, range, []);
      // The workbench empties the box and closes the thread only when the command succeeds.
      await assert.rejects(Promise.resolve(vscode.commands.executeCommand('chancery.createNote', { thread, text: '  \n\n' })), /not saved.*no text/);
      await assert.rejects(Promise.resolve(vscode.commands.executeCommand('chancery.replyNote', { thread, text: '\t' })), /not saved.*no text/);
    } finally {
      controller.dispose();
    }
    assert.equal(await readSidecar(), before, 'nothing written');
  });

  it('answers an orphaned note, which has no thread, from its row in the Notes view', async () => {
    const editor = await openSample(MOSCOW);
    const passage = 'Sergey Lavrov chaired the meeting';
    const start = editor.document.getText().indexOf(passage);
    assert.ok(start >= 0, passage);
    await editor.edit((edit) => edit.replace(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + passage.length)), 'someone else spoke first'));
    try {
      const row = await waitFor(async () => (await noteRows(api)).find((r) => r.note?.note.id === NOTE_ID && r.note.anchor.state === 'orphaned'), 15_000, 'the note orphaned in the Notes view');
      assert.equal(api.noteThreads(editor.document.uri).some((t) => (t.comments[0] as { note?: { id: string } } | undefined)?.note?.id === NOTE_ID), false, 'an orphaned note has no thread');
      const count = (await repliesOnDisk()).length;
      assert.equal(await vscode.commands.executeCommand('chancery.replyToNote', row, 'Answered from the Notes view.'), true);
      const replies = await repliesOnDisk();
      assert.equal(replies.length, count + 1);
      assert.ok(replies.some((reply) => reply.body === 'Answered from the Notes view.'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('answers the reply commands run without a reply without failing or writing', async () => {
    const before = await readSidecar();
    for (const command of ['chancery.editReply', 'chancery.saveReply', 'chancery.cancelEditReply', 'chancery.deleteReply', 'chancery.replyToNote']) {
      await assert.doesNotReject(Promise.resolve(vscode.commands.executeCommand(command, undefined)), command);
    }
    assert.equal(await readSidecar(), before);
  });
});
