import { ORGANIZATIONS, STATES } from '../lexicon/lexicon.generated';
import type { Registry } from '../registry/registryFile';

/** A found state name and the canonical short name it stands for. */
export interface StateMatch {
  readonly start: number;
  readonly end: number;
  readonly canonical: string;
}

/** What extraction knows about names: the built-in lexicon plus the registry's extra states and organisations. */
export interface LexiconIndex {
  /** A sticky-free pattern of every state name (official, short, registry aliases), longest first. */
  readonly statePattern: RegExp;
  /** A pattern of state adjectives (`Kazakh`, `Russian`), for `the Kazakh side`. */
  readonly adjectivePattern: RegExp;
  /** The canonical short name of a state name or adjective as written, or undefined. */
  stateOf(name: string): string | undefined;
  /**
   * The state name that starts exactly at `at` (after an optional `the`), longest first, by dictionary
   * lookup of the next few words: much faster than the large alternation for the many anchored checks.
   */
  stateAt(text: string, at: number): { end: number; canonical: string } | undefined;
  /** The short label (acronym when it has one) of an organisation name or acronym as written, or undefined. */
  organizationOf(name: string): string | undefined;
  /** A pattern of every organisation name and acronym, longest first. */
  readonly organizationPattern: RegExp;
  /** Organisation names found in quotes or parentheses of a text that the text itself defines (`"the SCO"`). */
  readonly organizationLabels: ReadonlySet<string>;
}

/** Escapes a literal for use in a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Turns a name into a pattern that tolerates the spellings texts use: `People's`/`Peoples`/`People’s`,
 * `Republic of X` written `Republic X`, any run of spaces or a line break between words.
 */
