import Fuse from 'fuse.js';
import { foldLetters } from '../foldLetters';
import { memoized } from '../memo';
import type { DateRange } from './dateRange';
import { dateWithin } from './dateRange';
import type { Registry, RegistryPerson, RegistryRole } from '../registry/registryFile';
import { foldName, initialsCompatible, isWholeName, parsePersonName, type PersonName } from '../recognize/personName';

/** How sure the index is of the person a mention stands for. */
export type IdentityStatus = 'registered' | 'inferred' | 'ambiguous';

/** The person a mention resolves to, or the people it may be. */
export interface Identity {
  readonly status: IdentityStatus;
  /** The entity id (`person:<registry id>` or `person:~<name>` for people found only in the texts). */
  readonly entityId: string;
  /** For an ambiguous mention, the entity ids it may stand for. */
  readonly candidates: readonly string[];
}

/**
 * The candidates of every identity that is not ambiguous: one shared empty list rather than one per identity (a full
 * run makes tens of thousands). Frozen, as nothing may add to it.
 */
export const NO_CANDIDATES: readonly string[] = Object.freeze([]);

/** One written occurrence of a person, with what its text says next to the name. */
export interface PersonOccurrence {
  readonly name: PersonName;
  readonly role: string | undefined;
  readonly state: string | undefined;
  /** The date of the text it stands in, to pick among registry roles. */
  readonly date: DateRange | undefined;
}

interface RegistryForm {
  readonly person: RegistryPerson;
  readonly name: PersonName;
}

/** The registry's people indexed by surname key and, for near spellings, through fuse.js. */
export interface PeopleDirectory {
  readonly registry: Registry | undefined;
  readonly bySurname: ReadonlyMap<string, readonly RegistryForm[]>;
  readonly byExactForm: ReadonlyMap<string, readonly RegistryPerson[]>;
  readonly fuzzy: Fuse<string>;
}

/** Folds a whole written form (`N. Nazarbaev`) into a key for exact alias matching. */
export function formKey(written: string): string {
  return written
    .split(/\s+/)
    .map((w) => (/^\p{Lu}\p{Ll}?\.$/u.test(w) ? w.charAt(0).toLowerCase() + '.' : foldName(w)))
    .join(' ');
}

/** Builds the directory of registry people (names and aliases); cheap enough to rebuild when the registry changes. */
export function buildPeopleDirectory(registry: Registry | undefined): PeopleDirectory {
  const bySurname = new Map<string, RegistryForm[]>();
  const byExactForm = new Map<string, RegistryPerson[]>();
  for (const person of registry?.people ?? []) {
    for (const written of [person.name, ...person.aliases]) {
      const name = parsePersonName(written);
      if (!name) {
        continue;
      }
      const list = bySurname.get(name.surnameKey) ?? [];
      if (!list.some((f) => f.person === person && f.name.written === name.written)) {
        list.push({ person, name });
      }
      bySurname.set(name.surnameKey, list);
      const exact = byExactForm.get(formKey(written)) ?? [];
      if (!exact.includes(person)) {
        exact.push(person);
      }
      byExactForm.set(formKey(written), exact);
    }
  }
  // Near spellings that folding does not catch (`Swaraji`/`Swaraj`): fuse.js over registry surname keys.
  const fuzzy = new Fuse([...bySurname.keys()], { includeScore: true, threshold: 0.25, minMatchCharLength: 3 });
  return { registry, bySurname, byExactForm, fuzzy };
}

/** The entity id of a registry person. */
export function registryPersonId(person: RegistryPerson): string {
  return `person:${person.id}`;
}

function roleMatches(written: string | undefined, role: RegistryRole): boolean {
  if (written === undefined) {
    return true;
  }
  return roleKey(written) === roleKey(role.role) || roleKey(written).includes(roleKey(role.role)) || roleKey(role.role).includes(roleKey(written));
}

const FORMER = /^former\s+/i;

/**
 * The office a written role names and whether the text says it was held before (`former President`): such a role
 * is not the one its holder at the text's date holds. An `acting` holder holds the office (`roleKey` drops the word).
 */
