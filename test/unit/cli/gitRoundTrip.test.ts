import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Note } from '../../../src/core/notes/note';
import { writeSidecar } from '../../../src/core/notes/noteWriter';
import { createNote } from '../../../src/core/notes/notebook';
import { applyNoteChanges, type NoteChanges } from '../../../src/core/notes/sidecarEdit';
import { parseSidecar } from '../../../src/core/notes/sidecarParse';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const MAIN = path.join(REPO_ROOT, 'src', 'cli', 'main.ts');

const TEXT = [
  'The delegations met in the old town hall on Tuesday morning.',
  'After two hours the foreign ministers agreed to resume the talks in spring,',
  'and the envoy promised a written summary before the end of the week.',
  'Nothing was said about the border question, nor about the observers.',
].join('\n');

function noteOn(passage: string, id: string, body: string): Note {
  const start = TEXT.indexOf(passage);
  return { ...createNote(TEXT, { span: { start, end: start + passage.length }, now: '2026-11-23T09:00:00Z', body }), id };
}

describe('git round trip with the merge driver', function () {
  this.timeout(60_000);
  let root: string;
  let env: NodeJS.ProcessEnv;
  const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const sidecarIn = (clone: string): string => path.join(root, clone, 'summit.txt.notes.yaml');
  const change = (clone: string, changes: NoteChanges, message: string): void => {
    const file = sidecarIn(clone);
    const edit = applyNoteChanges(parseSidecar(readFileSync(file, 'utf8')), changes);
    assert.ok(edit.ok);
    writeFileSync(file, edit.text);
    git(path.join(root, clone), 'commit', '-qam', message);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'chancery-git-'));
    env = { ...process.env, HOME: root, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.invalid', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.invalid' };
    const origin = path.join(root, 'seed');
    execFileSync('git', ['init', '-q', '-b', 'main', origin], { env });
    writeFileSync(path.join(origin, 'summit.txt'), TEXT);
    writeFileSync(path.join(origin, '.gitattributes'), '*.notes.yaml merge=chancery-notes\n');
    const notes = [noteOn('old town hall', 'n-hall', 'Where.'), noteOn('agreed to resume the talks', 'n-talks', 'What.'), noteOn('a written summary', 'n-summary', 'Promise.')];
    writeFileSync(path.join(origin, 'summit.txt.notes.yaml'), writeSidecar({ text: 'summit.txt' }, notes));
    git(origin, 'add', '.');
    git(origin, 'commit', '-qm', 'texts and notes');
    git(root, 'clone', '-q', '--bare', origin, 'origin.git');
    for (const clone of ['alice', 'bob']) {
      git(root, 'clone', '-q', path.join(root, 'origin.git'), clone);
      const driver = `"${process.execPath}" "${TSX}" "${MAIN}" merge-notes %O %A %B %P`;
      git(path.join(root, clone), 'config', 'merge.chancery-notes.name', 'Chancery notes merge by note id');
      git(path.join(root, clone), 'config', 'merge.chancery-notes.driver', driver);
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('merges notes added and edited concurrently in two clones: none lost, none duplicated', () => {
    change('alice', { added: [noteOn('border question', 'n-border', 'Alice: silence.')], updated: [noteOn('old town hall', 'n-hall', 'Alice: the venue.')] }, 'alice');
    git(path.join(root, 'alice'), 'push', '-q', 'origin', 'main');
    change('bob', { added: [noteOn('Tuesday morning', 'n-tuesday', 'Bob: the day.')], updated: [noteOn('a written summary', 'n-summary', 'Bob: not yet sent.')], removed: ['n-talks'] }, 'bob');
    const pull = spawnSync('git', ['pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main'], { cwd: path.join(root, 'bob'), env, encoding: 'utf8' });
    assert.equal(pull.status, 0, pull.stderr);
    const merged = parseSidecar(readFileSync(sidecarIn('bob'), 'utf8'));
    assert.deepEqual(merged.problems, []);
    const ids = merged.notes.map((entry) => entry.note.id);
    assert.deepEqual(ids, ['n-hall', 'n-tuesday', 'n-summary', 'n-border']);
    const bodies = Object.fromEntries(merged.notes.map((entry) => [entry.note.id, entry.note.body]));
    assert.deepEqual(bodies, { 'n-hall': 'Alice: the venue.', 'n-tuesday': 'Bob: the day.', 'n-summary': 'Bob: not yet sent.', 'n-border': 'Alice: silence.' });
  });

  it('stops with a conflict that keeps both versions when one note was edited in both clones', () => {
    change('alice', { updated: [noteOn('old town hall', 'n-hall', 'Alice says this.')] }, 'alice');
    git(path.join(root, 'alice'), 'push', '-q', 'origin', 'main');
    change('bob', { updated: [noteOn('old town hall', 'n-hall', 'Bob says that.')], added: [noteOn('border question', 'n-border', 'Bob too.')] }, 'bob');
    const pull = spawnSync('git', ['pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main'], { cwd: path.join(root, 'bob'), env, encoding: 'utf8' });
    assert.notEqual(pull.status, 0);
    const text = readFileSync(sidecarIn('bob'), 'utf8');
    assert.ok(text.includes('Alice says this.') && text.includes('Bob says that.') && text.includes('Bob too.'));
    assert.equal(text.split('<<<<<<< ').length - 1, 1, 'only the one note is marked');
    assert.ok(text.includes('<<<<<<< ours: note n-hall (edited on both sides)'), 'the Chancery driver, not a line merge, marked it');
    assert.match(git(path.join(root, 'bob'), 'status', '--porcelain'), /^UU summit\.txt\.notes\.yaml/m);
  });

  it('keeps a comment added at the top and a note added at the end in one clone, and a note added at the end in the other', () => {
    // Both clones add a note at the end: a line merge would conflict there.
    change('alice', { added: [noteOn('the observers', 'n-observers', 'Alice: no observers.')] }, 'alice');
    const file = sidecarIn('alice');
    writeFileSync(file, `# Reviewed by Alice.\n${readFileSync(file, 'utf8')}`);
    git(path.join(root, 'alice'), 'commit', '-qam', 'reviewed');
    git(path.join(root, 'alice'), 'push', '-q', 'origin', 'main');
    change('bob', { added: [noteOn('border question', 'n-border', 'Bob: silence.')] }, 'bob');
    const pull = spawnSync('git', ['pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main'], { cwd: path.join(root, 'bob'), env, encoding: 'utf8' });
    assert.equal(pull.status, 0, pull.stderr);
    const text = readFileSync(sidecarIn('bob'), 'utf8');
    assert.ok(text.startsWith('# Reviewed by Alice.\n'), text);
    assert.deepEqual(parseSidecar(text).notes.map((entry) => entry.note.id), ['n-hall', 'n-talks', 'n-summary', 'n-border', 'n-observers']);
  });
});