function tolerantPattern(name: string): string {
  return escapeRegExp(name)
    .replace(/['’]/g, "['’]?")
    .replace(/ of /g, '(?:\\s+of)?\\s+')
    .replace(/ /g, '\\s+');
}

function normalizeKey(name: string): string {
  return name.replace(/['’]/g, '').replace(/\s+/g, ' ').replace(/^the /i, '').replace(/ of /g, ' ').toLowerCase();
}

const cache = new WeakMap<object, LexiconIndex>();
const NO_REGISTRY = {};

/**
 * Builds (once per registry object) the lookup tables extraction uses. The built-in lexicon comes from
 * `world-countries` through the grammar generator; the registry adds states, aliases and organisations.
 */
export function lexiconIndex(registry?: Registry): LexiconIndex {
  const cacheKey = registry ?? NO_REGISTRY;
  const cached = cache.get(cacheKey);
  if (cached) {
    return cached;
  }
  const stateNames = new Map<string, string>();
  const adjectives = new Map<string, string>();
  for (const state of STATES) {
    for (const name of [state.canonical, state.official, ...state.names]) {
      stateNames.set(normalizeKey(name), state.canonical);
    }
    for (const adjective of state.adjectives) {
      adjectives.set(adjective.toLowerCase(), state.canonical);
    }
  }
  for (const state of registry?.states ?? []) {
    const builtIn = stateNames.get(normalizeKey(state.name)) ?? state.name;
    for (const name of [state.name, ...state.aliases]) {
      stateNames.set(normalizeKey(name), builtIn);
    }
    for (const adjective of state.adjectives) {
      adjectives.set(adjective.toLowerCase(), builtIn);
    }
  }
  const organizations = new Map<string, string>();
  const addOrganization = (label: string, names: readonly string[]): void => {
    for (const name of names) {
      organizations.set(normalizeKey(name), label);
    }
  };
  for (const organization of ORGANIZATIONS) {
    addOrganization(organization.acronyms[0] ?? organization.name, [organization.name, ...organization.acronyms]);
  }
  for (const organization of registry?.organizations ?? []) {
    addOrganization(organization.acronyms[0] ?? organization.name, [organization.name, ...organization.acronyms, ...organization.aliases]);
  }
  // Original spellings are kept for the patterns; lookups go through normalizeKey.
  const rawStateNames = new Set<string>();
  for (const state of STATES) {
    for (const name of [state.canonical, state.official, ...state.names]) {
      rawStateNames.add(name);
    }
  }
  for (const state of registry?.states ?? []) {
    for (const name of [state.name, ...state.aliases]) {
      rawStateNames.add(name);
    }
  }
  const rawOrganizationNames = new Set<string>();
  for (const organization of ORGANIZATIONS) {
    for (const name of [organization.name, ...organization.acronyms]) {
      rawOrganizationNames.add(name);
    }
  }
  for (const organization of registry?.organizations ?? []) {
    for (const name of [organization.name, ...organization.acronyms, ...organization.aliases]) {
      rawOrganizationNames.add(name);
    }
  }
  const byLength = (a: string, b: string): number => b.length - a.length;
  const alternation = (names: Iterable<string>): string => [...names].sort(byLength).map(tolerantPattern).join('|') || '(?!)';
  const stateMemo = new Map<string, string | undefined>();
  const organizationMemo = new Map<string, string | undefined>();
  const memo = (cache: Map<string, string | undefined>, key: string, read: () => string | undefined): string | undefined => {
    if (cache.has(key)) {
      return cache.get(key);
    }
    const value = read();
    // Bounded: the words of a corpus are many, the names few.
    if (cache.size > 50000) {
      cache.clear();
    }
    cache.set(key, value);
    return value;
  };
  // The first word of every state name, with the most words a name starting with it has: most words of a text
  // start no state name, and are rejected by one lookup.
  const firstWords = new Map<string, number>();
  for (const name of rawStateNames) {
    const words = name.split(/\s+/);
    const first = (words[0] ?? '').replace(/['’]/g, '').toLowerCase();
    firstWords.set(first, Math.max(firstWords.get(first) ?? 0, words.length));
  }
  const stateOnly = (name: string): string | undefined => memo(stateMemo, name, () => stateNames.get(normalizeKey(name)));
  const index: LexiconIndex = {
    statePattern: new RegExp(`\\b(?:${alternation(rawStateNames)})\\b`, 'g'),
    adjectivePattern: new RegExp(`\\b(?:${[...new Set([...STATES.flatMap((s) => s.adjectives), ...(registry?.states ?? []).flatMap((s) => s.adjectives)])].sort(byLength).map(escapeRegExp).join('|') || '(?!)'})\\b`, 'g'),
    organizationPattern: new RegExp(`\\b(?:${alternation(rawOrganizationNames)})\\b`, 'g'),
    stateOf: (name) => stateOnly(name) ?? adjectives.get(name.toLowerCase()),
    organizationOf: (name) => memo(organizationMemo, name, () => organizations.get(normalizeKey(name.replace(/['’]s$/, '')))),
    stateAt: (text, at) => {
      const the = /^the\s+/.exec(text.slice(at, at + 8));
      const start = at + (the ? the[0].length : 0);
      const head = /^[\p{L}'’-]+/u.exec(text.slice(start, start + 40));
      const most = head ? firstWords.get(head[0].replace(/['’]/g, '').replace(/s$/, '').toLowerCase()) ?? firstWords.get(head[0].replace(/['’]/g, '').toLowerCase()) : undefined;
      if (most === undefined) {
        return undefined;
      }
      const words = [...text.slice(start, start + 160).matchAll(/[\p{L}'’-]+/gu)].slice(0, most);
      for (let n = words.length; n >= 1; n--) {
        const last = words[n - 1];
        if (!last) {
          continue;
        }
        // Only words separated by spaces (a line break included) form a name.
        const phrase = text.slice(start + (words[0]?.index ?? 0), start + last.index + last[0].length);
        if ((words[0]?.index ?? 1) !== 0 || /[^\p{L}'’\s-]/u.test(phrase)) {
          continue;
        }
        const canonical = stateOnly(phrase.replace(/['’]s$/, ''));
        if (canonical !== undefined) {
          return { end: start + phrase.replace(/['’]s$/, '').length, canonical };
        }
      }
      return undefined;
    },
    organizationLabels: new Set(organizations.values()),
  };
  cache.set(cacheKey, index);
  return index;
}

/** Finds every state name in a slice of text, with offsets relative to the whole text. */
export function findStates(lexicon: LexiconIndex, text: string, from = 0, to = text.length): StateMatch[] {
  const pattern = new RegExp(lexicon.statePattern.source, 'g');
  const slice = text.slice(from, to);
  const found: StateMatch[] = [];
  for (const match of slice.matchAll(pattern)) {
    const canonical = lexicon.stateOf(match[0]);
    if (canonical !== undefined) {
      found.push({ start: from + match.index, end: from + match.index + match[0].length, canonical });
    }
  }
  return found;
}
