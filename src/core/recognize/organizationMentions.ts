import { PLACES, POST_NOMINALS } from '../lexicon/lexicon.generated';
import type { LexiconIndex } from './lexiconIndex';
import { firstStartingAt } from './textStructure';

/** An organisation named in a text, by name or acronym, with the label it is known by (`SCO`). */
export interface OrganizationMention {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

const ORGANIZATION_WORDS = /\b(?:Organization|Organisation|Nations|Union|Association|Community|Council|Alliance|Forum|Bank|Fund|Group|Conference|Cooperation|League|Movement|Partnership|Treaty)\b/;
// A quoted name is an organisation when the text speaks of its members, heads, founding or process.
const OWNER_CONTEXT = String.raw`(?:heads\s+of\s+state|heads\s+of\s+government|members|member\s+states|founding|establishment|development|founders|participants)\s+of\s+(?:the\s+)?`;

// One capitalised word, not an acronym (`Commonwealth`).
const SHORT_NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * Finds organisations: names and acronyms of the lexicon and the registry, acronyms the text defines
 * (`United Nations (UN)`), quoted names the text treats as a body (`the founding of the "Shanghai Five"`), and
 * other all-capital acronyms that are not states.
 */
export function findOrganizations(text: string, lexicon: LexiconIndex): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  const defined = new Map<string, string>();
  // Most texts define no acronym and quote no name: a search for the bracket or the quote mark (far quicker than
  // the patterns) skips those scans.
  for (const match of text.includes('(') ? text.matchAll(/\s\(([A-Z]{2,8})\)/g) : []) {
    // The defined name: the capitalised words just before the parenthesis (`United Nations (UN)`).
    const before = /((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)$/.exec(text.slice(Math.max(0, match.index - 120), match.index));
    const name = before?.[1] ?? '';
    const acronym = match[1] ?? '';
    const label = lexicon.organizationOf(acronym) ?? lexicon.organizationOf(name) ?? (ORGANIZATION_WORDS.test(name) ? acronym : undefined);
    if (label !== undefined) {
      defined.set(name, label);
      defined.set(acronym, label);
    }
  }
  // Each quoted name is searched for in the whole text once, however often it is quoted.
  const quotedNames = new Set<string>();
  for (const match of text.includes('"') || text.includes('“') ? text.matchAll(/["“]([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})["”]/g) : []) {
    const name = match[1] ?? '';
    if (quotedNames.has(name) || lexicon.organizationOf(name) !== undefined || lexicon.stateOf(name) !== undefined) {
      continue;
    }
    quotedNames.add(name);
    const quoted = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`${OWNER_CONTEXT}["“]${quoted}["”]|["“]${quoted}["”]\\s+(?:member\\s+states|members|process|summit)\\b`).test(text)) {
      defined.set(name, name);
    }
  }
  const pattern = organizationPattern(lexicon, [...defined.keys()]);
  // The label of the last organisation of the text whose name of several words starts with a word (`Commonwealth`).
  const byFirstWord = new Map<string, string>();
  // `exec` rather than `matchAll`, which copies the large pattern for every text.
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const written = match[0];
    // `the Commonwealth of Australia`, `of Dominica`: a state's official name starts with the word, no organisation.
    if ((lexicon.stateAt(text, match.index)?.end ?? 0) > match.index + written.length) {
      continue;
    }
    // `MC.DEC/3/24`, `PSC/PR/COMM.1185`: a document's symbol, no organisation; `VIET NAM`: a state in capitals.
    if (SYMBOL_AFTER.test(text.slice(match.index + written.length, match.index + written.length + 8)) || stateInCapitals(text, match.index, written, lexicon)) {
      continue;
    }
    const known = lexicon.organizationOf(written) ?? defined.get(written.replace(/\s+/g, ' '));
    // `within the Commonwealth` after `the Commonwealth of Independent States`: one capitalised word that starts the name
    // of an organisation the text named before is short for it.
    const label = (known !== undefined && SHORT_NAME.test(written) ? byFirstWord.get(written) : undefined) ?? known ?? acronymLabel(written, lexicon);
    if (label === undefined || (known === undefined && notAcronymAt(text, match.index, written.length, lexicon))) {
      continue;
    }
    const firstWord = /^(\p{Lu}\p{Ll}+)\s/u.exec(written)?.[1];
    if (firstWord !== undefined) {
      byFirstWord.set(firstWord, label);
    }
    // `Collective Security Treaty Organization (CSTO)`: the acronym glossing the name is one mention with it.
    const last = found[found.length - 1];
    if (last !== undefined && last.label === label && text.charCodeAt(match.index - 1) === 40 && text.charCodeAt(match.index + written.length) === 41 && /^\s*\($/.test(text.slice(last.end, match.index))) {
      found[found.length - 1] = { start: last.start, end: match.index + written.length + 1, label };
      continue;
    }
    found.push({ start: match.index, end: match.index + written.length, label });
  }
  return found;
}

const patternCache = new WeakMap<LexiconIndex, Map<string, RegExp>>();

/**
 * The lexicon's organisations, the names the text defines and any acronym, in one pattern. Most texts define
 * nothing or the same few names, so the patterns are compiled once per set of names rather than once per text.
 */
function organizationPattern(lexicon: LexiconIndex, defined: readonly string[]): RegExp {
  const names = [...defined].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  const key = names.join('|');
  let byNames = patternCache.get(lexicon);
  if (!byNames) {
    byNames = new Map();
    patternCache.set(lexicon, byNames);
  }
  let pattern = byNames.get(key);
  if (!pattern) {
    pattern = new RegExp(`${lexicon.organizationPattern.source}${names.length > 0 ? `|\\b(?:${key})\\b` : ''}|\\b[A-Z]{2,6}\\b`, 'g');
    // Bounded: a corpus defines few names, but a pathological one must not grow the cache without end.
    if (byNames.size > 200) {
      byNames.clear();
    }
    byNames.set(key, pattern);
  }
  return pattern;
}

