import * as assert from 'node:assert/strict';
import { resolveNoteLink } from '../../../src/core/notes/noteLinkTarget';

const FOLDER = '/home/analyst/corpus';
const SIDECAR = `${FOLDER}/texts/summit.txt.notes.yaml`;

describe('resolveNoteLink', () => {
  it('leads a link to a text beside the sidecar, or in another folder of the workspace folder, to that text', () => {
    assert.equal(resolveNoteLink(SIDECAR, FOLDER, 'treaty.txt'), `${FOLDER}/texts/treaty.txt`);
    assert.equal(resolveNoteLink(SIDECAR, FOLDER, './treaty.txt'), `${FOLDER}/texts/treaty.txt`);
    assert.equal(resolveNoteLink(SIDECAR, FOLDER, '../archive/2007/treaty.txt'), `${FOLDER}/archive/2007/treaty.txt`);
    assert.equal(resolveNoteLink(`${FOLDER}/summit.txt.notes.yaml`, `${FOLDER}/`, 'texts/treaty.txt'), `${FOLDER}/texts/treaty.txt`);
  });

  it('refuses a link that climbs out of the workspace folder: [[../../etc/passwd#x]] and its like', () => {
    assert.equal(resolveNoteLink(SIDECAR, FOLDER, '../../etc/passwd'), undefined);
    assert.equal(resolveNoteLink(SIDECAR, FOLDER, '../../../../../../../../etc/passwd'), undefined);
    assert.equal(resolveNoteLink(SIDECAR, FOLDER, '..'), undefined);
    assert.equal(resolveNoteLink(SIDECAR, FOLDER, '../..'), undefined);
    assert.equal(resolveNoteLink(SIDECAR, FOLDER, 'a/../../../secrets.txt'), undefined);
  });

  it('refuses a way out written with backslashes, which a Windows file system would follow', () => {
    assert.equal(resolveNoteLink(SIDECAR, FOLDER, '..\\..\\etc\\passwd'), undefined);
    assert.equal(resolveNoteLink(SIDECAR, FOLDER, '..\\archive\\treaty.txt'), `${FOLDER}/archive/treaty.txt`);
  });

  it('refuses a sibling folder whose name starts with the workspace folder’s name', () => {
    assert.equal(resolveNoteLink(SIDECAR, FOLDER, '../../corpus-private/plans.txt'), undefined);
    assert.equal(resolveNoteLink(SIDECAR, FOLDER, '../../corpus/texts/x.txt'), `${FOLDER}/texts/x.txt`);
  });

  it('reads a leading slash as relative to the linking file’s folder, never as the root of the disk', () => {
    assert.equal(resolveNoteLink(SIDECAR, FOLDER, '/etc/passwd'), `${FOLDER}/texts/etc/passwd`);
  });

  it('refuses a link from a file that is not inside the folder at all', () => {
    assert.equal(resolveNoteLink('/tmp/elsewhere.notes.yaml', FOLDER, 'x.txt'), undefined);
  });
});
