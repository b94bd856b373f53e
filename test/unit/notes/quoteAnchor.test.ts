import * as assert from 'node:assert/strict';
import { foldedOffset, prepareAnchorText, realOffset } from '../../../src/core/notes/anchorText';
import { anchorNote, anchorNotes, createTarget, MIN_FUZZY_SCORE } from '../../../src/core/notes/quoteAnchor';
import type { NoteTarget } from '../../../src/core/notes/note';

const joinLines = (...lines: string[]): string => lines.join('\n');

const TEXT = joinLines(
  'The delegations met in the old town hall on Tuesday morning.',
  'After two hours the foreign ministers agreed to resume the talks in spring,',
  'and the envoy promised a written summary before the end of the week.',
  'Nothing was said about the border question.',
);

function targetOn(text: string, passage: string): NoteTarget {
  const start = text.indexOf(passage);
  assert.ok(start >= 0, `fixture lacks ${passage}`);
  return createTarget(text, { start, end: start + passage.length });
}

describe('anchorNote', () => {
  const passage = 'agreed to resume the talks';
  const target = targetOn(TEXT, passage);

  it('finds an untouched passage exactly where the hint says', () => {
    const anchor = anchorNote(TEXT, target);
    assert.equal(anchor.state, 'exact');
    assert.equal(TEXT.slice(anchor.span?.start, anchor.span?.end), passage);
  });

  it('follows a passage moved by text inserted above it', () => {
    const edited = 'A new first line.\n\n' + TEXT;
    const anchor = anchorNote(edited, target);
    assert.equal(anchor.state, 'moved');
    assert.equal(edited.slice(anchor.span?.start, anchor.span?.end), passage);
  });

  it('accepts a slightly edited passage as fuzzy with its score', () => {
    const edited = TEXT.replace('agreed to resume', 'agreed to restart');
    const anchor = anchorNote(edited, target);
    assert.equal(anchor.state, 'fuzzy');
    assert.ok(anchor.score >= MIN_FUZZY_SCORE && anchor.score < 1);
    assert.match(edited.slice(anchor.span?.start, anchor.span?.end), /^agreed to restart the talk/);
  });

  it('draws the bounds of a passage grown by words inserted inside it from its unchanged context', () => {
    for (const grown of ['resume the difficult talks', 'resume the long and difficult talks', 'agreed, after a long debate, to resume the talks']) {
      const edited = TEXT.replace(/agreed to resume the talks/, (found) => found.replace(grown.replace(/difficult |long and |, after a long debate,/g, '').replace(/ {2,}/g, ' '), grown));
      assert.ok(edited.includes(grown), grown);
      const anchor = anchorNote(edited, target);
      assert.equal(anchor.state, 'fuzzy', grown);
      const expected = grown.startsWith('agreed') ? grown : `agreed to ${grown}`;
      assert.equal(edited.slice(anchor.span?.start, anchor.span?.end), expected);
    }
  });

  it('keeps a note on its passage when a phrase inserted into it lowers the score, both contexts unchanged', () => {
    const edited = TEXT.replace('agreed to resume', 'agreed in principle to resume');
    const anchor = anchorNote(edited, target);
    assert.equal(anchor.state, 'fuzzy');
    assert.equal(edited.slice(anchor.span?.start, anchor.span?.end), 'agreed in principle to resume the talks');
  });

  it('leaves words added before and after an edited passage outside it, as far as its first and last words still stand', () => {
    const edited = TEXT.replace('agreed to resume the talks', 'readily agreed to resume the stalled talks, as planned,');
    const anchor = anchorNote(edited, target);
    assert.equal(anchor.state, 'fuzzy');
    assert.equal(edited.slice(anchor.span?.start, anchor.span?.end), 'agreed to resume the stalled talks');
    // Its first word edited: the passage keeps the start its context gives it, not the later `agreed` in it.
    const reworded = TEXT.replace('agreed to resume the talks', 'consented to resume the talks, as agreed');
    const second = anchorNote(reworded, target);
    assert.equal(reworded.slice(second.span?.start, second.span?.end), 'consented to resume the talks');
  });

  it('stays on its edited passage between its contexts rather than move to the same words elsewhere', () => {
    const text = joinLines('Earlier the ministers agreed to resume the talks in spring, and the envoy promised nothing.', 'Later the ministers agreed to resume the talks in spring, and the envoy promised a summary.');
    const second = text.lastIndexOf('the talks in spring');
    const target2 = createTarget(text, { start: second, end: second + 'the talks in spring'.length });
    // The quote still stands, unchanged, in the first line, with much the same context; the note's passage, edited
    // inside and beside, is in the second, between the whole of its context.
    const edited = text.replace('resume the talks in spring, and the envoy promised a', 'resume at once the stalled talks in spring as planned, and the envoy promised a');
    const anchor = anchorNote(edited, target2);
    assert.equal(anchor.state, 'fuzzy');
    assert.equal(anchor.span?.start, edited.lastIndexOf('the stalled talks'));
    assert.equal(edited.slice(anchor.span?.start, anchor.span?.end), 'the stalled talks in spring');
  });

  it('leaves words inserted before an unchanged quote outside it', () => {
    const text = joinLines('First the envoy spoke about the talks with the press.', 'Then the ministers agreed to resume the talks in spring, and went home.');
    const second = text.lastIndexOf('the talks');
    const target2 = createTarget(text, { start: second, end: second + 'the talks'.length });
    const edited = text.replace('agreed to resume the talks', 'agreed to resume without delay the talks');
    const anchor = anchorNote(edited, target2);
    assert.ok(anchor.span !== undefined, `state ${anchor.state}`);
    assert.equal(anchor.span.start, edited.lastIndexOf('the talks'));
    assert.equal(edited.slice(anchor.span.start, anchor.span.end), 'the talks');
  });

  it('orphans a note whose passage was deleted', () => {
    const edited = TEXT.replace('the foreign ministers agreed to resume the talks in spring,', 'nothing happened,');
    const anchor = anchorNote(edited, target);
    assert.equal(anchor.state, 'orphaned');
    assert.equal(anchor.span, undefined);
  });

  it('shows the nearest miss of an orphan in whole words, though its place may end inside one', () => {
    const edited = 'The ministers have agreed to resume talks on trade in the spring, and the envoy promised.';
    const anchor = anchorNote(edited, { quote: { exact: 'agreed to resume the talks in spring', prefix: 'The ministers ', suffix: ', and the envoy' } });
    assert.equal(anchor.state, 'orphaned');
    const [nearest] = anchor.candidates;
    assert.ok(nearest && edited.slice(nearest.span.start, nearest.span.end) === nearest.quote);
    assert.equal(nearest.words, 'agreed to resume talks on trade', `the place found: "${nearest.quote}"`);
  });

  it('is indifferent to CRLF line endings', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const anchor = anchorNote(crlf, target);
    assert.equal(anchor.state, 'moved', 'offsets shift by one per CR');
    assert.equal(crlf.slice(anchor.span?.start, anchor.span?.end), passage);
  });

  it('is indifferent to trailing white space and to re-wrapped lines', () => {
    const multiLine = targetOn(TEXT, 'resume the talks in spring,\nand the envoy promised');
    const rewrapped = TEXT.replace('spring,\nand', 'spring,   \n  and').replace('hours the', 'hours\nthe');
    const anchor = anchorNote(rewrapped, multiLine);
    assert.ok(anchor.state === 'moved' || anchor.state === 'exact');
    assert.equal(anchor.score, 1);
    assert.equal(rewrapped.slice(anchor.span?.start, anchor.span?.end), 'resume the talks in spring,   \n  and the envoy promised');
  });

  it('is indifferent to NFC against NFD and maps offsets back to the real text', () => {
    const text = 'Le ministre a été reçu à Genève par la délégation suisse.';
    const target2 = targetOn(text, 'reçu à Genève');
    const nfd = text.normalize('NFD');
    const anchor = anchorNote(nfd, target2);
    assert.equal(anchor.score, 1);
    assert.equal(nfd.slice(anchor.span?.start, anchor.span?.end).normalize('NFC'), 'reçu à Genève');
    const prepared = prepareAnchorText(nfd);
    assert.equal(realOffset(prepared, foldedOffset(prepared, nfd.length)), nfd.length);
  });

  it('calls it ambiguous when an unedited copy elsewhere competes with the edited true location', () => {
    const sentence = 'In the second round the ministers agreed to resume the talks in spring, said the envoy.';
    const original = joinLines(sentence, '', 'Other matters followed.', '');
    const target2 = targetOn(original, 'agreed to resume the talks');
    // The true location is edited; an exact copy of the sentence and what follows it (context included) is pasted below.
    const edited = joinLines(sentence.replace('resume', 'resumé'), '', 'Other matters followed.', '', sentence, '', 'Other matters followed.', '');
    const anchor = anchorNote(edited, target2);
    assert.equal(anchor.state, 'ambiguous');
    assert.equal(anchor.span, undefined);
    assert.ok(anchor.candidates.length >= 2);
  });

  it('stays on the edited true location when only it has the whole context on both sides', () => {
    const sentence = 'In the second round the ministers agreed to resume the talks in spring, said the envoy.';
    const original = joinLines(sentence, '', 'Other matters followed.', '');
    const target2 = targetOn(original, 'agreed to resume the talks');
    // The copy below lacks the line after the sentence, which the note's context holds.
    const edited = joinLines(sentence.replace('resume', 'resumé'), '', 'Other matters followed.', '', sentence, '');
    const anchor = anchorNote(edited, target2);
    assert.equal(anchor.state, 'fuzzy');
    assert.equal(anchor.span?.start, edited.indexOf('agreed to resumé the talks'));
    assert.equal(edited.slice(anchor.span?.start, anchor.span?.end), 'agreed to resumé the talks');
  });

  it('keeps a note orphaned rather than attaching it to a weaker look-alike', () => {
    const text = joinLines('The council approved the budget for the new year.', 'Later the council approved the minutes.');
    const target2 = targetOn(text, 'approved the budget for the new year');
    const edited = text.replace('approved the budget for the new year', 'postponed everything');
    const anchor = anchorNote(edited, target2);
    assert.notEqual(anchor.state, 'fuzzy');
    assert.notEqual(anchor.state, 'moved');
  });

  it('prefers the copy whose context matches when the quote occurs twice', () => {
    const text = joinLines('First, the talks in spring were planned.', 'Second, the talks in spring were cancelled.');
    const second = text.lastIndexOf('the talks in spring');
    const target2 = createTarget(text, { start: second, end: second + 'the talks in spring'.length });
    const anchor = anchorNote('Intro.\n' + text, target2);
    assert.equal(anchor.state, 'moved');
    assert.equal(anchor.span?.start, second + 'Intro.\n'.length);
  });

  it('calls a note written without a position exact where its quote stands once with its context, moved nowhere', () => {
    const { position: _, ...byHand } = target;
    const anchor = anchorNote(TEXT, byHand);
    assert.equal(anchor.state, 'exact');
    assert.equal(TEXT.slice(anchor.span?.start, anchor.span?.end), passage);
  });

  it('never throws on an empty quote or a hint beyond the text', () => {
    assert.equal(anchorNote(TEXT, { quote: { exact: '', prefix: '', suffix: '' } }).state, 'orphaned');
    const anchor = anchorNote('short', { quote: { exact: 'short', prefix: '', suffix: '' }, position: { start: 900, end: 905 } });
    assert.equal(anchor.state, 'moved');
  });
});

