import * as assert from 'node:assert/strict';
import type { Anchor } from '../../../src/core/notes';
import { filterNotes, groupNotes, noteLabel, noteRowText, notesFilterNotice, noteThreadLabel, plainText, timestampInWords, type LibraryNote } from '../../../src/core/tree/noteOutline';

function note(doc: string, id: string, state: Anchor['state'], extra: Partial<LibraryNote['note']> = {}, start = 0): LibraryNote {
  return {
    doc,
    note: { id, target: { quote: { exact: `quote ${id}`, prefix: '', suffix: '' } }, ...extra },
    anchor: { state, span: state === 'orphaned' || state === 'ambiguous' ? undefined : { start, end: start + 5 }, score: 1, candidates: [] },
  };
}

describe('note outline', () => {
  const notes = [
    note('b.txt', 'n1', 'exact', { tags: ['chair'], author: 'Ann', body: 'Who chaired?' }, 40),
    note('a.txt', 'n2', 'orphaned', { body: 'Lost passage' }),
    note('b.txt', 'n3', 'fuzzy', { tags: ['chair', 'format'], body: 'Online summit' }, 10),
  ];

  it('puts orphaned and ambiguous notes in a queue first, then texts in order', () => {
    const groups = groupNotes(notes, 'text');
    assert.deepEqual(groups.map((g) => [g.label, g.notes.map((n) => n.note.id)]), [
      ['Needs attention', ['n2']],
      ['a.txt', ['n2']],
      ['b.txt', ['n3', 'n1']],
    ]);
  });

  it('lists a note under each of its tags, untagged last', () => {
    const groups = groupNotes(notes, 'tag').filter((g) => !g.attention);
    assert.deepEqual(groups.map((g) => [g.label, g.notes.map((n) => n.note.id)]), [
      ['chair', ['n3', 'n1']],
      ['format', ['n3']],
      ['Untagged', ['n2']],
    ]);
  });

  it('finds notes by a misspelt word of their body', () => {
    assert.deepEqual(filterNotes(notes, 'sumit').map((n) => n.note.id), ['n3']);
  });

  it('finds a note by a word of one of its replies', () => {
    const answered = [...notes, note('c.txt', 'n4', 'exact', { body: 'Date?', replies: [{ author: 'Omar', created: '2026-11-24T08:00:00Z', body: 'Videoconference, per the ministry.' }] })];
    assert.deepEqual(filterNotes(answered, 'videoconference').map((n) => n.note.id), ['n4']);
  });

  it('labels a note by its body, else by its quote', () => {
    assert.equal(noteLabel(notes[0]!.note), 'Who chaired?');
    assert.equal(noteLabel({ id: 'x', target: { quote: { exact: 'the passage', prefix: '', suffix: '' } } }), '“the passage”');
  });
});

describe('notes filter notice', () => {
  it('says nothing while the view shows every note', () => {
    assert.equal(notesFilterNotice('', 3, 3), undefined);
    assert.equal(notesFilterNotice('   ', 3, 3), undefined);
  });

  it('says the view is filtered, by what, how many notes it shows, and that replies are searched', () => {
    const notice = notesFilterNotice(' videoconference ', 1, 12);
    assert.equal(notice?.description, 'filtered: “videoconference”');
    assert.match(notice?.message ?? '', /^Showing 1 of 12 notes matching “videoconference” \(.*replies.*\)/);
    assert.match(notesFilterNotice('x', 0, 1)?.message ?? '', /^Showing 0 of 1 note matching/);
  });
});

