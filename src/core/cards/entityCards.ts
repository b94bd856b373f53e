import type { CorpusIndex } from '../corpus/corpusIndex';
import { STATES } from '../lexicon/lexicon.generated';
import { escapeInline } from './markdownText';
import { mentionLink, notesSection, type CardContext } from './personCard';
import { counted } from '../counted';
import { dateInWords } from '../corpus/dateRange';

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
  // Counted, not listed: a charter is cited in thousands of texts, and the card only says how often.
  const citations = index.mentionCountOf(entityId, 'title');
  if (citations.mentions > 0) {
    lines.push('', `Cited ${counted(citations.mentions, 'time')} in ${counted(citations.texts, 'text')}.`);
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
      const first = context === undefined ? undefined : index.mentionsOf(person.id)[0];
      const name = first === undefined || context === undefined ? escapeInline(person.name) : mentionLink(person.name, context.corpusKey, first);
      lines.push(`- ${name}${role ? ` — ${escapeInline(role)}` : ''} (${person.mentionCount})`);
    }
    if (people.length > 12) {
      lines.push(`- … and ${people.length - 12} more`);
    }
  }
  return lines.join('\n');
}