describe('createTarget', () => {
  it('widens the context until quote and context are unique', () => {
    const block = 'the same words again and again. '.repeat(4);
    const text = block + 'UNIQUE ' + block;
    // The second repetition: 32 characters of context either side occur at every repetition.
    const target = createTarget(text, { start: 32, end: 40 });
    assert.ok(target.quote.prefix.length + target.quote.suffix.length > 64);
    const needle = target.quote.prefix + target.quote.exact + target.quote.suffix;
    assert.equal(text.split(needle).length - 1, 1);
    assert.equal(anchorNote(text, target).state, 'exact');
  });

  it('does not cut a surrogate pair in the context', () => {
    const text = '😀'.repeat(40) + 'quote' + '😀'.repeat(40);
    const target = createTarget(text, { start: 80, end: 85 });
    assert.ok(!/^[\udc00-\udfff]/.test(target.quote.prefix));
    assert.ok(!/[\ud800-\udbff]$/.test(target.quote.suffix));
  });
});

describe('anchorNotes', () => {
  it('anchors a long text where everything shifted, in order and linearly', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} tells of envoy ${i * 7} and of a treaty signed in year ${1900 + i}.`);
    const text = paragraphs.join('\n');
    const targets = paragraphs.map((p) => targetOn(text, p.slice(10, 40)));
    const edited = 'PREFACE ADDED LATER\n' + text;
    const anchors = anchorNotes(edited, targets);
    assert.ok(anchors.every((anchor) => anchor.state === 'moved'));
    anchors.forEach((anchor, i) => assert.equal(edited.slice(anchor.span?.start, anchor.span?.end), (paragraphs[i] ?? '').slice(10, 40)));
  });
});
