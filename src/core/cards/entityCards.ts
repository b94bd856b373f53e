import { LINKED_TEXTS, type CorpusIndex, type EntityMention } from '../corpus/corpusIndex';
import { STATES } from '../lexicon/lexicon.generated';
import { escapeInline } from './markdownText';
import { mentionLink, mentionsSection, notesSection, type CardContext } from './personCard';
import { counted } from '../counted';
import { dateInWords } from '../corpus/dateRange';
import { meetingChildren, meetingLabel } from '../tree/meetingOutline';
import { placeName, stateOfCity } from '../corpus/meetingPlace';
import { PLACE_NAMES } from '../recognize/officialMentions';

/**
 * The hover card of a cited or corpus document: its title, type and date, where it is cited, a link that opens it
 * when its text is in the corpus, and the notes about it.
 */
export function renderDocumentCard(index: CorpusIndex, entityId: string, context: CardContext): string | undefined {
  const document = index.document(entityId);
  if (!document) {
    return undefined;
  }
  const facts = [document.type, document.date && dateInWords(document.date)].filter((s) => s !== undefined).map(escapeInline);
  const lines = [`**${escapeInline(document.title)}**`, '', facts.length > 0 ? facts.join(' · ') : '*type and date unknown*'];
  if (document.file !== undefined) {
    lines.push('', `In the corpus: ${mentionLink(document.file, context.corpusKey, { doc: document.file, start: 0, end: 0 })}`);
  } else {
    lines.push('', '*Not in the corpus.*');
  }
  // The first citing texts are linked and the rest counted: a charter is cited in thousands of texts.
  const citations = index.mentionSummaryOf(entityId, context.maxLinks ?? LINKED_TEXTS, 'title');
  if (citations.mentions > 0) {
    lines.push(...mentionsSection(citations, context, (count, texts) => `Cited ${counted(count, 'time')} in ${counted(texts, 'text')}:`));
  }
  lines.push(...notesSection(context));
  return lines.join('\n');
}

/** How many participants a meeting card lists; a summit's delegations are counted after them. */
const MAX_PARTICIPANTS = 12;

/**
 * The hover card of a meeting: its body, date and place, the texts that report it, its participants as those texts
 * name them (the chair first, with the role each held at its date), the mentions of it across the corpus, and the
 * notes about it. Per-meeting accessors only, as for a person's card.
 */
export function renderMeetingCard(index: CorpusIndex, entityId: string, context: CardContext): string | undefined {
  const meeting = index.meeting(entityId);
  if (!meeting) {
    return undefined;
  }
  const { label } = meetingLabel(meeting);
  const head = [`**${escapeInline(label)}**`, ...(meeting.extraordinary ? ['*extraordinary*'] : []), ...(meeting.registered ? [] : ['*not in the registry*'])];
  const facts = [meeting.date && dateInWords(meeting.date), meeting.place].filter((s) => s !== undefined).map(escapeInline);
  const lines = [head.join(' · '), '', facts.length > 0 ? facts.join(' · ') : '*date and place unknown*'];
  // The mentions of each report, read once for all its participants.
  const inText = new Map<string, EntityMention[]>();
  const mentionsInText = (doc: string): EntityMention[] => {
    let mentions = inText.get(doc);
    if (!mentions) {
      mentions = index.mentionsIn(doc);
      inText.set(doc, mentions);
    }
    return mentions;
  };
  const maxLinks = context.maxLinks ?? LINKED_TEXTS;
  const mentions = index.mentionSummaryOf(entityId, maxLinks);
  if (meeting.reportedBy.length > 0) {
    // Each report opens at its first mention of the meeting (its heading, often), else at its start.
    const firstIn = (doc: string): Pick<EntityMention, 'doc' | 'start' | 'end'> => mentionsInText(doc).find((m) => m.entityId === entityId) ?? { doc, start: 0, end: 0 };
    const reports = meeting.reportedBy.slice(0, maxLinks).map((doc) => mentionLink(doc, context.corpusKey, firstIn(doc)));
    const more = meeting.reportedBy.length > maxLinks ? `, … and ${counted(meeting.reportedBy.length - maxLinks, 'more text')}` : '';
    lines.push('', `Reported by ${reports.join(', ')}${more}`);
  } else {
    lines.push('', meeting.registered && mentions.mentions === 0 ? '*In the registry only: no text names it.*' : '*No text of the corpus reports it; the texts refer to it.*');
  }
  const participants = meetingChildren(index, meeting, undefined, false).filter((c) => c.kind === 'participant' || c.kind === 'ambiguous');
  if (participants.length > 0) {
    lines.push('', `**${counted(participants.length, 'participant')}**`, '');
    for (const child of participants.slice(0, MAX_PARTICIPANTS)) {
      if (child.kind === 'ambiguous') {
        lines.push(`- ${child.candidates.map((c) => escapeInline(c.name)).join(' or ')} · *ambiguous*${child.chair ? ' · *chair*' : ''}`);
      } else if (child.kind === 'participant') {
        // The name opens the report at the participant's mention there.
        const mention = mentionsInText(child.doc).find((m) => m.entityId === child.entityId && m.status !== 'ambiguous');
        const name = mention ? mentionLink(child.name, context.corpusKey, mention) : escapeInline(child.name);
        const role = [child.role, child.state].filter((s) => s !== undefined).join(', ');
        const part = child.chair ? ' · *chair*' : child.host ? ' · *host*' : '';
        lines.push(`- ${name}${role ? ` — ${escapeInline(role)}` : ''}${part}`);
      }
    }
    if (participants.length > MAX_PARTICIPANTS) {
      lines.push(`- … and ${participants.length - MAX_PARTICIPANTS} more`);
    }
  }
  if (meeting.chairStates.length > 0 && !participants.some((c) => c.chair)) {
    lines.push('', `Chaired by ${meeting.chairStates.map(escapeInline).join(', ')}.`);
  }
  if (mentions.mentions > 0) {
    lines.push(...mentionsSection(mentions, context, (count, texts) => `**${counted(count, 'mention')} in ${counted(texts, 'text')}**`));
  }
  lines.push(...notesSection(context));
  return lines.join('\n');
}

