import type { CorpusIndex, MeetingEntity, PersonEntity } from '../corpus/corpusIndex';
import type { DocId } from '../model';

/** The level of a meeting, shown by its icon. */
export type MeetingLevel = 'summit' | 'government' | 'ministerial' | 'other';

/** How the Meetings view groups meetings. */
export type MeetingGrouping = 'year' | 'body';

/** A group of meetings: a year (newest first) or a body. */
export interface MeetingGroup {
  readonly label: string;
  readonly meetings: readonly MeetingEntity[];
}

/** One child row of a meeting: a reporting text, a participant, or a passage that mentions the meeting. */
export type MeetingChild =
  | { readonly kind: 'document'; readonly doc: DocId }
  | { readonly kind: 'participant'; readonly entityId: string; readonly name: string; readonly role: string | undefined; readonly state: string | undefined; readonly chair: boolean }
  | { readonly kind: 'passage'; readonly doc: DocId; readonly start: number; readonly end: number };

/** Tells the level of a meeting from its body, as the texts name councils. */
export function meetingLevel(body: string | undefined): MeetingLevel {
  if (body === undefined) {
    return 'other';
  }
  if (/Heads of State|Summit/i.test(body)) {
    return 'summit';
  }
  if (/Heads of Government|Prime Ministers/i.test(body)) {
    return 'government';
  }
  return /Minister|Ministerial/i.test(body) ? 'ministerial' : 'other';
}

/** The label of a meeting row: its body; the description carries date, place and marks. */
export function meetingLabel(meeting: MeetingEntity): { label: string; description: string } {
  const marks = [meeting.extraordinary ? 'extraordinary' : undefined, meeting.reportedBy.length === 0 ? (meeting.registered && meeting.mentionCount === 0 ? 'registry only' : 'referred to only') : undefined];
  return {
    label: meeting.body ?? 'Meeting',
    description: [meeting.date?.text, meeting.place, ...marks].filter((s) => s !== undefined).join(' · '),
  };
}

/** Groups meetings by year, newest first (undated last), or by body in alphabetical order. */
export function groupMeetings(meetings: readonly MeetingEntity[], grouping: MeetingGrouping): MeetingGroup[] {
  const groups = new Map<string, MeetingEntity[]>();
  for (const meeting of meetings) {
    const key = grouping === 'year' ? (meeting.date?.from.slice(0, 4) ?? 'Undated') : (meeting.body ?? 'Other meetings');
    groups.set(key, [...(groups.get(key) ?? []), meeting]);
  }
  const byDateDesc = (a: MeetingEntity, b: MeetingEntity): number => (b.date?.from ?? '').localeCompare(a.date?.from ?? '');
  return [...groups]
    .map(([label, list]) => ({ label, meetings: [...list].sort(byDateDesc) }))
    .sort((a, b) => (grouping === 'year' ? (a.label === 'Undated' ? 1 : b.label === 'Undated' ? -1 : b.label.localeCompare(a.label)) : a.label.localeCompare(b.label)));
}

/** The children of a meeting: the texts that report it, its participants (chair first), then the passages that mention it. */
export function meetingChildren(index: CorpusIndex, meeting: MeetingEntity, people: ReadonlyMap<string, PersonEntity>): MeetingChild[] {
  const children: MeetingChild[] = meeting.reportedBy.map((doc) => ({ kind: 'document', doc }));
  const seen = new Set<string>();
  const participants = [...meeting.participants].sort((a, b) => Number(b.kind === 'chair') - Number(a.kind === 'chair'));
  for (const participant of participants) {
    if (seen.has(participant.entityId)) {
      continue;
    }
    seen.add(participant.entityId);
    const person = people.get(participant.entityId);
    const chair = meeting.participants.some((p) => p.entityId === participant.entityId && p.kind === 'chair');
    children.push({ kind: 'participant', entityId: participant.entityId, name: person?.name ?? participant.entityId, role: person?.roles[0], state: person?.states[0], chair });
  }
  for (const mention of index.mentionsOf(meeting.id)) {
    children.push({ kind: 'passage', doc: mention.doc, start: mention.start, end: mention.end });
  }
  return children;
}
