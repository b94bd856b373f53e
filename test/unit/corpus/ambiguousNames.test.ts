import * as assert from 'node:assert/strict';
import { renderAmbiguousCard, renderPersonCard } from '../../../src/core/cards/personCard';
import { CorpusIndex, sameIdentity } from '../../../src/core/corpus/corpusIndex';
import { meetingChildren } from '../../../src/core/tree/meetingOutline';

/**
 * Texts written for these tests: two Ivanovs of Russia named in full, and a report of a meeting attended by
 * `A. Ivanov`, who may be either of them.
 */
const ANTON = 'President of the Russian Federation Anton Ivanov spoke in Moscow on 2 March 2009.\n';
const ANDREI = 'President of the Russian Federation Andrei Ivanov spoke in Moscow on 3 March 2009.\n';
const REPORT = [
  'JOINT COMMUNIQUÉ of the Meeting of the Council of Heads of State',
  '',
  'A meeting of the Council of Heads of State of the Shanghai Cooperation Organization was held on June 15, 2009 in Astana. It was attended by President of the Russian Federation A. Ivanov.',
  '',
].join('\n');

function corpus(): { index: CorpusIndex; anton: string; andrei: string } {
  const index = new CorpusIndex();
  index.update('anton.txt', ANTON);
  index.update('andrei.txt', ANDREI);
  index.update('report.txt', REPORT);
  const anton = index.entityAt('anton.txt', ANTON.indexOf('Anton Ivanov'))?.entityId ?? '';
  const andrei = index.entityAt('andrei.txt', ANDREI.indexOf('Andrei Ivanov'))?.entityId ?? '';
  assert.ok(anton && andrei && anton !== andrei);
  return { index, anton, andrei };
}

function ambiguousMention(index: CorpusIndex): NonNullable<ReturnType<CorpusIndex['entityAt']>> {
  const mention = index.entityAt('report.txt', REPORT.indexOf('A. Ivanov') + 1);
  assert.equal(mention?.status, 'ambiguous');
  return mention;
}

describe('ambiguous names, shown as such', () => {
  it("lists an ambiguous participant with every candidate, and the meeting on neither candidate's list", () => {
    const { index, anton, andrei } = corpus();
    const [meeting] = index.meetings();
    assert.ok(meeting);
    assert.deepEqual(
      meeting.participants.map((p) => [p.status, [...p.candidates].sort()]),
      [['ambiguous', [andrei, anton].sort()]],
    );
    assert.deepEqual(index.meetingsOf(anton), []);
    assert.deepEqual(index.meetingsOf(andrei), []);
    // Its row names the text that writes it, which the row opens at the ambiguous mention.
    const row = meetingChildren(index, meeting).find((c) => c.kind === 'ambiguous');
    assert.equal(row?.kind === 'ambiguous' ? row.doc : undefined, 'report.txt');
    assert.ok(index.mentionsOf(anton).some((m) => m.doc === 'report.txt' && m.status === 'ambiguous'));

    // Once one Ivanov is gone, `A. Ivanov` is the other, and took part.
    index.remove('andrei.txt');
    assert.deepEqual(index.meetingsOf(anton).map((m) => m.id), [meeting.id]);
  });

  it('shows the meeting tree row of an ambiguous participant with both names, not as one of them', () => {
    const { index } = corpus();
    const [meeting] = index.meetings();
    assert.ok(meeting);
    const rows = meetingChildren(index, meeting).filter((c) => c.kind === 'participant' || c.kind === 'ambiguous');
    assert.deepEqual(
      rows.map((r) => (r.kind === 'ambiguous' ? r.candidates.map((c) => c.name).sort() : r.name)),
      [['Andrei Ivanov', 'Anton Ivanov']],
    );
  });

  it('finds the references of an ambiguous mention among every candidate, each once', () => {
    const { index } = corpus();
    const references = index.referencesOf(ambiguousMention(index));
    assert.deepEqual(references.map((m) => m.doc), ['andrei.txt', 'anton.txt', 'report.txt']);
  });

  it('tells an ambiguous mention from a certain mention of one of its candidates', () => {
    const { index, anton } = corpus();
    const ambiguous = ambiguousMention(index);
    const certain = index.entityAt('anton.txt', ANTON.indexOf('Anton Ivanov'));
    assert.ok(certain);
    assert.ok(ambiguous.candidates.includes(anton));
    assert.equal(sameIdentity(ambiguous, certain), false);
    assert.equal(sameIdentity(ambiguous, { ...ambiguous }), true);
    assert.equal(sameIdentity(certain, { ...certain }), true);
  });

  it('shows a hover card that names every candidate and chooses none', () => {
    const { index } = corpus();
    const card = renderAmbiguousCard(index, ambiguousMention(index), 'A. Ivanov', { corpusKey: 'file:///w' });
    assert.match(card, /^\*\*A\\\. Ivanov\*\* · \*ambiguous\*/);
    assert.match(card, /fits 2 people/);
    assert.match(card, /\*\*Anton Ivanov\*\* · Russia.*anton\.txt/);
    assert.match(card, /\*\*Andrei Ivanov\*\* · Russia.*andrei\.txt/);
    assert.match(card, /aliases/);
  });

  it("counts an ambiguous mention on neither candidate's card, and links it apart", () => {
    const { index, anton } = corpus();
    const card = renderPersonCard(index, anton, { corpusKey: 'file:///w' }) ?? '';
    assert.match(card, /\*\*1 mention in 1 text\*\*/);
    assert.match(card, /\*1 ambiguous mention may also be theirs:\* \[report\\?\.txt\]\(command:_chancery\.openMention/);
    assert.doesNotMatch(card, /\*\*Meetings\*\*/);
  });

  it('links the ambiguous mentions of a card once per text, with how many the text has', () => {
    const { index, anton } = corpus();
    index.update('report.txt', `${REPORT}A. Ivanov spoke first, and A. Ivanov closed the meeting.\n`);
    const card = renderPersonCard(index, anton, { corpusKey: 'file:///w' }) ?? '';
    const line = card.split('\n').find((l) => l.includes('may also be theirs')) ?? '';
    assert.match(line, /^\*3 ambiguous mentions may also be theirs:\* \[report\\\.txt\]\(command:_chancery\.openMention\?[^)]*\) \(3\)$/);
  });
});
