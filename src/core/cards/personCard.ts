import { LINKED_TEXTS, type CorpusIndex, type EntityMention, type MeetingEntity, type MentionSummary, type PersonEntity } from '../corpus/corpusIndex';
import type { RegistryPerson } from '../registry/registryFile';
import { roleLines, type RoleLine } from '../corpus/personRoles';
import { commandLink, escapeBlock, escapeInline } from './markdownText';
import { collapseBlanks } from '../recognize/textStructure';
import { replyCount } from '../notes/noteReplies';
import { counted } from '../counted';
import { dateInWords, spanDates } from '../corpus/dateRange';

/** A note attached to an entity, as the notes feature summarises it for a card. */
export interface NoteSummary {
  readonly id: string;
  /** The text the note annotates. */
  readonly doc: string;
  readonly body: string;
  readonly tags: readonly string[];
  /** How many replies the note has. */
  readonly replies?: number;
}

/** What a card needs besides the index: which corpus its links open in, and the notes about the entity. */
export interface CardContext {
  /** Identifies the corpus (the workspace folder) for the `_chancery.openMention` command links. */
  readonly corpusKey: string;
  readonly notes?: readonly NoteSummary[];
  /** How many mentions get a link; the rest are counted. */
  readonly maxLinks?: number;
}

/** The arguments of `_chancery.openMention`, built by cards and read by the adapter's command. */
export interface OpenMentionArgs {
  readonly corpus: string;
  readonly doc: string;
  readonly start: number;
  readonly end: number;
}

/** A link that opens a mention's text and selects it. */
export function mentionLink(label: string, corpus: string, mention: Pick<EntityMention, 'doc' | 'start' | 'end'>): string {
  const args: OpenMentionArgs = { corpus, doc: mention.doc, start: mention.start, end: mention.end };
  return commandLink(label, '_chancery.openMention', [args]);
}

/** A line of a person's roles: the office with its organisation and state, the registry's period, and the texts that write it. */
function formatRole(line: RoleLine): string {
  // The texts write the organisation in the role (`SCO Secretary-General`); the registry gives it apart.
  const where = [line.registered ? line.organization : undefined, line.state].filter((s) => s !== undefined).join(', ');
  const when = line.from && line.to ? ` (${dateInWords(spanDates(line.from, line.to))})` : line.from ? ` (since ${dateInWords(line.from)})` : line.to ? ` (until ${dateInWords(line.to)})` : '';
  const seen = line.texts > 0 ? textCount(line.years, line.texts, line.undated) : '';
  const head = `${escapeInline(line.role)}${where ? `, ${escapeInline(where)}` : ''}`;
  // A registry line gives its period, then the texts; a line only the texts write gives their years and count.
  return line.registered ? `${head}${escapeInline(when)}${seen ? `, ${seen}` : ''}` : `${head} (${seen})`;
}

function textCount(years: readonly string[], texts: number, undated: number): string {
  const span = years.length === 0 ? '' : years.length === 1 ? `${years[0]}, ` : `${years[0]}–${years[years.length - 1]}, `;
  // `2005, 3 texts` would date all three: the undated ones are said apart.
  const unknown = undated > 0 && years.length > 0 ? `, ${undated} undated` : '';
  return `${escapeInline(span)}${counted(texts, 'text')}${unknown}`;
}

/** A registry's external id: a Wikidata QID links to its page; any other id shows as text. */
function externalId(authority: string, id: string): string {
  if (authority.toLowerCase() === 'wikidata' && /^Q[1-9]\d*$/.test(id)) {
    return `Wikidata [${id}](https://www.wikidata.org/wiki/${id})`;
  }
  return `${escapeInline(authority)}: ${escapeInline(id)}`;
}

function meetingLabel(meeting: MeetingEntity): string {
  return [meeting.body ?? 'Meeting', meeting.date && dateInWords(meeting.date), meeting.place].filter((s) => s !== undefined).join(', ');
}

/**
 * The hover card of a person, as markdown: name and variants, roles from the registry (dated) and from the texts,
 * the meetings they took part in, mention count with links to the first mentions, and the notes about them.
 * Every piece of text from a file is escaped; the only links are `_chancery.openMention` command links.
 */
