import * as assert from 'node:assert/strict';
import type { Note } from '../../../src/core/notes/note';
import { writeSidecar } from '../../../src/core/notes/noteWriter';
import { addNewNote, addNote, applyNoteChanges, editNoteBody, removeNote, retargetSidecar, updateNote, type SidecarEdit } from '../../../src/core/notes/sidecarEdit';
import { parseSidecar } from '../../../src/core/notes/sidecarParse';

const joinLines = (...lines: string[]): string => lines.join('\n') + '\n';

function note(id: string, start: number, extra: Partial<Note> = {}): Note {
  return { id, target: { quote: { exact: `passage ${id}`, prefix: 'before ', suffix: ' after' }, position: { start, end: start + 5 } }, ...extra };
}

function textOf(edit: SidecarEdit): string {
  assert.ok(edit.ok, edit.ok ? '' : edit.reason);
  return edit.text;
}

const HAND_WRITTEN = joinLines(
  '# Notes on the summit communiqué, kept by the desk.',
  'format: chancery-notes',
  'version: 1',
  'text: summit.txt',
  'review: { status: draft }   # an extension another tool reads',
  'notes:',
  '  - id: n-one',
  '    target:',
  '      quote:',
  "        exact: 'the talks'",
  '        prefix: "resume "',
  '        suffix: " in spring"',
  '      position: {start: 10, end: 19}',
  '    # tags agreed with the team',
  '    tags: [ceasefire, spring]',
  '    confidence: high   # unknown to Chancery, kept',
  '    body: >',
  '      Folded body',
  '      on two lines.',
  '',
  '  - id: n-two',
  '    target:',
  '      quote:',
  '        exact: the envoy',
  '      position: {start: 40, end: 49}',
  '    body: Second note.',
);