describe('note rows', () => {
  const long = 'Checked against the ministry’s archive, '.repeat(60);
  const answered = note('texts/summit.txt', 'n5', 'fuzzy', { tags: ['chair', 'format', 'a-rather-long-tag-name', 'another-long-tag'], body: long, replies: [{ author: 'Omar', created: '2026-11-24T08:00:00Z', body: long }] });

  it('keeps the label and the description of a note with a very long body and reply short, and all of it in the tooltip', () => {
    const row = noteRowText(answered, true);
    assert.ok(row.label.length <= 80, row.label);
    assert.ok(row.description.length <= 72, row.description);
    assert.ok(row.description.endsWith('…'));
    assert.ok(row.tooltip.includes(`*Omar, 24 November 2026, 08\\:00 UTC:*\n\n${long}`), 'the whole reply, under its author and date');
    assert.ok(row.tooltip.includes(long.trimEnd()), 'the whole body');
  });

  it("names the note's author and date in the tooltip, above its body, as each reply's", () => {
    const written = noteRowText(note('texts/summit.txt', 'n6', 'exact', { author: 'Colleague', created: '2026-11-23T09:00:00Z', body: 'Check the chair.' }), false);
    assert.ok(written.tooltip.includes('*Colleague, 23 November 2026, 09\\:00 UTC:*\n\nCheck the chair.'), written.tooltip);
    // A timestamp with milliseconds reads the same; a text that is no timestamp stays as written.
    assert.equal(timestampInWords('2026-12-05T01:10:00.929Z'), '5 December 2026, 01:10 UTC');
    assert.equal(timestampInWords('yesterday'), 'yesterday');
    // Written by hand without an author nor a date: said so.
    assert.ok(noteRowText(note('texts/summit.txt', 'n7', 'exact', { body: 'Check.' }), false).tooltip.includes('*No author:*\n\nCheck.'));
  });

  it('shows in the tooltip how the passage of a fuzzy note changed, and how an orphan\'s nearest miss differs', () => {
    const edited: LibraryNote = {
      doc: 'texts/summit.txt',
      note: { id: 'n8', target: { quote: { exact: 'agreed to resume the talks', prefix: '', suffix: '' } }, body: 'Check.' },
      anchor: { state: 'fuzzy', span: { start: 0, end: 27 }, score: 0.9, candidates: [{ span: { start: 0, end: 27 }, score: 0.9, quote: 'agreed to restart the talks', words: 'agreed to restart the talks' }] },
    };
    assert.ok(noteRowText(edited, false).tooltip.includes('The passage now: agreed to ~~resume~~ **restart** the talks'), noteRowText(edited, false).tooltip);
    const orphan: LibraryNote = { ...edited, anchor: { ...edited.anchor, state: 'orphaned', span: undefined } };
    assert.ok(noteRowText(orphan, false).tooltip.includes('Nearest passage: agreed to ~~resume~~ **restart** the talks'));
    // Rewritten beyond recognition: no nearest miss, and the tooltip says so.
    const lost: LibraryNote = { ...orphan, anchor: { ...orphan.anchor, candidates: [] } };
    assert.ok(noteRowText(lost, false).tooltip.includes('No passage like it stands in the text now.'));
  });

  it('names the text in the description only where the group does not', () => {
    const plain = note('a.txt', 'n6', 'exact', { tags: ['chair'], replies: [{ created: '2026-11-24T08:00:00Z', body: 'Yes.' }] });
    assert.equal(noteRowText(plain, false).description, 'exact · #chair · 1 reply');
    assert.equal(noteRowText(plain, true).description, 'a.txt · exact · #chair · 1 reply');
  });

  it('gives a row an accessible name without Markdown or link targets', () => {
    const row = noteRowText(note('a.txt', 'n7', 'orphaned', { body: 'See **this** [the ministry](command:workbench.action.quit) and <https://example.org/x>', tags: ['chair'] }), false);
    assert.equal(row.accessibilityLabel, 'Note: See this the ministry and link; orphaned, in a.txt; tags #chair');
    assert.ok(!row.accessibilityLabel.includes('command:'));
  });

  it('shows a note written in Markdown as words on its row, and as untrusted Markdown in its tooltip', () => {
    const marked = note('texts/a_b*.txt', 'n8', 'exact', { body: 'See **this** [the ministry](https://example.org/m) <img src=x> and [quit](command:workbench.action.quit)\n\nSecond *line*.' });
    const row = noteRowText(marked, false);
    assert.equal(row.label, 'See this the ministry <img src=x> and quit');
    // The text and the passage come from files: escaped, so that they show as written.
    assert.ok(row.tooltip.startsWith('texts/a\\_b\\*\\.txt\n\n> “'), row.tooltip);
    // The body is the analyst's Markdown: emphasis and web links stay, HTML and command links become text.
    assert.ok(row.tooltip.includes('See **this** [the ministry](https://example.org/m) \\<img src=x\\> and \\[quit\\]\\(command\\:workbench.action.quit)\n\nSecond *line*.'), row.tooltip);
  });

  it('reads note links and bare URIs as words', () => {
    assert.equal(plainText('As [[summit.txt#n-b7c2d9e0f1a3]] says, command:workbench.action.quit'), 'As note on summit.txt says, link');
  });
});

describe('note outline: sidecars that cannot be read', () => {
  const broken = { doc: 'c.txt', problem: { message: 'Merge-conflict markers: resolve the conflict first.', line: 4, column: 0, severity: 'error' as const } };

  it('puts a sidecar whose notes cannot be read in the queue, even when no note is waiting', () => {
    const groups = groupNotes([note('b.txt', 'n1', 'exact')], 'text', [broken]);
    assert.deepEqual(groups.map((g) => [g.label, g.attention, g.notes.length, g.unreadable.map((s) => s.doc)]), [
      ['Needs attention', true, 0, ['c.txt']],
      ['b.txt', false, 1, []],
    ]);
  });

  it('shows a queue for a broken sidecar alone, so that the view never says there are no notes', () => {
    assert.deepEqual(groupNotes([], 'tag', [broken]).map((g) => [g.label, g.unreadable.length]), [['Needs attention', 1]]);
  });
});

describe('note thread label', () => {
  it('names the author and the tags of a note', () => {
    assert.equal(noteThreadLabel({ id: 'n1', target: { quote: { exact: 'q', prefix: '', suffix: '' } }, author: 'Anna Schmidt', tags: ['talks', 'follow-up'], body: 'Resume' }), 'Anna Schmidt · #talks #follow-up');
  });

  it('falls back to the first words of the body, never to an empty title', () => {
    const label = noteThreadLabel({ id: 'n1', target: { quote: { exact: 'the quote', prefix: '', suffix: '' } }, body: '\n"Resume", not "start": the talks were **suspended**, not ended, and the envoy promised more.' });
    assert.equal(label, '"Resume", not "start": the talks were suspended,…', 'the words, without their emphasis marks');
    assert.equal(noteThreadLabel({ id: 'n1', target: { quote: { exact: 'the quote', prefix: '', suffix: '' } } }), 'Note on “the quote”');
  });
});
