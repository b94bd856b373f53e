import { ORGANIZATIONS, STATES } from '../lexicon/lexicon.generated';
import type { Registry, RegistryState } from '../registry/registryFile';
import { ownCopy } from '../memo';
import { isWhiteSpace } from '../whiteSpace';

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
  /**
   * The organisation name or acronym that starts exactly at `at`, or null: the pattern anchored there (sticky), so
   * that a miss costs a test at one place rather than a search to the end of the text.
   */
  organizationAt(text: string, at: number): RegExpExecArray | null;
  /** Organisation names found in quotes or parentheses of a text that the text itself defines (`"the SCO"`). */
  readonly organizationLabels: ReadonlySet<string>;
}

/** A word of the state names' tree: the words that may follow it, and the state when the words so far name one. */
interface StateNode {
  readonly next: Map<string, StateNode>;
  canonical: string | undefined;
}

/** One word as `normalizeKey` leaves it: apostrophes removed, lower case. */
function wordKey(word: string): string {
  return (word.includes("'") || word.includes('’') ? word.replace(/['’]/g, '') : word).toLowerCase();
}

/**
 * Where the word of a state name starting at `start` ends (`start` when none starts there): what `STATE_WORD` reads,
 * by character codes while the word is in ASCII, which is most of the time. `stateAt` reads a few words for every
 * role, name and place of a text.
 */
export function stateWordEnd(text: string, start: number): number {
  let at = start;
  for (;;) {
    const c = text.charCodeAt(at);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 || c === 0x2019) {
      at++;
    } else if (c < 128 || Number.isNaN(c)) {
      return at;
    } else {
      // Any other letter, one code point at a time (a letter may take two code units).
      STATE_WORD.lastIndex = at;
      if (!STATE_WORD.test(text)) {
        return at;
      }
      at = STATE_WORD.lastIndex;
    }
  }
}

/** The three ASCII letters at `at`, whatever their case, as a number below 26³; -1 for anything else. */
export function letterKey(text: string, at: number): number {
  let key = 0;
  for (let i = at; i < at + 3; i++) {
    // Lower case for ASCII letters, the only ones taken.
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) {
      return -1;
    }
    key = key * 26 + c - 97;
  }
  return key;
}

/** Where the white space starting at `start` ends (`start` when there is none). */
function blanksEnd(text: string, start: number): number {
  let at = start;
  while (isWhiteSpace(text.charCodeAt(at))) {
    at++;
  }
  return at;
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

/** A pattern's characters that are no literal alone: escaped, they are (`\.`); a literal followed by a quantifier is not. */
const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);

/**
 * The alternation of `sources` (patterns, tried in the order given) with the literal characters they start with written
 * once: `Con(?:ference\s+on...|vention...)|Org...`. The engine tries a place against one branch per first letter
 * rather than every name in turn: the organisation scan, which runs on every text, is about a fifth quicker.
 *
 * It matches what the plain alternation matches, the same alternative first: only alternatives that need different
 * characters at one place, which never both match there, change order. A pattern is read as literal characters up to
 * the first that is not one (`\s+`, `['’]?`): there it stays whole, and keeps its place among the others.
 */
export function factorAlternatives(sources: readonly string[]): string {
  /** The next literal of a source from `at` (a character, or `\` and a special one) and its length, or undefined. */
  const literalAt = (source: string, at: number): string | undefined => {
    const c = source.charAt(at);
    const literal = c === '\\' && SPECIAL.has(source.charAt(at + 1)) ? source.slice(at, at + 2) : c !== '' && !SPECIAL.has(c) ? c : undefined;
    const after = source.charAt(at + (literal?.length ?? 0));
    return literal !== undefined && !'?*+{'.includes(after) ? literal : undefined;
  };
  const group = (items: readonly { source: string; at: number }[]): string => {
    const branches: string[] = [];
    let run = new Map<string, { source: string; at: number }[]>();
    const flush = (): void => {
      for (const [literal, sharing] of run) {
        const [only] = sharing;
        branches.push(only !== undefined && sharing.length === 1 ? only.source.slice(only.at) : literal + group(sharing.map((item) => ({ source: item.source, at: item.at + literal.length }))));
      }
      run = new Map();
    };
    for (const item of items) {
      const literal = literalAt(item.source, item.at);
      if (literal === undefined) {
        // A source ending here or going on with no literal: it keeps its place.
        flush();
        branches.push(item.source.slice(item.at));
      } else {
        const sharing = run.get(literal);
        if (sharing) {
          sharing.push(item);
        } else {
          run.set(literal, [item]);
        }
      }
    }
    flush();
    const [only] = branches;
    return only === undefined || branches.length === 1 ? (only ?? '') : `(?:${branches.join('|')})`;
  };
  // Nothing to match (no source, or only an empty one) matches nothing, as the empty alternation did.
  return group(sources.map((source) => ({ source, at: 0 }))) || '(?!)';
}

function normalizeKey(name: string): string {
  return name.replace(/['’]/g, '').replace(/\s+/g, ' ').replace(/^the /i, '').replace(/ of /g, ' ').toLowerCase();
}

const cache = new WeakMap<object, LexiconIndex>();
// A word of a state name: letters, apostrophes and hyphens.
const STATE_WORD = /[\p{L}'’-]+/uy;
const NO_REGISTRY = {};

/**
 * Builds (once per registry object) the lookup tables extraction uses. The built-in lexicon comes from
 * `world-countries` through the grammar generator; the registry adds states, aliases and organisations.
 */
export function lexiconIndex(registry?: Registry): LexiconIndex {
  const cacheKey = registry ?? NO_REGISTRY;
  let index = cache.get(cacheKey);
  if (!index) {
    index = buildLexiconIndex(registry);
    cache.set(cacheKey, index);
  }
  return index;
}

/** The states' names (folded by `normalizeKey`) and adjectives, built-in and of a registry's `states`, to their canonical names. */
function stateTables(extraStates: readonly RegistryState[]): { readonly stateNames: Map<string, string>; readonly adjectives: Map<string, string> } {
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
  for (const state of extraStates) {
    const builtIn = stateNames.get(normalizeKey(state.name)) ?? state.name;
    for (const name of [state.name, ...state.aliases]) {
      stateNames.set(normalizeKey(name), builtIn);
    }
    for (const adjective of state.adjectives) {
      adjectives.set(adjective.toLowerCase(), builtIn);
    }
  }
  return { stateNames, adjectives };
}

/**
 * The canonical name of a state written by any of its names (`Russian Federation`, `the Kyrgyz Republic`), built-in or
 * of a registry's `states`, or undefined: a light table, for reading a registry before its lexicon is built.
 */
export function stateNameReader(extraStates: readonly RegistryState[]): (name: string) => string | undefined {
  const { stateNames } = stateTables(extraStates);
  return (name) => stateNames.get(normalizeKey(name));
}

/**
 * The tables of `lexiconIndex`, built. A function apart from the cached lookup, which titles and texts call many
 * times: the optimizing compiler then compiles those few lines, not the whole builder, which ran once and so had
 * type feedback to compile (121 ms of a compile job in one traced first indexing run).
 */
function buildLexiconIndex(registry: Registry | undefined): LexiconIndex {
  const { stateNames, adjectives } = stateTables(registry?.states ?? []);
  const organizations = new Map<string, string>();
  const addOrganization = (label: string, names: readonly string[]): void => {
    for (const name of names) {
      organizations.set(normalizeKey(name), label);
    }
  };
  for (const organization of ORGANIZATIONS) {
    addOrganization(organization.acronyms[0] ?? organization.name, [organization.name, ...organization.acronyms, ...(organization.variants ?? [])]);
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
  // The variants are other spellings of the name (`Shanghai Cooperation Organisation`, `Conference on Interaction and
  // Confidence Building Measures in Asia`), found as the name is.
  for (const organization of ORGANIZATIONS) {
    for (const name of [organization.name, ...organization.acronyms, ...(organization.variants ?? [])]) {
      rawOrganizationNames.add(name);
    }
  }
  for (const organization of registry?.organizations ?? []) {
    for (const name of [organization.name, ...organization.acronyms, ...organization.aliases]) {
      rawOrganizationNames.add(name);
    }
  }
  const byLength = (a: string, b: string): number => b.length - a.length;
  const alternation = (names: Iterable<string>): string => factorAlternatives([...names].sort(byLength).map(tolerantPattern));
  // `null` marks a word known to name nothing, so that a lookup is one `get`: these run for most words of a text.
  const stateMemo = new Map<string, string | null>();
  const stateOrAdjectiveMemo = new Map<string, string | null>();
  const organizationMemo = new Map<string, string | null>();
  const memo = (cache: Map<string, string | null>, key: string, read: (key: string) => string | undefined): string | undefined => {
    const known = cache.get(key);
    if (known !== undefined) {
      return known ?? undefined;
    }
    const value = read(key);
    // Bounded: the words of a corpus are many, the names few.
    if (cache.size > 50000) {
      cache.clear();
    }
    cache.set(ownCopy(key), value ?? null);
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
  // The most words of a name starting with a word as written, the plural of a first word included (`Americas`, read
  // as `America`, before a first word of its own): one lookup per word.
  const mostWords = new Map(firstWords);
  for (const [first, most] of firstWords) {
    mostWords.set(`${first}s`, most);
  }
  // The first three letters of the first words (and of their plurals), in lower case: most words a text is asked
  // about start no state name, and are rejected on their letters, before any string is made of them.
  const firstLetters = new Uint8Array(26 * 26 * 26);
  for (const first of mostWords.keys()) {
    const key = letterKey(first, 0);
    if (key >= 0) {
      firstLetters[key] = 1;
    }
  }
  /** Whether the first word of a state name may start at `start`: false only for three ASCII letters no name starts with. */
  const mayStartState = (text: string, start: number): boolean => {
    const key = letterKey(text, start);
    return key < 0 || firstLetters[key] === 1;
  };
  // The normalised state names as a tree of words: a phrase of a text is walked word by word and stops at the
  // first word no state name continues with, so a name written after a state is never looked up.
  const stateTree: StateNode = { next: new Map(), canonical: undefined };
  for (const [key, canonical] of stateNames) {
    let node = stateTree;
    for (const word of key.split(' ')) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), canonical: undefined };
        node.next.set(word, child);
      }
      node = child;
    }
    node.canonical = canonical;
  }
  // For each first word, the most words and the first step of the walk, found together: one lookup in a large map
  // rather than two (on a busy machine, each is mostly a wait for memory).
  const firstSteps = new Map<string, { readonly most: number; readonly child: StateNode | undefined }>();
  for (const [first, most] of mostWords) {
    firstSteps.set(first, { most, child: stateTree.next.get(first) });
  }
  const readState = (name: string): string | undefined => stateNames.get(normalizeKey(name));
  const stateOnly = (name: string): string | undefined => memo(stateMemo, name, readState);
  const readStateOrAdjective = (name: string): string | undefined => stateOnly(name) ?? adjectives.get(name.toLowerCase());
  const readOrganization = (name: string): string | undefined => organizations.get(normalizeKey(name.replace(/['’]s$/, '')));
  const organizationSource = `\\b(?:${alternation(rawOrganizationNames)})\\b`;
  const organizationSticky = new RegExp(organizationSource, 'y');
  const index: LexiconIndex = {
    organizationAt: (text, at) => {
      organizationSticky.lastIndex = at;
      return organizationSticky.exec(text);
    },
    statePattern: new RegExp(`\\b(?:${alternation(rawStateNames)})\\b`, 'g'),
    adjectivePattern: new RegExp(`\\b(?:${[...new Set([...STATES.flatMap((s) => s.adjectives), ...(registry?.states ?? []).flatMap((s) => s.adjectives)])].sort(byLength).map(escapeRegExp).join('|') || '(?!)'})\\b`, 'g'),
    organizationPattern: new RegExp(organizationSource, 'g'),
    stateOf: (name) => memo(stateOrAdjectiveMemo, name, readStateOrAdjective),
    organizationOf: (name) => memo(organizationMemo, name, readOrganization),
    stateAt: (text, at) => {
      // Read by character codes on the whole text: this runs for every role, name and place, so it slices nothing it
      // rejects. `the` and white space after it are passed over.
      const afterThe = text.charCodeAt(at) === 116 && text.charCodeAt(at + 1) === 104 && text.charCodeAt(at + 2) === 101 ? blanksEnd(text, at + 3) : at;
      const start = afterThe > at + 3 ? afterThe : at;
      let wordEnd = stateWordEnd(text, start);
      if (wordEnd === start || !mayStartState(text, start)) {
        return undefined;
      }
      const head = text.slice(start, wordEnd);
      const word = head.toLowerCase();
      const first = word.includes("'") || word.includes('’') ? word.replace(/['’]/g, '') : word;
      const step = firstSteps.get(first);
      if (step === undefined) {
        return undefined;
      }
      const most = step.most;
      // Only words separated by spaces (a line break included) form a name; the longest whole name wins. Words
      // are normalised as `normalizeKey` does for a whole phrase: a leading `the` and an inner `of` are dropped.
      let found: { end: number; canonical: string } | undefined;
      let node = stateTree;
      let wordStart = start;
      for (let n = 1; n <= most; n++) {
        const raw = n === 1 ? head : text.slice(wordStart, wordEnd);
        const skipped = n === 1 ? word === 'the' : raw === 'of' && node !== stateTree;
        if (!skipped) {
          const child = n === 1 ? step.child : node.next.get(wordKey(raw));
          // `Russia's`: the name is looked up without the possessive, and the walk goes on with the word as written.
          const possessive = wordEnd - wordStart >= 2 && text.charCodeAt(wordEnd - 1) === 115 && (text.charCodeAt(wordEnd - 2) === 39 || text.charCodeAt(wordEnd - 2) === 0x2019);
          const canonical = possessive ? node.next.get(wordKey(raw.slice(0, -2)))?.canonical : child?.canonical;
          if (canonical !== undefined) {
            found = { end: wordEnd - (possessive ? 2 : 0), canonical };
          }
          if (!child) {
            break;
          }
          node = child;
        }
        // No state name goes on past these words: the next word would be read for nothing.
        if (n === most || node.next.size === 0) {
          break;
        }
        const nextStart = blanksEnd(text, wordEnd);
        const nextEnd = nextStart > wordEnd ? stateWordEnd(text, nextStart) : nextStart;
        if (nextEnd === nextStart) {
          break;
        }
        wordStart = nextStart;
        wordEnd = nextEnd;
      }
      return found;
    },
    organizationLabels: new Set(organizations.values()),
  };
  return index;
}

/** Finds every state name in a slice of text, with offsets relative to the whole text. */
export function findStates(lexicon: LexiconIndex, text: string, from = 0, to = text.length): StateMatch[] {
  // The lexicon's pattern is global and compiled once; it runs on the whole text from `from`, never on a copy.
  const pattern = lexicon.statePattern;
  const found: StateMatch[] = [];
  pattern.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null && match.index < to) {
    const end = match.index + match[0].length;
    const canonical = end <= to ? lexicon.stateOf(match[0]) : undefined;
    if (canonical !== undefined) {
      found.push({ start: match.index, end, canonical });
    }
  }
  pattern.lastIndex = 0;
  return found;
}
