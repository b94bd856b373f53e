import * as assert from 'node:assert/strict';
import type { Note, Reply } from '../../../src/core/notes/note';
import { writeSidecar } from '../../../src/core/notes/noteWriter';
import { parseSidecar, type SidecarParse } from '../../../src/core/notes/sidecarParse';
import { readCanonicalSidecar } from '../../../src/core/notes/sidecarReader';

const joinLines = (...lines: string[]): string => lines.join('\n') + '\n';

const HEADER = ['format: chancery-notes', 'version: 1', 'text: summit.txt', 'notes:'];

function note(id: string, extra: Partial<Note> = {}): Note {
  return { id, target: { quote: { exact: `passage ${id}`, prefix: 'before ', suffix: ' after' }, position: { start: 10, end: 20 } }, ...extra };
}

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const PIECES = ['a', 'Z', ' ', '  ', '"', "'", '\\', '#', ': ', '- ', '\n', '\t', 'é', 'e\u0301', '😀', '\u0007', '\u2028', 'true', '12', '---', '|', '>', '{', '[', '*a', '&b', '!x', '%', '@', '`', 'yes', '~', 'null', ' #c', '\r'];

function randomString(next: () => number, max: number): string {
  let out = '';
  const length = Math.floor(next() * max);
  for (let i = 0; i < length; i++) {
    out += PIECES[Math.floor(next() * PIECES.length)] ?? 'a';
  }
  return out;
}

/** The sidecar as the full YAML parser reads it: a comment at the end is more than the fast reader takes. */
function readFully(text: string): Omit<SidecarParse, 'source'> {
  const { source: _source, ...parse } = parseSidecar(text + '# a comment sends the file to the full parser\n');
  return parse;
}

/** The sidecar as the fast reader reads it, failing when the fast reader leaves it to the full parser. */
function readFast(text: string): Omit<SidecarParse, 'source'> {
  const fast = readCanonicalSidecar(text);
  assert.ok(fast !== undefined, `the fast reader leaves this to the full parser:\n${text}`);
  const { source: _source, ...parse } = fast;
  return parse;
}

const REPLY_BODIES = ['Agreed.', 'Two lines,\n\nthe second after an empty one.\n', '"Resume", not "start": see #3.', '  indented: the first line\nthen not\n', 'Délégation — « unanimité » 😀\n', 'ends without a break\n\n\nafter two empty lines', '# not a comment\n- not a list\n', ''];

function reply(created: string, body: string, author?: string): Reply {
  return { ...(author === undefined ? {} : { author }), created, body };
}

