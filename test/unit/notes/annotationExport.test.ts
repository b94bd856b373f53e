import * as assert from 'node:assert/strict';
import { annotatedTexts, exportCsv, exportSummary, exportWebAnnotations } from '../../../src/core/notes/annotationExport';
import { NO_AUTHOR, type Note } from '../../../src/core/notes/note';
import { anchorNote, createTarget } from '../../../src/core/notes/quoteAnchor';

const NOTE: Note = {
  id: 'n-k3v9q2m7x0ab',
  target: { quote: { exact: 'the talks', prefix: 'resume ', suffix: ' in spring' }, position: { start: 10, end: 19 } },
  about: [{ kind: 'person', id: 'lavrov' }, { kind: 'note', id: 'n-other' }],
  tags: ['ceasefire'],
  author: 'Anna',
  created: '2026-11-23T09:30:00Z',
  updated: '2026-11-23T10:00:00Z',
  body: 'Says "resume", not "start".\n=SUM(A1)',
};

describe('annotation export', () => {
  it('names the file it wrote in its message, with what it holds, in singular or plural', () => {
    assert.equal(exportSummary('exports/notes.csv', 1, 1), 'Exported 1 note of 1 text to exports/notes.csv.');
    assert.equal(exportSummary('/home/anna/notes.jsonld', 5, 2), 'Exported 5 notes of 2 texts to /home/anna/notes.jsonld.');
  });

  it('names the sidecar files left out, not their texts, and the export file again', () => {
    assert.equal(
      exportSummary('notes.csv', 3, 2, ['texts/a.txt']),
      'Exported 3 notes of 2 texts to notes.csv. A sidecar has errors, and the notes that could not be read are not in notes.csv: texts/a.txt.notes.yaml.',
    );
    assert.match(exportSummary('notes.csv', 3, 2, ['a.txt', 'b.txt']), /2 sidecars have errors.*: a\.txt\.notes\.yaml, b\.txt\.notes\.yaml\.$/);
  });

  it('writes a W3C Web Annotation collection with quote and position selectors', () => {
    const collection = JSON.parse(exportWebAnnotations([{ text: 'texts/summit 2017.txt', notes: [NOTE] }])) as Record<string, unknown>;
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection['type'], 'AnnotationCollection');
    const items = (collection['first'] as { items: Record<string, unknown>[] }).items;
    const annotation = items[0] as Record<string, unknown>;
    assert.equal(annotation['id'], 'urn:chancery:note:n-k3v9q2m7x0ab');
    assert.equal(annotation['type'], 'Annotation');
    assert.deepEqual(annotation['target'], {
      source: 'texts/summit%202017.txt',
      selector: [
        { type: 'TextQuoteSelector', exact: 'the talks', prefix: 'resume ', suffix: ' in spring' },
        { type: 'TextPositionSelector', start: 10, end: 19 },
      ],
    });
    assert.deepEqual(annotation['body'], [
      { type: 'TextualBody', value: NOTE.body, format: 'text/markdown', purpose: 'commenting' },
      { type: 'TextualBody', value: 'ceasefire', purpose: 'tagging' },
      { type: 'SpecificResource', source: 'urn:chancery:person:lavrov', purpose: 'identifying' },
      { type: 'SpecificResource', source: 'urn:chancery:note:n-other', purpose: 'linking' },
    ]);
    assert.deepEqual(annotation['creator'], { type: 'Person', name: 'Anna' });
    assert.equal(annotation['modified'], '2026-11-23T10:00:00Z');
  });

  it('writes CSV with quoted fields, CRLF rows and formulas defused', () => {
    const csv = exportCsv([{ text: 'a.txt', notes: [NOTE, { ...NOTE, id: 'n-2', body: '-1' }] }]);
    const rows = csv.split('\r\n');
    assert.equal(rows[0], 'text,id,anchor,start,end,passage,exact,prefix,suffix,tags,about,author,created,updated,body,replies');
    assert.ok(rows[1]?.startsWith('a.txt,n-k3v9q2m7x0ab,text-missing,10,19,,the talks,resume , in spring,ceasefire,person:lavrov; note:n-other,Anna,'));
    assert.ok(csv.includes('"Says ""resume"", not ""start"".\n=SUM(A1)"'));
    assert.ok(csv.includes(",'-1,\r\n"));
  });

  it('gives a note the passage its text holds now beside the quote it was written on, which a fuzzy note no longer matches', () => {
    const written = 'The ministers agreed to resume the talks on trade in spring and to meet again in June.';
    const note: Note = { ...NOTE, target: createTarget(written, { start: written.indexOf('resume'), end: written.indexOf(' in spring') }) };
    const edited = written.replace('the talks on trade', 'the talks on track');
    const anchor = anchorNote(edited, note.target);
    assert.equal(anchor.state, 'fuzzy');
    const [, row] = exportCsv([{ text: 'a.txt', notes: [note], anchors: [anchor] }]).split('\r\n');
    const cells = row?.split(',') ?? [];
    assert.deepEqual(cells.slice(2, 7), ['fuzzy', String(anchor.span?.start), String(anchor.span?.end), 'resume the talks on track', 'resume the talks on trade']);
  });

  it('writes each reply as an annotation replying to its note, after the note', () => {
    const note: Note = { ...NOTE, replies: [{ author: 'Omar', created: '2026-11-24T08:00:00Z', body: 'Agreed.' }, { created: '2026-11-24T09:00:00Z', body: 'Checked.' }] };
    const collection = JSON.parse(exportWebAnnotations([{ text: 'a.txt', notes: [note] }])) as { total: number; first: { items: Record<string, unknown>[] } };
    assert.equal(collection.total, 3);
    assert.deepEqual(collection.first.items[1], {
      id: 'urn:chancery:note:n-k3v9q2m7x0ab/reply/2026-11-24T08%3A00%3A00Z',
      type: 'Annotation',
      motivation: 'replying',
      body: { type: 'TextualBody', value: 'Agreed.', format: 'text/markdown', purpose: 'replying' },
      target: 'urn:chancery:note:n-k3v9q2m7x0ab',
      creator: { type: 'Person', name: 'Omar' },
      created: '2026-11-24T08:00:00Z',
    });
    assert.equal(collection.first.items[2]?.['creator'], undefined);
  });

  it('gives replies at the same created time ids of their own', () => {
    const at = '2026-11-24T08:00:00Z';
    const note: Note = { ...NOTE, replies: [{ author: 'Omar', created: at, body: 'Agreed.' }, { author: 'Anna', created: at, body: 'Not quite.' }, { author: 'Omar', created: at, body: 'Agreed.' }] };
    const collection = JSON.parse(exportWebAnnotations([{ text: 'a.txt', notes: [note] }])) as { first: { items: Record<string, unknown>[] } };
    const reply = 'urn:chancery:note:n-k3v9q2m7x0ab/reply/2026-11-24T08%3A00%3A00Z';
    assert.deepEqual(
      collection.first.items.slice(1).map((item) => item['id']),
      [reply, `${reply}-2`, `${reply}-3`],
    );
  });

  it('writes the replies of a note in its row of the CSV, a blank line between them', () => {
    const note: Note = { ...NOTE, body: 'b', replies: [{ author: 'Omar', created: '2026-11-24T08:00:00Z', body: 'Agreed.\n' }, { created: '2026-11-24T09:00:00Z', body: 'Checked, "twice".' }] };
    const csv = exportCsv([{ text: 'a.txt', notes: [note] }]);
    assert.ok(csv.endsWith(',b,"Omar (2026-11-24T08:00:00Z): Agreed.\n\nNo author (2026-11-24T09:00:00Z): Checked, ""twice""."\r\n'), csv);
  });

  it("leaves the author column empty for a note without one, and names a reply without one as the views do", () => {
    const note: Note = { ...NOTE, author: undefined, body: 'b', replies: [{ created: '2026-11-24T09:00:00Z', body: 'Checked.' }] };
    const [header, row] = exportCsv([{ text: 'a.txt', notes: [note] }]).split('\r\n');
    const column = (name: string): string | undefined => row?.split(',')[header?.split(',').indexOf(name) ?? -1];
    // The column holds the author as data: empty, as JSON-LD leaves out `creator`; the replies cell is prose.
    assert.equal(column('author'), '');
    assert.equal(column('replies'), `${NO_AUTHOR} (2026-11-24T09:00:00Z): Checked.`);
    assert.equal(NO_AUTHOR, 'No author');
  });

  it("gathers the editor's notes into their texts, texts by path and notes in sidecar order, with their current places", () => {
    const moved = { state: 'moved' as const, span: { start: 40, end: 49 }, score: 1, candidates: [] };
    const orphaned = { state: 'orphaned' as const, span: undefined, score: 0, candidates: [] };
    const texts = annotatedTexts([
      { doc: 'texts/b.txt', note: { ...NOTE, id: 'n-b1' }, anchor: moved },
      { doc: 'texts/a.txt', note: { ...NOTE, id: 'n-a1' }, anchor: orphaned },
      { doc: 'texts/b.txt', note: { ...NOTE, id: 'n-b2' }, anchor: orphaned },
    ]);
    assert.deepEqual(
      texts.map((t) => [t.text, t.notes.map((n) => n.id)]),
      [
        ['texts/a.txt', ['n-a1']],
        ['texts/b.txt', ['n-b1', 'n-b2']],
      ],
    );
    const rows = exportCsv(texts).split('\r\n');
    // An orphaned note has no place in the text as it is: not the one stored when it was written.
    assert.ok(rows[1]?.startsWith('texts/a.txt,n-a1,orphaned,,,'), rows[1]);
    assert.ok(rows[2]?.startsWith('texts/b.txt,n-b1,moved,40,49,'), rows[2]);
    // The same places in the W3C export: the position selector is the current place, and none for an orphan.
    const items = (JSON.parse(exportWebAnnotations(texts)) as { first: { items: { target: { selector: unknown } }[] } }).first.items;
    const positions = items.map((item) => [item.target.selector].flat().find((s) => (s as { type: string }).type === 'TextPositionSelector') ?? null);
    assert.deepEqual(positions, [null, { type: 'TextPositionSelector', start: 40, end: 49 }, null]);
  });

  it('gives the collection and its page IRIs, the same for the same notes and another for others', () => {
    const ids = (notes: Note[]): [unknown, unknown, unknown] => {
      const collection = JSON.parse(exportWebAnnotations([{ text: 'a.txt', notes }])) as { id: unknown; first: { id: unknown; partOf: unknown } };
      return [collection.id, collection.first.id, collection.first.partOf];
    };
    const [id, page, partOf] = ids([NOTE]);
    assert.match(String(id), /^urn:chancery:notes:[0-9a-f]{8}$/);
    assert.equal(page, `${String(id)}/page/1`);
    assert.equal(partOf, id);
    assert.deepEqual(ids([NOTE]), [id, page, partOf]);
    assert.notEqual(ids([{ ...NOTE, id: 'n-other' }])[0], id);
  });
});
