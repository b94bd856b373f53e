import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run as check } from '../../../src/cli/commands/check';
import { run as exportNotes } from '../../../src/cli/commands/export';
import { nodeAtomicFs, replaceFileAtomically, run as mergeNotes, type AtomicWriteFs } from '../../../src/cli/commands/mergeNotes';
import type { CliIo } from '../../../src/cli/io';
import type { Note } from '../../../src/core/notes/note';
import { writeSidecar } from '../../../src/core/notes/noteWriter';
import { createNote } from '../../../src/core/notes/notebook';
import { applyNoteChanges } from '../../../src/core/notes/sidecarEdit';
import { parseSidecar } from '../../../src/core/notes/sidecarParse';

const TEXT = 'The delegations met in the old town hall on Tuesday.\nThe ministers agreed to resume the talks in spring.\n';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (text: string) => void (io.stdout += text), err: (text: string) => void (io.stderr += text) };
  return io;
}

function noteOn(text: string, passage: string, id: string): Note {
  const start = text.indexOf(passage);
  return { ...createNote(text, { span: { start, end: start + passage.length }, now: '2026-11-23T09:00:00Z' }), id };
}

describe('chancery check', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'chancery-check-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('passes a corpus whose notes all anchor, and reads nothing but writes nothing', async () => {
    writeFileSync(path.join(root, 'summit.txt'), TEXT);
    const sidecar = writeSidecar({ text: 'summit.txt' }, [noteOn(TEXT, 'old town hall', 'n-a')]);
    writeFileSync(path.join(root, 'summit.txt.notes.yaml'), sidecar);
    const io = capture();
    assert.equal(await check([root], io), 0, io.stdout);
    assert.match(io.stdout, /1 sidecar, 1 note: 1 exact/);
    assert.equal(readFileSync(path.join(root, 'summit.txt.notes.yaml'), 'utf8'), sidecar);
  });

  it('warns about a corpus glob that matches no file, as chancery index does, and fails on it only with --strict', async () => {
    writeFileSync(path.join(root, 'summit.txt'), TEXT);
    writeFileSync(path.join(root, 'chancery.yaml'), 'corpus:\n  - "*.txt"\n  - archive/*.txt\n');
    const io = capture();
    assert.equal(await check([root], io), 0, io.stdout);
    assert.match(io.stdout, /^chancery\.yaml:3:5: warning: The corpus glob "archive\/\*\.txt" matches no file/m);
    assert.equal(await check([root, '--strict'], capture()), 1);
  });

  it('reports a chancery.yaml that cannot be read as an error, and exits 1', async () => {
    mkdirSync(path.join(root, 'chancery.yaml'));
    const io = capture();
    assert.equal(await check([root], io), 1, io.stdout);
    assert.match(io.stdout, /^chancery\.yaml:1:1: error: cannot be read/m);
  });

  it('checks the sidecars of texts in folders named out and dist, as indexing finds those texts', async () => {
    for (const folder of ['out', 'dist']) {
      mkdirSync(path.join(root, folder));
      writeFileSync(path.join(root, folder, 'summit.txt'), TEXT);
      writeFileSync(path.join(root, folder, 'summit.txt.notes.yaml'), writeSidecar({ text: 'summit.txt' }, [noteOn(TEXT, 'old town hall', 'n-a')]));
    }
    const io = capture();
    assert.equal(await check([root], io), 0, io.stdout);
    assert.match(io.stdout, /2 sidecars, 2 notes: 2 exact/);
  });

  it('prints orphans, broken files and a missing text as file:line:column and exits 1', async () => {
    mkdirSync(path.join(root, 'texts'));
    writeFileSync(path.join(root, 'texts', 'summit.txt'), TEXT.replace('agreed to resume the talks', 'parted'));
    writeFileSync(path.join(root, 'texts', 'summit.txt.notes.yaml'), writeSidecar({ text: 'summit.txt' }, [noteOn(TEXT, 'old town hall', 'n-a'), noteOn(TEXT, 'agreed to resume the talks in spring', 'n-b')]));
    writeFileSync(path.join(root, 'texts', 'broken.txt.notes.yaml'), 'format: chancery-notes\nversion: 1\ntext: broken.txt\nnotes:\n<<<<<<< HEAD\n');
    writeFileSync(path.join(root, 'gone.txt.notes.yaml'), writeSidecar({ text: 'gone.txt' }, [noteOn(TEXT, 'old town hall', 'n-c')]));
    writeFileSync(path.join(root, 'chancery.yaml'), 'corpus: [texts/**/*.txt\n');
    const io = capture();
    assert.equal(await check([root], io), 1);
    assert.match(io.stdout, /^texts\/summit\.txt\.notes\.yaml:15:3: error: note n-b is orphaned/m);
    assert.match(io.stdout, /^texts\/broken\.txt\.notes\.yaml:5:1: error: Merge-conflict marker/m);
    assert.match(io.stdout, /^gone\.txt\.notes\.yaml:1:1: error: the text gone\.txt is missing: its note is orphaned/m);
    assert.match(io.stdout, /^chancery\.yaml:\d+:\d+: error: /m);
    assert.match(io.stdout, /^chancery check: 3 sidecars, 3 notes: .*; \d+ errors, 0 warnings\.$/m);
  });

  it('names a fuzzy note and how its passage changed, without failing', async () => {
    writeFileSync(path.join(root, 'summit.txt'), TEXT.replace('agreed to resume the talks in spring', 'agreed to restart the talks in spring'));
    writeFileSync(path.join(root, 'summit.txt.notes.yaml'), writeSidecar({ text: 'summit.txt' }, [noteOn(TEXT, 'agreed to resume the talks in spring', 'n-a')]));
    const io = capture();
    assert.equal(await check([root], io), 0, io.stdout);
    assert.match(io.stdout, /^summit\.txt\.notes\.yaml:5:3: info: note n-a is fuzzy \(score 0\.\d\d\), its passage changed: agreed to \[-resume-\]\{\+restart\+\} the talks in spring$/m);
    assert.match(io.stdout, /1 fuzzy, .*; 0 errors, 0 warnings\.$/m);
  });

  it('warns where the header names another text, and fails on warnings only with --strict', async () => {
    writeFileSync(path.join(root, 'summit.txt'), TEXT);
    writeFileSync(path.join(root, 'summit.txt.notes.yaml'), writeSidecar({ text: 'other.txt' }, [noteOn(TEXT, 'old town hall', 'n-a')]));
    const io = capture();
    assert.equal(await check([root], io), 0);
    assert.match(io.stdout, /^chancery check: 1 sidecar, 1 note: 1 exact, .*; 0 errors, 1 warning\.$/m, 'singular, never "(s)"');
    assert.match(io.stdout, /^summit\.txt\.notes\.yaml:3:7: warning: "text: other\.txt" does not name summit\.txt/m);
    assert.equal(await check([root, '--strict'], capture()), 1);
  });

  it('says so plainly when the folder does not exist', async () => {
    const io = capture();
    assert.equal(await check([path.join(root, 'nowhere')], io), 2);
    assert.equal(io.stderr, `chancery check: no folder at ${path.join(root, 'nowhere')}.\n`);
  });

  it('explains its usage on a bad option, naming it', async () => {
    const io = capture();
    assert.equal(await check(['--frobnicate'], io), 2);
    assert.match(io.stderr, /unknown option "--frobnicate"/);
    assert.match(io.stderr, /Usage: chancery check/);
  });
  it('counts the notes it could not read apart in its summary, and fails', async () => {
    writeFileSync(path.join(root, 'summit.txt'), TEXT);
    const sidecar = writeSidecar({ text: 'summit.txt' }, [noteOn(TEXT, 'old town hall', 'n-a'), noteOn(TEXT, 'in spring', 'n-b')]);
    writeFileSync(path.join(root, 'summit.txt.notes.yaml'), sidecar.replace(/( {2}- id: n-b\n)/, '$1    tags: talks\n'));
    const io = capture();
    assert.equal(await check([root], io), 1);
    assert.match(io.stdout, /^chancery check: 1 sidecar, 1 note \(and 1 note not read, see the errors\): 1 exact, /m);
  });
});