describe('parseSidecar', () => {
  it('reads what the writer writes, field for field, through the fast path', () => {
    const notes = [note('n-a', { tags: ['ceasefire', 'follow up'], author: 'Anna Schmidt', created: '2026-11-23T09:30:00Z', body: 'Line one.\n\nLine **two**.\n' }), note('n-b', { about: [{ kind: 'person', id: 'lavrov' }, { kind: 'note', id: 'n-a' }] })];
    const text = writeSidecar({ text: 'summit.txt' }, notes);
    assert.ok(readCanonicalSidecar(text) !== undefined, 'the fast path reads the writer layout');
    const parse = parseSidecar(text);
    assert.deepEqual(parse.problems, []);
    assert.deepEqual(parse.notes.map((entry) => entry.note), notes);
    assert.equal(parse.header?.text, 'summit.txt');
  });

  it('agrees with the full YAML parser on random notes with awkward characters', () => {
    const next = random(7);
    for (let round = 0; round < 60; round++) {
      const notes: Note[] = Array.from({ length: 3 }, (_, i) => ({
        id: `n-${round}-${i}`,
        target: { quote: { exact: 'q' + randomString(next, 6), prefix: randomString(next, 4), suffix: randomString(next, 4) }, position: { start: i, end: i + 3 } },
        tags: [randomString(next, 3) || 'tag'],
        author: randomString(next, 3) || 'someone',
        body: randomString(next, 14),
      }));
      const text = writeSidecar({ text: 'a.txt' }, notes);
      const fast = parseSidecar(text);
      const full = parseSidecar(text + '# a comment sends the file to the full parser\n');
      assert.deepEqual(full.problems.filter((problem) => problem.severity === 'error'), [], text);
      assert.deepEqual(full.notes.map((entry) => entry.note), notes, text);
      assert.deepEqual(fast.notes.map((entry) => entry.note), notes, text);
      assert.deepEqual(fast.notes.map((entry) => entry.block), full.notes.map((entry) => entry.block), text);
    }
  });

  it('leaves a note whose quoted value looks like a keep-chomped header to the full parser, which rewrites it whole', () => {
    // Quoted on the key's line: the full parser's look at the first line of each field sees a header there.
    for (const fields of [{ author: 'a:>+' }, { body: 'see: |+ below\n\n' }]) {
      const text = writeSidecar({ text: 'a.txt' }, [note('n-a', fields), note('n-b')]);
      assert.equal(readFully(text).notes[0]?.fieldEditable, false, text);
      assert.equal(readCanonicalSidecar(text), undefined, text);
    }
    // In a literal block the words stand on lines of their own: both readers edit the note field by field.
    const text = writeSidecar({ text: 'a.txt' }, [note('n-a', { body: 'see: |+ below\n' })]);
    assert.deepEqual(readFast(text), readFully(text));
  });

  it('reads replies as the writer writes them through the fast path, exactly as the full parser reads them', () => {
    const notes = [
      note('n-a', { author: 'Anna Schmidt', body: 'The note.\n', replies: REPLY_BODIES.map((body, i) => reply(`2026-11-24T0${i}:00:00Z`, body, i % 3 === 2 ? undefined : 'Omar Haddad')) }),
      note('n-b', { replies: [reply('2026-11-25T10:00:00.123Z', 'Only one, without author or a note body.')] }),
      note('n-c', { body: 'No replies.' }),
      note('n-d', { tags: ['last'], replies: [reply('2026-11-26', '  starts with spaces\n')] }),
    ];
    const text = writeSidecar({ text: 'summit.txt' }, notes);
    const fast = readFast(text);
    assert.deepEqual(fast, readFully(text));
    assert.deepEqual(fast.problems, []);
    assert.deepEqual(fast.notes.map((entry) => entry.note), notes);
    assert.deepEqual(fast.notes.map((entry) => entry.replyItems?.spans.length), [REPLY_BODIES.length, 1, undefined, 1]);
  });

  it('agrees with the full YAML parser on random replies with awkward characters, fields, slots and reply lines included', () => {
    const next = random(11);
    // Without tabs: a literal block line that starts with one is left to the full parser, notes' bodies too.
    const tame = (max: number): string => randomString(next, max).replace(/\t/g, 'tab');
    const lineOf = (max: number): string => tame(max).replace(/[\r\n]/g, '') || 'x';
    for (let round = 0; round < 80; round++) {
      const notes: Note[] = Array.from({ length: 3 }, (_, i) => {
        const replies = Array.from({ length: Math.floor(next() * 4) }, (_, r) => {
          // Bodies of several lines, some empty, some indented, that the writer keeps as literal blocks, or odd
          // characters that make it quote them.
          const lines = Array.from({ length: 1 + Math.floor(next() * 4) }, () => (next() < 0.2 ? '' : (next() < 0.2 ? '  ' : '') + lineOf(8)));
          const body = next() < 0.3 ? tame(14) : lines.join('\n') + (next() < 0.5 ? '\n' : '');
          return reply(`2026-11-2${r}T09:3${i}:00Z`, body, next() < 0.7 ? lineOf(3) : undefined);
        });
        return {
          id: `n-${round}-${i}`,
          target: { quote: { exact: 'q' + randomString(next, 6), prefix: randomString(next, 4), suffix: randomString(next, 4) }, position: { start: i, end: i + 3 } },
          ...(next() < 0.5 ? { body: tame(10) } : {}),
          ...(replies.length > 0 ? { replies } : {}),
        };
      });
      const text = writeSidecar({ text: 'a.txt' }, notes);
      const full = readFully(text);
      assert.deepEqual(full.problems, [], text);
      assert.deepEqual(full.notes.map((entry) => entry.note), notes, text);
      assert.deepEqual(readFast(text), full, text);
    }
  });

  it('leaves replies laid out otherwise than the writer lays them out to the full parser', () => {
    const text = writeSidecar({ text: 'a.txt' }, [note('n-a', { body: 'The note.', replies: [reply('2026-11-24T08:00:00Z', 'First,\nin two lines.\n', 'Omar'), reply('2026-11-24T09:00:00Z', 'Second.', 'Lena')] })]);
    readFast(text);
    const odd: Record<string, string> = {
      'a comment between replies': text.replace('      - author: Lena', '      # Lena answers\n      - author: Lena'),
      'a blank line between replies': text.replace('      - author: Lena', '\n      - author: Lena'),
      'fields in another order': text.replace('      - author: Lena\n        created: 2026-11-24T09:00:00Z', '      - created: 2026-11-24T09:00:00Z\n        author: Lena'),
      'an unknown field': text.replace('          Second.\n', '          Second.\n        mood: glad\n'),
      'no body': text.replace('        body: |-\n          Second.\n', ''),
      'a created that is not ISO 8601': text.replace('2026-11-24T09:00:00Z', 'the next morning'),
      'a keep-chomped body': text.replace('        body: |-\n          Second.', '        body: |+\n          Second.'),
      'a folded body': text.replace('        body: |-\n          Second.', '        body: >-\n          Second.'),
      'a body on a deeper column': text.replace('          Second.', '            Second.'),
      'replies in flow style': text.replace(/ {4}replies:\n[^]*$/, '    replies: [{ author: Omar, created: 2026-11-24T08:00:00Z, body: First. }]\n'),
      'replies at the column of their key': text.replace(/^ {6}- /gm, '    - ').replace(/^ {8}(created|body)/gm, '      $1').replace(/^ {10}/gm, '        '),
      'an empty list of replies': text.replace(/ {4}replies:\n[^]*$/, '    replies: []\n'),
      'a reply that is not a mapping': text.replace(/ {4}replies:\n[^]*$/, '    replies:\n      - Agreed.\n'),
    };
    for (const [layout, variant] of Object.entries(odd)) {
      assert.notEqual(variant, text, layout);
      assert.equal(readCanonicalSidecar(variant), undefined, layout);
    }
  });

  it('reads a hand-written quote without prefix or suffix as empty context, on both paths', () => {
    const text = joinLines(...HEADER, '  - id: n-hand', '    target:', '      quote:', '        exact: the ministers met', '    body: Written by hand.', '');
    const fast = parseSidecar(text);
    const full = parseSidecar(text + '# a comment sends the file to the full parser\n');
    const expected = { id: 'n-hand', target: { quote: { exact: 'the ministers met', prefix: '', suffix: '' } }, body: 'Written by hand.' };
    assert.deepEqual(full.notes.map((entry) => entry.note), [expected]);
    assert.deepEqual(fast.notes.map((entry) => entry.note), [expected]);
    assert.deepEqual(fast.notes.map((entry) => entry.fields), full.notes.map((entry) => entry.fields));
  });

  it('leaves a note whose created or updated is not ISO 8601 to the full parser, which warns about it', () => {
    for (const stamps of [{ created: 'yesterday' }, { updated: '23 November' }]) {
      const text = writeSidecar({ text: 'a.txt' }, [note('n-a', stamps)]);
      assert.equal(readCanonicalSidecar(text), undefined, text);
      const parse = parseSidecar(text);
      assert.deepEqual(parse.problems.map((problem) => [problem.code, problem.line, problem.severity]), [['timestamp', 11, 'warning']], text);
      assert.deepEqual(parse.notes.map((entry) => entry.note), [note('n-a', stamps)]);
    }
  });

  it('reports broken YAML with its line and column and refuses to be rewritten', () => {
    const parse = parseSidecar(joinLines(...HEADER, '  - id: n-a', '    target: [unclosed', '    body: x'));
    assert.equal(parse.writable, false);
    const error = parse.problems.find((problem) => problem.severity === 'error');
    assert.ok(error !== undefined);
    assert.ok(error.line >= 4, `line ${error.line}`);
  });

  it('shows one unclosed "[" as its first, precise error, with the errors it sets off below folded into it', () => {
    const lines = [...HEADER, '  - id: n-a', '    target:', '      quote:', '        exact: the passage', '      position: { start: 1, end: 12 }', '    tags: [summit', '    author: Ana', '    created: 2026-11-23T09:00:00.000Z', '    updated: 2026-11-23T09:00:00.000Z', '    body: A note.'];
    const parse = parseSidecar(joinLines(...lines));
    // The yaml package says where the sequence goes on unindented: the line below the `[`.
    assert.deepEqual(
      parse.problems.map((p) => [p.code, p.line, p.column, p.message.replace(/ \(and \d+ more/, ' (and N more')]),
      [['yaml-syntax', lines.indexOf('    tags: [summit') + 1, 4, 'Flow sequence in block collection must be sufficiently indented and end with a ] (and N more errors after it)']],
    );
    assert.match(parse.problems[0]?.message ?? '', /\(and [1-9]\d* more errors after it\)$/);
  });

  it('keeps a duplicate key beside a syntax error, each where it is', () => {
    const parse = parseSidecar(joinLines('format: chancery-notes', 'version: 1', 'version: 1', 'text: a.txt', 'notes: [', '  - id: n-a'));
    assert.deepEqual(
      parse.problems.map((p) => [p.line, /Map keys must be unique/.test(p.message)]),
      [
        [2, true],
        [parse.problems[1]?.line, false],
      ],
    );
  });

  it('reports every merge-conflict marker on its line', () => {
    const parse = parseSidecar(joinLines(...HEADER, '<<<<<<< HEAD', '  - id: n-a', '=======', '  - id: n-b', '>>>>>>> theirs'));
    assert.equal(parse.writable, false);
    assert.deepEqual(parse.problems.map((problem) => [problem.code, problem.line, problem.column]), [['conflict-markers', 4, 0], ['conflict-markers', 6, 0], ['conflict-markers', 8, 0]]);
  });

  it('reports a duplicate id at the second note and keeps both notes', () => {
    const text = writeSidecar({ text: 'a.txt' }, [note('n-a'), note('n-a', { body: 'second' })]);
    const parse = parseSidecar(text);
    const duplicate = parse.problems.find((problem) => problem.code === 'duplicate-id');
    assert.equal(duplicate?.line, text.split('\n').findIndex((line, i) => i > 5 && line === '  - id: n-a'));
    assert.equal(parse.notes.length, 2);
    assert.equal(parse.writable, false);
  });

  it('stops a YAML alias bomb at the alias limit instead of expanding it', () => {
    const lines = ['format: chancery-notes', 'version: 1', 'text: a.txt', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    }
    lines.push('notes: []');
    // Expanded, the aliases would make 10^9 nodes: the test finishing at all is the point.
    const parse = parseSidecar(lines.join('\n') + '\n');
    assert.equal(parse.writable, false);
    assert.deepEqual(
      parse.problems.filter((problem) => problem.code === 'alias-limit').map((p) => [p.line, p.column]),
      [[5, 9]],
    );
  });

  it('keeps unknown fields and comments, with a warning where each unknown field is', () => {
    const parse = parseSidecar(joinLines(...HEADER, '  # reviewed by the desk', '  - id: n-a', '    target:', '      quote:', '        exact: the talks', '    reviewer: omar', '    body: x'));
    assert.equal(parse.writable, true);
    assert.deepEqual(parse.notes[0]?.extra, { reviewer: 'omar' });
    const warning = parse.problems.find((problem) => problem.code === 'unknown-field');
    assert.deepEqual([warning?.line, warning?.column, warning?.severity], [9, 4, 'warning']);
  });

  it('keeps a body with markdown, HTML and command links verbatim, as data', () => {
    const body = '# Heading\n<img src=x onerror=alert(1)> [run](command:workbench.action.terminal.new) <!-- hidden -->\n';
    const text = writeSidecar({ text: 'a.txt' }, [note('n-a', { body })]);
    assert.equal(parseSidecar(text).notes[0]?.note.body, body);
    assert.equal(parseSidecar(text + '# comment\n').notes[0]?.note.body, body);
  });

  it('refuses a sidecar written by a newer Chancery and one with a wrongly shaped field', () => {
    assert.ok(parseSidecar(joinLines('format: chancery-notes', 'version: 2', 'text: a.txt', 'notes: []')).problems.some((problem) => problem.code === 'newer-version'));
    const bad = parseSidecar(joinLines(...HEADER, '  - id: n-a', '    target:', '      quote:', '        exact: x', '    tags: ceasefire'));
    assert.equal(bad.writable, false);
    assert.deepEqual(bad.problems.map((problem) => [problem.code, problem.line]), [['invalid-field', 8]]);
  });

  it("points at the value at fault inside a note's target", () => {
    const at = (...target: string[]): [number, number][] =>
      parseSidecar(joinLines(...HEADER, '  - id: n-a', '    target:', ...target, '    body: x')).problems.map((problem) => [problem.line, problem.column]);
    assert.deepEqual(at('      quote:', '        exact: 12345'), [[7, 15]]);
    assert.deepEqual(at('      quote:', '        exact: the talks', '        suffix: [x]'), [[8, 16]]);
    assert.deepEqual(at('      quote:', '        exact: the talks', '        hint: x'), [[8, 14]]);
    assert.deepEqual(at('      quote:', '        exact: the talks', '      position: { start: "abc", end: 9 }'), [[8, 25]]);
    assert.deepEqual(at('      quote:', '        exact: the talks', '      position:', '        start: 9', '        end: 2'), [[10, 13]]);
  });

  it('reads a sidecar checked out with CRLF line endings', () => {
    const text = writeSidecar({ text: 'a.txt' }, [note('n-a', { body: 'two\nlines\n' })]).replace(/\n/g, '\r\n');
    const parse = parseSidecar(text);
    assert.equal(parse.eol, '\r\n');
    assert.equal(parse.notes[0]?.note.body, 'two\nlines\n');
  });

  it('reads a sidecar of 100,000 notes through the fast path', function () {
    this.timeout(20_000);
    const notes = Array.from({ length: 100_000 }, (_, i) => note(`n-${i}`));
    const text = writeSidecar({ text: 'a.txt' }, notes);
    const parse = parseSidecar(text);
    assert.equal(parse.notes.length, 100_000);
    assert.equal(parse.notes[99_999]?.note.id, 'n-99999');
    assert.ok(readCanonicalSidecar(text) !== undefined);
  });

  it('says that a sidecar holds one YAML document, at the line that starts a second', () => {
    const parse = parseSidecar(joinLines(...HEADER, '---', 'format: chancery-notes'));
    assert.deepEqual(parse.problems.map((problem) => [problem.line, problem.severity]), [[HEADER.length, 'error']]);
    assert.match(parse.problems[0]?.message ?? '', /^A sidecar holds one YAML document/);
    assert.doesNotMatch(parse.problems[0]?.message ?? '', /parseAllDocuments/);
  });

  it('refuses a file above the size limit without parsing it', () => {
    const parse = parseSidecar('x'.repeat(64 * 1024 * 1024 + 1));
    assert.equal(parse.problems[0]?.code, 'too-large');
  });

  it('reads a large sidecar in its own layout, and refuses one that needs the full YAML parser, which would take gigabytes', function () {
    this.timeout(20_000);
    const text = writeSidecar({ text: 'a.txt' }, Array.from({ length: 60_000 }, (_, i) => note(`n-${i}`)));
    assert.ok(text.length > 8 * 1024 * 1024, `${text.length} characters`);
    assert.equal(parseSidecar(text).notes.length, 60_000);
    const commented = parseSidecar(`# A comment is enough to need the full parser.\n${text}`);
    assert.equal(commented.notes.length, 0);
    assert.equal(commented.problems[0]?.code, 'too-large');
    assert.match(commented.problems[0]?.message ?? '', /larger than 8 MB and not in the layout Chancery writes/);
  });
});
