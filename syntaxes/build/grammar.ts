/**
 * Builds the `text.diplomatic` TextMate grammar from the lexicon data.
 *
 * The body's rule list is short on purpose: Oniguruma searches every pattern of a list at every
 * candidate position, and each pattern in the list costs on every search. So the name rules are
 * one merged `match` (`names`), titles one begin/end rule, and lower-case seasons two patterns
 * with a literal Oniguruma can search for. Every pattern starts with a first-character guard.
 * Regexes are assembled from named pieces below; name lists become trie-factored alternations
 * (trieRegex.ts). Repetition is always bounded (`{0,4}`) and always over whole words separated by
 * mandatory whitespace, so no pattern can backtrack more than a few words; no pattern uses `\G`
 * or an unbounded look-ahead.
 */
import { trieRegex as trieAlternation, type TrieRegexOptions } from './trieRegex';
import type { LexiconData } from './lexiconData';
import { MAX_HEADING_LINE } from '../../src/core/recognize/headingLine';
import { ARABIC_ARTICLE, CAPITAL_PARTICLES } from '../../src/core/recognize/personName';

/** The scope contract: one scope per kind, each under a root the default themes colour. */
export const KIND_SCOPES = {
  state: 'entity.name.type.state.diplomatic',
  official: 'entity.name.function.official.diplomatic',
  role: 'variable.other.role.diplomatic',
  title: 'string.other.title.diplomatic',
  organization: 'keyword.control.organization.diplomatic',
  place: 'constant.language.place.diplomatic',
  date: 'constant.numeric.date.diplomatic',
  heading: 'markup.heading.heading.diplomatic',
} as const;

export type Kind = keyof typeof KIND_SCOPES;

/** Marks a heading line that continues the previous one, so its span joins the first line's. */
export const CONTINUATION_SCOPE = 'meta.continuation.heading.diplomatic';

interface Capture {
  name?: string;
  patterns?: { include: string }[];
}

/** A grammar rule as written to the .tmLanguage.json file. */
export interface GrammarRule {
  comment?: string;
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  captures?: Record<string, Capture>;
  beginCaptures?: Record<string, Capture>;
  endCaptures?: Record<string, Capture>;
  whileCaptures?: Record<string, Capture>;
  patterns?: (GrammarRule | { include: string })[];
}

/** The whole grammar file. */
export interface Grammar {
  information_for_contributors: string[];
  name: string;
  scopeName: string;
  patterns: { include: string }[];
  repository: Record<string, GrammarRule>;
}

/** A word may not continue across these: letters, digits, combining marks. */
const START = '(?<![\\p{L}\\p{N}\\p{M}_])';
const END = '(?![\\p{L}\\p{N}\\p{M}_])';
const SP = '[ \\t]+';
const DASH = '[-‐–—]';
const APOS = "['’]";

/**
 * Tries split their wide alternations into groups of four branches behind a class look-ahead
 * (`TrieRegexOptions`): Oniguruma tries the branches of an alternation one after the other, and a
 * state trie starts with 26 letters (and "Republic of " goes on with some fifty); a word now skips
 * whole groups with one class test each (measured: 3-5% of the grammar's time on the seeds).
 */
const TRIE_OPTIONS: TrieRegexOptions = { groupSize: 4, minWidth: 6 };

/**
 * A trie of phrases behind a look-ahead on their first letters. A trie's first level is an
 * alternation tried branch by branch; most words a trie is tried at begin with none of its letters,
 * and one class test rejects them at once.
 */
function trieRegex(phrases: readonly string[]): string {
  const firsts = new Set(phrases.map((phrase) => Array.from(phrase.trim())[0] ?? ''));
  const plain = [...firsts].every((char) => /^[\p{L}\p{N}]$/u.test(char));
  const trie = trieAlternation(phrases, TRIE_OPTIONS);
  return firsts.size >= 4 && plain ? `(?:${firstCharGuard(phrases)}${trie})` : trie;
}

/** `(?!(?:A|B)END)`: the next word is none of these. */
function notWord(words: readonly string[]): string {
  return `(?!${trieRegex(words)}${END})`;
}

/**
 * A look-ahead for the first character of a match. Oniguruma skips quickly to positions where a
 * pattern can start only when it can see the pattern's first characters; a pattern that begins
 * with a look-behind, an optional group or a Unicode property defeats that, and measured on the
 * seed corpus such a pattern costs four times more. The guard restores the fast skip.
 */
function firstCharGuard(words: readonly string[]): string {
  const chars = [...new Set(words.map((word) => Array.from(word)[0] ?? ''))].filter((char) => char !== '').sort();
  return `(?=[${chars.map((char) => (/[\]\\^-]/.test(char) ? `\\${char}` : char)).join('')}])`;
}

/**
 * Titles and organisations start with an ASCII capital: a guard with any non-ASCII character
 * loses the fast skip (measured: 2.3x slower), and English titles and bodies with a non-ASCII
 * first letter are rare. Names also take the common accented capitals, written as literals
 * (`ACCENTED_CAPITALS`), which keep the skip.
 */
const ASCII_UPPER_GUARD = '(?=[A-Z])';
/**
 * Where a title can end: before a space, ASCII punctuation, the line's end (vscode-textmate adds a
 * newline to every line) or common typographic punctuation. A zero-width end pattern with no first
 * character is tried at every position of a title, at every step inside it; with this guard
 * Oniguruma skips to these characters (measured: 8% off a 100 KB line that is one long title). The
 * non-ASCII ones are literals, as a class with a non-ASCII member gives no skip.
 */
const AFTER_WORD_GUARD = `(?=[\\t\\n\\x{20}-\\x{2F}\\x{3A}-\\x{40}\\x{5B}-\\x{60}\\x{7B}-\\x{7E}]|${Array.from('\u00A0\u00AB\u00BB\u2009\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201C\u201D\u2026\u202F\u2039\u203A\u3000').join('|')})`;
/**
 * Accented capitals a name may start with ("Š. Kovač"), as an alternation of literals: Oniguruma
 * derives no first-character map from a class with a non-ASCII member, and a pattern without one is
 * tried at every position; literals give it their first bytes.
 */
const ACCENTED_CAPITALS = Array.from('ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĆČĐŁŚŠŹŻŽ').join('|');

/**
 * Counts the capture groups of a regex: `(` not escaped, not in a class, not followed by `?` (the
 * grammar uses no named groups).
 */
function countGroups(regex: string): number {
  let count = 0;
  let inClass = false;
  for (let index = 0; index < regex.length; index += 1) {
    const char = regex[index];
    if (char === '\\') {
      index += 1;
    } else if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') {
      inClass = true;
      // A `]` right after `[` or `[^` is a literal member of the class.
      if (regex[index + 1] === '^') index += 1;
      if (regex[index + 1] === ']') index += 1;
    } else if (char === '(' && regex[index + 1] !== '?') {
      count += 1;
    }
  }
  return count;
}

/** One alternative of a merged match rule: its regex, the scope of its whole match, its captures' scopes. */
interface Alternative {
  readonly match: string;
  readonly name?: string;
  readonly captures?: Readonly<Record<number, string | Capture>>;
}

/**
 * Several match rules as one, their alternatives in priority order (the first that matches at a
 * position wins, as between rules of one list), behind one first-character guard. Oniguruma
 * searches every pattern of a rule list at every candidate position of that pattern, and each
 * pattern in a list costs on every search even where it cannot match; one pattern with one guard
 * is one attempt per candidate instead of one per rule. Each alternative keeps its own guard, so
 * it fails at once where it cannot start; its scope and captures are renumbered into the merged
 * rule's captures. Every alternative starts a word, so the word-start check (`wordStart`) comes
 * once, before them.
 */