// Letters after a name (`Patricia Scotland KC`, `Jane Doe, MP`) are its bearer's office or order, not an organisation.
const POST_NOMINAL: ReadonlySet<string> = new Set(POST_NOMINALS);
const NAME_BEFORE = /\p{Lu}[\p{Ll}'’-]+,?[ \t]+$/u;
// A title of address and a given name before a word in capitals: the word is the person's family name.
const FAMILY_NAME_AFTER_TITLE = /(?:^|[^\p{L}])(?:Mr|Ms|Mrs|Dr|Madam|Mme|H\.\s?E)\.?[ \t]+\p{Lu}[\p{Ll}'’-]+[ \t]+$/u;
// A Roman numeral (`XVI BRICS Summit`, `resolution 2625 (XXV)`) numbers something; it names no organisation.
const ROMAN_NUMERAL = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
// Currency codes (`USD 3 billion`) are no organisations either.
const NOT_ACRONYMS = new Set(['PRESS', 'RELEASE', 'JOINT', 'DECLARATION', 'STATEMENT', 'COMMUNIQUE', 'ON', 'THE', 'OF', 'AND', 'TREATY', 'CHARTER', 'AGREEMENT', 'PROTOCOL', 'MEMORANDUM', 'UTC', 'GMT', 'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'RUB', 'INR', 'CHF', 'KZT', 'UZS', 'KGS', 'TJS', 'PKR', 'IRR', 'AED', 'SAR', 'QAR', 'BRL', 'ZAR', 'KRW', 'TRY', 'SDR']);

// An unknown word in capitals, next to another (`NEW DELHI`, `KAZAN DECLARATION`, `FIFTY-SECOND`): a line or a
// name written in capitals, not an acronym; nor is a code glued to a number (`ES-11/1`, `COVID-19`).
const CAPITALS_BEFORE = /(?:^|[^\p{L}\d'’])(\p{Lu}[\p{Lu}'’]+)(?:[ \t]+|-)$/u;
const CAPITALS_AFTER = /^(?:[ \t]+|-)(\p{Lu}[\p{Lu}'’]+)(?![\p{L}\d])/u;
const NUMBER_AFTER = /^-\d/;

// What follows an acronym in a document's symbol: a full stop and a capital, or a slash and a part of the symbol.
const SYMBOL_AFTER = /^(?:\.[\p{Lu}\d]|\/(?:\p{Lu}+[/.]|\d))/u;

/** Whether an acronym ends a state's name written in capitals (`NAM` of `VIET NAM`). */
function stateInCapitals(text: string, at: number, written: string, lexicon: LexiconIndex): boolean {
  const before = /^[A-Z]{2,6}$/.test(written) ? CAPITALS_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1] : undefined;
  if (before === undefined) {
    return false;
  }
  // The lexicon reads names in any case.
  return lexicon.stateOf(`${before} ${written}`) !== undefined;
}

/** Whether an all-capital word the lexicon does not know is no acronym where it is written. */
function notAcronymAt(text: string, at: number, length: number, lexicon: LexiconIndex): boolean {
  const written = text.slice(at, at + length);
  if (POST_NOMINAL.has(written) && NAME_BEFORE.test(text.slice(Math.max(0, at - 40), at))) {
    return true;
  }
  if (NUMBER_AFTER.test(text.slice(at + length, at + length + 2))) {
    return true;
  }
  // `H.E. Mr. Sergey LAVROV, Minister ...`: a family name written in capitals after the given name and a title.
  if (FAMILY_NAME_AFTER_TITLE.test(text.slice(Math.max(0, at - 40), at))) {
    return true;
  }
  const before = CAPITALS_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  const after = CAPITALS_AFTER.exec(text.slice(at + length, at + length + 30))?.[1];
  return [before, after].some((word) => word !== undefined && lexicon.organizationOf(word) === undefined);
}

// The places of the lexicon of one word of at most six letters, in capitals (`MOSCOW`, `DOHA`): a dateline's city.
const PLACES_IN_CAPITALS: ReadonlySet<string> = new Set(PLACES.filter((p) => /^\p{L}{2,6}$/u.test(p)).map((p) => p.toUpperCase()));

function acronymLabel(written: string, lexicon: LexiconIndex): string | undefined {
  if (!/^[A-Z]{2,6}$/.test(written) || NOT_ACRONYMS.has(written) || ROMAN_NUMERAL.test(written) || lexicon.stateOf(written) !== undefined || PLACES_IN_CAPITALS.has(written)) {
    return undefined;
  }
  return written;
}

/** The organisation the text speaks about most: the owner of meetings that do not name their body's organisation. */
export function mainOrganization(mentions: readonly OrganizationMention[], from = 0, to = Number.MAX_SAFE_INTEGER): string | undefined {
  const counts = new Map<string, number>();
  // The mentions are in text order: only those of the span are read (a paragraph of a 20 MB text is asked for often).
  for (let i = firstStartingAt(mentions, from); i < mentions.length; i++) {
    const mention = mentions[i];
    if (!mention || mention.start >= to) {
      break;
    }
    if (mention.end <= to) {
      counts.set(mention.label, (counts.get(mention.label) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [label, count] of counts) {
    if (count > bestCount) {
      best = label;
      bestCount = count;
    }
  }
  return best;
}