describe('chancery export', () => {
  it('prints W3C JSON-LD and CSV for every sidecar of the folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'chancery-export-'));
    try {
      writeFileSync(path.join(root, 'summit.txt'), TEXT);
      writeFileSync(path.join(root, 'summit.txt.notes.yaml'), writeSidecar({ text: 'summit.txt' }, [noteOn(TEXT, 'old town hall', 'n-a')]));
      const w3c = capture();
      assert.equal(await exportNotes(['--format', 'w3c', root], w3c), 0);
      const collection = JSON.parse(w3c.stdout) as { total: number; first: { items: { target: { source: string } }[] } };
      assert.equal(collection.total, 1);
      assert.equal(collection.first.items[0]?.target.source, 'summit.txt');
      const csv = capture();
      assert.equal(await exportNotes(['--format=csv', root], csv), 0);
      assert.match(csv.stdout, /^summit\.txt,n-a,exact,27,40,old town hall,/m);
      assert.equal(await exportNotes(['--format', 'xml', root], capture()), 2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says where a sidecar read in part leaves a note out, and exits 1', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'chancery-export-'));
    try {
      writeFileSync(path.join(root, 'summit.txt'), TEXT);
      const sidecar = writeSidecar({ text: 'summit.txt' }, [noteOn(TEXT, 'old town hall', 'n-a'), noteOn(TEXT, 'in spring', 'n-b')]);
      // A field of the second note that is not a list: that note is not read.
      const broken = sidecar.replace(/( {2}- id: n-b\n)/, '$1    tags: talks\n');
      assert.notEqual(broken, sidecar);
      writeFileSync(path.join(root, 'summit.txt.notes.yaml'), broken);
      const io = capture();
      assert.equal(await exportNotes(['--format', 'csv', root], io), 1);
      assert.match(io.stderr, /^summit\.txt\.notes\.yaml:\d+:\d+: error: "tags" must be a list of words\. What this leaves unread is not exported\.$/m);
      assert.match(io.stdout, /^summit\.txt,n-a,exact,/m);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('chancery merge-notes', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'chancery-merge-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const base = writeSidecar({ text: 'a.txt' }, [noteOn(TEXT, 'old town hall', 'n-a')]);
  const add = (text: string, note: Note): string => {
    const edit = applyNoteChanges(parseSidecar(text), { added: [note] });
    assert.ok(edit.ok);
    return edit.text;
  };

  it('writes the merge into %A and exits 0 when different notes changed', async () => {
    const files = { o: path.join(root, 'O'), a: path.join(root, 'A'), b: path.join(root, 'B') };
    writeFileSync(files.o, base);
    writeFileSync(files.a, add(base, noteOn(TEXT, 'Tuesday', 'n-ours')));
    writeFileSync(files.b, add(base, noteOn(TEXT, 'in spring', 'n-theirs')));
    const io = capture();
    assert.equal(await mergeNotes([files.o, files.a, files.b, 'a.txt.notes.yaml'], io), 0, io.stderr);
    assert.deepEqual(parseSidecar(readFileSync(files.a, 'utf8')).notes.map((entry) => entry.note.id), ['n-a', 'n-ours', 'n-theirs']);
    assert.deepEqual(readdirSync(root).sort(), ['A', 'B', 'O'], 'no temporary file left behind');
  });

  it('exits 1 and keeps both versions when one note changed on both sides', async () => {
    const files = { o: path.join(root, 'O'), a: path.join(root, 'A'), b: path.join(root, 'B') };
    const original = noteOn(TEXT, 'old town hall', 'n-a');
    const change = (body: string): string => {
      const edit = applyNoteChanges(parseSidecar(base), { updated: [{ ...original, body }] });
      assert.ok(edit.ok);
      return edit.text;
    };
    writeFileSync(files.o, base);
    writeFileSync(files.a, change('Ours.'));
    writeFileSync(files.b, change('Theirs.'));
    const io = capture();
    assert.equal(await mergeNotes([files.o, files.a, files.b], io), 1);
    const result = readFileSync(files.a, 'utf8');
    assert.ok(result.includes('Ours.') && result.includes('Theirs.') && result.includes('<<<<<<< '));
    assert.match(io.stderr, /conflict on note n-a: both edited/);
  });
});

describe('replaceFileAtomically', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'chancery-write-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('leaves the old file whole when the write is interrupted midway', async () => {
    const file = path.join(root, 'a.txt.notes.yaml');
    const old = 'old content\n'.repeat(1000);
    writeFileSync(file, old);
    const crashing: AtomicWriteFs = {
      ...nodeAtomicFs,
      async writeNewFile(temp, text) {
        writeFileSync(temp, text.slice(0, text.length / 2));
        throw new Error('disk full');
      },
    };
    await assert.rejects(replaceFileAtomically(file, 'new content\n'.repeat(1000), old, crashing), /disk full/);
    assert.equal(readFileSync(file, 'utf8'), old);
    assert.deepEqual(readdirSync(root), ['a.txt.notes.yaml']);
  });

  it('refuses to write over a file changed on disk since it was read', async () => {
    const file = path.join(root, 'a.txt.notes.yaml');
    writeFileSync(file, 'pulled by git\n');
    await assert.rejects(replaceFileAtomically(file, 'mine\n', 'what I read\n'), /changed on disk/);
    assert.equal(readFileSync(file, 'utf8'), 'pulled by git\n');
  });

  it('replaces the file in one rename', async () => {
    const file = path.join(root, 'a.txt.notes.yaml');
    writeFileSync(file, 'before\n');
    await replaceFileAtomically(file, 'after\n', 'before\n');
    assert.equal(readFileSync(file, 'utf8'), 'after\n');
    assert.deepEqual(readdirSync(root), ['a.txt.notes.yaml']);
  });
});
