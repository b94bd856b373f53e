import type { CorpusIndex, MeetingEntity, PersonEntity } from '../corpus/corpusIndex';
import { dateInWords } from '../corpus/dateRange';
import { roleAt, type ShownRole } from '../corpus/personRoles';
import type { DocId } from '../model';
import { participantMention } from '../recognize/textExtraction';

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
  | {
      readonly kind: 'participant';
      readonly entityId: string;
      readonly name: string;
      /** The role they held at the meeting's date (`roleAt`), and the state they held it for. */
      readonly role: string | undefined;
      readonly state: string | undefined;
      readonly chair: boolean;
      /** Whether they received the meeting's participants (`were received by`), not only attended it. */
      readonly host: boolean;
      /** A text that reports the meeting and names them: the row opens it at their first mention there. */
      readonly doc: DocId;
    }
  /** A participant whose name fits several people: every candidate, none chosen. */
  | {
      readonly kind: 'ambiguous';
      readonly candidates: readonly { readonly entityId: string; readonly name: string }[];
      readonly chair: boolean;
      /** A text that reports the meeting and writes the name: the row opens it there. */
      readonly doc: DocId;
    }
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
    description: [meeting.date && dateInWords(meeting.date), meeting.place, ...marks].filter((s) => s !== undefined).join(' · '),
  };
}

/**
 * A meeting's name to paste elsewhere (Copy Name): the row's label with the date and place its description shows,
 * `SCO Council of Heads of State (10 November 2020, videoconference)`. The body alone would not tell one session
 * from another; the row's marks ("referred to only") say how the corpus knows the meeting, not what it is called.
 */
export function meetingName(meeting: MeetingEntity): string {
  const { label } = meetingLabel(meeting);
  const when = [meeting.date && dateInWords(meeting.date), meeting.place].filter((s) => s !== undefined);
  return when.length > 0 ? `${label} (${when.join(', ')})` : label;
}

/**
 * The positions of the meetings newest first, undated last, keeping the given order among meetings of one date.
 * One pass over the dates when the dated meetings come oldest first, as `CorpusIndex.meetings()` gives them (runs of
 * one date are then taken from the end); a sort otherwise.
 */
function newestFirst(dates: readonly (string | undefined)[]): number[] {
  const dated: number[] = [];
  const undated: number[] = [];
  let ascending = true;
  let previous = '';
  dates.forEach((date, i) => {
    if (date === undefined) {
      undated.push(i);
      return;
    }
    ascending &&= previous <= date;
    previous = date;
    dated.push(i);
  });
  if (!ascending) {
    // ISO dates order as plain strings; the position breaks ties so that the sort keeps the given order.
    dated.sort((a, b) => {
      const [x, y] = [dates[a] ?? '', dates[b] ?? ''];
      return x < y ? 1 : x > y ? -1 : a - b;
    });
    return [...dated, ...undated];
  }
  const order: number[] = [];
  for (let end = dated.length; end > 0; ) {
    let start = end - 1;
    while (start > 0 && dates[dated[start - 1] ?? 0] === dates[dated[end - 1] ?? 0]) {
      start--;
    }
    for (let i = start; i < end; i++) {
      order.push(dated[i] ?? 0);
    }
    end = start;
  }
  return [...order, ...undated];
}

/**
 * Groupings already made, by the list they were made of. `CorpusIndex.meetings()` hands out the same list until a
 * meeting changes, and the Meetings view groups it for the root, for every `getParent` and for reveal.
 */
const groupings = new WeakMap<readonly MeetingEntity[], Map<MeetingGrouping, readonly MeetingGroup[]>>();

/**
 * Groups meetings by year, newest first (undated last), or by body in alphabetical order; newest first within a
 * group. The result is shared by every call with the same list and grouping: do not change it.
 */
export function groupMeetings(meetings: readonly MeetingEntity[], grouping: MeetingGrouping): readonly MeetingGroup[] {
  let byGrouping = groupings.get(meetings);
  if (!byGrouping) {
    byGrouping = new Map();
    groupings.set(meetings, byGrouping);
  }
  let groups = byGrouping.get(grouping);
  if (!groups) {
    groups = makeGroups(meetings, grouping);
    byGrouping.set(grouping, groups);
  }
  return groups;
}

/**
 * The group the view opens with: the one that holds the most recent meeting a text reports, not a meeting only
 * referred to (the next summit, a year ahead) nor one the registry alone lists; the first group when none is reported.
 */
export function openedGroup(groups: readonly MeetingGroup[]): number {
  let best = -1;
  let bestDate = '';
  groups.forEach((group, index) => {
    for (const meeting of group.meetings) {
      const date = meeting.date?.from ?? '';
      if (meeting.reportedBy.length > 0 && (best < 0 || date > bestDate)) {
        best = index;
        bestDate = date;
      }
    }
  });
  return Math.max(best, 0);
}

/** Whether a meeting's row has children: a text that reports it, a participant, or a passage that mentions it. */
export function hasChildren(meeting: MeetingEntity): boolean {
  return meeting.reportedBy.length > 0 || meeting.participants.length > 0 || meeting.mentionCount > 0;
}

/**
 * What groups meetings by body: their body with every dash written alike (hyphen, en dash, em dash, minus: `EU-China`
 * in the registry, `EU–China` in a text), its spaces and its case folded.
 */
export function bodyGroupKey(body: string): string {
  return body.replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
}

