import type { CorpusIndex, PersonEntity } from '../corpus/corpusIndex';
import { rolesByRecency } from '../corpus/personRoles';
import { ORGANIZATIONS } from '../lexicon/lexicon.generated';
import { lexiconIndex } from '../recognize/lexiconIndex';

/** A group of the People view: a state, an organisation (for its officers), or people with neither. */
export interface PeopleGroup {
  readonly label: string;
  readonly kind: 'state' | 'organization' | 'none';
  readonly people: readonly PersonEntity[];
}

/** Roles of organisation officers, as texts write them (`SCO Secretary-General`, `Director of the Executive Committee ...`). */
const OFFICER_ROLE = /^(?:([A-Z]{2,})\s+)?(?:Secretary-General|Executive Secretary|Deputy Secretary-General|Director\b.*)/;

/**
 * The organisation a person serves: the registry's (`organization: European Union` -> `EU`), else one read from an
 * officer role: its acronym written before the role (`SCO Secretary-General` -> `SCO`), else an organisation of the lexicon named in it, by its first acronym
 * (`Secretary-General of the Shanghai Cooperation Organization` -> `SCO`), else an acronym in it.
 */
function organizationOf(person: PersonEntity): string | undefined {
  // The registry's word first (`organization: EU`).
  if (person.organization !== undefined) {
    return lexiconIndex().organizationOf(person.organization) ?? person.organization;
  }
  for (const role of person.roles) {
    const match = OFFICER_ROLE.exec(role);
    if (match) {
      return match[1] ?? namedOrganization(role) ?? /\b([A-Z]{2,})\b/.exec(role)?.[1] ?? 'Organisations';
    }
    // Any other office of an organisation of the lexicon written before it (`NATO Secretary General`, `AU Chairperson`).
    const acronym = /^([A-Z]{2,})\s/.exec(role)?.[1];
    if (acronym !== undefined && ORGANIZATION_ACRONYMS.has(acronym)) {
      return acronym;
    }
  }
  return undefined;
}

/** The acronyms of the lexicon's organisations (`NATO`, `AU`, `SCO`). */
const ORGANIZATION_ACRONYMS: ReadonlySet<string> = new Set(ORGANIZATIONS.flatMap((o) => o.acronyms));

/** The lexicon's organisation a role names in full, by its first acronym (else its name). */
function namedOrganization(role: string): string | undefined {
  const named = ORGANIZATIONS.find((o) => [o.name, ...(o.variants ?? [])].some((name) => role.includes(name)));
  return named === undefined ? undefined : (named.acronyms[0] ?? named.name);
}

/** Groupings already made, by the list they were made of (`CorpusIndex.people()` keeps its list until a person changes). */
const groupings = new WeakMap<readonly PersonEntity[], readonly PeopleGroup[]>();

/**
 * Groups people by state (`stateOf`: the index's `currentStateOf`, the state of their current role), alphabetically; organisation officers (no state, an officer role) under their
 * organisation; the rest under "No state known". People within a group are sorted by mentions, then name.
 * The result is shared by every call with the same list (the view's root and each `getParent`): do not change it.
 */
export function groupPeople(people: readonly PersonEntity[], stateOf: (person: PersonEntity) => string | undefined = (p) => p.states[0]): readonly PeopleGroup[] {
  let groups = groupings.get(people);
  if (!groups) {
    groups = makeGroups(people, stateOf);
    groupings.set(people, groups);
  }
  return groups;
}

function makeGroups(people: readonly PersonEntity[], stateOf: (person: PersonEntity) => string | undefined): PeopleGroup[] {
  const groups = new Map<string, { kind: PeopleGroup['kind']; people: PersonEntity[] }>();
  for (const person of people) {
    const state = stateOf(person);
    const organization = state === undefined ? organizationOf(person) : undefined;
    const [label, kind] = state !== undefined ? [state, 'state' as const] : organization !== undefined ? [organization, 'organization' as const] : ['No state known', 'none' as const];
    const group = groups.get(label) ?? { kind, people: [] };
    group.people.push(person);
    groups.set(label, group);
  }
  const rank = { state: 0, organization: 1, none: 2 };
  return [...groups]
    .map(([label, g]) => ({ label, kind: g.kind, people: [...g.people].sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name)) }))
    .sort((a, b) => rank[a.kind] - rank[b.kind] || a.label.localeCompare(b.label));
}

/**
 * The tooltip of a person's row: their name, the other spellings the texts write, and their roles, the current one first, then the
 * others from the most recent, one per office (`rolesByRecency`).
 */
export function personTooltip(index: CorpusIndex, person: PersonEntity): string {
  const roles = rolesByRecency(index.registryPerson(person.id)?.roles ?? [], index.writtenRolesOf(person.id));
  return [person.name, ...index.writtenFormsOf(person.id).map((a) => `also written ${a}`), ...roles].join('\n');
}
