import type { CorpusIndex, EntityMention, MeetingEntity, PersonEntity } from '../corpus/corpusIndex';
import type { RegistryPerson, RegistryRole } from '../registry/registryFile';
import { commandLink, escapeBlock, escapeInline } from './markdownText';
import { replyCount } from '../notes/noteReplies';

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

function formatRole(role: RegistryRole, seen: TextRole | undefined): string {
  const where = [role.organization, role.state].filter((s) => s !== undefined).join(', ');
  const when = role.from || role.to ? ` (${role.from?.text ?? '…'} – ${role.to?.text ?? ''})`.replace(' – )', ' –)') : '';
  return `${escapeInline(role.role)}${where ? `, ${escapeInline(where)}` : ''}${escapeInline(when)}${seen ? `, ${textCount(seen)}` : ''}`;
}

/** A role as the texts write it next to the name, with the years of the texts it stands in. */
interface TextRole {
  readonly role: string;
  readonly state: string | undefined;
  readonly years: Set<string>;
  readonly texts: Set<string>;
}

function rolesFromTexts(index: CorpusIndex, mentions: readonly EntityMention[]): TextRole[] {
  const roles = new Map<string, TextRole>();
  for (const mention of mentions) {
    if (mention.role === undefined) {
      continue;
    }
    const key = `${mention.role}\u0000${mention.state ?? ''}`;
    const slot = roles.get(key) ?? { role: mention.role, state: mention.state, years: new Set<string>(), texts: new Set<string>() };
    const year = index.extraction(mention.doc)?.date?.from.slice(0, 4);
    if (year !== undefined) {
      slot.years.add(year);
    }
    slot.texts.add(mention.doc);
    roles.set(key, slot);
  }
  return [...roles.values()];
}

function textCount({ years, texts }: TextRole): string {
  const sorted = [...years].sort();
  const span = sorted.length === 0 ? '' : sorted.length === 1 ? `${sorted[0]}, ` : `${sorted[0]}–${sorted[sorted.length - 1]}, `;
  return `${escapeInline(span)}${texts.size} ${texts.size === 1 ? 'text' : 'texts'}`;
}

/** The same office as a registry role: same words (any case), same state when both name one. */
function sameRole(registry: RegistryRole, seen: TextRole): boolean {
  return (
    registry.role.toLowerCase() === seen.role.toLowerCase() &&
    (registry.state === undefined || seen.state === undefined || registry.state === seen.state)
  );
}

/** Registry roles (dated) with the texts that write them, then the roles only the texts write. */
function roleLines(registered: readonly RegistryRole[], seen: readonly TextRole[]): string[] {
  const unmatched = new Set(seen);
  const lines = registered.map((role) => {
    const match = seen.find((s) => unmatched.has(s) && sameRole(role, s));
    if (match) {
      unmatched.delete(match);
    }
    return formatRole(role, match);
  });
  return [...lines, ...[...unmatched].map((s) => `${escapeInline([s.role, s.state].filter((x) => x !== undefined).join(', '))} (${textCount(s)})`)];
}

/** A registry's external id: a Wikidata QID links to its page; any other id shows as text. */
function externalId(authority: string, id: string): string {
  if (authority.toLowerCase() === 'wikidata' && /^Q[1-9]\d*$/.test(id)) {
    return `Wikidata [${id}](https://www.wikidata.org/wiki/${id})`;
  }
  return `${escapeInline(authority)}: ${escapeInline(id)}`;
}

function meetingLabel(meeting: MeetingEntity): string {
  return [meeting.body ?? 'Meeting', meeting.date?.text, meeting.place].filter((s) => s !== undefined).join(', ');
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

  const state = registered?.state ?? person.states[0];
  const ids = Object.entries(registered?.ids ?? {}).map(([authority, id]) => externalId(authority, id));
  const head = [`**${escapeInline(person.name)}**`, ...(state ? [escapeInline(state)] : []), ...ids, ...(person.registered ? [] : ['*not in the registry*'])];
  lines.push(head.join(' · '));
  if (person.aliases.length > 0) {
    lines.push('', `Also written: ${person.aliases.map(escapeInline).join(', ')}`);
  }
  if (registered?.notes) {
    lines.push('', escapeBlock(registered.notes));
  }
  const roles = roleLines(registered?.roles ?? [], rolesFromTexts(index, mentions));
  if (roles.length > 0) {
    lines.push('', '**Roles**', '', ...roles.map((r) => `- ${r}`));
  }
  const meetings = index.meetingsOf(entityId);
  if (meetings.length > 0) {
    lines.push('', '**Meetings**', '');
    for (const meeting of meetings) {
      const chair = meeting.participants.some((p) => p.entityId === entityId && p.kind === 'chair');
      lines.push(`- ${escapeInline(meetingLabel(meeting))}${chair ? ' — *chair*' : ''}`);
    }
  }
  const texts = new Set(mentions.map((m) => m.doc));
  const maxLinks = context.maxLinks ?? 5;
  lines.push('', `**${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'} in ${texts.size} ${texts.size === 1 ? 'text' : 'texts'}**`, '');
  const firstPerText = [...texts].map((doc) => mentions.find((m) => m.doc === doc)).filter((m): m is EntityMention => m !== undefined);
  for (const mention of firstPerText.slice(0, maxLinks)) {
    lines.push(`- ${mentionLink(mention.doc, context.corpusKey, mention)}`);
  }
  if (firstPerText.length > maxLinks) {
    lines.push(`- … and ${firstPerText.length - maxLinks} more (Find All References)`);
  }
  if (uncertain.length > 0) {
    const links = uncertain.slice(0, maxLinks).map((m) => mentionLink(m.doc, context.corpusKey, m));
    const more = uncertain.length > maxLinks ? `, … and ${uncertain.length - maxLinks} more` : '';
    lines.push('', `*${uncertain.length} ambiguous ${uncertain.length === 1 ? 'mention' : 'mentions'} may also be theirs:* ${links.join(', ')}${more}`);
  }
  const notes = context.notes ?? [];
  if (notes.length > 0) {
    lines.push('', '**Notes**', '');
    for (const note of notes) {
      const tags = note.tags.length > 0 ? ` _${note.tags.map(escapeInline).join(', ')}_` : '';
      const replies = note.replies ? `, ${replyCount(note.replies)}` : '';
      lines.push(`- ${escapeBlock(note.body.length > 280 ? `${note.body.slice(0, 279)}…` : note.body)}${tags} (${escapeInline(note.doc)}${replies})`);
    }
  }
  return lines.join('\n');
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
    const state = registered?.state ?? person?.states[0];
    const roles = (registered?.roles ?? []).map((role) => formatRole(role, undefined));
    const [first] = index.mentionsOf(id).filter((m) => m.status !== 'ambiguous');
    const parts = [`**${escapeInline(person?.name ?? id)}**`, ...(state ? [escapeInline(state)] : []), ...(roles.length > 0 ? [roles.join('; ')] : [])];
    lines.push(`- ${parts.join(' · ')}${first ? ` (first named in ${mentionLink(first.doc, context.corpusKey, first)})` : ''}`);
  }
  lines.push('', 'To settle it, add this spelling to one person\'s `aliases` in `chancery.yaml`, or give their `roles` dates.');
  return lines.join('\n');
}
