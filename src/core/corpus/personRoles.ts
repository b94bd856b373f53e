import type { DocId } from '../model';
import type { RegistryRole } from '../registry/registryFile';
import { OFFICES, ORGANIZATIONS } from '../lexicon/lexicon.generated';
import { escapeRegExp } from '../recognize/lexiconIndex';
import { dateWithin, datesOverlap, type DateRange } from './dateRange';
import { roleKey } from './personIdentity';

/** A role a text writes for a person: next to their name, or alone where the registry's dated roles name them. */
export interface WrittenRole {
  readonly doc: DocId;
  readonly start: number;
  /** As written, without the state phrase (`Minister of Foreign Affairs`, `SCO Secretary-General`). */
  readonly role: string;
  readonly state: string | undefined;
  readonly organization: string | undefined;
  /** The date of the text. */
  readonly date: DateRange | undefined;
}

/** A role as a row shows it: the office, and the state it was held for when known. */
export interface ShownRole {
  readonly role: string;
  readonly state: string | undefined;
  /** When the registry gives the role an end (`to`): its year, so that a role held no longer is not read as current. */
  readonly until?: string;
}

/**
 * One line of a person's roles: an office of the registry over its period, with the texts that write it, or an
 * office only the texts write. The same office for the same state and organisation is one line, unless the registry
 * gives it two periods apart.
 */
export interface RoleLine {
  /** As the registry writes it, else as most of the texts do. */
  readonly role: string;
  readonly organization: string | undefined;
  readonly state: string | undefined;
  readonly from: DateRange | undefined;
  readonly to: DateRange | undefined;
  readonly registered: boolean;
  /** The years of the texts that write it, sorted. */
  readonly years: readonly string[];
  /** How many texts write it. */
  readonly texts: number;
  /** How many of those texts have no date, so that their years are not among `years`. */
  readonly undated: number;
}

/** The names an organisation goes by in the lexicon (its acronyms, name and other spellings), longest first. */
function organizationNames(organization: string): string[] {
  const entry = ORGANIZATIONS.find((o) => o.name === organization || o.acronyms.includes(organization));
  const names = entry ? [...entry.acronyms, entry.name, ...(entry.variants ?? [])] : [];
  return [...new Set([organization, ...names])].sort((a, b) => b.length - a.length);
}

/**
 * The office a role names, for comparing roles: the spellings `roleKey` folds (`Foreign Minister`, `Minister of
 * Foreign Affairs`), hyphens as spaces (`Vice-President`), and the organisation's name left out of the role when the
 * organisation is known (`SCO Secretary-General`, `Secretary-General of the SCO`). `Acting` stays: an acting holder
 * is shown as such.
 */
export function officeKey(role: string, organization: string | undefined): string {
  let office = role.trim();
  for (const name of organization === undefined ? [] : organizationNames(organization)) {
    if (office.startsWith(`${name} `)) {
      office = office.slice(name.length + 1);
    }
    const of = ` of the ${name}`;
    const ofBare = ` of ${name}`;
    office = office.endsWith(of) ? office.slice(0, -of.length) : office.endsWith(ofBare) ? office.slice(0, -ofBare.length) : office;
  }
  const acting = /^acting\s/i.test(office) ? 'acting ' : '';
  return `${acting}${roleKey(office)
    .replace(/\s*[-\u2010\u2011\u2013\u2014]\s*/g, ' ')
    .replace(/^the /, '')}`;
}

// The lexicon's offices in any letter case, longest first, with the words a lower-case role may open with
// (`deputy foreign minister`): what `capitaliseRole` writes as the lexicon does.
const LEXICON_OFFICES = new RegExp(
  `\\b(?:(?:first|deputy|vice)[- ]\\s*)*(?:${[...OFFICES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\b`,
  'gi',
);
const OFFICE_SPELLING = new Map(OFFICES.map((o) => [o.toLowerCase(), o]));
const capitalised = new Map<string, string>();

/**
 * A role with its offices written as the lexicon writes them (`foreign minister` -> `Foreign Minister`, `deputy prime
 * minister` -> `Deputy Prime Minister`); the other words as written (`former`, `acting`, `of Kazakhstan`).
 */