describe('sidecar edits', () => {
  it('rewrites only the changed field of a hand-written note: comments, unknown fields and other notes keep their bytes', () => {
    const parse = parseSidecar(HAND_WRITTEN);
    assert.equal(parse.writable, true);
    const one = parse.notes[0]?.note as Note;
    const text = textOf(updateNote(parse, { ...one, tags: ['ceasefire', 'spring', 'follow-up'] }));
    const before = HAND_WRITTEN.split('\n');
    const after = text.split('\n');
    // Everything up to the tags line, and everything after it, is byte-identical.
    const tagsLine = before.indexOf('    tags: [ceasefire, spring]');
    assert.deepEqual(after.slice(0, tagsLine), before.slice(0, tagsLine));
    assert.deepEqual(after.slice(tagsLine, tagsLine + 4), ['    tags:', '      - ceasefire', '      - spring', '      - follow-up']);
    assert.deepEqual(after.slice(tagsLine + 4), before.slice(tagsLine + 1));
    assert.deepEqual(parseSidecar(text).notes[0]?.note.tags, ['ceasefire', 'spring', 'follow-up']);
    assert.deepEqual(parseSidecar(text).notes[0]?.extra, { confidence: 'high' });
  });

  it('leaves every other note byte-identical when one note of a large file changes', () => {
    const notes = Array.from({ length: 200 }, (_, i) => note(`n-${i}`, i * 100, { body: `Body ${i}.\n` }));
    const text = writeSidecar({ text: 'a.txt' }, notes);
    const parse = parseSidecar(text);
    const edited = textOf(updateNote(parse, { ...(notes[120] as Note), body: 'Rewritten.\n', updated: '2026-11-23T10:00:00Z' }));
    const block = edited.slice(edited.indexOf('  - id: n-120\n'), edited.indexOf('  - id: n-121\n'));
    assert.ok(block.includes('    updated: 2026-11-23T10:00:00Z\n    body: |\n      Rewritten.\n\n'), block);
    const start = text.indexOf('  - id: n-120\n');
    const end = text.indexOf('  - id: n-121\n');
    assert.equal(edited.slice(0, start), text.slice(0, start));
    assert.equal(edited.slice(edited.indexOf('  - id: n-121\n')), text.slice(end));
  });

  it('adds a note in text order with a blank line either side', () => {
    const text = writeSidecar({ text: 'a.txt' }, [note('n-a', 10), note('n-c', 300)]);
    const added = textOf(addNote(parseSidecar(text), note('n-b', 100)));
    assert.deepEqual(parseSidecar(added).notes.map((entry) => entry.note.id), ['n-a', 'n-b', 'n-c']);
    assert.match(added, /\n\n {2}- id: n-b\n[\s\S]*\n\n {2}- id: n-c\n/);
    const last = textOf(addNote(parseSidecar(added), note('n-d', 900)));
    assert.ok(last.endsWith(joinLines('', '  - id: n-d', '    target:', '      quote:', '        exact: passage n-d', '        prefix: "before "', '        suffix: " after"', '      position: { start: 900, end: 905 }')));
  });

  it('opens the list of an empty sidecar', () => {
    const empty = writeSidecar({ text: 'a.txt' }, []);
    const text = textOf(addNote(parseSidecar(empty), note('n-a', 1)));
    assert.equal(text, writeSidecar({ text: 'a.txt' }, [note('n-a', 1)]));
    const two = textOf(applyNoteChanges(parseSidecar(empty), { added: [note('n-b', 5), note('n-a', 1)] }));
    assert.equal(two, writeSidecar({ text: 'a.txt' }, [note('n-a', 1), note('n-b', 5)]));
  });

  it('removes a note with its separating blank line', () => {
    const all = [note('n-a', 1), note('n-b', 2), note('n-c', 3)];
    const text = writeSidecar({ text: 'a.txt' }, all);
    assert.equal(textOf(removeNote(parseSidecar(text), 'n-b')), writeSidecar({ text: 'a.txt' }, [all[0] as Note, all[2] as Note]));
    assert.equal(textOf(removeNote(parseSidecar(text), 'n-c')), writeSidecar({ text: 'a.txt' }, [all[0] as Note, all[1] as Note]));
  });

  it('never writes a new note or a body edit without text: a note is deleted, not emptied', () => {
    const parse = parseSidecar(HAND_WRITTEN);
    const one = parse.notes[0]?.note as Note;
    for (const body of ['', ' \n\t\n']) {
      const added = addNewNote(parse, note('n-new', 30, { body }));
      const edited = editNoteBody(parse, one, body, '2026-11-23T10:00:00Z');
      assert.match(added.ok ? 'written' : added.reason, /needs some text/, JSON.stringify(body));
      assert.match(edited.ok ? 'written' : edited.reason, /needs some text/, JSON.stringify(body));
    }
    assert.match(textOf(addNewNote(parse, note('n-new', 30, { body: 'Said.' }))), /- id: n-new\n/);
    // The note as the sidecar holds it (its tags and unknown field) gets the body; a note gone on disk comes back.
    const edited = parseSidecar(textOf(editNoteBody(parse, { ...one, tags: [] }, 'Rewritten.', '2026-11-23T10:00:00Z'))).notes[0];
    assert.deepEqual([edited?.note.body, edited?.note.tags, edited?.extra], ['Rewritten.', ['ceasefire', 'spring'], { confidence: 'high' }]);
    const gone = parseSidecar(textOf(removeNote(parse, 'n-one')));
    assert.equal(parseSidecar(textOf(editNoteBody(gone, one, 'Back.', '2026-11-23T10:00:00Z'))).notes.find((e) => e.note.id === 'n-one')?.note.body, 'Back.');
    // A hand-written note without text is still put back whole (Undo of a delete).
    assert.equal(addNote(parse, note('n-bare', 30, { body: '' })).ok, true);
  });

  it('refuses to rewrite a sidecar with errors, an unknown id or a taken id', () => {
    const broken = parseSidecar(HAND_WRITTEN.replace('format: chancery-notes', '<<<<<<< HEAD'));
    const refused = updateNote(broken, note('n-one', 1));
    assert.equal(refused.ok, false);
    assert.match(refused.ok ? '' : refused.reason, /never rewrites/);
    assert.equal(updateNote(parseSidecar(HAND_WRITTEN), note('n-missing', 1)).ok, false);
    assert.equal(addNote(parseSidecar(HAND_WRITTEN), note('n-one', 1)).ok, false);
  });

  it('says why it refuses a sidecar, where, and what to do: a newer format needs a newer Chancery, not a fix', () => {
    const newer = updateNote(parseSidecar(HAND_WRITTEN.replace('version: 1', 'version: 2')), note('n-one', 1));
    assert.equal(newer.ok ? '' : newer.reason, 'Line 3, column 10: Written by a newer Chancery (format version 2); this one reads version 1 and will not rewrite it. Update Chancery to change the notes of this file.');
    const conflict = addNote(parseSidecar(HAND_WRITTEN.replace('format: chancery-notes', '<<<<<<< HEAD')), note('n-new', 1));
    assert.match(conflict.ok ? '' : conflict.reason, /^Line 2, column 1: .*merge.*fix the file first/i);
  });

  it('re-applies a pending edit to a sidecar changed on disk meanwhile, keeping both changes', () => {
    const read = writeSidecar({ text: 'a.txt' }, [note('n-a', 1), note('n-b', 2)]);
    const pending = { ...note('n-a', 1), body: 'Typed in the comment, not yet saved.' };
    // Meanwhile git pull brought a new note and an edit of another one.
    const pulled = textOf(applyNoteChanges(parseSidecar(read), { added: [note('n-c', 3)], updated: [{ ...note('n-b', 2), tags: ['pulled'] }] }));
    const saved = parseSidecar(textOf(updateNote(parseSidecar(pulled), pending)));
    assert.deepEqual(saved.notes.map((entry) => entry.note.id), ['n-a', 'n-b', 'n-c']);
    assert.equal(saved.notes[0]?.note.body, pending.body);
    assert.deepEqual(saved.notes[1]?.note.tags, ['pulled']);
  });

  it('keeps CRLF line endings in a file checked out with them', () => {
    const text = writeSidecar({ text: 'a.txt' }, [note('n-a', 1), note('n-b', 2)]).replace(/\n/g, '\r\n');
    const edited = textOf(updateNote(parseSidecar(text), note('n-a', 1, { body: 'new\nbody\n' })));
    assert.ok(!/[^\r]\n/.test(edited), 'no bare LF');
    assert.equal(parseSidecar(edited).notes[0]?.note.body, 'new\nbody\n');
  });

  it('writes a body with markdown, HTML and command links so that it reads back verbatim', () => {
    const body = '  leading spaces\n<script>x</script>\n[link](command:_chancery.delete)\n\n\n';
    const text = textOf(updateNote(parseSidecar(writeSidecar({ text: 'a.txt' }, [note('n-a', 1)])), note('n-a', 1, { body })));
    assert.equal(parseSidecar(text).notes[0]?.note.body, body);
  });
});

describe('retargetSidecar', () => {
  it('follows a renamed text by changing only the header value', () => {
    const source = `# kept comment\n${writeSidecar({ text: 'old name.txt' }, [])}`;
    const edit = retargetSidecar(parseSidecar(source), 'new name.txt');
    assert.ok(edit.ok);
    // The header written as the writer writes it, the rest byte for byte.
    assert.equal(edit.text, `# kept comment\n${writeSidecar({ text: 'new name.txt' }, [])}`);
    assert.equal(parseSidecar(edit.text).header?.text, 'new name.txt');
    assert.ok(edit.text.startsWith('# kept comment\n'));
  });

  it('refuses a sidecar that does not parse', () => {
    assert.equal(retargetSidecar(parseSidecar('format: chancery-notes\nnotes: [\n'), 'x.txt').ok, false);
  });
});
