import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Note, Reply } from '../../../src/core/notes/note';
import { writeSidecar } from '../../../src/core/notes/noteWriter';
import { mergeSidecars } from '../../../src/core/notes/notesMerge';
import { addReply, removeReply, updateNote, updateReply, type SidecarEdit } from '../../../src/core/notes/sidecarEdit';
import { parseSidecar } from '../../../src/core/notes/sidecarParse';

const SUMMIT = readFileSync(path.join(__dirname, 'fixtures', 'summit.txt.notes.yaml'), 'utf8');
const FIRST = 'n-k3v9q2m7x0ab';
const SECOND = 'n-b7c2d9e0f1a3';
const OMAR: Reply = { author: 'Omar Haddad', created: '2026-11-24T08:00:00Z', body: 'Agreed: "suspended" it is.\n' };
const LENA: Reply = { author: 'Lena Vogt', created: '2026-11-24T09:15:00Z', body: 'The French text says *reprendre*.' };

function textOf(edit: SidecarEdit): string {
  assert.ok(edit.ok, edit.ok ? '' : edit.reason);
  return edit.text;
}

function repliesOf(text: string, id: string): readonly Reply[] | undefined {
  const parse = parseSidecar(text);
  assert.ok(parse.writable, JSON.stringify(parse.problems));
  return parse.notes.find((entry) => entry.note.id === id)?.note.replies;
}

/** The sidecar with `lines` inserted after the line `after`. */
function insertAfter(text: string, after: string, ...lines: string[]): string {
  assert.ok(text.includes(after + '\n'), after);
  return text.replace(after + '\n', after + '\n' + lines.map((line) => line + '\n').join(''));
}

const WITH_REPLIES = insertAfter(
  SUMMIT,
  '      See [[summit.txt#n-b7c2d9e0f1a3]].',
  '    replies:',
  '      # the desk asked Omar to check the French text',
  '      - author: Omar Haddad',
  '        created: 2026-11-24T08:00:00Z',
  '        body: |',
  '          Agreed: "suspended" it is.',
  '      - author: Lena Vogt',
  '        created: 2026-11-24T09:15:00Z',
  '        body: The French text says *reprendre*.',
);

