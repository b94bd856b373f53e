import * as assert from 'node:assert/strict';
import type { Note } from '../../../src/core/notes/note';
import { writeSidecar } from '../../../src/core/notes/noteWriter';
import { mergeSidecars, type NotesMerge } from '../../../src/core/notes/notesMerge';
import { applyNoteChanges } from '../../../src/core/notes/sidecarEdit';
import { parseSidecar } from '../../../src/core/notes/sidecarParse';

function note(id: string, start: number, body = `Body of ${id}.`): Note {
  return { id, target: { quote: { exact: `passage ${id}`, prefix: '', suffix: '' }, position: { start, end: start + 5 } }, body };
}

const BASE_NOTES = [note('n-a', 10), note('n-b', 20), note('n-c', 30)];
const BASE = writeSidecar({ text: 'a.txt' }, BASE_NOTES);

function edit(text: string, changes: Parameters<typeof applyNoteChanges>[1]): string {
  const result = applyNoteChanges(parseSidecar(text), changes);
  assert.ok(result.ok);
  return result.text;
}

function merged(result: NotesMerge): { text: string; ids: string[]; bodies: Record<string, string | undefined> } {
  assert.ok(result.ok, result.ok ? '' : result.reason);
  const parse = parseSidecar(result.text);
  return { text: result.text, ids: parse.notes.map((entry) => entry.note.id), bodies: Object.fromEntries(parse.notes.map((entry) => [entry.note.id, entry.note.body])) };
}