function mergeRules(guard: string, wordStart: string, alternatives: readonly Alternative[]): GrammarRule {
  const captures: Record<string, Capture> = {};
  let offset = 0;
  const parts = alternatives.map((alternative) => {
    let match = alternative.match;
    if (alternative.name) {
      offset += 1;
      captures[String(offset)] = { name: alternative.name };
      match = `(${match})`;
    }
    const inner = countGroups(alternative.match);
    for (const [group, scope] of Object.entries(alternative.captures ?? {})) {
      captures[String(offset + Number(group))] = typeof scope === 'string' ? { name: scope } : scope;
    }
    // A back-reference to the alternative's own group N is written `\k<@N>` and numbered here.
    const base = offset;
    match = match.replace(/\\k<@(\d+)>/g, (_, group: string) => `\\k<${base + Number(group)}>`);
    offset += inner;
    return `(?:${match})`;
  });
  return { match: `${guard}${wordStart}(?:${parts.join('|')})`, captures };
}

/**
 * Writes each repeated piece of a pattern once, as a subexpression Oniguruma calls: every occurrence
 * becomes `\g<name>` and the piece is defined once at the end, `(?<name>...){0}`. Oniguruma compiles
 * every copy of a piece on its own (each `\p{..}` of each copy is a class of several hundred ranges),
 * and VS Code compiles the body's patterns when the first body line is tokenized, within its 500 ms
 * per line. A call is a group, not atomic (the match backtracks into it as into the copy), so the
 * pattern matches what it matched; its captures keep their numbers, as the defined groups come after
 * them. Each defined group is one more capture group, which costs a little on every match of the
 * pattern, so only the few big pieces are hoisted. Pieces are tried longest first; a piece written
 * once (after the longer ones were hoisted) stays inline.
 */
