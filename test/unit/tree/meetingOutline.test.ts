import * as assert from 'node:assert/strict';
import { CorpusIndex, type MeetingEntity } from '../../../src/core/corpus/corpusIndex';
import { parseRegistry } from '../../../src/core/registry/registryFile';
import { groupMeetings, hasChildren, meetingChildren, meetingLabel, meetingLevel, meetingName, openedGroup } from '../../../src/core/tree/meetingOutline';

function meeting(id: string, body: string | undefined, date: string | undefined, extra: Partial<MeetingEntity> = {}): MeetingEntity {
  return {
    id,
    body,
    date: date === undefined ? undefined : { text: date, from: `${date}-01-01`.slice(0, 10), to: `${date}-12-31`.slice(0, 10) },
    place: undefined,
    extraordinary: false,
    registered: false,
    reportedBy: ['a.txt'],
    participants: [],
    chairStates: [],
    mentionCount: 1,
    ...extra,
  };
}

describe('meeting outline', () => {
  it('groups by year, newest first, undated last', () => {
    const groups = groupMeetings([meeting('a', 'X', '2001'), meeting('b', 'Y', undefined), meeting('c', 'Z', '2017')], 'year');
    assert.deepEqual(groups.map((g) => g.label), ['2017', '2001', 'Undated']);
  });

  it('opens the group of the most recent meeting a text reports, not of one only referred to', () => {
    const referred = { reportedBy: [], mentionCount: 1 };
    const list = [meeting('next', 'X', '2026', referred), meeting('held', 'X', '2024'), meeting('old', 'Y', '2019')];
    const years = groupMeetings(list, 'year');
    assert.equal(years[openedGroup(years)]?.label, '2024');
    const bodies = groupMeetings(list, 'body');
    assert.equal(bodies[openedGroup(bodies)]?.label, 'X');
    // By body, not the first body of the alphabet: the body of the most recent meeting.
    const alphabetical = groupMeetings([meeting('b', 'B', '2024'), meeting('a', 'A', '2001')], 'body');
    assert.equal(alphabetical[openedGroup(alphabetical)]?.label, 'B');
    assert.equal(openedGroup(groupMeetings([meeting('only', 'X', '2030', referred)], 'year')), 0);
  });

  it('gives a meeting the registry alone lists no children to open', () => {
    assert.equal(hasChildren(meeting('r', 'X', '2030', { reportedBy: [], mentionCount: 0, registered: true })), false);
    assert.equal(hasChildren(meeting('m', 'X', '2030', { reportedBy: [], mentionCount: 1 })), true);
  });

  it('groups by body in alphabetical order', () => {
    const groups = groupMeetings([meeting('a', 'Council of Heads of State', '2001'), meeting('b', 'Council of Ministers of Foreign Affairs', '2002'), meeting('c', 'Council of Heads of State', '2003')], 'body');
    assert.deepEqual(groups.map((g) => [g.label, g.meetings.map((m) => m.id)]), [['Council of Heads of State', ['c', 'a']], ['Council of Ministers of Foreign Affairs', ['b']]]);
  });

  it('groups one body by body however its dashes are written, under the registry\'s spelling', () => {
    const groups = groupMeetings(
      [meeting('next', 'EU\u2013China Summit', '2025'), meeting('held', 'EU-China Summit', '2023', { registered: true }), meeting('old', 'EU\u2014China summit', '2019'), meeting('g', 'G20 Summit', '2024')],
      'body',
    );
    assert.deepEqual(groups.map((g) => [g.label, g.meetings.map((m) => m.id)]), [['EU-China Summit', ['next', 'held', 'old']], ['G20 Summit', ['g']]]);
    assert.deepEqual(groupMeetings([meeting('a', 'EU\u2013China Summit', '2025'), meeting('b', 'EU\u2212China Summit', '2023')], 'body').map((g) => g.label), ['EU\u2013China Summit']);
  });

  it('tells summit, government, ministerial and other meetings apart', () => {
    assert.equal(meetingLevel('Council of Heads of State'), 'summit');
    assert.equal(meetingLevel('Council of Heads of Government (Prime Ministers)'), 'government');
    assert.equal(meetingLevel('Council of Ministers of Foreign Affairs'), 'ministerial');
    assert.equal(meetingLevel('Council of National Coordinators'), 'other');
  });

  it('marks extraordinary meetings and meetings known only from references', () => {
    assert.equal(meetingLabel(meeting('a', 'Council', '2017', { extraordinary: true, place: 'New York' })).description, '2017 · New York · extraordinary');
    assert.equal(meetingLabel(meeting('b', 'Council', '2018', { reportedBy: [] })).description, '2018 · referred to only');
  });

  it('names a meeting for the clipboard by its body, date and place, without the marks of its row', () => {
    const moscow = meeting('m', 'Council of Ministers of Foreign Affairs', undefined, { date: { text: '2020-09-10', from: '2020-09-10', to: '2020-09-10' }, place: 'Moscow', reportedBy: [] });
    assert.equal(meetingName(moscow), 'Council of Ministers of Foreign Affairs (10 September 2020, Moscow)');
    assert.equal(meetingName(meeting('u', 'Council', undefined, { place: 'Astana' })), 'Council (Astana)');
    assert.equal(meetingName(meeting('n', undefined, undefined)), 'Meeting');
  });

  it('keeps the given order among meetings of one date, newest date first, whatever the input order', () => {
    const same = (id: string, body: string): MeetingEntity => meeting(id, body, undefined, { date: { text: '2020-05-01', from: '2020-05-01', to: '2020-05-01' } });
    const later = meeting('z', 'Z', undefined, { date: { text: '2021-01-01', from: '2021-01-01', to: '2021-01-01' } });
    const ascending = groupMeetings([same('a', 'A'), same('b', 'B'), later], 'body');
    assert.deepEqual(groupMeetings([same('a', 'A'), same('b', 'B'), later], 'year').map((g) => g.meetings.map((m) => m.id)), [['z'], ['a', 'b']]);
    assert.deepEqual(groupMeetings([later, same('a', 'A'), same('b', 'B')], 'year').map((g) => g.meetings.map((m) => m.id)), [['z'], ['a', 'b']]);
    assert.equal(ascending.length, 3);
  });

  it('puts undated meetings last within a body, in the order given', () => {
    const list = [meeting('x', 'C', undefined), meeting('a', 'C', '2001'), meeting('y', 'C', undefined), meeting('b', 'C', '2017')];
    assert.deepEqual(groupMeetings(list, 'body')[0]?.meetings.map((m) => m.id), ['b', 'a', 'x', 'y']);
    const sorted = [meeting('a', 'C', '2001'), meeting('b', 'C', '2017'), meeting('x', 'C', undefined)];
    assert.deepEqual(groupMeetings(sorted, 'body')[0]?.meetings.map((m) => m.id), ['b', 'a', 'x']);
  });

  it('groups one list once per grouping, and a new list anew', () => {
    const list = [meeting('a', 'X', '2001'), meeting('c', 'Z', '2017')];
    assert.equal(groupMeetings(list, 'year'), groupMeetings(list, 'year'));
    assert.notEqual(groupMeetings(list, 'year'), groupMeetings(list, 'body'));
    assert.deepEqual(groupMeetings([...list, meeting('d', 'W', '2020')], 'year').map((g) => g.label), ['2020', '2017', '2001']);
  });

  it('lists the participants of a meeting by their names from the index, chair first', () => {
    const index = new CorpusIndex();
    index.update(
      'a.txt',
      [
        'JOINT COMMUNIQUÉ of the Meeting of the Council of Ministers of Foreign Affairs',
        '',
        'A meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held on May 12, 2021 in Moscow. It was attended by Minister of Foreign Affairs of the Russian Federation Viktor Orlov, Minister of Foreign Affairs of the Republic of Kazakhstan Arman Bekov.',
        '',
        'Arman Bekov chaired the meeting.',
      ].join('\n'),
    );
    const [reported] = index.meetings();
    assert.ok(reported);
    const participants = meetingChildren(index, reported).filter((c) => c.kind === 'participant');
    assert.deepEqual(participants.map((c) => [c.name, c.state, c.chair]), [['Arman Bekov', 'Kazakhstan', true], ['Viktor Orlov', 'Russia', false]]);
  });

  it('marks the host who received the participants, after the chair and before the others', () => {
    const index = new CorpusIndex();
    index.update(
      'a.txt',
      [
        'PRESS RELEASE on the Meeting of the Council of Ministers of Foreign Affairs',
        '',
        'A meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held on May 12, 2021 in Moscow. It was attended by Minister of Foreign Affairs of the Republic of Kazakhstan Arman Bekov and Minister of Foreign Affairs of the Republic of Tajikistan Farrukh Saidov.',
        '',
        'The ministers were received by President of the Russian Federation Pavel Volkov.',
      ].join('\n'),
    );
    const [reported] = index.meetings();
    assert.ok(reported);
    const participants = meetingChildren(index, reported).filter((c) => c.kind === 'participant');
    assert.deepEqual(participants.map((c) => [c.name, c.chair, c.host]), [['Pavel Volkov', false, true], ['Arman Bekov', false, false], ['Farrukh Saidov', false, false]]);
  });

  it('gives each participant the text that reports the meeting and names them', () => {
    const index = new CorpusIndex();
    index.update(
      'a.txt',
      [
        'PRESS RELEASE',
        '',
        'A meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held on May 12, 2021 in Moscow. It was attended by Minister of Foreign Affairs of the Republic of Kazakhstan Arman Bekov.',
      ].join('\n'),
    );
    const [reported] = index.meetings();
    assert.ok(reported);
    const [participant] = meetingChildren(index, reported).filter((c) => c.kind === 'participant');
    assert.deepEqual(participant?.kind === 'participant' && [participant.name, participant.doc], ['Arman Bekov', 'a.txt']);
  });

  /** A report of a meeting of foreign ministers on a date, attended by whom `attendee` writes (a role and a name). */
  function report(date: string, attendee: string): string {
    return [
      'JOINT COMMUNIQUÉ of the Meeting of the Council of Ministers of Foreign Affairs',
      '',
      `A meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held on ${date} in Astana. It was attended by ${attendee}.`,
    ].join('\n');
  }

  /** The role and state of each participant row, by meeting date. */
  function participantRoles(index: CorpusIndex): string[] {
    return index.meetings().flatMap((m) => meetingChildren(index, m).flatMap((c) => (c.kind === 'participant' ? [`${m.date?.text}: ${c.name}, ${c.role}, ${c.state}`] : [])));
  }

  it('shows a participant with the role the registry says they held at the meeting, not their first or a later one', () => {
    const { registry, problems } = parseRegistry(
      [
        'people:',
        '  - id: tokayev',
        '    name: Kassym-Jomart Tokayev',
        '    aliases: [K. Tokayev]',
        '    state: Kazakhstan',
        '    roles:',
        '      - { role: Minister of Foreign Affairs, state: Kazakhstan, from: 2002-06-13, to: 2007-01-10 }',
        '      - { role: Chairman of the Senate, state: Kazakhstan, from: 2007-01-11, to: 2011-03-15 }',
        '      - { role: President, state: Kazakhstan, from: 2019-03-20 }',
      ].join('\n'),
    );
    assert.deepEqual(problems, []);
    const index = new CorpusIndex();
    index.setRegistry(registry);
    // The 2005 text writes no role at his name; the 2020 one writes the role of an office he left long before.
    index.update('2005.txt', report('February 25, 2005', 'K. Tokayev of Kazakhstan'));
    index.update('2020.txt', report('September 10, 2020', 'Minister of Foreign Affairs of the Republic of Kazakhstan K. Tokayev'));
    assert.deepEqual(participantRoles(index), ['2005-02-25: Kassym-Jomart Tokayev, Minister of Foreign Affairs, Kazakhstan', '2020-09-10: Kassym-Jomart Tokayev, President, Kazakhstan']);
  });

  it('shows the role the report writes at the participant when the registry does not say, not the role of another text', () => {
    const index = new CorpusIndex();
    index.update('2005.txt', report('February 25, 2005', 'Prime Minister of the Republic of Kazakhstan Arman Bekov'));
    index.update('2010.txt', ['Information Message', '', 'On 3 March 2010, Deputy Prime Minister of the Republic of Kazakhstan Arman Bekov received the delegation.'].join('\n'));
    assert.deepEqual(index.people().map((p) => p.roles), [['Deputy Prime Minister', 'Prime Minister']]);
    assert.deepEqual(participantRoles(index), ['2005-02-25: Arman Bekov, Prime Minister, Kazakhstan']);
  });
});