export function renderPersonCard(index: CorpusIndex, entityId: string, context: CardContext): string | undefined {
  // Per-entity accessors only: a hover must not walk the corpus (10,000 texts).
  const person: PersonEntity | undefined = index.person(entityId);
  if (!person) {
    return undefined;
  }
  const registered: RegistryPerson | undefined = index.registryPerson(entityId);
  // Ambiguous mentions may be this person's or another's: counted and linked apart, and no role is taken from them.
  const all = index.mentionsOf(entityId);
  const mentions = all.filter((m) => m.status !== 'ambiguous');
  const uncertain = all.filter((m) => m.status === 'ambiguous');
  const lines: string[] = [];

  const state = registered?.state ?? index.currentStateOf(entityId);
  const ids = Object.entries(registered?.ids ?? {}).map(([authority, id]) => externalId(authority, id));
  const head = [`**${escapeInline(person.name)}**`, ...(state ? [escapeInline(state)] : []), ...ids, ...(person.registered ? [] : ['*not in the registry*'])];
  lines.push(head.join(' · '));
  const written = index.writtenFormsOf(entityId);
  if (written.length > 0) {
    lines.push('', `Also written: ${written.map(escapeInline).join(', ')}`);
  }
  if (registered?.notes) {
    lines.push('', escapeBlock(registered.notes));
  }
  const roles = roleLines(registered?.roles ?? [], index.writtenRolesOf(entityId)).map(formatRole);
  if (roles.length > 0) {
    lines.push('', '**Roles**', '', ...roles.map((r) => `- ${r}`));
  }
  const meetings = index.meetingsOf(entityId);
  if (meetings.length > 0) {
    lines.push('', '**Meetings**', '');
    for (const meeting of meetings) {
      const took = (kind: string): boolean => meeting.participants.some((p) => p.entityId === entityId && p.kind === kind);
      const part = took('chair') ? ' — *chair*' : took('host') ? ' — *host*' : '';
      lines.push(`- ${escapeInline(meetingLabel(meeting))}${part}`);
    }
  }
  const maxLinks = context.maxLinks ?? LINKED_TEXTS;
  lines.push(...mentionsSection(summarizeMentions(mentions, maxLinks), context, (count, texts) => `**${counted(count, 'mention')} in ${counted(texts, 'text')}**`));
  if (uncertain.length > 0) {
    // One link per text, to its first such mention, with how many the text has: two links alike would say nothing.
    const byText = new Map<string, EntityMention[]>();
    for (const mention of uncertain) {
      const inText = byText.get(mention.doc);
      if (inText) {
        inText.push(mention);
      } else {
        byText.set(mention.doc, [mention]);
      }
    }
    const shown = [...byText.values()].slice(0, maxLinks);
    const links = shown.map(([first, ...rest]) => `${mentionLink((first as EntityMention).doc, context.corpusKey, first as EntityMention)}${rest.length > 0 ? ` (${rest.length + 1})` : ''}`);
    const more = byText.size > maxLinks ? `, … and ${counted(byText.size - maxLinks, 'more text')}` : '';
    lines.push('', `*${uncertain.length} ambiguous ${uncertain.length === 1 ? 'mention' : 'mentions'} may also be theirs:* ${links.join(', ')}${more}`);
  }
  lines.push(...notesSection(context));
  return lines.join('\n');
}

/**
 * The first mention of each of the first `limit` texts of a list of mentions sorted by text (`mentionsOf`), and how
 * many mentions and texts it has: `CorpusIndex.mentionSummaryOf` for a list a card already holds.
 */
export function summarizeMentions(mentions: readonly EntityMention[], limit: number): MentionSummary {
  const texts = new Set<string>();
  const first: EntityMention[] = [];
  for (const mention of mentions) {
    if (!texts.has(mention.doc)) {
      texts.add(mention.doc);
      if (first.length < limit) {
        first.push(mention);
      }
    }
  }
  return { mentions: mentions.length, texts: texts.size, first };
}

/**
 * The mentions of an entity on its card: a heading that counts them and their texts, a link to the first mention in
 * each of the first texts, and how many texts are left to Find All References.
 */
export function mentionsSection(summary: MentionSummary, context: CardContext, heading: (mentions: number, texts: number) => string): string[] {
  const lines = ['', heading(summary.mentions, summary.texts), '', ...summary.first.map((m) => `- ${mentionLink(m.doc, context.corpusKey, m)}`)];
  if (summary.texts > summary.first.length) {
    lines.push(`- … and ${summary.texts - summary.first.length} more (Find All References)`);
  }
  return lines;
}

// The command that opens a note (`noteLinks.ts`), and the length of a note's preview on a card.
const OPEN_NOTE_LINK = '_chancery.openNoteLink';
const NOTE_PREVIEW = 200;

/**
 * The notes about an entity, for its card: each note's body on one line as plain text (a card is trusted markdown, a
 * note is not: its markup shows as written), its tags, and its text as a link that opens the note.
 */
export function notesSection(context: CardContext): string[] {
  const notes = context.notes ?? [];
  if (notes.length === 0) {
    return [];
  }
  const lines = ['', '**Notes**', ''];
  for (const note of notes) {
    const tags = note.tags.length > 0 ? ` _${note.tags.map(escapeInline).join(', ')}_` : '';
    const replies = note.replies ? `, ${replyCount(note.replies)}` : '';
    const body = collapseBlanks(note.body).trim();
    const preview = body.length > NOTE_PREVIEW ? `${body.slice(0, NOTE_PREVIEW - 1)}…` : body;
    // The link is held by the text itself, so its path resolves to the text (`openNoteLink`).
    const from = `${context.corpusKey}/${note.doc.split('/').map(encodeURIComponent).join('/')}`;
    const link = commandLink(note.doc, OPEN_NOTE_LINK, [{ from, text: note.doc.slice(note.doc.lastIndexOf('/') + 1), noteId: note.id }]);
    lines.push(`- ${escapeInline(preview)}${tags} (${link}${replies})`);
  }
  return lines;
}

/**
 * The hover card of a mention whose name fits several people: each candidate with their state and roles, and how
 * the analyst settles it. Chancery does not choose, so no candidate's card stands in for it.
 */
export function renderAmbiguousCard(index: CorpusIndex, mention: Pick<EntityMention, 'candidates'>, written: string, context: CardContext): string {
  const lines = [`**${escapeInline(written)}** · *ambiguous*`, '', `The name fits ${mention.candidates.length} people; Chancery does not choose between them:`, ''];
  for (const id of mention.candidates) {
    const person = index.person(id);
    const registered = index.registryPerson(id);
    const state = registered?.state ?? index.currentStateOf(id);
    const roles = roleLines(registered?.roles ?? [], []).map(formatRole);
    const [first] = index.mentionsOf(id).filter((m) => m.status !== 'ambiguous');
    const parts = [`**${escapeInline(person?.name ?? id)}**`, ...(state ? [escapeInline(state)] : []), ...(roles.length > 0 ? [roles.join('; ')] : [])];
    lines.push(`- ${parts.join(' · ')}${first ? ` (first named in ${mentionLink(first.doc, context.corpusKey, first)})` : ''}`);
  }
  lines.push('', 'To settle it, add this spelling to one person\'s `aliases` in `chancery.yaml`, or give their `roles` dates.');
  return lines.join('\n');
}
