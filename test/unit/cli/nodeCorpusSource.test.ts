import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NodeCorpusSource } from '../../../src/cli/nodeCorpusSource';

describe('NodeCorpusSource.findFiles', () => {
  let folder: string;
  let outside: string;

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'chancery-source-'));
    outside = mkdtempSync(path.join(tmpdir(), 'chancery-shared-'));
    for (const file of ['texts/a.txt', 'texts/out/b.txt', 'dist/c.txt', 'node_modules/pkg/d.txt', '.hidden/e.txt']) {
      mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      writeFileSync(path.join(folder, file), 'A text.\n');
    }
    writeFileSync(path.join(outside, 'shared.txt'), 'A shared text.\n');
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('walks folders named out and dist when the globs name them, and still leaves out node_modules and dot-folders', async () => {
    const source = new NodeCorpusSource(folder);
    assert.deepEqual(await source.findFiles(['**/*.txt']), ['dist/c.txt', 'texts/a.txt', 'texts/out/b.txt']);
    assert.deepEqual(await source.findFiles(['texts/out/*.txt', 'dist/*.txt']), ['dist/c.txt', 'texts/out/b.txt']);
  });

  it('follows links to files and folders, passes dangling links, and does not loop on a link to a folder that holds it', async () => {
    symlinkSync('a.txt', path.join(folder, 'texts', 'alias.txt'));
    symlinkSync(outside, path.join(folder, 'shared'), 'dir');
    symlinkSync('nowhere.txt', path.join(folder, 'texts', 'dangling.txt'));
    symlinkSync('.', path.join(folder, 'loop'), 'dir');
    symlinkSync('..', path.join(folder, 'texts', 'up'), 'dir');
    // Two links that lead to each other: each is a loop of links, not a folder.
    symlinkSync('ping', path.join(folder, 'pong'));
    symlinkSync('pong', path.join(folder, 'ping'));
    const source = new NodeCorpusSource(folder);
    const found = await Promise.race([
      source.findFiles(['**/*.txt']),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('findFiles did not end: it loops')), 5000)),
    ]);
    assert.deepEqual(found, ['dist/c.txt', 'shared/shared.txt', 'texts/a.txt', 'texts/alias.txt', 'texts/out/b.txt']);
    assert.equal(new TextDecoder().decode(await source.readFile('shared/shared.txt')), 'A shared text.\n');
  });

  it('walks each real folder once, however many links lead to it', async () => {
    // Five sibling folders, each with a link to every other: the paths through them would grow without end.
    const names = ['f1', 'f2', 'f3', 'f4', 'f5'];
    for (const name of names) {
      mkdirSync(path.join(folder, 'web', name), { recursive: true });
      writeFileSync(path.join(folder, 'web', name, `${name}.txt`), 'A text.\n');
    }
    for (const from of names) {
      for (const to of names.filter((n) => n !== from)) {
        symlinkSync(path.join('..', to), path.join(folder, 'web', from, `to-${to}`), 'dir');
      }
    }
    const found = await new NodeCorpusSource(folder).findFiles(['web/**/*.txt']);
    assert.equal(found.length, names.length, found.join(', '));
  });
});