function makeGroups(meetings: readonly MeetingEntity[], grouping: MeetingGrouping): MeetingGroup[] {
  // Each meeting's date is read once: at ten thousand meetings, every pass over them shows in the refresh time.
  const dates = meetings.map((m) => m.date?.from);
  const groups = new Map<string, MeetingEntity[]>();
  // A group by body is labelled with the body as the registry writes it, else as its most recent meeting does.
  const labels = new Map<string, { readonly body: string; readonly registered: boolean }>();
  let lastDate: string | undefined;
  let lastYear = 'Undated';
  for (const i of newestFirst(dates)) {
    const meeting = meetings[i] as MeetingEntity;
    let key: string;
    if (grouping === 'year') {
      const date = dates[i];
      if (date !== lastDate) {
        lastDate = date;
        lastYear = date?.slice(0, 4) ?? 'Undated';
      }
      key = lastYear;
    } else {
      const body = meeting.body ?? 'Other meetings';
      key = bodyGroupKey(body);
      if (!labels.has(key) || (meeting.registered && !labels.get(key)?.registered)) {
        labels.set(key, { body, registered: meeting.registered });
      }
    }
    const group = groups.get(key);
    if (group) {
      group.push(meeting);
    } else {
      groups.set(key, [meeting]);
    }
  }
  return [...groups]
    .map(([key, list]) => ({ label: labels.get(key)?.body ?? key, meetings: list }))
    .sort((a, b) => (grouping === 'year' ? (a.label === 'Undated' ? 1 : b.label === 'Undated' ? -1 : b.label.localeCompare(a.label)) : a.label.localeCompare(b.label)));
}

/**
 * The roles a text that reports a meeting writes for its participants, by entity id: the role written where the text
 * says they took part, else the first role it writes with their name elsewhere (read only when needed).
 */
function rolesWrittenIn(index: CorpusIndex, doc: DocId): Map<string, ShownRole> {
  const extraction = index.extraction(doc);
  const roles = new Map<string, ShownRole>();
  let unwritten = false;
  for (const participation of extraction?.participants ?? []) {
    const written = extraction && participantMention(extraction, participation);
    const mention = written && index.entityAt(doc, written.start);
    if ((mention?.kind !== 'official' && mention?.kind !== 'role') || mention.status === 'ambiguous' || roles.has(mention.entityId)) {
      continue;
    }
    if (mention.role === undefined) {
      unwritten = true;
    } else {
      roles.set(mention.entityId, { role: mention.role, state: mention.state });
    }
  }
  if (unwritten) {
    for (const mention of index.mentionsIn(doc)) {
      if (mention.kind === 'official' && mention.status !== 'ambiguous' && mention.role !== undefined && !roles.has(mention.entityId)) {
        roles.set(mention.entityId, { role: mention.role, state: mention.state });
      }
    }
  }
  return roles;
}

/**
 * The children of a meeting: the texts that report it, its participants (chair first, then host) with the role they held at
 * its date, then the passages that mention it (unless `passages` is false). Participants are looked up one by one
 * (`index.person`) unless a map of people is given.
 */
export function meetingChildren(index: CorpusIndex, meeting: MeetingEntity, people?: ReadonlyMap<string, PersonEntity>, passages = true): MeetingChild[] {
  const children: MeetingChild[] = meeting.reportedBy.map((doc) => ({ kind: 'document', doc }));
  const seen = new Set<string>();
  // The chair first, then the host, then the others as the texts name them.
  const rank = (kind: string): number => (kind === 'chair' ? 2 : kind === 'host' ? 1 : 0);
  const participants = [...meeting.participants].sort((a, b) => rank(b.kind) - rank(a.kind));
  const personOf = (entityId: string): PersonEntity | undefined => (people ? people.get(entityId) : index.person(entityId));
  const written = new Map<DocId, Map<string, ShownRole>>();
  const writtenIn = (doc: DocId): Map<string, ShownRole> => {
    let roles = written.get(doc);
    if (!roles) {
      roles = rolesWrittenIn(index, doc);
      written.set(doc, roles);
    }
    return roles;
  };
  for (const participant of participants) {
    const ambiguous = participant.status === 'ambiguous';
    const key = ambiguous ? participant.candidates.join('|') : participant.entityId;
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    const chair = participants.some((p) => p.kind === 'chair' && (ambiguous ? p.status === 'ambiguous' && p.candidates.join('|') === key : p.entityId === key && p.status !== 'ambiguous'));
    if (ambiguous) {
      const candidates = participant.candidates.map((entityId) => ({ entityId, name: personOf(entityId)?.name ?? entityId }));
      children.push({ kind: 'ambiguous', candidates, chair, doc: participant.doc });
      continue;
    }
    const person = personOf(participant.entityId);
    // The meeting's date, else the date of the text that reports it: a role of another time would mislead.
    const date = meeting.date ?? index.extraction(participant.doc)?.date;
    const registered = index.registryPerson(participant.entityId)?.roles ?? [];
    const role = roleAt(registered, date, writtenIn(participant.doc).get(participant.entityId), () => index.writtenRolesOf(participant.entityId));
    const name = person?.name ?? participant.entityId;
    const host = participants.some((p) => p.kind === 'host' && p.entityId === key && p.status !== 'ambiguous');
    children.push({ kind: 'participant', entityId: participant.entityId, name, role: role?.role, state: role?.state ?? index.currentStateOf(participant.entityId), chair, host, doc: participant.doc });
  }
  // Every mention, sorted: a card, which shows the participants alone, leaves them out.
  for (const mention of passages ? index.mentionsOf(meeting.id) : []) {
    children.push({ kind: 'passage', doc: mention.doc, start: mention.start, end: mention.end });
  }
  return children;
}