export function withSubroutines(pattern: string, pieces: Readonly<Record<string, string>>): string {
  let texts = [pattern];
  // The names of the pieces called, in the order their bodies follow the pattern in `texts`.
  const called: string[] = [];
  const sorted = Object.entries(pieces).sort(([, a], [, b]) => b.length - a.length);
  for (const [name, piece] of sorted) {
    if (countGroups(piece) > 0 || piece.includes('\\k<')) throw new Error(`a subroutine has no groups or back-references: ${name}`);
    const occurrences = texts.reduce((sum, text) => sum + text.split(piece).length - 1, 0);
    if (occurrences < 2) continue;
    texts = texts.map((text) =>
      text.split(piece).reduce((joined, part, index) => {
        if (index === 0) return part;
        // A quantifier after the piece would apply to its last atom, not to the call; an escape
        // before it would change its first character.
        if (/^[?*+{]/.test(part) || /(^|[^\\])(\\\\)*\\$/.test(joined)) throw new Error(`cannot call ${name} here`);
        return `${joined}\\g<${name}>${part}`;
      }, ''),
    );
    texts.push(piece);
    called.push(name);
  }
  const [head = '', ...bodies] = texts;
  return head + called.map((name, index) => `(?<${name}>${bodies[index] ?? ''}){0}`).join('');
}

function includes(...names: string[]): { include: string }[] {
  return names.map((name) => ({ include: `#${name}` }));
}

/** Builds the regex pieces and the grammar. */
export function buildGrammar(data: LexiconData): Grammar {
  const stateNames = data.states.flatMap((state) => state.names);
  const adjectives = data.states.flatMap((state) => state.adjectives);
  const orgNames = data.organizations.flatMap((organization) => [
    organization.name,
    ...(organization.variants ?? []),
    ...organization.acronyms,
  ]);
  const acronyms = data.organizations.flatMap((organization) => organization.acronyms);
  const monthNames = [...data.months, ...data.monthAbbreviations];

  const STATE = trieRegex(stateNames);
  // A state's name that starts with an organisation's ("Commonwealth of Australia", "Commonwealth of
  // Dominica") is the state's: the organisation is not read at its first word.
  const STATES_WITH_ORG = stateNames.filter((name) => orgNames.some((org) => name.startsWith(`${org} `)));
  const ORG_KNOWN = `${STATES_WITH_ORG.length > 0 ? `(?!${trieRegex(STATES_WITH_ORG)}${END})` : ''}${trieRegex(orgNames)}`;
  const ACRONYM = trieRegex(acronyms);
  const MONTH = `(?:${trieRegex(data.months)}|${trieRegex(data.monthAbbreviations)}\\.?)`;
  const FUNCTION_WORD = notWord(data.functionWords);
  // Neither a function word nor a month or weekday: one trie, walked once per word (two look-aheads,
  // one per list, walked two tries).
  const NOT_FUNCTION_OR_DATE_WORD = notWord([...data.functionWords, ...monthNames, ...data.weekdays]);

  // A capitalised word: "Security", "Anti-Terrorist", "Nuclear-Weapon-Free", "SCO".
  const CAP_WORD = `\\p{Lu}[\\p{L}\\p{M}]*(?:${DASH}[\\p{L}\\p{N}][\\p{L}\\p{M}]*){0,3}`;
  // A modifier of an organ may be a plural possessive: "State Coordinators' Council".
  const MODIFIER = `${NOT_FUNCTION_OR_DATE_WORD}${CAP_WORD}(?:${APOS}(?![\\p{L}]))?`;
  // A name word: "Lavrov", "Kassym-Jomart", "O'Neill", "Al-Sabah"; at least one lower-case letter.
  // The honorifics that are also a name's first word (`Sheikh Hasina`) may start one.
  const NOT_FUNCTION_OR_DATE_NAME_WORD = notWord([...data.functionWords.filter((word) => !data.nameHonorifics.includes(word)), ...monthNames, ...data.weekdays]);
  // A capital inside a name word only after an apostrophe after its first capital ("O'Brien") or a surname's prefix
  // ("DiCarlo", "McAleese", "LeBlanc": `innerCapitalPrefixes` of words.yaml), as the corpus model reads them
  // (`SURNAME_PATTERN`); elsewhere one makes the word no name's ("SpaceX").
  // Any letter or mark but a capital (`ʻ` of `Mataʻafa` is a modifier letter).
  const NAME_LETTER = '[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]';
  // Or the Arabic article and a hyphen (`al-Sudani`), as the recognizer's `ARABIC_ARTICLE`.
  const NAME_START = `(?:\\p{Lu}${APOS}|${trieRegex(data.innerCapitalPrefixes)}(?=\\p{Lu}\\p{Ll})|${ARABIC_ARTICLE}-(?=\\p{Lu}))?\\p{Lu}`;
  // Not a possessive's `'s` (`Penny Wong's Telephone Call`): it ends the name, as the recognizer reads it.
  const NAME_WORD = `${NOT_FUNCTION_OR_DATE_NAME_WORD}${NAME_START}\\p{Ll}${NAME_LETTER}*(?:[-‐–]\\p{L}${NAME_LETTER}*|['’](?!s(?![\\p{L}\\p{M}]))\\p{L}${NAME_LETTER}*){0,2}`;
  // Abbreviations that look like initials: the lexicon's abbreviated honorifics ("Mr.", "Dr."), "St. Petersburg",
  // "No. 5".
  const abbreviatedHonorifics = data.honorifics.filter((honorific) => /^\p{Lu}\p{Ll}+\.$/u.test(honorific)).map((honorific) => honorific.slice(0, -1));
  // Also the honorifics written as initials (`H.E.`, `H. E.`, `H.R.H.`): `H.E. Ambassador ...` is no name `H.E. Ambassador`.
  const initialsPattern = (written: string): string => written.replace(/\./g, '\\.').replace(/ /g, '[ \\t]');
  const initialsHonorifics = data.honorifics.filter((honorific) => /^(?:\p{Lu}\.[ ]?)+$/u.test(honorific)).map(initialsPattern);
  // Nor the last letter of one written with a blank (`E.` of `H. E.`), where the first stands before it.
  const initialsHonorificEnds = data.honorifics
    .filter((honorific) => /^(?:\p{Lu}\.[ ])+\p{Lu}\.$/u.test(honorific))
    .map((honorific) => `(?<=${initialsPattern(honorific.slice(0, honorific.lastIndexOf(' ')))}[ \\t])${initialsPattern(honorific.slice(honorific.lastIndexOf(' ') + 1))}`);
  const NOT_INITIAL = `(?!(?:${[...abbreviatedHonorifics, 'St', 'Mt', 'No', 'Nr', 'Jr', 'Sr', 'Co', 'Gen', 'Col', 'Lt', 'Ft', 'Op', 'Ch', 'Ed', 'Art', 'Fig', 'Vol'].join('|')})\\.|(?:${[...initialsHonorifics, ...initialsHonorificEnds].join('|')})(?![\\p{L}]))`;
  // An initial, or two joined by a hyphen as in "K.-J. Tokayev" (Kassym-Jomart). The shape first (a
  // capital, at most one small letter, a dot), which most words fail at their second or third
  // character, then the abbreviations.
  const INITIAL = `\\p{Lu}\\p{Ll}?\\.(?:[-‐]\\p{Lu}\\p{Ll}?\\.)?`;
  const INITIALS = `(?:(?=\\p{Lu}\\p{Ll}?\\.)${NOT_INITIAL}${INITIAL}[ \\t]?){1,3}`;
  // Also written with a capital inside a name (`José Javier De La Gasca Lopez-Domínguez`), as the recognizer reads them:
  // particles, not words of the name, which has four words at most.
  const PARTICLE = `(?:bin|ibn|al|el|van|von|de|da|dos|del|der|le|la|${[...CAPITAL_PARTICLES].join('|')})`;
  // Initials between a given name and a surname: "Enrique A. Manalo", "Retno L.P. Marsudi".
  const MIDDLE_INITIALS = `(?:\\p{Lu}\\.){1,3}[ \\t]?`;
  const NAME_REST = `${SP}(?:${PARTICLE}${SP}){0,2}(?:${MIDDLE_INITIALS})?${NAME_WORD}`;
  const FULL_NAME = `${NAME_WORD}(?:${NAME_REST}){0,3}`;
  const PERSON_NAME = `(?:${INITIALS}[ \\t]?${NAME_WORD}|${FULL_NAME})`;
  // The same name before "(signed)", each word atomic: a word is followed by a space or the
  // look-ahead, never by its own last letter or hyphen, so giving characters back never helps, and
  // on the lines without a signature (all but a few) the failed look-ahead no longer backtracks
  // into every word letter by letter.
  const SIGNED_NAME = `(?>${NAME_WORD})(?:${SP}(?:${PARTICLE}${SP}){0,2}(?:${MIDDLE_INITIALS})?(?>${NAME_WORD})){0,3}`;
  // A name of at least two words, where nothing but the context says it is a name: after a role and
  // a comma, before a comma and a role, alone on a signature line.
  const PERSON_NAME_2 = `(?:${INITIALS}[ \\t]?${NAME_WORD}|${NAME_WORD}(?:${NAME_REST}){1,3})`;

  // Organs: "Security Council", "Council of Heads of State", "Regional Anti-Terrorist Structure".
  const heads = data.organHeads;
  const needModifier = new Set(data.organHeadsNeedModifier);
  const HEAD_ANY = trieRegex(heads);
  const HEAD_ALONE = trieRegex(heads.filter((head) => !needModifier.has(head)));
  // The "of X" complement of an organ names its members ("of Heads of State"), never its owner:
  // an owner is "of the ...", an acronym or a state, and gets its own span.
  const OF_TAIL = `(?:${SP}of${SP}(?!the${END})(?!${STATE}${END})${FUNCTION_WORD}\\p{Lu}\\p{Ll}[\\p{L}\\p{M}]*(?:${SP}(?!of${END})(?!${STATE}${END})\\p{Lu}\\p{Ll}[\\p{L}\\p{M}]*){0,2}){0,3}`;
  // A head that needs a modifier may instead have a member complement: "Board of Governors".
  // A head word with a member complement is not the start of a state's name ("Union of Soviet
  // Socialist Republics"): the few state names that begin with a head word are excluded there.
  const headWords = new Set(heads);
  const STATES_WITH_HEAD = stateNames.filter((name) => headWords.has(name.split(' ')[0] ?? ''));
  const ORGAN = `(?:(?:${MODIFIER}${SP}){1,4}${HEAD_ANY}|${HEAD_ALONE}|${STATES_WITH_HEAD.length > 0 ? `(?!${trieRegex(STATES_WITH_HEAD)}${END})` : ''}${HEAD_ANY}(?=${SP}of${SP}(?!the${END})\\p{Lu}))${END}${OF_TAIL}`;
  // A cheap look-ahead before an organ: an organ head word within the next five words. Most
  // capitalised words fail it after a few character-class steps, before the costly parts.
  const CAP_ANY_WORD = `\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.‐–—-]*`;
  const ORGAN_PREFILTER = `(?=(?:${CAP_ANY_WORD}[ \\t]+(?:\\(${CAP_ANY_WORD}\\)[ \\t]+)?){0,5}?${HEAD_ANY}${END})`;
  // A known name, then optionally its acronym and an organ: "United Nations (UN) General Assembly".
  const ORGANIZATION_KNOWN = `(?:${ORG_KNOWN})${END}(?:(?:${SP}\\(${ACRONYM}\\))?${SP}${ORGAN})?`;
  const ORGANIZATION = `(?:${ORGANIZATION_KNOWN}|${ORGAN})`;
  // "SCO — Afghanistan Liaison Group": the state keeps its own scope inside the organisation.
  const ORGANIZATION_WITH_STATE = `${ACRONYM}[ \\t]*${DASH}[ \\t]*(${STATE})${SP}${ORGAN}`;

  // Roles: "Foreign Minister", "SCO Secretary-General", "Deputy Prime Minister - Minister of ...".
  // An office, optionally named by its portfolio: "of" or "for" and capitalised words up to a
  // portfolio noun ("Minister for Foreign and European Affairs and Trade", "Secretary of Foreign
  // Affairs"). The words must end in a portfolio noun, so a name after the office is not taken for
  // one; the listed offices ("Minister of Foreign Affairs") are matched first, as the trie prefers
  // the longest phrase. One trie for both keeps one attempt per candidate.
  // A rank may stand before any office, as the recognizer reads it (`Deputy Under-Secretary-General`, `First Deputy ...`).
  const OFFICE = `(?:(?:First|Deputy|Vice)[- ][ \\t]*)?${trieRegex([...data.offices, ...data.portfolioHeads])}${END}`;
  const PORTFOLIO_WORD = `\\p{Lu}\\p{Ll}[\\p{L}\\p{M}]*(?:-\\p{L}[\\p{L}\\p{M}]*)?`;
  const PORTFOLIO = `(?:${PORTFOLIO_WORD}(?:${SP}|,${SP}|${SP}and${SP})){0,6}${trieRegex(data.portfolioNouns)}${END}`;
  // An officer of an organisation: the organisation is part of the role, with its own scope. A known
  // organisation ("Secretary-General of ASEAN", "Executive Secretary of the CIS"), here; an organ
  // ("President of the European Council", "High Representative of the Union for Foreign Affairs and
  // Security Policy", where a bare head word after "the" names it) in ROLE_ORGAN. Organs with a
  // member complement ("Chairman of the Council of Heads of State") stay owners (OWNER), outside the
  // role. Only the known names here, not the whole organisation rule: each copy of that rule in a
  // pattern is about 25 KB of regex.
  const ROLE_ORG = `(?:${SP}of${SP}(?:the${SP})?(${ORG_KNOWN})${END}(?:${SP}for${SP}${PORTFOLIO})?)?`;
  // A portfolio goes on after `and` to another portfolio noun (`Minister of Foreign Affairs and Trade`), as the
  // recognizer reads it.
  // A unit of a ministry may stand between the office and its portfolio (`Director of the Department of European
  // Affairs`), as the recognizer reads it.
  const MINISTRY_UNIT = `(?:the${SP}${trieRegex(data.ministryUnits)}${SP}(?:of|for)${SP})?`;
  const ROLE_UNIT = `${OFFICE}(?:${SP}(?:of|for)${SP}${MINISTRY_UNIT}${PORTFOLIO})?(?:${SP}and${SP}${PORTFOLIO})?`;
  // The organ of an office, "President of the European Council", or of the first of two offices
  // joined by a dash, "Chairman of the Executive Committee – Executive Secretary of the CIS": a
  // capitalised run ending in an organ head word, with no member complement.
  const ROLE_ORGAN = `(?:${SP}of${SP}the${SP}((?:${MODIFIER}${SP}){0,3}${HEAD_ANY})${END}(?![ \\t]+of[ \\t]+(?!the[ \\t]))(?:${SP}for${SP}${PORTFOLIO})?)`;
  // An organisation before the office: an acronym ("SCO Secretary-General") or an organ head word
  // ("Council President"), one trie.
  const ROLE = `(?:(${trieRegex([...acronyms, ...heads.filter((head) => !needModifier.has(head))])})${SP})?${ROLE_UNIT}(?:${ROLE_ORGAN}(?:[ \\t]*${DASH}[ \\t]*${ROLE_UNIT}${ROLE_ORG})?|(?:[ \\t]*${DASH}[ \\t]*${ROLE_UNIT})?${ROLE_ORG})`;
  // Each owner is a state or an organisation, in its own capture group: captures with nested
  // `patterns` make vscode-textmate copy the line up to the capture, quadratic on long lines.
  // "of the Republic of India", and for envoys "to the Republic of Uzbekistan".
  const owner = (...kinds: string[]): string => `(?:${SP}(?:of|to)${SP}(?:the${SP})?(?:${kinds.map((kind) => `(${kind})${END}`).join('|')}))`;
  const OWNER = owner(STATE, ORGANIZATION);
  // The first owner may be a city or region, as the recognizer reads an office of a place before a name (`Mayor of
  // Kyiv Vitali Klitschko`, `Governor of Tokyo`): its own group, with the place's scope.
  const FIRST_OWNER = owner(STATE, ORGANIZATION, trieRegex(data.places));
  // Where a role starts, the official rule wins over a title, as it did when it came first in the
  // list: the title rule comes first now, and the official rule is one alternative of `names`.
  const NOT_ROLE = `(?!(?:${ACRONYM}${SP})?${OFFICE})`;
  const ROLE_GUARD = firstCharGuard([...acronyms, ...heads.filter((head) => !needModifier.has(head)), ...data.offices, ...data.portfolioHeads, ...data.honorifics]);
  const STATE_PLACE_GUARD = firstCharGuard([...stateNames, ...data.places, ...adjectives]);

  // Document titles: modifiers, a head word, complements.
  const docHeads = data.documentTypes;
  const needComplement = new Set(data.documentTypesNeedComplement);
  const DOC_HEAD = `${trieRegex(docHeads)}${END}(?![ \\t]+${HEAD_ANY}${END})`;
  const DOC_HEAD_ALONE = `${trieRegex(docHeads.filter((head) => !needComplement.has(head)))}${END}(?![ \\t]+${HEAD_ANY}${END})`;
  const TITLE_WORD = `${NOT_FUNCTION_OR_DATE_WORD}(?:${CAP_WORD}|\\d+(?:st|nd|rd|th)?)`;
  const CAP_PHRASE = `${TITLE_WORD}(?:(?:${SP}|,${SP}|${SP}and${SP}|[ \\t]*${DASH}[ \\t]*)${TITLE_WORD}){0,9}`;
  const YEARS = '(?:1[6-9]\\d\\d|20\\d\\d)(?:[ \\t]*[-–][ \\t]*(?:1[6-9]\\d\\d|20\\d\\d|\\d\\d))?';
  const CONNECTOR = '(?:on|of|between|among|amongst|in|to|against|concerning|regarding|for)';
  // After a connector: "the", "a", "an" or a capitalised "Its" ("... for a New Europe", "... in Its
  // Eastern Part"). A number after a connector is a date, not a complement ("... of 1975", "... on 8
  // December 1991"), except a year after "for" ("Programme ... for 2010-2012").
  const DETERMINER = '(?:the|a|an|Its)';
  const COMPLEMENT = `(?:${SP}for${SP}(?:the${SP})?${YEARS}(?![\\p{N}])|${SP}${CONNECTOR}${SP}(?:${DETERMINER}${SP})?(?![0-9])${CAP_PHRASE})`;
  const LOWER_WORD = `${notWord(data.titleStopWords)}\\p{Ll}[\\p{Ll}\\p{M}]*(?:-\\p{Ll}[\\p{Ll}\\p{M}]*){0,2}`;
  // "Agreement on cooperation in international information security": a lower-case topic after "on",
  // ending before a function word and never on a bare preposition.
  const LOWER_TOPIC = `${SP}on${SP}${LOWER_WORD}(?:${SP}${LOWER_WORD}){0,7}(?<![ \\t](?:in|of|on)|[ \\t]for|[ \\t]and)${END}`;
  // "Resolution 2178": the year in "(2014)" after it is a date of its own (a span never ends with ")").
  // A UN resolution's number may carry the prefix of a special or emergency special session
  // ("resolution ES-10/21", "S-26/2").
  const RESOLUTION_NUMBER = '(?:E?S-)?\\d+(?:/\\d+)*';
  const NUMBER = `${SP}(?:No\\.?[ \\t]*)?${RESOLUTION_NUMBER}${END}`;
  // An organ's resolution, singular or plural: "Security Council resolution 2231", "General Assembly
  // resolutions ES-11/1 and ES-11/4". Capitalised words, then the lower-case word and a number: a cheap
  // test, so only such places try the organisation rule.
  // The capitalised run is taken whole, atomically: "resolution" is lower-case, so giving words back
  // never helps, and at most capitalised words the test fails after one word.
  const organResolution = (plural: string): string =>
    `(?>(?:${CAP_ANY_WORD}[ \\t]+){1,5})resolution${plural}[ \\t]+${RESOLUTION_NUMBER}`;
  // At least one word before the head word; an organisation or a state first keeps its scope.
  // The first word may also be two parties joined by a dash ("EU–China ...", "China–Russia ...") or
  // a year ("2030 Agenda ..."); a year may stand among the modifiers ("... 2020 Strategic Agenda").
  // Each keeps its own scope.
  const STATE_WORD = trieRegex(stateNames.filter((name) => !/[ .]/.test(name)));
  const TITLE_YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)';
  const TITLE_YEAR_SCOPES = `${KIND_SCOPES.date} string.other.title.year.diplomatic`;
  const TITLE_FIRST = `(?:((?:${ORG_KNOWN})${END})|((?:${STATE})${END})|(?:(${ACRONYM})|(${STATE_WORD}))${DASH}(?:(${ACRONYM})|(${STATE_WORD}))${END}|(${TITLE_YEAR})${END}|${MODIFIER})`;
  const TITLE_OPENING = `${TITLE_FIRST}${SP}(?:(?:${MODIFIER}|(${TITLE_YEAR})${END})${SP}){0,3}`;
  // Where a title goes on after a word: a capitalised word, ", Word", "and Word", a hyphen, or a
  // connector with a capitalised phrase or (after "for") a year: "Treaty on ... between the ...".
  // "and" or a comma before another head word or an organ's resolution starts a second title
  // ("the Charter and the Treaty", "the GCC Initiative and Security Council resolution 2216").
  const NOT_SECOND_TITLE = `(?!${trieRegex(docHeads)}${END})(?!${organResolution('s?')})`;
  const TITLE_CONTINUES = `(?:[ \\t]+and[ \\t]+the[ \\t]+${NOT_SECOND_TITLE}(?=${TITLE_WORD})|[ \\t]+${CONNECTOR}[ \\t]+(?:${DETERMINER}[ \\t]+)?(?![0-9])(?=${TITLE_WORD})|:[ \\t]+(?=${TITLE_WORD})|(?<=[Tt]owards|[Tt]oward)[ \\t]+(?:${DETERMINER}[ \\t]+)?(?=${TITLE_WORD})|[ \\t]+for[ \\t]+(?:the[ \\t]+)?(?=${YEARS}(?![\\p{N}]))|[ \\t]+(?=${TITLE_WORD})|(?:,[ \\t]+|[ \\t]+and[ \\t]+)${NOT_SECOND_TITLE}(?=${TITLE_WORD})|[ \\t]*${DASH}[ \\t]*(?=${TITLE_WORD}))`;
  // An organ's resolutions listed in the plural: each number is a title of its own, the first with
  // the organ and the word ("Security Council resolutions 2231" (2015) and "2254" (2015)), as a shared
  // prefix goes with the first of the bodies it applies to ("SCO Business Council, Development Fund
  // and Forum"). The next number follows "and" or a comma, and is followed by a year in parentheses,
  // punctuation or a function word: not by a noun ("and 150 States", "and 12 countries").
  const LIST_GOES_ON = `(?=[ \\t]*(?:\\(|[,.;:)]|$)|[ \\t]+(?:and|or|of|on|in|as|by|to|which|that|were|was|are|is|respectively)${END})`;
  const RESOLUTION_YEAR = `[ \\t]*\\((${TITLE_YEAR})\\)`;
  const LIST_JOIN = '(?:,?[ \\t]+and[ \\t]+|,[ \\t]*)';
  // The rest of a list after its organ: the word, the first number, then each later number, each with
  // the year after it, in one group (`names`), whose text `resolutionList` marks.
  const LISTED_YEAR = `(?:[ \\t]*\\(${TITLE_YEAR}\\))?`;
  const RESOLUTION_LIST = `${SP}resolutions${SP}${RESOLUTION_NUMBER}${END}${LISTED_YEAR}(?:${LIST_JOIN}(?=${RESOLUTION_NUMBER}${END}${LIST_GOES_ON})${RESOLUTION_NUMBER}${END}${LISTED_YEAR}){0,20}`;
  // A title never ends on a connector, an article or "and" (a look-behind takes alternatives of
  // different lengths only at its top level).
  const AFTER_LINK_WORD = ['on', 'of', 'in', 'to', 'for', 'the', 'a', 'an', 'Its', 'Towards', 'Toward', 'and', 'among', 'amongst', 'between', 'against', 'concerning', 'regarding']
    .map((word) => `[ \\t]${word}`)
    .join('|');
  // A title ends at a number ("Resolution 2375", "Security Council resolution 2231", "resolution
  // ES-10/21", "... for 2010-2012"): the words after it are not part of it, unless they are a colon
  // subtitle. A number is a word of digits after a space or a slash, or the end of a range of years (a
  // look-behind takes alternatives of different lengths only at its top level); it goes on in
  // "2010-2012" or "2022/23"; "G-20" is no such word.
  const AFTER_NUMBER = `(?<=[0-9])(?<=${[
    ...[1, 2, 3, 4, 5].map((digits) => `[ \\t/][0-9]{${digits}}`),
    '[0-9][-–][0-9]{2}',
    '[0-9][-–][0-9]{4}',
  ].join('|')})`;
  // A title with modifiers ("SCO Charter") stands alone; a bare head word needs a number, a
  // lower-case topic or a complement ("Treaty on ...").
  const TITLE_PREFILTER = `(?=(?:[\\p{Lu}0-9][\\p{L}\\p{M}\\p{N}'’.‐–—-]*[ \\t]+){0,4}?${trieRegex([...docHeads, 'resolution'])}${END})`;
  // A capitalised head word after a determiner names the document already cited: "the Treaty",
  // "This Declaration" (the third alternative).
  // The UN's own citation is lower-case after its organ, which keeps its scope: "Security Council
  // resolution 2231" (the last alternative, behind a look-ahead for "resolution" and a number, so only
  // such places try the organisation rule).
  const TITLE_BEGIN = `(?:${TITLE_OPENING}${DOC_HEAD}(?:${NUMBER}|${LOWER_TOPIC})?|${DOC_HEAD}(?:${NUMBER}|${LOWER_TOPIC}|(?=${COMPLEMENT}))|(?<=[Tt]he[ \\t]|[Tt]his[ \\t]|[Tt]hat[ \\t]|[Pp]resent[ \\t])${DOC_HEAD_ALONE}|(?=${organResolution('')})(${ORGANIZATION})${END}${SP}resolution${NUMBER})`;

  // Dates.
  const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
  // Two days of one month: a dash, or `to` and `and` as the recognizer reads them (`on 5 and 6 December 2024`).
  const DAY_RANGE = `${DAY}(?:[ \\t]*[-–][ \\t]*${DAY}|${SP}(?:to|and)${SP}${DAY})?`;
  const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)';
  const NOT_NUMBERED = '(?<!Resolution[ \\t]|No\\.[ \\t]|No[ \\t]|Article[ \\t]|Paragraph[ \\t])';
  // Dates that start with a digit and dates that start with a word are two rules, so each keeps a
  // plain first character Oniguruma can skip to.
  const DATE_NUMERIC = [
    `${YEAR}-[01]\\d-[0-3]\\d`,
    `[0-3]?\\d[./][01]?\\d[./]${YEAR}`,
    // A range across months: "30 November–1 December 2023".
    `${DAY_RANGE}${SP}(?:of${SP})?${MONTH}(?:[ \\t]*[-–][ \\t]*${DAY}${SP}${MONTH})?(?:,?${SP}${YEAR})?`,
    `${NOT_NUMBERED}(?<![-–/.,:]|[-–/][ \\t])${YEARS}(?![\\p{N}]|[-–/][\\p{L}\\p{N}])`,
  ].join('|');
  const DATE_MONTH = [
    `${MONTH}${SP}${DAY_RANGE}(?:[ \\t]*[-–][ \\t]*${MONTH}${SP}${DAY})?(?:,[ \\t]*${YEAR}|${SP}${YEAR})?(?![\\p{N}])`,
    `${MONTH}(?:[ \\t]*[-–][ \\t]*${MONTH})?,?${SP}${YEAR}`,
  ].join('|');

  // A role, its state or organisation, then the name: "Foreign Minister of the Republic of India
  // Sushma Swaraji", "President N. Nazarbayev of the Republic of Kazakhstan", or after a comma: "its
  // President, Dilma Rousseff," (then a name of two words or more that is not a state or an office,
  // and ends before punctuation or a lower-case word). Without a name the role and its owners are
  // still marked ("the Chair of the SCO"). Or an honorific and a name ("H.E. Mr. Lavrov", the
  // honorific outside the span); one or two honorifics may also stand between a role and its name
  // ("Prime Minister Sir Keir Starmer", "its President, H.E. Mr. ...").
  // An office after honorifics is the role's (`His Majesty King Abdullah II`: the role `King`, the name `Abdullah`), no
  // name's first word.
  // `Sheikh`, also a name's first word, is an honorific only before a name of two words or more (`Sheikh Tamim bin
  // Hamad Al Thani`); before one word it is the name's (`Sheikh Hasina`).
  const HONORIFIC = `(?:${trieRegex(data.honorifics.filter((honorific) => !data.nameHonorifics.includes(honorific)))}(?:(?<![.])\\.)?|${trieRegex(data.nameHonorifics)}(?=${SP}${NAME_WORD}${SP}(?:${PARTICLE}${SP}){0,2}\\p{Lu}))`;
  const COMMA_NAME = `,${SP}(?:${HONORIFIC}${SP}){0,2}(?!${trieRegex(stateNames.filter((name) => /^\p{Lu}\S*(?: \p{Lu}\S*)+$/u.test(name)))}${END})(?!(?:${ACRONYM}${SP})?${OFFICE})(${PERSON_NAME_2})${END}(?=[ \\t]*(?:[,.;:()]|$)|[ \\t]+\\p{Ll})`;
  // No role starts inside a hyphenated word: its first part makes another office of it (`Under-Secretary-General` is
  // no `Secretary-General`, `Co-Chair` no `Chair`); the offices so written are listed whole (offices.yaml).
  const NOT_AFTER_HYPHEN = '(?<![\\p{L}][-‐‑])';
  // A word that is never a name's: an organ's, a document's or an office's head, the first word of an office, a
  // portfolio, a section's word. Also the first word of a name after a role (`Chair of the ASEAN Foreign Ministers'
  // Meeting`: no name `Foreign Ministers`).
  const NOT_NAME_WORD = notWord([...heads, ...docHeads, ...data.offices.map((office) => office.split(/[ -]/)[0] ?? office), ...data.portfolioHeads, ...data.sectionWords]);
  const OFFICIAL_WITH_ROLE_RULE: Alternative = {
    match: `${ROLE_GUARD}${NOT_AFTER_HYPHEN}(?:(${ROLE})${FIRST_OWNER}?${OWNER}?(?:${SP}(?:${HONORIFIC}${SP}){0,2}${NOT_NAME_WORD}(${PERSON_NAME})${END}(?:${SP}of${SP}(?:the${SP})?(${STATE})${END})?|${COMMA_NAME})?|(?:${HONORIFIC}${SP}){1,2}(?!${OFFICE})(${PERSON_NAME})${END})`,
    captures: {
      1: KIND_SCOPES.role,
      2: KIND_SCOPES.organization,
      3: KIND_SCOPES.organization,
      4: KIND_SCOPES.organization,
      5: KIND_SCOPES.organization,
      6: KIND_SCOPES.state,
      7: KIND_SCOPES.organization,
      8: KIND_SCOPES.place,
      9: KIND_SCOPES.state,
      10: KIND_SCOPES.organization,
      11: KIND_SCOPES.official,
      12: KIND_SCOPES.state,
      13: KIND_SCOPES.official,
      14: KIND_SCOPES.official,
    },
  };
  // Capitalised seasons only: the alternatives of `names` start with a capital or a digit (the
  // lower-case ones are `lowerCaseSeason`).
  const capitalisedSeasons = data.seasons.filter((season) => /^\p{Lu}/u.test(season));
  // A name before a comma and a role: "Charles Michel, President of the European Council". The
  // role is matched on its own after the name. Cheap tests first, as this alternative is tried at
  // most capitalised words: the name follows a lower-case word, a comma or the line's start (not a
  // sentence's first word: measured, this look-behind halves the alternative's cost), then a run of
  // capitalised words (and particles, initials) up to a comma; most words fail it at the next word.
  const NAME_BEFORE_ROLE_RULE: Alternative = {
    match: `(?<=\\p{Ll}[ \\t]|^|^[ \\t]|[,;:(][ \\t])(?=\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|${PARTICLE})){1,4},[ \\t])(${PERSON_NAME_2})(?=,${SP}(?:the${SP})?(?:${ACRONYM}${SP})?${OFFICE})`,
    captures: { 1: KIND_SCOPES.official },
  };
  const DATE_SEASON_RULE: Alternative = {
    match: `${firstCharGuard(capitalisedSeasons)}(?:${trieRegex(capitalisedSeasons)})${SP}(?:of${SP})?${YEAR}${END}`,
    name: KIND_SCOPES.date,
  };
  const ORGANIZATION_RULE: Alternative = {
    // The look-ahead guards only the organ: a known name is tried once, not once in a look-ahead
    // and again in the match (where the known-name branch fails, no known name starts here, and
    // an organisation with a state starts with an acronym, which is a known name).
    match: `${ASCII_UPPER_GUARD}(?:${ORGANIZATION_WITH_STATE}|${ORGANIZATION_KNOWN}|${ORGAN_PREFILTER}${ORGAN})${END}`,
    name: KIND_SCOPES.organization,
    captures: { 1: KIND_SCOPES.state },
  };
  // In the body, an organisation may open a list of its resolutions in the plural: the first title is
  // the organ, the word and the first number ("Security Council resolutions 2231"), each later number
  // a title of its own ("2254"), each year in parentheses a date. The organisation is matched once, in
  // a look-ahead (group 3), and taken again by a back-reference: as the start of the title, with both
  // scopes (group 4, the title's first token), or alone (group 6). So the list costs a test only where
  // an organisation was found, not at every capitalised word.
  const ORGANIZATION_OR_RESOLUTIONS_RULE: Alternative = {
    match: `${ASCII_UPPER_GUARD}(?:(${ORGANIZATION_WITH_STATE})${END}|(?=(${ORGANIZATION_KNOWN}|${ORGAN_PREFILTER}${ORGAN})${END})(?:(\\k<@3>)(${RESOLUTION_LIST})|(\\k<@3>)))`,
    // Every group of `names` costs at each of its matches (measured: about 0.2% of the grammar's time
    // per group on the seeds), so the rest of the list is one group, marked by its own rules where it
    // occurs. A capture with rules copies the line up to it: a line of nothing but lists is quadratic
    // (20,000 characters: 24 ms, against 7 ms without the lists), an ordinary line pays nothing.
    captures: {
      1: KIND_SCOPES.organization,
      2: KIND_SCOPES.state,
      4: `${KIND_SCOPES.title} ${KIND_SCOPES.organization}`,
      5: { patterns: includes('resolutionList') },
      6: KIND_SCOPES.organization,
    },
  };
  // States, places and state adjectives ("the Kazakh side", "Polish Prime Minister").
  // A state's name may be written in capitals ("PEOPLE'S REPUBLIC OF CHINA" in a heading or a
  // signature block). A place takes an administrative unit after it ("Moscow Region").
  // The capitals' trie is tried only where two capitals begin a word, so the common case pays one test.
  const STATE_ANY_CASE = `(?:(?=\\p{Lu}\\p{Lu})${trieRegex(stateNames.map((name) => name.toUpperCase()))}${END}|${STATE})`;
  const ADMIN_UNIT = '(?:Region|Oblast|Province|Krai|Governorate|Prefecture|Territory)';
  // A place takes a geographic feature after it ("Taiwan Strait", "Gaza Strip", "Pacific Ocean"); a state's name
  // before one names the feature, not the state ("Niger Delta", "Jordan river", "Korea Strait").
  const FEATURE = '(?:Strait|Strip|Ocean|Sea|Gulf|Valley|Peninsula|Lake|Bay|Canal|Desert|[Rr]iver|[Dd]elta|[Bb]asin)';
  // A place whose name begins with a state's (`Mexico City`, `Kuwait City`, `Andorra la Vella`) is the place, not the
  // state and a word after it.
  const placesAfterState = data.places.filter((place) => stateNames.some((name) => place.startsWith(`${name} `)));
  const NOT_PLACE_OF_STATE = placesAfterState.length > 0 ? `(?!${trieRegex(placesAfterState)}${END})` : '';
  const statePlaceRule = (state: string): Alternative => ({
    match: `${STATE_PLACE_GUARD}(?:(?:${NOT_PLACE_OF_STATE}(${state})${END}(?!${SP}${FEATURE}${END})|(${trieRegex(data.places)}(?:${SP}(?:${ADMIN_UNIT}|${FEATURE}))?)${END}(?![ \\t]+\\p{Lu}\\p{Ll}|${DASH}\\p{L}))|((?<=[Tt]he[ \\t])${trieRegex(adjectives)}(?=[ \\t]+(?:side|sides|party|delegation)${END})|${trieRegex(adjectives)}(?=[ \\t]+${OFFICE})))`,
    captures: { 1: KIND_SCOPES.state, 2: KIND_SCOPES.place, 3: KIND_SCOPES.state },
  });
  const STATE_PLACE_RULE = statePlaceRule(STATE_ANY_CASE);
  const DATE_NUMERIC_RULE: Alternative = { match: `(?=[0-9])(?:${DATE_NUMERIC})${END}`, name: KIND_SCOPES.date };
  const DATE_MONTH_RULE: Alternative = { match: `${firstCharGuard(monthNames)}(?:${DATE_MONTH})${END}`, name: KIND_SCOPES.date };
  // The three kinds of date in one alternative with one capture group, in the same order: every
  // capture group of a pattern costs on every match.
  const DATE_RULE: Alternative = {
    match: [DATE_NUMERIC_RULE, DATE_MONTH_RULE, DATE_SEASON_RULE].map((rule) => `(?:${rule.match})`).join('|'),
    name: KIND_SCOPES.date,
  };
  const officialAloneRule = (guard: string): Alternative => ({
    match: `${guard}(?<![.])(${INITIALS}[ \\t]?${notWord(data.sectionWords)}${NAME_WORD})${END}`,
    captures: { 1: KIND_SCOPES.official },
  });

  // "The" before a lower-case word is the commonest capitalised word of prose and starts no name
  // or title, except the few listed ones ("The former Yugoslav Republic of Macedonia"): rejecting it
  // first spares every alternative (measured: 4% of the grammar's time).
  const theLowerExceptions = [...stateNames, ...data.places, ...orgNames]
    .map((phrase) => /^The\s+(\p{Ll}\S*)/u.exec(phrase)?.[1])
    .filter((word): word is string => word !== undefined);
  const NOT_THE_LOWER = `(?!The${SP}${theLowerExceptions.length > 0 ? `(?!${trieAlternation(theLowerExceptions)}[ \\t])` : ''}\\p{Ll})`;
  const WORD_START = `${START}${NOT_THE_LOWER}`;

  // The heading, anchored at the document's start (`\A`) or at a line's start (`^`).
  const headingRule = (anchor: string): GrammarRule => ({
    comment: 'A short first line that does not end a sentence. # marks of Markdown-style headings stay outside the span.',
    begin: `${anchor}[ \\t]*(?:(#{1,6})[ \\t]+)?(\\S(?:[^\\n]{0,${MAX_HEADING_LINE - 2}}[^\\s.,;:])?)[ \\t]*$`,
    beginCaptures: {
      '1': { name: 'punctuation.definition.heading.diplomatic' },
      '2': { name: KIND_SCOPES.heading, patterns: includes('inHeading') },
    },
    end: '(?!x)x',
    patterns: includes('headingContinuation', 'body'),
  });
  // A signature block: a name alone on its line ("Jiang Zemin" above "President of ..."), two to
  // four name words of which none is a state, place, organisation, office or document word (`NOT_NAME_WORD`).
  const NOT_NAME_PHRASE = `(?!${trieRegex([...stateNames, ...data.places, ...orgNames])}${END})`;
  // Both kinds of signature line, "Name (signed)" and a name alone, are a short run of capitalised
  // words (and particles, initials) that ends the line or stands before "(signed)": this cheap
  // look-ahead fails at the first lower-case word of any other line.
  const SIGNATURE_LINE = `(?=\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|${PARTICLE})){0,4}[ \\t]*(?:$|\\([Ss]igned\\)))`;
  const SIGNATURE_NAME = `${NOT_NAME_PHRASE}(?:${INITIALS}[ \\t]?${NOT_NAME_WORD}${NAME_WORD}|${NOT_NAME_WORD}${NAME_WORD}(?:${SP}(?:${PARTICLE}${SP})?(?:${MIDDLE_INITIALS})?${NOT_NAME_WORD}${NAME_WORD}){1,3})`;

  // The pieces written once in each big pattern (`withSubroutines`), with the word end every trie
  // and word rule repeats. Measured on 4 December 2026 (vscode-oniguruma in Node, best of runs): the
  // body's rule list compiles in about 40 ms instead of 130-160 (`names` 365 KB to 93 KB, 107-126 ms
  // to 28; the title's begin 27 to 10 ms), the heading's `headingNames` in 12 ms instead of 34-37, with
  // the same tokens. The word end, `(?![\p{L}\p{N}\p{M}_])`, is written 64 times in `names` and 39 in the
  // title's begin, and each copy cost about 0.2 ms: Oniguruma builds the union of three property
  // classes anew for each. The state trie (13 KB) was written 19 times in `names`, the organ rule
  // (30 KB, with two state tries in its member complement) 7 times. A called piece that is tried at
  // nearly every word stays inline: a name word (16 times in `names`, 5 ms more off the compile) was
  // about 3% slower to tokenize in two interleaved runs. Each piece is one more capture group.
  const SUBROUTINES: Readonly<Record<string, string>> = {
    organization: ORGANIZATION,
    organizationKnown: ORGANIZATION_KNOWN,
    organ: ORGAN,
    state: STATE,
    personName: PERSON_NAME,
    roleUnit: ROLE_UNIT,
    wordEnd: END,
  };
  const sub = (pattern: string): string => withSubroutines(pattern, SUBROUTINES);
  const subRule = (rule: GrammarRule): GrammarRule => ({ ...rule, match: sub(rule.match ?? '') });

  const repository: Record<string, GrammarRule> = {
    document: {
      comment:
        'The document: its heading is the first non-empty line (and lower-case continuation lines, as in "DECLARATION / on the ..."); everything after is the body. The rules never end, so the heading cannot be re-entered. A heading on the first line is anchored at \\A: a pattern anchored at ^ whose first character can be anything is tried by Oniguruma at every position of the line (2 ms of a 100 KB first line); after blank lines it is anchored at ^.',
      begin: '\\A',
      end: '(?!x)x',
      patterns: includes('headingAtStart', 'leadingBlankLines', 'body'),
    },
    leadingBlankLines: {
      comment: 'A document that opens with blank lines: its heading is the first non-empty line after them.',
      begin: '\\A(?=[ \\t]*$)',
      end: '(?!x)x',
      patterns: includes('heading', 'body'),
    },
    headingAtStart: headingRule('\\A'),
    heading: headingRule('^'),
    headingContinuation: {
      name: CONTINUATION_SCOPE,
      match: `^[ \\t]*(?:(#{1,6})[ \\t]+)?(\\p{Ll}[^\\n]{0,${MAX_HEADING_LINE - 2}}[^\\s.,;:])[ \\t]*$`,
      captures: {
        '1': { name: 'punctuation.definition.heading.diplomatic' },
        '2': { name: KIND_SCOPES.heading, patterns: includes('inHeading') },
      },
    },
    body: {
      comment:
        'A begin/while rule whose condition always holds: unlike an end pattern that never matches, a while condition is checked once per line and not searched for at every position with the entity rules. The condition also finds a signature line, "Jiang Zemin (signed)", at no cost elsewhere (as a pattern anchored with ^ it was searched at every position: 10% of the grammar\'s time).',
      begin: '^(?=[ \\t]*\\S)',
      while: sub(`^(?:[ \\t]*${SIGNATURE_LINE}(?:(${SIGNED_NAME})(?=[ \\t]*\\([Ss]igned\\))|(${SIGNATURE_NAME})[ \\t]*$))?`),
      whileCaptures: { '1': { name: KIND_SCOPES.official }, '2': { name: KIND_SCOPES.official } },
      patterns: includes('inline'),
    },
    inline: {
      patterns: includes('title', 'names', 'lowerCaseSeason'),
    },
    inHeading: { patterns: includes('headingNames', 'lowerCaseSeason') },
    resolutionList: {
      comment:
        'The rest of an organ\'s resolutions in the plural, as `names` found it ("resolutions 2231 (2015) and 2254 (2015)"): the word and the first number end the first title, which began with the organ; each later number is a title, each year in parentheses a date.',
      patterns: [
        { match: `${SP}resolutions${SP}${RESOLUTION_NUMBER}`, name: KIND_SCOPES.title },
        { match: RESOLUTION_YEAR, captures: { '1': { name: KIND_SCOPES.date } } },
        { match: `${LIST_JOIN}(${RESOLUTION_NUMBER})`, captures: { '1': { name: KIND_SCOPES.title } } },
      ],
    },
    inTitle: {
      comment: 'Inside a title only what titles contain: names and numeric dates ("for 2010-2012"). Every rule here re-scans the rest of the line once per title, so the list stays short.',
      patterns: includes('titleNames'),
    },
    title: {
      patterns: [
        {
          comment:
            'Modifiers and a document head word open the title ("SCO Charter", "Treaty on ...", "Resolution 2375"); it goes on word by word while a complement follows, so nested names keep their own scopes without re-tokenizing the line.',
          begin: sub(`(?=[0-9A-Z])${WORD_START}${TITLE_PREFILTER}${NOT_ROLE}${TITLE_BEGIN}`),
          beginCaptures: {
            '1': { name: KIND_SCOPES.organization },
            '2': { name: KIND_SCOPES.state },
            '3': { name: KIND_SCOPES.organization },
            '4': { name: KIND_SCOPES.state },
            '5': { name: KIND_SCOPES.organization },
            '6': { name: KIND_SCOPES.state },
            // A year in a title's opening ("2030 Agenda ...", "EU–China 2020 Strategic Agenda ...") is a date, as the
            // held-out gold counts it (rule 7), coloured as its title: the innermost scope, a title's, is the one a
            // theme colours by (docs/grammar.md).
            '7': { name: TITLE_YEAR_SCOPES },
            '8': { name: TITLE_YEAR_SCOPES },
            '9': { name: KIND_SCOPES.organization },
          },
          end: `${AFTER_WORD_GUARD}(?:${AFTER_NUMBER}(?![-‐–—/.][\\p{L}\\p{N}]|:[ \\t]+(?=${TITLE_WORD}))|(?![\\p{L}\\p{N}\\p{M}]|[-‐][\\p{L}\\p{N}])(?<=[\\p{L}\\p{N}\\p{M}'’])(?<!${AFTER_LINK_WORD})(?!${TITLE_CONTINUES}))`,
          name: KIND_SCOPES.title,
          patterns: includes('inTitle'),
        },
      ],
    },
    names: {
      comment:
        'Officials with their roles, an organ\'s resolutions in the plural ("Security Council resolutions 2231 (2015) and 2254 (2015)": a title per number), organisations, states and places, dates, and initials with a surname ("S. Lavrov", "Ts. Elbegdorzh"; abbreviations such as "St." are not initials), in this order of priority, as one rule behind one guard; only titles, a begin/end rule, are separate (and win where both start). A place is not followed by a capitalised or hyphenated word: in "Shanghai Five", "Moscow State University" or "Norak-Antiterror" it is part of a name. An adjective is a state only as a party: "the Kazakh side".',
      ...subRule(mergeRules(`(?=[0-9A-Z]|${ACCENTED_CAPITALS})`, WORD_START, [
        OFFICIAL_WITH_ROLE_RULE,
        ORGANIZATION_OR_RESOLUTIONS_RULE,
        STATE_PLACE_RULE,
        DATE_RULE,
        NAME_BEFORE_ROLE_RULE,
        officialAloneRule(`(?=[A-Z]|${ACCENTED_CAPITALS})`),
      ])),
    },
    lowerCaseSeason: {
      comment:
        'A season in lower case and a year of 1900-2099 ("spring 2006"), one pattern per century: the century is a literal at a bounded distance, which Oniguruma searches for directly, so only the few places before a "19" or "20" are tried. Guarded on a, f, s and w (alone or in `names`), every such letter was a candidate: 16% of the grammar\'s time, against 3% now. Capitalised seasons, with any year from 1600, are in `names`.',
      patterns: ['20', '19'].map((century) => ({
        match: `${START}${trieAlternation(data.seasons.filter((season) => /^\p{Ll}/u.test(season)))}[ \\t]{1,3}(?:of[ \\t]{1,3})?${century}\\d\\d${END}`,
        name: KIND_SCOPES.date,
      })),
    },
    headingNames: subRule(mergeRules('(?=[0-9A-Z])', WORD_START, [ORGANIZATION_RULE, STATE_PLACE_RULE, DATE_RULE])),
    // Inside a title, states in capitals are left out: a title in capitals is a heading, whose rule
    // has them, and the title's rule list is searched at every word of a title.
    titleNames: subRule(mergeRules('(?=[0-9A-Z])', WORD_START, [ORGANIZATION_RULE, statePlaceRule(STATE), DATE_NUMERIC_RULE])),
  };

  return {
    information_for_contributors: [
      'This file is generated by syntaxes/build/generate.ts from syntaxes/data/*.yaml and the world-countries package.',
      'Do not edit it by hand: change the data or the generator and run `npm run grammar`.',
    ],
    name: 'Diplomatic Text',
    scopeName: 'text.diplomatic',
    patterns: includes('document'),
    repository,
  };
}

