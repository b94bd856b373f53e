import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const MAIN = path.join(REPO_ROOT, 'src', 'cli', 'main.ts');

describe('chancery writing into a pipe', function () {
  this.timeout(60_000);
  let folder: string;

  before(() => {
    // Enough texts that the model is far more than a pipe holds (64 KB): the reader closes it while writes are pending.
    folder = mkdtempSync(path.join(tmpdir(), 'chancery-pipe-'));
    const text = readFileSync(path.join(REPO_ROOT, 'samples', 'texts', '2020-09-10-moscow-foreign-ministers.txt'), 'utf8');
    for (let i = 0; i < 150; i++) {
      writeFileSync(path.join(folder, `text-${i}.txt`), text);
    }
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  it('stops quietly when the reader closes the pipe early (`chancery index . --json | head -c 10`)', () => {
    const command = `"${process.execPath}" "${TSX}" "${MAIN}" index "${folder}" --json | head -c 10`;
    const result = spawnSync('bash', ['-o', 'pipefail', '-c', command], { encoding: 'utf8' });
    assert.equal(result.stdout.length, 10);
    assert.doesNotMatch(result.stderr, /EPIPE|Error/, result.stderr);
    assert.equal(result.status, 0, result.stderr);
  });
});