describe('mergeSidecars', () => {
  it('merges notes added and edited on both sides without a conflict when they are different notes', () => {
    const ours = edit(BASE, { added: [note('n-ours', 15)], updated: [note('n-a', 10, 'Ours edited a.')] });
    const theirs = edit(BASE, { added: [note('n-theirs', 25)], updated: [note('n-c', 30, 'Theirs edited c.')], removed: ['n-b'] });
    const result = mergeSidecars(BASE, ours, theirs);
    assert.ok(result.ok && result.conflicts.length === 0);
    const { ids, bodies } = merged(result);
    assert.deepEqual(ids, ['n-a', 'n-ours', 'n-theirs', 'n-c']);
    assert.equal(bodies['n-a'], 'Ours edited a.');
    assert.equal(bodies['n-c'], 'Theirs edited c.');
  });

  it('is the same whichever side is ours, up to the order of equal positions', () => {
    const ours = edit(BASE, { added: [note('n-x', 12)] });
    const theirs = edit(BASE, { added: [note('n-y', 22)] });
    assert.deepEqual(merged(mergeSidecars(BASE, ours, theirs)).ids, merged(mergeSidecars(BASE, theirs, ours)).ids);
  });

  it('keeps both versions of a note edited on both sides between conflict markers and reports it', () => {
    const ours = edit(BASE, { updated: [note('n-b', 20, 'Ours says this.')] });
    const theirs = edit(BASE, { updated: [note('n-b', 20, 'Theirs says that.')], added: [note('n-new', 40)] });
    const result = mergeSidecars(BASE, ours, theirs);
    assert.ok(result.ok);
    assert.deepEqual(result.conflicts, [{ kind: 'both-edited', id: 'n-b' }]);
    assert.match(result.text, /<<<<<<< ours: note n-b \(edited on both sides\)\n {2}- id: n-b\n[\s\S]*Ours says this\.\n=======\n {2}- id: n-b\n[\s\S]*Theirs says that\.\n>>>>>>> theirs: note n-b\n/);
    assert.ok(result.text.includes('  - id: n-new'));
    // Resolving by taking either side gives a valid sidecar with every note.
    const takeOurs = result.text.replace(/<<<<<<< [^\n]*\n([\s\S]*?)=======\n[\s\S]*?>>>>>>> [^\n]*\n/, '$1');
    assert.deepEqual(parseSidecar(takeOurs).notes.map((entry) => entry.note.id), ['n-a', 'n-b', 'n-c', 'n-new']);
  });

  it('keeps a note edited on one side and removed on the other, marked as a conflict', () => {
    const ours = edit(BASE, { removed: ['n-a'] });
    const theirs = edit(BASE, { updated: [note('n-a', 10, 'Still needed.')] });
    const result = mergeSidecars(BASE, ours, theirs);
    assert.ok(result.ok);
    assert.deepEqual(result.conflicts, [{ kind: 'removed-and-edited', id: 'n-a' }]);
    assert.ok(result.text.includes('Still needed.'));
  });

  it('removes a note removed on one side and untouched on the other', () => {
    const theirs = edit(BASE, { removed: ['n-c'] });
    const result = mergeSidecars(BASE, BASE, theirs);
    assert.ok(result.ok && result.conflicts.length === 0);
    assert.equal(result.text, theirs);
  });

  it('merges two sidecars created on both sides without a common base', () => {
    const ours = writeSidecar({ text: 'a.txt' }, [note('n-1', 1)]);
    const theirs = writeSidecar({ text: 'a.txt' }, [note('n-2', 2)]);
    const result = mergeSidecars(undefined, ours, theirs);
    assert.deepEqual(merged(result).ids, ['n-1', 'n-2']);
  });

  it('takes a note from theirs byte for byte, comments and unknown fields included', () => {
    const theirs = BASE.replace('  - id: n-b\n', '  - id: n-b\n    # checked against the archive copy\n    source: archive\n');
    const result = mergeSidecars(BASE, BASE, theirs);
    assert.ok(result.ok);
    assert.equal(result.text, theirs);
  });

  it('takes the lines outside the notes that theirs alone changed (header, comments, other fields) with every note', () => {
    const ours = edit(BASE, { added: [note('n-ours', 45)] });
    for (const theirs of [
      edit(BASE, { added: [note('n-theirs', 40)] }).replace('notes:\n', 'reviewed-by: Omar\nnotes:\n'),
      `# Checked against the archive.\n${edit(BASE, { added: [note('n-theirs', 40)] })}`,
      edit(BASE, { added: [note('n-theirs', 40)] }).replace('  - id: n-b\n', '  # the chair\n  - id: n-b\n'),
      `${edit(BASE, { added: [note('n-theirs', 40)] })}# end of the notes\n`,
    ]) {
      // Both added a note at the end: a line merge conflicts there; the merge by id does not.
      const result = mergeSidecars(BASE, ours, theirs);
      assert.ok(result.ok && result.conflicts.length === 0, theirs);
      assert.deepEqual(merged(result).ids, ['n-a', 'n-b', 'n-c', 'n-theirs', 'n-ours']);
      const outside = theirs.split('\n').filter((line) => /^(?:#|reviewed-by| {2}#)/.test(line));
      assert.ok(outside.length > 0 && outside.every((line) => result.text.includes(`${line}\n`)), result.text);
    }
  });

  it('leaves to the line merge the lines outside the notes both sides changed, or theirs changed with a conflict', () => {
    const theirs = `# Checked against the archive.\n${edit(BASE, { updated: [note('n-b', 20, 'Theirs says that.')] })}`;
    for (const ours of [`# Not checked yet.\n${edit(BASE, { added: [note('n-ours', 15)] })}`, edit(BASE, { updated: [note('n-b', 20, 'Ours says this.')] })]) {
      const result = mergeSidecars(BASE, ours, theirs);
      assert.equal(result.ok, false, ours);
      assert.match(result.ok ? '' : result.reason, /theirs changed lines outside the notes/);
    }
    // Without a base, who changed them cannot be told.
    assert.equal(mergeSidecars(undefined, BASE, `# Checked.\n${BASE}`).ok, false);
    // The same change on both sides, or ours alone: the merge goes on, with our lines.
    const commented = `# Checked.\n${BASE}`;
    assert.ok(mergeSidecars(BASE, `# Checked.\n${edit(BASE, { added: [note('n-ours', 15)] })}`, commented).ok);
    assert.ok(mergeSidecars(BASE, `# Checked.\n${edit(BASE, { added: [note('n-ours', 15)] })}`, edit(BASE, { added: [note('n-theirs', 25)] })).ok);
  });

  it('takes a comment theirs added inside a note ours left alone, and keeps both versions when ours edited it', () => {
    const theirs = BASE.replace('  - id: n-b\n', '  - id: n-b\n    # see the archive\n');
    const taken = mergeSidecars(BASE, edit(BASE, { added: [note('n-ours', 15)] }), theirs);
    assert.ok(taken.ok && taken.conflicts.length === 0);
    assert.ok(taken.text.includes('# see the archive'), taken.text);
    const both = mergeSidecars(BASE, edit(BASE, { updated: [note('n-b', 20, 'Ours says this.')] }), theirs);
    assert.ok(both.ok);
    assert.deepEqual(both.conflicts, [{ kind: 'both-edited', id: 'n-b' }]);
    assert.ok(both.text.includes('# see the archive') && both.text.includes('Ours says this.'));
  });

  it('keeps the comments of a note both sides edited the same way: theirs when only theirs has some, both versions when each has its own', () => {
    const edited = edit(BASE, { updated: [note('n-b', 20, 'Both say this.')] });
    const commented = (text: string, comment: string): string => text.replace('  - id: n-b\n', `  - id: n-b\n    # ${comment}\n`);
    const taken = mergeSidecars(BASE, edited, commented(edited, 'checked by Omar'));
    assert.ok(taken.ok && taken.conflicts.length === 0);
    assert.ok(taken.text.includes('# checked by Omar'), taken.text);
    const kept = mergeSidecars(BASE, commented(edited, 'mine'), edited);
    assert.ok(kept.ok && kept.conflicts.length === 0 && kept.text.includes('# mine'));
    const both = mergeSidecars(BASE, commented(edited, 'mine'), commented(edited, 'yours'));
    assert.ok(both.ok);
    assert.deepEqual(both.conflicts, [{ kind: 'both-edited', id: 'n-b' }]);
    assert.ok(both.text.includes('# mine') && both.text.includes('# yours'));
  });

  it('counts a comment at the end of a line as a comment of the note', () => {
    const edited = edit(BASE, { updated: [note('n-b', 20, 'Both say this.')] });
    const inline = edited.replace('    body: |-\n      Both say this.', '    body: |- # ours inline\n      Both say this.');
    assert.notEqual(inline, edited);
    const lined = edited.replace('  - id: n-b\n', '  - id: n-b\n    # theirs line\n');
    const both = mergeSidecars(BASE, inline, lined);
    assert.ok(both.ok);
    assert.deepEqual(both.conflicts, [{ kind: 'both-edited', id: 'n-b' }]);
    const theirsOnly = mergeSidecars(BASE, edited, edited.replace('    body: |-\n      Both say this.', '    body: |- # theirs inline\n      Both say this.'));
    assert.ok(theirsOnly.ok && theirsOnly.conflicts.length === 0 && theirsOnly.text.includes('# theirs inline'), theirsOnly.ok ? theirsOnly.text : '');
  });

  it('keeps a note whose comments one side changed and the other removed, between conflict markers', () => {
    const commented = BASE.replace('  - id: n-b\n', '  - id: n-b\n    # legal hold: do not delete\n');
    const removed = edit(BASE, { removed: ['n-b'] });
    for (const [ours, theirs, kind] of [[commented, removed, 'edited-and-removed'], [removed, commented, 'removed-and-edited']] as const) {
      const result = mergeSidecars(BASE, ours, theirs);
      assert.ok(result.ok);
      assert.deepEqual(result.conflicts, [{ kind, id: 'n-b' }]);
      assert.ok(result.text.includes('# legal hold: do not delete'));
    }
  });

  it('keeps a comment in a note both sides replied to: merged from the side that has it, else between conflict markers', () => {
    const reply = (author: string, created: string): Note => ({ ...note('n-b', 20), replies: [{ author, created, body: `${author} replies.` }] });
    const comment = (text: string): string => text.replace('  - id: n-b\n', '  - id: n-b\n    # keep this\n');
    const omar = edit(BASE, { updated: [reply('Omar', '2026-01-02T00:00:00Z')] });
    const tom = edit(BASE, { updated: [reply('Tom', '2026-01-03T00:00:00Z')] });
    // The replies are merged into our lines: our comment stays.
    const merged = mergeSidecars(BASE, comment(omar), tom);
    assert.ok(merged.ok && merged.conflicts.length === 0 && merged.text.includes('# keep this') && merged.text.includes('Tom replies.'));
    // Their comment would go with their lines: both versions are kept.
    const kept = mergeSidecars(BASE, omar, comment(tom));
    assert.ok(kept.ok);
    assert.deepEqual(kept.conflicts, [{ kind: 'both-edited', id: 'n-b' }]);
    assert.ok(kept.text.includes('# keep this') && kept.text.includes('Omar replies.'));
  });

  it('puts both names of a text renamed on both sides between conflict markers', () => {
    const result = mergeSidecars(BASE, BASE.replace('text: a.txt', 'text: b.txt'), BASE.replace('text: a.txt', 'text: c.txt'));
    assert.ok(result.ok);
    assert.deepEqual(result.conflicts, [{ kind: 'header', id: undefined }]);
    assert.match(result.text, /<<<<<<< ours: text \(renamed on both sides\)\ntext: b\.txt\n=======\ntext: c\.txt\n>>>>>>> theirs: text\n/);
  });

  it('puts a note added by theirs above the comments that head the next note, which stay with it', () => {
    const ours = BASE.replace('  - id: n-b\n', '  # the chair\n  - id: n-b\n');
    const result = mergeSidecars(BASE.replace('  - id: n-b\n', '  # the chair\n  - id: n-b\n'), ours, edit(ours, { added: [note('n-ab', 15)] }));
    assert.ok(result.ok && result.conflicts.length === 0);
    assert.match(result.text, /- id: n-ab\n[\s\S]*\n\n {2}# the chair\n {2}- id: n-b\n/);
    const merged = mergeSidecars(BASE, ours, edit(BASE, { added: [note('n-ab', 15)] }));
    assert.ok(merged.ok && merged.conflicts.length === 0);
    assert.match(merged.text, /- id: n-ab\n[\s\S]*\n\n {2}# the chair\n {2}- id: n-b\n/, merged.text);
  });

  it('refuses to merge when a side does not parse, so that the caller falls back to a line merge', () => {
    const result = mergeSidecars(BASE, BASE, BASE.replace('notes:', 'notes: [oops'));
    assert.equal(result.ok, false);
  });
});
