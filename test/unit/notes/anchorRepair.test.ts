import * as assert from 'node:assert/strict';
import type { Note } from '../../../src/core/notes/note';
import { writeSidecar } from '../../../src/core/notes/noteWriter';
import { anchorSidecar, createNote, sidecarPathOf, textPathOf } from '../../../src/core/notes/notebook';
import { repairTargets } from '../../../src/core/notes/anchorRepair';
import { parseSidecar } from '../../../src/core/notes/sidecarParse';

const TEXT = [
  'The delegations met in the old town hall on Tuesday morning.',
  'After two hours the foreign ministers agreed to resume the talks in spring,',
  'and the envoy promised a written summary before the end of the week.',
].join('\n');

function noteOn(text: string, passage: string, id: string): Note {
  const start = text.indexOf(passage);
  return { ...createNote(text, { span: { start, end: start + passage.length }, now: '2026-11-23T09:00:00Z', body: id }), id };
}

describe('repairTargets', () => {
  it('rewrites the targets of moved and fuzzy notes only, and nothing else of them', () => {
    const notes = [noteOn(TEXT, 'old town hall', 'n-hall'), noteOn(TEXT, 'agreed to resume the talks', 'n-talks'), noteOn(TEXT, 'a written summary', 'n-summary')];
    const sidecar = writeSidecar({ text: 'a.txt' }, notes);
    const edited = 'Preface.\n' + TEXT.replace('resume the talks', 'restart the talks').replace('a written summary', 'nothing at all');
    const parse = parseSidecar(sidecar);
    assert.deepEqual(anchorSidecar(parse, edited).map((n) => n.anchor.state), ['moved', 'fuzzy', 'orphaned']);
    const repair = repairTargets(parse, edited);
    assert.deepEqual(repair.repaired, ['n-hall', 'n-talks']);
    assert.ok(repair.edit.ok);
    const after = parseSidecar(repair.edit.text);
    assert.deepEqual(anchorSidecar(after, edited).map((n) => n.anchor.state), ['exact', 'exact', 'orphaned']);
    assert.equal(after.notes[1]?.note.target.quote.exact, 'agreed to restart the talks');
    assert.deepEqual(after.notes[2]?.note, notes[2], 'the orphan is left exactly as it was');
    assert.equal(after.notes[0]?.note.updated, notes[0]?.updated, 'a repair is not an edit by the analyst');
  });

  it('returns the same text when nothing moved', () => {
    const sidecar = writeSidecar({ text: 'a.txt' }, [noteOn(TEXT, 'old town hall', 'n-hall')]);
    const repair = repairTargets(parseSidecar(sidecar), TEXT);
    assert.deepEqual(repair.repaired, []);
    assert.ok(repair.edit.ok && repair.edit.text === sidecar);
  });
});

describe('anchorSidecar', () => {
  it('shows every note of a sidecar whose text is missing as orphaned, and keeps them all', () => {
    const sidecar = writeSidecar({ text: 'a.txt' }, [noteOn(TEXT, 'old town hall', 'n-hall'), noteOn(TEXT, 'a written summary', 'n-summary')]);
    const anchored = anchorSidecar(parseSidecar(sidecar), undefined);
    assert.deepEqual(anchored.map((n) => [n.entry.note.id, n.anchor.state]), [['n-hall', 'orphaned'], ['n-summary', 'orphaned']]);
  });

  it('pairs a text with its sidecar by name', () => {
    assert.equal(sidecarPathOf('texts/a.txt'), 'texts/a.txt.notes.yaml');
    assert.equal(textPathOf('texts/a.txt.notes.yaml'), 'texts/a.txt');
    assert.equal(textPathOf('texts/a.txt'), undefined);
    assert.equal(textPathOf('.notes.yaml'), undefined);
  });
});