export function capitaliseRole(role: string): string {
  let shown = capitalised.get(role);
  if (shown === undefined) {
    shown = role.replace(LEXICON_OFFICES, (office) => {
      const head = /^(?:(?:first|deputy|vice)[- ]\s*)*/i.exec(office)?.[0] ?? '';
      const rest = office.slice(head.length);
      const prefix = head.replace(/\b[a-z]/g, (c) => c.toUpperCase());
      return prefix + (OFFICE_SPELLING.get(rest.toLowerCase()) ?? rest);
    });
    capitalised.set(role, shown);
  }
  return shown;
}

function capitals(text: string): number {
  let count = 0;
  for (const c of text) {
    count += c !== c.toLowerCase() ? 1 : 0;
  }
  return count;
}

/**
 * The spelling to show of a role written in several letter cases (`foreign minister`, `Foreign Minister`): the one
 * written with the most capitals (the first among equals), its offices as the lexicon writes them.
 */
export function shownSpelling(spellings: Iterable<string>): string {
  let best: string | undefined;
  for (const spelling of spellings) {
    if (best === undefined || capitals(spelling) > capitals(best)) {
      best = spelling;
    }
  }
  return capitaliseRole(best ?? '');
}

/** Two optional values agree: the same, or one of them unknown. */
function agree(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

function undated(role: Pick<RegistryRole, 'from' | 'to'>): boolean {
  return role.from === undefined && role.to === undefined;
}

/** How recent a registry role is: its end (an open end is now), then its start (an open start is the oldest). */
function recency(role: RegistryRole): [string, string] {
  return [role.to?.to ?? '9999-12-31', role.from?.from ?? ''];
}

function moreRecent(a: RegistryRole, b: RegistryRole): boolean {
  const [x, y] = [recency(a), recency(b)];
  return x[0] > y[0] || (x[0] === y[0] && x[1] > y[1]);
}

/** The most recent of registry roles (the first written among equals), or undefined for none. */
function latest(roles: readonly RegistryRole[]): RegistryRole | undefined {
  let best: RegistryRole | undefined;
  for (const role of roles) {
    if (best === undefined || moreRecent(role, best)) {
      best = role;
    }
  }
  return best;
}

/** The registry role taken up last (an open start is the oldest; the first written among equals). */
function takenUpLast(roles: readonly RegistryRole[]): RegistryRole | undefined {
  let best: RegistryRole | undefined;
  for (const role of roles) {
    if (best === undefined || (role.from?.from ?? '') > (best.from?.from ?? '')) {
      best = role;
    }
  }
  return best;
}

/** Written roles that differ only in letter case, as one: how often, the latest text's date, the first state written. */
interface WrittenSpellings {
  readonly spellings: Set<string>;
  count: number;
  date: string;
  state: string | undefined;
}

/** The written roles by their letter-case-folded spelling, in the order first written. */
function bySpelling(written: readonly WrittenRole[]): Map<string, WrittenSpellings> {
  const byRole = new Map<string, WrittenSpellings>();
  for (const w of written) {
    const key = w.role.toLowerCase();
    const slot = byRole.get(key) ?? { spellings: new Set<string>(), count: 0, date: '', state: w.state };
    slot.count++;
    slot.state ??= w.state;
    slot.spellings.add(w.role);
    const date = w.date?.to ?? '';
    slot.date = date > slot.date ? date : slot.date;
    byRole.set(key, slot);
  }
  return byRole;
}

/** The key of a written role's date (`from|to`), or undefined for an undated text. */
function dateKey(w: WrittenRole): string | undefined {
  return w.date === undefined ? undefined : `${w.date.from}|${w.date.to}`;
}

/** The written roles by a key of each (its text, its date), in the order written; those without a key left out. */
function groupedBy(written: readonly WrittenRole[], key: (w: WrittenRole) => string | undefined): Map<string, WrittenRole[]> {
  const groups = new Map<string, WrittenRole[]>();
  for (const w of written) {
    const k = key(w);
    const group = k === undefined ? undefined : groups.get(k);
    if (group) {
      group.push(w);
    } else if (k !== undefined) {
      groups.set(k, [w]);
    }
  }
  return groups;
}

/**
 * The written roles with each bare title given way to the fuller title it is the head of, written in the same text or
 * at the same date (`President` after `President of the European Council` in one text: the fuller one), its state and
 * organisation agreeing; of several fuller titles, the first written. A text that writes a person's office in full
 * and then by its head names one office, not two. Only the roles of one text or one date are compared: a person
 * named in many texts has many roles.
 */
export function withFullerRoles(written: readonly WrittenRole[]): readonly WrittenRole[] {
  if (written.length < 2) {
    return written;
  }
  const byDoc = groupedBy(written, (w) => w.doc);
  const byDate = groupedBy(written, dateKey);
  return written.map((w) => {
    const head = `${w.role.toLowerCase()} `;
    const fullerOf = (f: WrittenRole): boolean => f.role.length > head.length && f.role.toLowerCase().startsWith(head) && agree(w.state, f.state) && agree(w.organization, f.organization);
    const date = dateKey(w);
    const fuller = byDoc.get(w.doc)?.find(fullerOf) ?? (date === undefined ? undefined : byDate.get(date)?.find(fullerOf));
    return fuller ? { ...w, role: fuller.role, state: w.state ?? fuller.state, organization: w.organization ?? fuller.organization } : w;
  });
}

/**
 * The office the texts write most recently (the text's date), then most often, then first in alphabetical order;
 * its spellings folded (`officeKey`: `Foreign Minister` and `Minister of Foreign Affairs` are one office) and shown
 * as most written, as a person's card shows that office's line.
 */
function latestWritten(written: readonly WrittenRole[]): ShownRole | undefined {
  const offices = new Map<string, { written: WrittenRole[]; date: string; state: string | undefined }>();
  for (const w of withFullerRoles(written)) {
    const key = officeKey(w.role, w.organization);
    const office = offices.get(key) ?? { written: [], date: '', state: w.state };
    office.written.push(w);
    office.state ??= w.state;
    const date = w.date?.to ?? '';
    office.date = date > office.date ? date : office.date;
    offices.set(key, office);
  }
  let best: [string, { written: WrittenRole[]; date: string; state: string | undefined }] | undefined;
  for (const entry of offices) {
    const [key, { written: all, date }] = entry;
    if (best === undefined || date > best[1].date || (date === best[1].date && (all.length > best[1].written.length || (all.length === best[1].written.length && key < best[0])))) {
      best = entry;
    }
  }
  return best && { role: mostWritten(best[1].written), state: best[1].state };
}

/**
 * A person's current role, where no date is in question: the most recent role of the registry (one still held,
 * an open `to`, the one taken up last; a role without dates counts as still held, after the dated ones), else the
 * role the texts write in the most recent text (the most written, among roles of one date).
 */
export function currentRole(registered: readonly RegistryRole[], written: readonly WrittenRole[]): ShownRole | undefined {
  const role = latest(registered);
  if (role?.to !== undefined) {
    return { role: role.role, state: role.state, until: role.to.to.slice(0, 4) };
  }
  return role ? { role: role.role, state: role.state } : latestWritten(written);
}

/** A role written at a mention, its offices as the lexicon writes them. */
function shown(role: ShownRole): ShownRole {
  return { role: capitaliseRole(role.role), state: role.state };
}

/**
 * The state a person is of, where no date is in question: the state of their current role (`currentRole`), else of
 * their most recent role that has one; undefined when no role has a state.
 */
export function currentState(registered: readonly RegistryRole[], written: readonly WrittenRole[]): string | undefined {
  return currentRole(registered, written)?.state ?? currentRole(registered.filter((r) => r.state !== undefined), written.filter((w) => w.state !== undefined))?.state;
}

/**
 * The role a person held at a date (a meeting's), from the best source that speaks of it:
 * 1. a dated registry role held at the date (several: the one the text writes, else the one taken up last);
 * 2. the role written at the mention (in the text that reports the meeting);
 * 3. the role the texts write with their name at that date (the most written);
 * 4. a registry role without dates (the first written).
 * Without a date, the role written at the mention, else the current role (`currentRole`). `written` is asked only
 * when the first two say nothing.
 */
export function roleAt(registered: readonly RegistryRole[], date: DateRange | undefined, atMention: ShownRole | undefined, written: () => readonly WrittenRole[]): ShownRole | undefined {
  if (date === undefined) {
    return atMention ? shown(atMention) : currentRole(registered, registered.length > 0 ? [] : written());
  }
  const held = registered.filter((r) => !undated(r) && dateWithin(date, r.from, r.to));
  const office = held.length > 1 && atMention ? officeKey(atMention.role, undefined) : undefined;
  const chosen = (office === undefined ? undefined : held.find((r) => officeKey(r.role, r.organization) === office)) ?? takenUpLast(held);
  if (chosen) {
    return { role: chosen.role, state: chosen.state ?? atMention?.state };
  }
  if (atMention) {
    return shown(atMention);
  }
  const then = written().filter((w) => w.date !== undefined && datesOverlap(w.date, date));
  const first = registered.find(undated);
  return latestWritten(then) ?? (first && { role: first.role, state: first.state });
}

/** A line being built: its period grows as registry roles join it, its texts as written roles do. */
interface LineDraft {
  role: string;
  readonly office: string;
  organization: string | undefined;
  state: string | undefined;
  from: DateRange | undefined;
  to: DateRange | undefined;
  readonly registered: boolean;
  readonly written: WrittenRole[];
}

/** Two periods that are one: they overlap, or one of them is not dated. */
function samePeriod(a: Pick<RegistryRole, 'from' | 'to'>, b: Pick<RegistryRole, 'from' | 'to'>): boolean {
  if (undated(a) || undated(b)) {
    return true;
  }
  return (a.from === undefined || b.to === undefined || a.from.from <= b.to.to) && (b.from === undefined || a.to === undefined || b.from.from <= a.to.to);
}

/** Joins a registry role into a line of the same office: the line takes the union of both periods. */
function widen(line: LineDraft, role: RegistryRole): void {
  line.organization ??= role.organization;
  line.state ??= role.state;
  if (undated(role)) {
    return;
  }
  if (undated(line)) {
    line.from = role.from;
    line.to = role.to;
    return;
  }
  line.from = line.from === undefined || role.from === undefined ? undefined : role.from.from < line.from.from ? role.from : line.from;
  line.to = line.to === undefined || role.to === undefined ? undefined : role.to.to > line.to.to ? role.to : line.to;
}

function fits(line: LineDraft, office: string, state: string | undefined, organization: string | undefined): boolean {
  return line.office === office && agree(line.state, state) && agree(line.organization, organization);
}

/**
 * The spelling most of a line's texts write (the first of them among equals), letter case aside: the spellings of
 * it that differ only in letter case are shown as one (`shownSpelling`).
 */
function mostWritten(written: readonly WrittenRole[]): string {
  let best: Set<string> = new Set();
  let most = 0;
  for (const { count, spellings } of bySpelling(written).values()) {
    if (count > most) {
      [best, most] = [spellings, count];
    }
  }
  return shownSpelling(best);
}

/**
 * A person's roles, one line per office held: registry roles of the same office, state and organisation whose
 * periods overlap (or are not dated) are one line, and two periods apart stay two lines. A role the texts write
 * joins the registry line of its office whose period holds the text's date (any such line when the text is
 * undated); the other written roles make one line per office, spellings folded (`officeKey`), a role written
 * without a state joining the one state written with it.
 */
export function roleLines(registered: readonly RegistryRole[], written: readonly WrittenRole[]): RoleLine[] {
  return draftLines(registered, written).map((line) => {
    const years = new Set(line.written.map((w) => w.date?.from.slice(0, 4)).filter((y) => y !== undefined));
    return {
      role: shownLineRole(line),
      organization: line.organization,
      state: line.state,
      from: line.from,
      to: line.to,
      registered: line.registered,
      years: [...years].sort(),
      texts: new Set(line.written.map((w) => w.doc)).size,
      undated: new Set(line.written.filter((w) => w.date === undefined).map((w) => w.doc)).size,
    };
  });
}

/** The lines of `roleLines`, with the texts that write each. */
function draftLines(registered: readonly RegistryRole[], written: readonly WrittenRole[]): LineDraft[] {
  const lines: LineDraft[] = [];
  for (const role of registered) {
    const office = officeKey(role.role, role.organization);
    const line = lines.find((l) => fits(l, office, role.state, role.organization) && samePeriod(l, role));
    if (line) {
      widen(line, role);
    } else {
      lines.push({ role: role.role, office, organization: role.organization, state: role.state, from: role.from, to: role.to, registered: true, written: [] });
    }
  }
  const textLines: LineDraft[] = [];
  // Roles with a state first: a role written without one then joins the line of the one state written with it.
  const ordered = [...withFullerRoles(written)].sort((a, b) => Number(a.state === undefined) - Number(b.state === undefined));
  for (const w of ordered) {
    const office = officeKey(w.role, w.organization);
    const matching = lines.filter((l) => fits(l, office, w.state, w.organization));
    const line = matching.find((l) => w.date === undefined || dateWithin(w.date, l.from, l.to));
    if (line) {
      line.written.push(w);
      continue;
    }
    // `Prime Minister and Minister of Foreign Affairs`: two offices written as one role, each a line of the registry
    // already, join those lines rather than repeat them in a line of their own.
    const offices = officesOf(w.role).map((part) => lines.find((l) => l.registered && fits(l, officeKey(part, w.organization), w.state, w.organization)));
    if (offices.length > 1 && offices.every((l) => l !== undefined)) {
      new Set(offices).forEach((l) => l?.written.push(w));
      continue;
    }
    const apart = textLines.filter((l) => fits(l, office, w.state, w.organization));
    const own = apart.length === 1 ? apart[0] : apart.find((l) => l.state === w.state && l.organization === w.organization);
    if (own) {
      own.written.push(w);
    } else {
      textLines.push({ role: w.role, office, organization: w.organization, state: w.state, from: undefined, to: undefined, registered: false, written: [w] });
    }
  }
  return [...lines, ...textLines];
}

/** The offices of a role that holds several, joined by `and`, a dash or a comma; the role alone otherwise. */
function officesOf(role: string): string[] {
  return role.split(/\s+and\s+|\s*[-–—]\s+|,\s+/).filter((part) => part !== '');
}

function shownLineRole(line: LineDraft): string {
  return line.registered ? line.role : mostWritten(line.written);
}

/** How recent a line is: its period's end (an open end is now), else its latest text; then its period's start. */
function lineRecency(line: LineDraft): [string, string] {
  let last = line.registered ? (line.to?.to ?? '9999-12-31') : '';
  for (const w of line.written) {
    last = (w.date?.to ?? '') > last ? (w.date?.to ?? '') : last;
  }
  return [last, line.from?.from ?? ''];
}

/**
 * A person's roles for a list (the People view's tooltip), one per office (`officeKey`): the current role first
 * (`currentRole`), then the others from the most recent (a line's period's end, else its latest text).
 */
export function rolesByRecency(registered: readonly RegistryRole[], written: readonly WrittenRole[]): string[] {
  const current = currentRole(registered, registered.length > 0 ? [] : written);
  const isCurrent = (line: LineDraft): boolean => current !== undefined && line.office === officeKey(current.role, line.organization) && agree(line.state, current.state);
  const lines = draftLines(registered, written)
    .map((line) => ({ line, current: isCurrent(line), recency: lineRecency(line) }))
    .sort((a, b) => Number(b.current) - Number(a.current) || b.recency[0].localeCompare(a.recency[0]) || b.recency[1].localeCompare(a.recency[1]));
  const offices = new Set<string>();
  const roles: string[] = [];
  for (const { line } of lines) {
    if (!offices.has(line.office)) {
      offices.add(line.office);
      roles.push(shownLineRole(line));
    }
  }
  return roles;
}
