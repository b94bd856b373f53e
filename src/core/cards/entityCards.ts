import { LINKED_TEXTS, type CorpusIndex, type EntityMention } from '../corpus/corpusIndex';
import { STATES } from '../lexicon/lexicon.generated';
import { escapeInline } from './markdownText';
import { mentionLink, mentionsSection, notesSection, type CardContext } from './personCard';
import { counted } from '../counted';
import { dateInWords } from '../corpus/dateRange';
import { meetingChildren, meetingLabel } from '../tree/meetingOutline';

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