describe('replies to notes', () => {
  describe('reading', () => {
    it('reads a sidecar without replies exactly as before: no replies on any note', () => {
      const parse = parseSidecar(SUMMIT);
      assert.ok(parse.notes.every((entry) => !('replies' in entry.note)));
    });

    it('reads the replies of a note in file order, with comments between them', () => {
      assert.deepEqual(repliesOf(WITH_REPLIES, FIRST), [OMAR, LENA]);
      assert.deepEqual(parseSidecar(WITH_REPLIES).problems.map((problem) => problem.code), ['unknown-field']);
    });

    it('writes and reads back a note with replies, through the fast path or the full parser alike', () => {
      const note: Note = { id: 'n-a', target: { quote: { exact: 'x', prefix: '', suffix: '' } }, body: 'Note.', replies: [OMAR, { created: '2026-11-25T10:00:00Z', body: ' starts with a space\nand "quotes": #' }] };
      const text = writeSidecar({ text: 'a.txt' }, [note]);
      assert.deepEqual(parseSidecar(text).notes[0]?.note, note);
      assert.deepEqual(parseSidecar(text).problems, []);
    });

    it('writes no replies key for a note without replies', () => {
      const text = writeSidecar({ text: 'a.txt' }, [{ id: 'n-a', target: { quote: { exact: 'x', prefix: '', suffix: '' } }, replies: [] }]);
      assert.ok(!text.includes('replies'), text);
    });
  });

  describe('diagnostics', () => {
    const cases: { name: string; lines: string[]; message: RegExp; line: number; column: number }[] = [
      { name: 'a reply without created', lines: ['    replies:', '      - author: Omar', '        body: Yes.'], message: /Reply 1: "created" must be/, line: 1, column: 8 },
      { name: 'a reply whose body is a list', lines: ['    replies:', '      - created: 2026-11-24T08:00:00Z', '        body:', '          - yes'], message: /Reply 1: "body" must be/, line: 3, column: 10 },
      { name: 'an unknown field in a reply', lines: ['    replies:', '      - created: 2026-11-24T08:00:00Z', '        mood: cross', '        body: Yes.'], message: /Reply 1 has a field Chancery does not know, "mood"/, line: 2, column: 14 },
      { name: 'a reply that is not a mapping', lines: ['    replies:', '      - created: 2026-11-24T08:00:00Z', '        body: Yes.', '      - just a line'], message: /Reply 2 must be a mapping/, line: 3, column: 8 },
      { name: 'replies that are not a list', lines: ['    replies: none'], message: /"replies" must be a list/, line: 0, column: 13 },
    ];
    for (const { name, lines, message, line, column } of cases) {
      it(`reports ${name} as an error at its line and column, and refuses to rewrite the file`, () => {
        const after = '      See [[summit.txt#n-b7c2d9e0f1a3]].';
        const text = insertAfter(SUMMIT, after, ...lines);
        const first = text.split('\n').indexOf(after) + 1;
        const parse = parseSidecar(text);
        const errors = parse.problems.filter((problem) => problem.severity === 'error');
        assert.equal(errors.length, 1, JSON.stringify(errors));
        assert.match(errors[0]?.message ?? '', message);
        assert.deepEqual([errors[0]?.line, errors[0]?.column, errors[0]?.code, errors[0]?.noteId], [first + line, column, 'invalid-field', FIRST]);
        assert.equal(parse.writable, false);
        assert.equal(addReply(parse, SECOND, LENA).ok, false);
      });
    }

    it('warns about a reply whose created is not ISO 8601, where it is', () => {
      const text = insertAfter(SUMMIT, '      See [[summit.txt#n-b7c2d9e0f1a3]].', '    replies:', '      - created: last Tuesday', '        body: Yes.');
      const warning = parseSidecar(text).problems.find((problem) => problem.code === 'timestamp');
      assert.match(warning?.message ?? '', /"created" of reply 1 is not an ISO 8601/);
      assert.deepEqual([warning?.line, warning?.column], [text.split('\n').indexOf('      - created: last Tuesday'), 17]);
    });
  });

  describe('editing', () => {
    it('adds the first reply as new lines after the note, every other byte kept', () => {
      const text = textOf(addReply(parseSidecar(SUMMIT), FIRST, OMAR));
      const added = '    replies:\n      - author: Omar Haddad\n        created: 2026-11-24T08:00:00Z\n        body: |\n          Agreed: "suspended" it is.\n';
      const at = SUMMIT.indexOf('\n  - id: n-b7c2d9e0f1a3');
      assert.equal(text, SUMMIT.slice(0, at) + added + SUMMIT.slice(at));
    });

    it('adds a reply after the others, keeping their bytes and the comments between them', () => {
      const reply: Reply = { author: 'Anna Schmidt', created: '2026-11-24T10:00:00Z', body: 'Thanks, both.' };
      const text = textOf(addReply(parseSidecar(WITH_REPLIES), FIRST, reply));
      const after = '        body: The French text says *reprendre*.\n';
      const at = WITH_REPLIES.indexOf(after) + after.length;
      assert.equal(text, WITH_REPLIES.slice(0, at) + '      - author: Anna Schmidt\n        created: 2026-11-24T10:00:00Z\n        body: |-\n          Thanks, both.\n' + WITH_REPLIES.slice(at));
    });

    it('adds a reply to a note with an unknown field, keeping the field', () => {
      const text = textOf(addReply(parseSidecar(SUMMIT), SECOND, LENA));
      assert.ok(text.includes('    confidence: low   # a field of another tool: kept as it is\n    body: Still waiting for it.\n    replies:\n'), text);
      assert.deepEqual(repliesOf(text, SECOND), [LENA]);
    });

    it('edits one reply: only its lines change', () => {
      const text = textOf(updateReply(parseSidecar(WITH_REPLIES), FIRST, { ...OMAR, body: 'Agreed.' }));
      assert.equal(text, WITH_REPLIES.replace('        body: |\n          Agreed: "suspended" it is.\n', '        body: |-\n          Agreed.\n'));
    });

    it('removes one reply with its lines, and the replies key with the last one', () => {
      const one = textOf(removeReply(parseSidecar(WITH_REPLIES), FIRST, LENA));
      assert.equal(one, WITH_REPLIES.replace('      - author: Lena Vogt\n        created: 2026-11-24T09:15:00Z\n        body: The French text says *reprendre*.\n', ''));
      const none = textOf(removeReply(parseSidecar(one), FIRST, OMAR));
      assert.equal(none, SUMMIT);
    });

    it('keeps the replies byte for byte when the note itself is edited', () => {
      const parse = parseSidecar(WITH_REPLIES);
      const note = parse.notes[0]?.note as Note;
      const text = textOf(updateNote(parse, { ...note, tags: ['talks'] }));
      assert.equal(text, WITH_REPLIES.replace('      - talks\n      - follow-up\n', '      - talks\n'));
    });

    it('refuses a reply to a missing note and a second reply with the same author and time', () => {
      assert.equal(addReply(parseSidecar(SUMMIT), 'n-gone', OMAR).ok, false);
      assert.equal(addReply(parseSidecar(WITH_REPLIES), FIRST, { ...OMAR, body: 'Again.' }).ok, false);
      assert.equal(removeReply(parseSidecar(SUMMIT), FIRST, OMAR).ok, false);
    });

    it('never writes an empty reply, new or edited: a reply is deleted, not emptied', () => {
      for (const body of ['', ' \n\t\n']) {
        const added = addReply(parseSidecar(SUMMIT), FIRST, { ...LENA, body });
        const edited = updateReply(parseSidecar(WITH_REPLIES), FIRST, { ...OMAR, body });
        assert.match(added.ok ? 'written' : added.reason, /needs some text/, JSON.stringify(body));
        assert.match(edited.ok ? 'written' : edited.reason, /needs some text/, JSON.stringify(body));
      }
    });

    it('keeps CRLF line endings in the lines of a new reply', () => {
      const crlf = WITH_REPLIES.replace(/\n/g, '\r\n');
      const text = textOf(addReply(parseSidecar(crlf), FIRST, { created: '2026-11-25T00:00:00Z', body: 'Late.' }));
      assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
      assert.equal(repliesOf(text, FIRST)?.length, 3);
    });
  });

  it('warns at a note with two replies by one author at the same created', () => {
    const later = '2099-01-01T00:00:00Z';
    const twins = textOf(addReply(parseSidecar(textOf(addReply(parseSidecar(SUMMIT), FIRST, OMAR))), FIRST, { ...OMAR, created: later, body: 'A second thought.' })).replace(later, OMAR.created);
    for (const text of [twins, `# A comment: the full parser reads it.\n${twins}`]) {
      const parse = parseSidecar(text);
      assert.equal(parse.writable, true);
      const twinProblems = parse.problems.filter((p) => p.code === 'twin-replies');
      assert.deepEqual(
        twinProblems.map((p) => [p.severity, p.noteId]),
        [['warning', FIRST]],
      );
      assert.match(twinProblems[0]?.message ?? '', /two replies by Omar Haddad at 2026-11-24T08:00:00Z/);
    }
  });

  describe('merging', () => {
    const BASE = SUMMIT;

    it('keeps the replies added on both sides, in created order, each once', () => {
      const ours = textOf(addReply(parseSidecar(BASE), FIRST, LENA));
      const theirs = textOf(addReply(parseSidecar(textOf(addReply(parseSidecar(BASE), FIRST, OMAR))), FIRST, LENA));
      const result = mergeSidecars(BASE, ours, theirs);
      assert.ok(result.ok, result.ok ? '' : result.reason);
      assert.deepEqual(result.conflicts, []);
      assert.deepEqual(repliesOf(result.text, FIRST), [OMAR, LENA]);
      // The same the other way round.
      const swapped = mergeSidecars(BASE, theirs, ours);
      assert.ok(swapped.ok);
      assert.deepEqual(repliesOf(swapped.text, FIRST), [OMAR, LENA]);
    });

    it('merges a reply added on one side with an edit of the note on the other', () => {
      const parse = parseSidecar(BASE);
      const ours = textOf(addReply(parse, FIRST, OMAR));
      const theirs = textOf(updateNote(parse, { ...(parse.notes[0]?.note as Note), body: 'Rewritten.' }));
      const result = mergeSidecars(BASE, ours, theirs);
      assert.ok(result.ok && result.conflicts.length === 0, JSON.stringify(result));
      const merged = parseSidecar(result.text).notes[0]?.note;
      assert.equal(merged?.body, 'Rewritten.');
      assert.deepEqual(merged?.replies, [OMAR]);
      // The other notes and the header keep their bytes.
      assert.ok(result.text.startsWith(BASE.slice(0, BASE.indexOf('  - id: '))));
      assert.ok(result.text.endsWith(BASE.slice(BASE.indexOf('  - id: n-b7c2d9e0f1a3'))));
    });

    it('takes a reply edited on one side and one removed on the other', () => {
      const ours = textOf(updateReply(parseSidecar(WITH_REPLIES), FIRST, { ...OMAR, body: 'Edited by us.' }));
      const theirs = textOf(removeReply(parseSidecar(WITH_REPLIES), FIRST, LENA));
      const result = mergeSidecars(WITH_REPLIES, ours, theirs);
      assert.ok(result.ok && result.conflicts.length === 0);
      assert.deepEqual(repliesOf(result.text, FIRST), [{ ...OMAR, body: 'Edited by us.' }]);
    });

    it('marks a conflict rather than lose a reply when two replies share their author and created', () => {
      // Written by hand: two replies of Omar at the same instant, added on our side; theirs rewrites the note.
      const parse = parseSidecar(BASE);
      const later = '2099-01-01T00:00:00Z';
      const ours = textOf(addReply(parseSidecar(textOf(addReply(parse, FIRST, OMAR))), FIRST, { ...OMAR, created: later, body: 'A second thought.' })).replace(later, OMAR.created);
      assert.equal(repliesOf(ours, FIRST)?.length, 2);
      const theirs = textOf(updateNote(parse, { ...(parse.notes[0]?.note as Note), body: 'Rewritten.' }));
      const result = mergeSidecars(BASE, ours, theirs);
      assert.ok(result.ok);
      assert.deepEqual(result.conflicts, [{ kind: 'both-edited', id: FIRST }]);
      assert.ok(result.text.includes(OMAR.body) && result.text.includes('A second thought.') && result.text.includes('Rewritten.'));
    });

    it('marks a conflict when the same reply was edited differently on both sides', () => {
      const ours = textOf(updateReply(parseSidecar(WITH_REPLIES), FIRST, { ...OMAR, body: 'Ours.' }));
      const theirs = textOf(updateReply(parseSidecar(WITH_REPLIES), FIRST, { ...OMAR, body: 'Theirs.' }));
      const result = mergeSidecars(WITH_REPLIES, ours, theirs);
      assert.ok(result.ok);
      assert.deepEqual(result.conflicts, [{ kind: 'both-edited', id: FIRST }]);
    });
  });
});