function officeOf(role: string | undefined): { office: string | undefined; former: boolean } {
  const former = role !== undefined && FORMER.test(role);
  return { office: former ? role.replace(FORMER, '') : role, former };
}

/**
 * Whether a registry person held a role at the date: for a role said to be former, whether they had left it by
 * then (a role ended on or before the date) and did not hold it again at the date.
 */
function heldAt(person: RegistryPerson, date: DateRange, former: boolean, fits: (role: RegistryRole) => boolean): boolean {
  const dated = person.roles.filter((r) => (r.from !== undefined || r.to !== undefined) && fits(r));
  if (!former) {
    return dated.some((r) => dateWithin(date, r.from, r.to));
  }
  const left = dated.some((r) => r.to !== undefined && r.to.from <= date.to);
  const holds = dated.some((r) => dateWithin(date, r.from, r.to) && (r.to === undefined || r.to.to > date.to));
  return left && !holds;
}

/** Folds role wordings that mean the same office (`Foreign Minister` and `Minister of Foreign Affairs`). */
export function roleKey(role: string): string {
  return role
    .toLowerCase()
    .replace(/^acting\s+/, '')
    .replace(/foreign minister/g, 'minister of foreign affairs')
    .replace(/defen[cs]e minister/g, 'minister of defense')
    .replace(/secretary general/g, 'secretary-general')
    .replace(/\s+/g, ' ')
    .trim();
}

function personStates(person: RegistryPerson): Set<string> {
  const states = new Set<string>();
  if (person.state !== undefined) {
    states.add(person.state);
  }
  for (const role of person.roles) {
    if (role.state !== undefined) {
      states.add(role.state);
    }
  }
  return states;
}

