import * as assert from 'node:assert/strict';
import { anchorSidecar, notesUnread, parseSidecar, sidecarProblems } from '../../../src/core/notes';

const joinLines = (...lines: string[]): string => lines.join('\n') + '\n';

const TEXT = 'The ministers agreed to resume the talks in spring, and the envoy promised a written summary.';

function sidecar(...notes: string[]): string {
  return joinLines('format: chancery-notes', 'version: 1', 'text: summit.txt', 'notes:', ...notes);
}

const NOTE = ['  - id: n-aaaaaaaaaaaa', '    target:', '      quote:', '        exact: agreed to resume the talks', '    body: Resume'];

describe('sidecar problems as the editor shows them', () => {
  it('reports merge-conflict markers as an error at their line, with no note read', () => {
    const parse = parseSidecar(sidecar('<<<<<<< ours', ...NOTE, '=======', ...NOTE, '>>>>>>> theirs'));
    const problems = sidecarProblems(parse, anchorSidecar(parse, TEXT));
    assert.equal(parse.notes.length, 0);
    assert.deepEqual(problems.filter((p) => p.severity === 'error').map((p) => p.line), [4, 10, 16]);
  });

  it('says which errors leave notes unread: not a newer format version, whose notes are all read', () => {
    const newer = parseSidecar(joinLines('format: chancery-notes', 'version: 2', 'text: summit.txt', 'notes:', ...NOTE));
    assert.equal(newer.notes.length, 1);
    assert.ok(newer.problems.some((p) => p.severity === 'error'));
    assert.equal(notesUnread(newer), false);
    assert.equal(notesUnread(parseSidecar(sidecar('<<<<<<< ours', ...NOTE, '=======', ...NOTE, '>>>>>>> theirs'))), true);
    assert.equal(notesUnread(parseSidecar(sidecar(...NOTE.slice(0, -1), '    body: [unclosed'))), true);
    assert.equal(notesUnread(parseSidecar(sidecar(...NOTE))), false);
  });

  it('reports a YAML error where it is', () => {
    const parse = parseSidecar(sidecar(...NOTE.slice(0, -1), '    body: [unclosed'));
    const [first] = sidecarProblems(parse, anchorSidecar(parse, TEXT));
    assert.equal(first?.severity, 'error');
    assert.ok((first?.line ?? 0) >= 8, JSON.stringify(first));
  });

  it('warns at a note whose passage is gone, with the way back', () => {
    const parse = parseSidecar(sidecar(...NOTE));
    const problems = sidecarProblems(parse, anchorSidecar(parse, 'Nothing of the kind was said.'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.severity, 'warning');
    assert.equal(problems[0]?.line, 4);
    assert.match(problems[0]?.message ?? '', /n-aaaaaaaaaaaa is orphaned.*Re-attach Note Here/);
  });

  it('says once that the text is missing rather than calling each note orphaned by its passage', () => {
    const parse = parseSidecar(sidecar(...NOTE));
    const problems = sidecarProblems(parse, anchorSidecar(parse, undefined), { missingText: 'summit.txt' });
    assert.deepEqual(problems.map((p) => [p.line, p.severity]), [[0, 'warning']]);
    assert.match(problems[0]?.message ?? '', /text summit\.txt is missing: its note is orphaned until/);
  });

  it('has nothing to say about a sound sidecar on its text', () => {
    const parse = parseSidecar(sidecar(...NOTE));
    assert.deepEqual(sidecarProblems(parse, anchorSidecar(parse, TEXT)), []);
  });
});