/**
 * The hover card of a state: its official name, and the people of that state in the corpus with their current
 * roles and their mentions; with a context, each name links to the person's first mention.
 */
export function renderStateCard(index: CorpusIndex, canonical: string, context?: CardContext): string {
  const state = STATES.find((s) => s.canonical === canonical);
  // The most mentioned first, as the People view orders them: the twelve shown are those the corpus names most.
  const people = [...index.peopleOf(canonical)].sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  const lines = [`**${escapeInline(canonical)}**${state && state.official !== canonical ? ` · ${escapeInline(state.official)}` : ''}`];
  if (people.length === 0) {
    lines.push('', '*No official of this state is named in the corpus.*');
  } else {
    const mentions = people.reduce((sum, p) => sum + p.mentionCount, 0);
    lines.push('', `**${people.length} ${people.length === 1 ? 'person' : 'people'}** in the corpus, ${mentions} ${mentions === 1 ? 'mention' : 'mentions'}:`, '');
    for (const person of people.slice(0, 12)) {
      const role = index.currentRoleOf(person.id);
      // The first mention alone, from the one pass the cards share (`mentionsOf` would sort them all).
      const first = context === undefined ? undefined : index.mentionSummaryOf(person.id, 1).first[0];
      const name = first === undefined || context === undefined ? escapeInline(person.name) : mentionLink(person.name, context.corpusKey, first);
      lines.push(`- ${name}${role ? ` — ${escapeInline(role)}` : ''} (${person.mentionCount})`);
    }
    if (people.length > 12) {
      lines.push(`- … and ${people.length - 12} more`);
    }
  }
  return lines.join('\n');
}

/** How many meetings a place card lists; the rest are counted. */
const MAX_PLACE_MEETINGS = 12;

/**
 * The hover card of a city or region: its state, and the meetings of the corpus held there, newest first, each with
 * its date and a link to the first text that reports it (else to its first mention).
 */
export function renderPlaceCard(index: CorpusIndex, place: string, context: CardContext): string {
  const state = stateOfCity(place);
  const lines = [`**${escapeInline(place)}**${state === undefined ? '' : ` · ${escapeInline(state)}`}`];
  const { count, newest } = index.meetingsAt(place, MAX_PLACE_MEETINGS);
  if (count === 0) {
    lines.push('', '*No meeting of the corpus was held here.*');
    return lines.join('\n');
  }
  lines.push('', `**${counted(count, 'meeting')}** held here:`, '');
  for (const meeting of newest) {
    const { label } = meetingLabel(meeting);
    const when = meeting.date === undefined ? 'undated' : dateInWords(meeting.date);
    // The report's mention of the meeting, else its first mention anywhere: one pass over its mentions, cached.
    const report = meeting.reportedBy[0];
    const first = (report === undefined ? undefined : index.mentionsIn(report).find((m) => m.entityId === meeting.id)) ?? index.mentionSummaryOf(meeting.id, 1).first[0];
    const name = first === undefined ? escapeInline(label) : mentionLink(label, context.corpusKey, first);
    lines.push(`- ${name} — ${escapeInline(when)}${meeting.reportedBy.length === 0 ? ' · *referred to only*' : ''}`);
  }
  if (count > newest.length) {
    lines.push(`- … and ${count - newest.length} more`);
  }
  return lines.join('\n');
}

/**
 * The city or region of the lexicon written around `offset` of a line (`Bishkek`, `Rio de Janeiro`, `Saint
 * Petersburg`), the longest that holds it, with where it stands; undefined elsewhere.
 */
export function placeAround(line: string, offset: number): { place: string; start: number; end: number } | undefined {
  // The words of the line, each with where it stands; a place is up to four of them.
  const words = [...line.matchAll(/[\p{L}\p{M}'’.-]+/gu)].map((w) => ({ start: w.index, end: w.index + w[0].length }));
  const at = words.findIndex((w) => w.start <= offset && offset < w.end);
  if (at < 0) {
    return undefined;
  }
  let best: { place: string; start: number; end: number } | undefined;
  for (let first = Math.max(0, at - 3); first <= at; first++) {
    for (let last = at; last < Math.min(words.length, first + 4); last++) {
      const start = words[first]!.start;
      // A full stop after the last word ends the sentence, unless it is the name's (`St.` of `St. Petersburg`).
      const end = line.charCodeAt(words[last]!.end - 1) === 46 ? words[last]!.end - 1 : words[last]!.end;
      const name = placeName(line.slice(start, end).replace(/\s+/g, ' '));
      if (/^\p{Lu}/u.test(name) && PLACE_NAMES.has(name) && (best === undefined || end - start > best.end - best.start)) {
        best = { place: name, start, end };
      }
    }
  }
  return best;
}
