import * as assert from 'node:assert/strict';
import type { MeetingEntity } from '../../../src/core/corpus/corpusIndex';
import { groupMeetings, meetingLabel, meetingLevel } from '../../../src/core/tree/meetingOutline';

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

  it('groups by body in alphabetical order', () => {
    const groups = groupMeetings([meeting('a', 'Council of Heads of State', '2001'), meeting('b', 'Council of Ministers of Foreign Affairs', '2002'), meeting('c', 'Council of Heads of State', '2003')], 'body');
    assert.deepEqual(groups.map((g) => [g.label, g.meetings.map((m) => m.id)]), [['Council of Heads of State', ['c', 'a']], ['Council of Ministers of Foreign Affairs', ['b']]]);
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
});