/** Narrows registry candidates by state, then by the roles they held at the text's date, else by their roles at any date. */
function narrowByContext(candidates: readonly RegistryPerson[], occurrence: PersonOccurrence): RegistryPerson[] {
  let narrowed = candidates.filter((p) => {
    const states = personStates(p);
    return occurrence.state === undefined || states.size === 0 || states.has(occurrence.state);
  });
  if (narrowed.length > 1 && occurrence.date) {
    const date = occurrence.date;
    const { office, former } = officeOf(occurrence.role);
    const dated = narrowed.filter((p) => heldAt(p, date, former, (r) => roleMatches(office, r) && (occurrence.state === undefined || r.state === undefined || r.state === occurrence.state)));
    if (dated.length > 0) {
      narrowed = dated;
    }
  }
  // Otherwise the role written with the name, among the roles the registry gives them at any date: `President V.
  // Orlov` is the registry's President Viktor Orlov, not its Minister Vadim Orlov. Not a former role: who had left
  // an office takes dates to tell.
  if (narrowed.length > 1 && occurrence.role !== undefined) {
    const { office, former } = officeOf(occurrence.role);
    const holding = former ? [] : narrowed.filter((p) => p.roles.some((r) => roleMatches(office, r) && (occurrence.state === undefined || r.state === undefined || r.state === occurrence.state)));
    if (holding.length > 0) {
      narrowed = holding;
    }
  }
  return narrowed;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Resolves an occurrence against the registry: undefined when the registry does not know the name. */
export function resolveInRegistry(directory: PeopleDirectory, occurrence: PersonOccurrence): Identity | undefined {
  if (directory.bySurname.size === 0) {
    return undefined;
  }
  const exact = directory.byExactForm.get(formKey(occurrence.name.written));
  let candidates: RegistryPerson[] = exact ? [...exact] : [];
  const byForm = candidates.length > 0;
  if (!byForm) {
    const forms = [...(directory.bySurname.get(occurrence.name.surnameKey) ?? [])];
    if (forms.length === 0 && occurrence.name.surnameKey.length >= 5) {
      for (const hit of directory.fuzzy.search(occurrence.name.surnameKey, { limit: 5 })) {
        // A fuzzy surname is trusted only with a written given name that agrees, never with an initial alone.
        if ((hit.score ?? 1) <= 0.25) {
          forms.push(...(directory.bySurname.get(hit.item) ?? []).filter((f) => occurrence.name.given.length > 0 && f.name.given.length > 0));
        }
      }
    }
    const whole = isWholeName(occurrence.name);
    candidates = unique(forms.filter((f) => (whole ? isWholeName(f.name) && foldName(f.name.given.join('')) === foldName(occurrence.name.given.join('')) : initialsCompatible(occurrence.name, f.name))).map((f) => f.person));
  }
  if (candidates.length === 0) {
    return undefined;
  }
  const narrowed = narrowByContext(candidates, occurrence);
  // A form the registry writes is its person even where the state written with it disagrees (several such people
  // stay ambiguous); a surname and initials fit a registry person only with a compatible state.
  if (narrowed.length === 0 && !byForm) {
    return undefined;
  }
  const pool = narrowed.length > 0 ? narrowed : candidates;
  if (pool.length === 1 && pool[0]) {
    return { status: 'registered', entityId: registryPersonId(pool[0]), candidates: NO_CANDIDATES };
  }
  const ids = pool.map(registryPersonId).sort();
  return { status: 'ambiguous', entityId: ids[0] ?? '', candidates: ids };
}

// Where a role of two offices held by one person (`officialMentions`) is joined: a dash, a comma or `and` before a
// minister's office (`deputy prime minister and minister of foreign affairs`), in `roleKey`'s lower case. `Minister
// of Trade and Industry` is one office.
const OFFICE_JOINT = /(?:\s*[-\u2013\u2014]\s*|,\s+|\s+and\s+)(?=(?:(?:first|deputy) )?(?:[a-z]+ )?minister\b)/;

/** The offices of a role key, one or, for a compound role, each of its offices and the whole. */
function compoundOffices(key: string): string[] {
  const offices = key.split(OFFICE_JOINT);
  return offices.length > 1 ? [key, ...offices] : offices;
}

/** Resolves a role written without a name (`the Minister of Foreign Affairs of Kazakhstan`) by the registry's dated roles. */
export function resolveRole(directory: PeopleDirectory, role: string, state: string | undefined, organization: string | undefined, date: DateRange | undefined): Identity | undefined {
  if (!date) {
    return undefined;
  }
  const { office = role, former } = officeOf(role);
  const written = roleKey(office);
  const writtenOffices = compoundOffices(written);
  // An organisation's office may be written with its name before or after it (`SCO Secretary-General`, `Secretary-General
  // of the Shanghai Cooperation Organization`) where the registry gives the office and the organisation apart.
  const sameOffice = (r: RegistryRole): boolean => {
    const key = roleKey(r.role);
    return (
      written === key ||
      compoundOffices(key).some((k) => writtenOffices.includes(k)) ||
      (organization !== undefined && r.organization === organization && (written.endsWith(` ${key}`) || written.startsWith(`${key} of `)))
    );
  };
  const holders = (directory.registry?.people ?? []).filter((p) =>
    heldAt(p, date, former, (r) => sameOffice(r) && (r.state ?? p.state) === state && (organization === undefined || r.organization === undefined || r.organization === organization)),
  );
  if (holders.length === 1 && holders[0]) {
    return { status: 'registered', entityId: registryPersonId(holders[0]), candidates: NO_CANDIDATES };
  }
  if (holders.length > 1) {
    const ids = holders.map(registryPersonId).sort();
    return { status: 'ambiguous', entityId: ids[0] ?? '', candidates: ids };
  }
  return undefined;
}

/** A stable, readable id part for a name (`Kassym-Jomart Tokayev` -> `kassym-jomart-tokayev`), memoised. */
export const slug: (text: string) => string = memoized((text) => slugOf(text), 100000);

function slugOf(text: string): string {
  return foldLetters(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Groups the occurrences of one surname that the registry does not know into people. Full names anchor a person;
 * an initial joins the one person whose given name and state agree; a bare surname joins only when a single
 * person fits. Two different initials (`E.` and `I.`) or two states are never merged; anything else that fits
 * more than one person is ambiguous.
 */
export function clusterUnregistered(occurrences: readonly PersonOccurrence[]): Identity[] {
  interface Cluster {
    name: PersonName;
    states: Set<string>;
    id: string;
  }
  const clusters: Cluster[] = [];
  // Clusters by first initial: an occurrence with an initial is compared only with the clusters it could join.
  const byInitial = new Map<string, Cluster[]>();
  const addCluster = (cluster: Cluster): void => {
    clusters.push(cluster);
    const initial = cluster.name.initials[0] ?? '';
    const list = byInitial.get(initial);
    if (list) {
      list.push(cluster);
    } else {
      byInitial.set(initial, [cluster]);
    }
  };
  const fits = (cluster: Cluster, occurrence: PersonOccurrence): boolean =>
    initialsCompatible(cluster.name, occurrence.name) && (occurrence.state === undefined || cluster.states.size === 0 || cluster.states.has(occurrence.state));
  // The clusters an occurrence fits, among those of its first initial then those without one (every cluster for
  // a name without an initial), in one pass: no list of candidates is built for each of ninety thousand names.
  const matchingOf = (occurrence: PersonOccurrence): Cluster[] => {
    const initial = occurrence.name.initials[0];
    const matching: Cluster[] = [];
    for (const list of initial === undefined ? [clusters] : [byInitial.get(initial), byInitial.get('')]) {
      for (const cluster of list ?? []) {
        if (fits(cluster, occurrence)) {
          matching.push(cluster);
        }
      }
    }
    return matching;
  };
  // Most complete names first: they anchor the people the shorter forms join. Given names, then initials, then a
  // state, as one number computed once per occurrence (a one-file change sorts every form of the text's surnames).
  const order = occurrences
    .map((o, i) => ({ o, i, rank: Math.min(o.name.given.length, 1000) * 2048 + Math.min(o.name.initials.length, 1000) * 2 + (o.state ? 1 : 0) }))
    .sort((a, b) => b.rank - a.rank || a.i - b.i);
  const identities: Identity[] = new Array<Identity>(occurrences.length);
  for (const { o, i } of order) {
    if (o.name.initials.length === 0 && !isWholeName(o.name)) {
      continue;
    }
    const matching = matchingOf(o);
    if (matching.length === 1 && matching[0]) {
      const cluster = matching[0];
      if (o.state !== undefined) {
        cluster.states.add(o.state);
      }
      identities[i] = { status: 'inferred', entityId: cluster.id, candidates: NO_CANDIDATES };
      continue;
    }
    if (matching.length > 1) {
      const ids = matching.map((c) => c.id).sort();
      identities[i] = { status: 'ambiguous', entityId: ids[0] ?? '', candidates: ids };
      continue;
    }
    const id = `person:~${slug(o.name.written)}${o.state === undefined ? '' : `~${slug(o.state)}`}`;
    addCluster({ name: o.name, states: new Set(o.state === undefined ? [] : [o.state]), id });
    identities[i] = { status: 'inferred', entityId: id, candidates: NO_CANDIDATES };
  }
  // Bare surnames (`Lavrov`) last: they join the one person of that surname, or stay ambiguous.
  occurrences.forEach((o, i) => {
    if (identities[i] !== undefined) {
      return;
    }
    const matching = clusters.filter((c) => fits(c, o));
    if (matching.length === 1 && matching[0]) {
      identities[i] = { status: 'inferred', entityId: matching[0].id, candidates: NO_CANDIDATES };
    } else if (matching.length > 1) {
      const ids = matching.map((c) => c.id).sort();
      identities[i] = { status: 'ambiguous', entityId: ids[0] ?? '', candidates: ids };
    } else {
      const id = `person:~${slug(o.name.written)}`;
      addCluster({ name: o.name, states: new Set(o.state === undefined ? [] : [o.state]), id });
      identities[i] = { status: 'inferred', entityId: id, candidates: NO_CANDIDATES };
    }
  });
  return identities;
}
