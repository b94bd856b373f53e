import { DOCUMENT_TYPES, FUNCTION_WORDS, HONORIFICS, NAME_HONORIFICS, OFFICES, PLACES, PORTFOLIO_HEADS, PORTFOLIO_NOUNS } from '../lexicon/lexicon.generated';
import { findCueWords, LOWER_ROLE_WORDS, ROLE_WORDS } from './cueWords';
import { escapeRegExp, type LexiconIndex } from './lexiconIndex';
import { nameTrie } from './nameTrie';
import { CAPITAL_PARTICLES, SURNAME_PATTERN } from './personName';
import { collapseBlanks, findParagraphs, type Range } from './textStructure';
import { isWhiteSpace } from '../whiteSpace';

/** A person named in a text with the role and state written next to the name. */
export interface OfficialMention {
  readonly start: number;
  readonly end: number;
  /** The name as written (`S. Lavrov`). */
  readonly name: string;
  /** The role as written without the state phrase (`Minister of Foreign Affairs`, `SCO Secretary-General`). */
  readonly role: string | undefined;
  /** Canonical short name of the state the text gives with the role. */
  readonly state: string | undefined;
  /** The organisation the role belongs to (`SCO`), for officers of organisations. */
  readonly organization: string | undefined;
  /**
   * For a bare surname (`Rakhmonov proposed ...`), the fuller name the text gives that one person elsewhere (`I.
   * Rakhmonov`): who the surname stands for in this text, which identity reads instead of the bare surname.
   */
  readonly antecedent?: string;
}

/** A role written without a name (`the Minister of Foreign Affairs of Kazakhstan`): the registry may say who held it. */
export interface RoleMention {
  readonly start: number;
  readonly end: number;
  readonly role: string;
  readonly state: string | undefined;
  readonly organization: string | undefined;
}

// Heads of the role phrases the texts use; the built-in lexicon's OFFICES and the heads of its portfolio offices
// (`Secretary of Defense`, `State Secretary`, as the grammar reads them) are added to them.
const ROLE_HEADS = [
  'Minister of Foreign Affairs', 'Foreign Minister', 'Prime Minister', 'President', 'Vice President', 'Vice-President',
  'Secretary-General', 'Secretary General', 'Executive Secretary', 'Secretary of State', 'Chairman', 'Chairwoman', 'Chairperson',
  'Ambassador', 'Director-General', 'Director', 'Special Representative', 'Special Envoy', 'Chancellor', 'Premier',
  'Minister of Defence', 'Minister of Defense', 'Defence Minister', 'Defense Minister', 'Minister', 'Speaker', 'King', 'Emir', 'Sultan',
];

const HEADS = new Set([...ROLE_HEADS, ...OFFICES, ...PORTFOLIO_HEADS]);
// The heads as a sentence writes them in lower case (`the foreign minister of Kazakhstan, ...`, `prime minister ...`)
// and at its start (`Foreign minister ...`): only those of two words or more, never one common word alone
// (`president`, `head`, `chair`); and only those that hold one of the lower-case role words, which the cue-word scan
// finds (`federal chancellor`, `governor general` do not): the key of any other would be searched for in every text
// (`general`: a tenth more time for extraction; an absent word, one more scan of each text).
const LOWER_ROLE_WORD = new RegExp(`\\b(?:${LOWER_ROLE_WORDS})\\b`);
const LOWER_HEADS = [...HEADS].map((head) => head.toLowerCase()).filter((head) => /[ -]/.test(head) && LOWER_ROLE_WORD.test(head));
const SENTENCE_HEADS = LOWER_HEADS.map((head) => head.charAt(0).toUpperCase() + head.slice(1)).filter((head) => !HEADS.has(head));
// `former` and `acting` are part of the role as written: a former President is not the President at the text's date
// (`personIdentity` reads them).
const TENSE = String.raw`(?:[Ff]ormer|[Aa]cting)\s+`;
// One person may hold two offices written as one role (`Deputy Prime Minister - Minister of Foreign Affairs`, `State
// Councilor and Foreign Minister`, `Deputy Prime Minister, Minister of ...`): the offices that open such a role, then a
// dash, or `and` or a comma before a minister's office. `and the Minister` is two people; so is `President ... and`.
const FIRST_OFFICE = String.raw`(?:(?:First\s+)?Deputy\s+Prime\s+Minister|Prime\s+Minister|Crown\s+Prince|Vice[- ]Premier|Vice[- ]President|State\s+Councill?or)`;
const SECOND_MINISTER = String.raw`(?=(?:(?:First|Deputy)\s+)?(?:[A-Z][a-z]+\s+)?Minister\b)`;
const COMPOUND_FIRST = String.raw`(?:${FIRST_OFFICE}(?:\s*[-–—]\s*|\s+and\s+${SECOND_MINISTER})|(?:First\s+)?Deputy\s+Prime\s+Minister,\s+${SECOND_MINISTER})`;
// The heads as a tree of their letters (`nameTrie`): the same matches as their alternation longest first, and far
// quicker to try where a text lists officials. A lower-case role is no possessive's (`the foreign minister's visit`).
const CAPITALISED_HEAD = `${COMPOUND_FIRST}?(?:(?:First|Deputy|Vice)[- ]\\s*)?${nameTrie([...HEADS, ...SENTENCE_HEADS])}`;
// The same in lower case, as news prose writes them (`deputy prime minister and foreign minister Ishaq Dar`).
const LOWER_COMPOUND_FIRST = String.raw`(?:${FIRST_OFFICE.toLowerCase()}(?:\s*[-–—]\s*|\s+and\s+(?=(?:(?:first|deputy)\s+)?(?:[a-z]+\s+)?minister\b)))`;
const ROLE_HEAD = `(?:${TENSE})?(?:${CAPITALISED_HEAD}|${LOWER_COMPOUND_FIRST}?(?:(?:first|deputy|vice)[- ]\\s*)?${nameTrie(LOWER_HEADS)}\\b(?!['’]s\\b))`;
// The roles whose key words are capitalised: none written in lower case holds one.
const CAPITALISED_ROLE_HEAD = `(?:${TENSE})?${CAPITALISED_HEAD}`;

// Every role holds a key word: a role word (`findCueWords`, capitalised or, of the lower-case roles, in lower case),
// else the last word of its head (the lexicon's `High Commissioner`), which a scan of its own finds. That scan is quick
// as long as its words are capitalised: LOWER_ROLE_WORDS holds a key of every lower-case role.
const ROLE_WORD = new RegExp(`\\b(?:${ROLE_WORDS}|${LOWER_ROLE_WORDS})\\b`);
const ALL_HEADS = [...HEADS, ...SENTENCE_HEADS, ...LOWER_HEADS];
const OTHER_KEY_WORDS = [...new Set(ALL_HEADS.filter((head) => !ROLE_WORD.test(head)).map((head) => head.split(' ').pop() ?? head))];
const OTHER_KEYS = OTHER_KEY_WORDS.map(escapeRegExp);
const KEY = new RegExp(`\\b(?:${[ROLE_WORDS, LOWER_ROLE_WORDS, ...OTHER_KEYS].join('|')})\\b`);

/** How many words of a head stand before its first key word (`Vice Foreign Minister`: two), or Infinity if none. */
function wordsBeforeKey(head: string): number {
  const key = KEY.exec(head);
  return key ? head.slice(0, key.index).split(' ').length - 1 : Infinity;
}

// The most words a role holds before its first key word: its head's, after `former` or `acting` and one of `First`,
// `Deputy`, `Vice` (`First Deputy Prime Minister - ...` has its key word second).
const WORDS_BEFORE_KEY = 2 + Math.max(...ALL_HEADS.map(wordsBeforeKey));

/**
 * The role matches of a text, paragraph by paragraph, skipping paragraphs that hold no key word (a role word of
 * `roleWords`, the starts of the text's role words in order, or another key such as `Commissioner`).
 */
function roleMatches(text: string, rolePattern: RegExp, roleAt: readonly [RegExp, RegExp], paragraphs: readonly Range[], roleWords: readonly number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  // Paragraphs come in order and the matches of one stay before the next, so the key words are read once.
  const keyAt = keyWords(text, roleWords);
  for (const { start, end } of paragraphs) {
    const key = keyAt(start);
    if (key >= 0 && key < end) {
      rolePattern.lastIndex = start;
      let match: RegExpExecArray | null;
      while ((match = nextRole(text, rolePattern, roleAt, keyAt, end)) !== null) {
        matches.push(match);
      }
    }
  }
  return matches;
}

/** Where the first key word at or after an offset starts, or -1; the offsets asked must not decrease. */
function keyWords(text: string, roleWords: readonly number[]): (from: number) => number {
  let next = 0;
  let other = -1;
  const groupsAt = OTHER_KEY_GROUPS.map(() => -1);
  return (from) => {
    while ((roleWords[next] ?? Infinity) < from) {
      next++;
    }
    if (other < from) {
      other = nextOtherKey(text, from, groupsAt);
    }
    const key = Math.min(roleWords[next] ?? Infinity, other);
    return key === Infinity ? -1 : key;
  };
}

/** Whether the character is one of `\w` (`\b` of a pattern without the `u` flag is read with them). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Whether `at` follows a letter and a hyphen, inside a hyphenated word: no role starts there, for the word's first
 * part makes another office of it (`Under-Secretary-General` is no `Secretary-General`, `Co-Chair` no `Chair`). The
 * offices so written are listed whole in the lexicon.
 */
function afterHyphen(text: string, at: number): boolean {
  const hyphen = text.charCodeAt(at - 1);
  return at >= 2 && (hyphen === 45 || hyphen === 0x2010 || hyphen === 0x2011) && /\p{L}/u.test(text.charAt(at - 2));
}

/** Whether `\b` (of a pattern without the `u` flag) holds at `at`. */
function isWordEdge(text: string, at: number): boolean {
  return (at > 0 && isWordChar(text.charCodeAt(at - 1))) !== isWordChar(text.charCodeAt(at));
}

/** The longest start the words share. */
function sharedStart(words: readonly string[]): string {
  const first = words[0] ?? '';
  let length = first.length;
  for (const word of words) {
    while (!word.startsWith(first.slice(0, length))) {
      length--;
    }
  }
  return first.slice(0, length);
}

// OTHER_KEY_WORDS by their first five letters, each group searched for by the start its words share (`Advis` of
// `Adviser` and `Advisor`): one search of the text per group.
const OTHER_KEY_GROUPS = (() => {
  const byStart = new Map<string, string[]>();
  for (const word of OTHER_KEY_WORDS) {
    byStart.set(word.slice(0, 5), [...(byStart.get(word.slice(0, 5)) ?? []), word]);
  }
  return [...byStart.values()].map((words) => ({ start: sharedStart(words), words }));
})();

/**
 * Where the first of OTHER_KEY_WORDS at or after `from` starts as a whole word (`\b(?:Adviser|...)\b`), or Infinity.
 * They are few: a search for each group by `indexOf` is far quicker than their alternation, which is tried at every
 * place. `groupsAt` keeps, per group, where its next word was found (Infinity: nowhere after), for the offsets asked
 * do not decrease: a group absent from the text is searched for once, not once per role word of the text.
 */
function nextOtherKey(text: string, from: number, groupsAt: number[]): number {
  let next = Infinity;
  OTHER_KEY_GROUPS.forEach(({ start, words }, group) => {
    let found = groupsAt[group] ?? -1;
    if (found < from) {
      found = Infinity;
      for (let at = text.indexOf(start, from); at >= 0; at = text.indexOf(start, at + 1)) {
        if (isWordEdge(text, at) && words.some((word) => text.startsWith(word, at) && isWordEdge(text, at + word.length))) {
          found = at;
          break;
        }
      }
      groupsAt[group] = found;
    }
    next = Math.min(next, found);
  });
  return next;
}

/**
 * The first two letters a role may start with, by character code: `first[a]` is 1 when some role starts with the letter
 * `a` and `second[a * 128 + b]` says which letters `b` may follow it, or 2 when any may (a start whose second character
 * is no ASCII letter). A role is tried only where both fit: most words of a text that start like one are no role.
 */
interface RoleStarts {
  readonly first: Uint8Array;
  readonly second: Uint8Array;
}

function roleStarts(starts: readonly string[]): RoleStarts {
  const first = new Uint8Array(128);
  const second = new Uint8Array(128 * 128);
  for (const start of starts) {
    const a = start.charCodeAt(0);
    const b = start.charCodeAt(1);
    if (/^[A-Za-z]$/.test(start.charAt(1))) {
      first[a] ||= 1;
      second[a * 128 + b] = 1;
    } else {
      first[a] = 2;
    }
  }
  return { first, second };
}

// Of `former`, `acting`, `First`, `Deputy`, `Vice` and the heads, as ROLE_HEAD writes them (all ASCII); ROLE_STARTS[1]
// of the roles that may hold a capitalised key word.
const CAPITALISED_STARTS = ['Fo', 'fo', 'Ac', 'ac', 'Fi', 'De', 'Vi', ...HEADS, ...SENTENCE_HEADS];
const ROLE_STARTS = [roleStarts([...CAPITALISED_STARTS, 'fi', 'de', 'vi', ...LOWER_HEADS]), roleStarts(CAPITALISED_STARTS)] as const;

/** Whether a role may start at `at`, by its first two characters. */
function mayStartRole(text: string, at: number, starts: RoleStarts): boolean {
  const a = text.charCodeAt(at);
  const fits = a < 128 ? starts.first[a] : 0;
  if (fits !== 1) {
    return fits === 2;
  }
  const b = text.charCodeAt(at + 1);
  return b < 128 && starts.second[a * 128 + b] === 1;
}

// Punctuation no role holds: a role is letters, blanks and dashes (its heads' and `former`, `First`, `Deputy` ...), so the
// role that holds a key word starts after the last of these before it (`..., Minister`). Those that some head holds are
// left out.
const NOT_IN_ROLE = new Uint8Array(128);
for (const mark of [',', ';', ':', '.', '(', ')', '"', '!', '?']) {
  NOT_IN_ROLE[mark.charCodeAt(0)] = ALL_HEADS.some((head) => head.includes(mark)) ? 0 : 1;
}

/**
 * Where the word holding `key` starts, after as many words before it (and the blanks between) as may stand in a role,
 * not before `from` nor before punctuation no role holds.
 */
function wordsBefore(text: string, key: number, from: number): number {
  let start = key;
  for (let word = 0; word <= WORDS_BEFORE_KEY; word++) {
    while (word > 0 && start > from && isWhiteSpace(text.charCodeAt(start - 1))) {
      start--;
    }
    while (start > from && !isWhiteSpace(text.charCodeAt(start - 1))) {
      if (NOT_IN_ROLE[text.charCodeAt(start - 1)] === 1) {
        return start;
      }
      start--;
    }
  }
  return start;
}

/**
 * The next match of the role pattern from its `lastIndex` that starts before `end`, or null: what
 * `rolePattern.exec(text)` finds if it starts before `end`, and its `lastIndex` set as that leaves it. Every role holds
 * a key word, at most WORDS_BEFORE_KEY words after its start; so the role that holds the next key word starts at a word
 * start within those words, where `roleAt` (the pattern, sticky) is tried, and a role that holds none of them starts
 * after it, with a later key. The pattern never searches: a key word that starts no role (`the minister said`)
 * costs a few tries, not a search to the next role of the text.
 */
function nextRole(text: string, rolePattern: RegExp, roleAt: readonly [RegExp, RegExp], keyAt: (from: number) => number, end: number): RegExpExecArray | null {
  const from = rolePattern.lastIndex;
  if (!Number.isFinite(WORDS_BEFORE_KEY)) {
    const match = rolePattern.exec(text);
    return match !== null && match.index < end ? match : null;
  }
  // No role starts before `after`: none before `from`, and none that would hold a key word already tried.
  let after = from;
  for (let key = keyAt(from); key >= 0; key = keyAt(key + 1)) {
    // A capitalised key word is no lower-case role's: the roles that may hold it are fewer, and so are their letters.
    const capitalised = text.charCodeAt(key) <= 90 ? 1 : 0;
    const starts = ROLE_STARTS[capitalised];
    const pattern = roleAt[capitalised];
    for (let at = wordsBefore(text, key, after); at <= key; at++) {
      if (at >= end) {
        return null;
      }
      // A role starts as one of ROLE_STARTS, after `\b`, and not inside a hyphenated word.
      if (mayStartRole(text, at, starts) && (at === 0 || !isWordChar(text.charCodeAt(at - 1))) && !afterHyphen(text, at)) {
        pattern.lastIndex = at;
        const match = pattern.exec(text);
        if (match !== null) {
          rolePattern.lastIndex = pattern.lastIndex;
          return match;
        }
      }
    }
    after = key + 1;
  }
  return null;
}

interface OfficialPatterns {
  readonly rolePattern: RegExp;
  /** The role pattern, sticky, tried only where a role may start; and of the roles that may hold a capitalised key word. */
  readonly roleAt: readonly [RegExp, RegExp];
  readonly statePattern: RegExp;
  readonly complementPattern: RegExp;
}

const patternCache = new WeakMap<LexiconIndex, OfficialPatterns>();

/** Compiles the patterns once per lexicon: the state alternation is large and texts are many. */
// A capitalised word of a role's complement: a capital, then small letters and marks (`Affairs`, `Bárcena`).
const CAPITAL_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+`;

function patternsFor(lexicon: LexiconIndex): OfficialPatterns {
  let patterns = patternCache.get(lexicon);
  if (!patterns) {
    patterns = {
      rolePattern: new RegExp(`\\b(?:${ROLE_HEAD})\\b(?!s\\b)`, 'g'),
      roleAt: [new RegExp(`\\b(?:${ROLE_HEAD})\\b(?!s\\b)`, 'y'), new RegExp(`\\b(?:${CAPITALISED_ROLE_HEAD})\\b(?!s\\b)`, 'y')],
      statePattern: new RegExp(`^\\s+of\\s+(?:the\\s+)?(${GENERIC_STATE})`),
      // A list of portfolios with commas goes on to its `and` (`for Foreign, Commonwealth and Development Affairs`).
      // Not on over `and` to another office (`of Industry and Trade Li Wen and Minister of Energy`, `... Alicia Bárcena
      // Ibarra and Foreign Minister Mauro Vieira`). Its words are any
      // capitalised words, accented ones included: an ASCII class stopped at `Bárcena` of `Secretary of Foreign Affairs
      // Alicia Bárcena Ibarra` and left `Alicia` in the role.
      complementPattern: new RegExp(
        String.raw`\s+(?:of|for)\s+(?!the\b)${CAPITAL_WORD}(?:\s+(?:and\s+(?!(?:the\s+)?(?:${CAPITAL_WORD}\s+)?(?:${ROLE_WORDS})\b)(?:the\s+)?)?${CAPITAL_WORD}|,\s+(?=${CAPITAL_WORD}(?:,\s+${CAPITAL_WORD})*\s+and\s+\p{Lu})${CAPITAL_WORD})*`,
        'uy',
      ),
    };
    patternCache.set(lexicon, patterns);
  }
  return patterns;
}

// The names of legislatures, which continue an organ's name and are never a personal name's word.
const LEGISLATURE_WORDS = ['Duma', 'Senate', 'Parliament', 'Congress', 'Majlis', 'Mazhilis', 'Rada', 'Knesset', 'Bundestag', 'Kurultai', 'Kenesh', 'Khural', 'Sejm', 'Storting', 'Riksdag', 'Diet'];
// Words that continue an organisation or role phrase and are never part of a personal name.
const NOT_NAME_WORDS = new Set([
  'The', 'This', 'That', 'On', 'In', 'At', 'Of', 'And', 'For', 'With', 'By', 'As',
  'Minister', 'Ministers', 'President', 'Republic', 'Federation', 'Kingdom', 'State', 'States', 'Council', 'Committee', 'Commission', 'Structure',
  'Organization', 'Organisation', 'Secretariat', 'Affairs', 'Foreign', 'Secretary', 'General', 'Executive', 'Director', 'Deputy', 'Prime',
  'Regional', 'Anti-Terrorist', 'Antiterrorist', 'Anti-terrorist', 'Center', 'Centre', 'Assembly', 'Nations', 'United', 'Union', 'Side', 'Member',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Islamic', 'People', 'Peoples',
  'Chairman', 'Ambassador', 'Head', 'Heads', 'Government', 'Office', 'Ministry', 'Ministries', 'Bank', 'Fund', 'Forum', 'Group', 'Agency', 'Service',
  'Directorate', 'Department', 'Administration', 'Division', 'Bureau',
  // The nouns of meetings (`the ASEAN Foreign Ministers' Meeting`, `Summit`).
  'Meeting', 'Meetings', 'Summit', 'Summits', 'Conference', 'Session', 'Sessions', 'Talks', 'Ministerial',
  // Legislatures after `of the State`, `of the Federation` (`Speaker of the State Duma Vyacheslav Volodin`).
  ...LEGISLATURE_WORDS,
  // The lexicon's honorifics and their words (`Mr.`, `Sir`, `His`, `Excellency`), not the letters of `H.E.`, nor those
  // that are also a name's first word (`Sheikh Hasina`).
  ...[...HONORIFICS, ...HONORIFICS.flatMap((honorific) => honorific.split(' '))].filter((word) => !/^\p{Lu}\.$/u.test(word) && !NAME_HONORIFICS.includes(word)),
]);

/** A word never a personal name's: one of `NOT_NAME_WORDS`, or a plural possessive (`Ministers'` of `Ministers' Meeting`). */
function isNotNameWord(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return NOT_NAME_WORDS.has(word) || ((last === 39 || last === 0x2019) && word.length > 1);
}

// Lower-case particles inside a name (`Bert van der Hoeven`, `Mohamed bin Zayed`): part of it when a capitalised
// word follows.
const PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'al', 'el', 'van', 'von', 'de', 'da', 'dos', 'del', 'der', 'den', 'du', 'le', 'la', 'ter', 'ten']);
const PARTICLE = `(?:${[...PARTICLES].join('|')})`;
// The blanks between two words of a name: a hard-wrapped text breaks a name over a line end, never over a blank line.
const NAME_GAP = String.raw`(?:[ \t]+|[ \t]*\r?\n[ \t]*)`;
// Each alternative consumes different text (a hyphen starts the second part), so no input backtracks exponentially.
// A capital may follow the first letter's apostrophe (`O'Neil`, `D'Souza`) or a surname's prefix (`DiCarlo`, `McAleese`).
const SURNAME = SURNAME_PATTERN;
// A name word ends with its word: a capital inside it ends no name there (`SpaceX` is no `Space`).
const WORD_END = String.raw`(?![\p{L}\p{M}])`;
const INITIALS_NAME = String.raw`(?:\p{Lu}\p{Ll}?\.\s?(?:-\p{Lu}\.\s?)?)+\s*${SURNAME}(?:-\p{Lu}[\p{Ll}'’]+)*${WORD_END}`;
const NAME_WORD = String.raw`${SURNAME}(?:-\p{Lu}?[\p{Ll}'’]+)*${WORD_END}`;
const INITIALS_AT_END = new RegExp(`${INITIALS_NAME}$`, 'u');
const NAME_WORD_ONLY = new RegExp(`^${NAME_WORD}$`, 'u');
// A family name written first in capitals, then the given name (`DONG Jun`, `SHIN Won-sik`), as East Asian
// governments write their officials' names; a word in capitals that the lexicon knows (`PRC`, `ASEAN`) is none.
const CAPITALS_FAMILY_NAME = String.raw`\p{Lu}{2,}(?:-\p{Lu}{2,})?${NAME_GAP}${NAME_WORD}`;
const CAPITALS_WORD = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;
// The second word of a surname after initials, on the same line, ending a name (`Nagendra Prasad`).
const SECOND_SURNAME = new RegExp(String.raw`[ \t]+(${SURNAME})(?![\p{L}\p{M}'’-])`, 'uy');
const FUNCTION_WORD_SET: ReadonlySet<string> = new Set(FUNCTION_WORDS);
// Middle initials may stand before a later word (`Joseph R. Biden`, `Enrique A. Manalo`).
// Particles written with a capital inside a name (`José Javier De La Gasca Lopez-Domínguez`) are read as particles, not
// as words of the name: a name of four words and two particles is read to its end.
const CAPITAL_PARTICLE = `(?:${[...CAPITAL_PARTICLES].join('|')})`;
const NAME_AT = new RegExp(String.raw`(?:${INITIALS_NAME}|${NAME_WORD}(?:${NAME_GAP}(?:(?:${PARTICLE}|${CAPITAL_PARTICLE})${NAME_GAP}){0,2}(?:\p{Lu}\.[ \t]?)*${NAME_WORD}){0,3}|${CAPITALS_FAMILY_NAME})`, 'uy');
// The lexicon's honorifics (`H.E.`, `Mr.`, `Dr.`, `His Excellency`), one or two before a name (`H.E. Mr. ...`), which
// is read after them: they are no part of it, nor of the role before them. `Dr.` would otherwise pass for an initial.
// Those that are also a name's first word (`Sheikh`) are honorifics only before a name of two words or more (`Sheikh
// Tamim bin Hamad Al Thani`); before a single name word they are the name's (`Sheikh Hasina`).
const HONORIFIC_ONLY = String.raw`(?:${HONORIFICS.filter((h) => !NAME_HONORIFICS.includes(h)).sort((a, b) => b.length - a.length).map((h) => escapeRegExp(h).replace(/ /g, String.raw`\s+`)).join('|')})(?![\p{L}.])`;
const LONGER_NAME = String.raw`(?=${NAME_GAP}\p{Lu}[\p{L}\p{M}'’-]+${NAME_GAP}(?:${PARTICLE}${NAME_GAP}){0,2}\p{Lu})`;
const HONORIFIC = String.raw`(?:${HONORIFIC_ONLY}|(?:${NAME_HONORIFICS.map(escapeRegExp).join('|') || '(?!)'})(?![\p{L}.])${LONGER_NAME})`;
const HONORIFICS_AT = new RegExp(String.raw`(?:${HONORIFIC}${NAME_GAP}){1,2}`, 'uy');
// Read before a name, where what follows is not at hand: a name's first word is checked by HONORIFICS_AT after.
const HONORIFICS_AT_END = new RegExp(String.raw`(?:^|\s)((?:(?:${HONORIFIC_ONLY}|${NAME_HONORIFICS.map(escapeRegExp).join('|') || '(?!)'})${NAME_GAP}){1,2})$`, 'u');

/** Where the honorifics written at `at` end (`H.E. Mr. ` read over), or `at` when there are none. */
function afterHonorifics(text: string, at: number): number {
  HONORIFICS_AT.lastIndex = at;
  return HONORIFICS_AT.test(text) ? HONORIFICS_AT.lastIndex : at;
}

/** Where the honorifics written just before `at` start (`... of ASEAN Dr. ` before the name), or `at` when there are none. */
export function beforeHonorifics(text: string, at: number): number {
  const found = HONORIFICS_AT_END.exec(text.slice(Math.max(0, at - 40), at));
  const start = found?.[1] === undefined ? at : at - found[1].length;
  // `Sheikh` before `Hasina` is the name's, not an honorific.
  return start < at && afterHonorifics(text, start) !== at ? at : start;
}

// A state the lexicon does not know is still read by the form of its official name (`Republic of Ruritania`).
// Not an organ of a state (`the Federation Council`, `the Republic Assembly`).
const ORGAN_NOUN = String.raw`(?:Council|Assembly|Committee|Commission|Court|Bank|Fund|Agency|Ministry|Government|Secretariat|Cabinet|${LEGISLATURE_WORDS.join('|')})\b`;
const GENERIC_STATE = String.raw`(?:(?:Islamic|Democratic|Federal|Socialist|Arab|United|Federative|Plurinational|Bolivarian)\s+)*(?:Republic|Kingdom|Federation|Emirate|Sultanate|Principality|Grand\s+Duchy)(?:\s+of)?\s+(?!${ORGAN_NOUN})[A-Z][a-z]+|[A-Z][a-z]+\s+(?:Republic|Federation)`;

const OF_AT = /\s+of\s+/y;
/**
 * The gap between a role and its name at `at`, within ten characters: blanks, or a line end where a hard-wrapped text
 * breaks the line, with the blanks around it (`^(?:[ \t]*\r?\n[ \t]*|[ \t]+)` over those ten, read in place); where
 * it ends and whether it breaks the line, or undefined when there is none.
 */
function roleNameGap(text: string, at: number): { end: number; lineEnd: boolean } | undefined {
  const limit = Math.min(at + 10, text.length);
  const isBlank = (i: number): boolean => i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9);
  let end = at;
  while (isBlank(end)) {
    end++;
  }
  const lineBreak = end + 1 < limit && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : end < limit && text.charCodeAt(end) === 10 ? 1 : 0;
  if (lineBreak === 0) {
    return end > at ? { end, lineEnd: false } : undefined;
  }
  end += lineBreak;
  while (isBlank(end)) {
    end++;
  }
  return { end, lineEnd: true };
}

// A name of two words or more written before a comma and the role (`Charles Michel, President of the European Council`):
// after a lower-case word (not the end of a capitalised one: `Kao Kim Hourn`), a comma, a bracket or the line's start, as
// the grammar reads it, never a sentence's first words
// unless an honorific opens the sentence (`... met. Dr. Vivian Balakrishnan, Minister ...`, `The Hon. Winston Peters,
// Minister ...`); the honorifics are not the name's.
const NAME_BEFORE_ROLE = new RegExp(
  String.raw`(?:(?:^|(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}'’-]*[ \t]+|[,;:(][ \t]+|\n[ \t]*)(?:(?:The[ \t]+)?(?:${HONORIFIC}${NAME_GAP}){1,2})?|(?<=[\p{Ll}\d][.!?]["”)]?[ \t]+)(?:The[ \t]+)?(?:${HONORIFIC}${NAME_GAP}){1,2})((?:\p{Lu}\p{Ll}?\.\s?)*\p{Lu}[\p{L}\p{M}'’-]+(?:${NAME_GAP}(?:${PARTICLE}${NAME_GAP}){0,2}(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}\p{M}'’-]+){1,3}),[ \t]+(?:the[ \t]+)?$`,
  'u',
);
// Another title between the name's comma and the role, joined to it by `and`; and such a title that names no office.
const TITLE_AND_BEFORE = /,[ \t]+(\p{Lu}[^,;.!?\n]{0,120}?)[ \t]+and[ \t]+$/u;
const MEMBER = /^(?:Alternate\s+)?Member\b/;
// Another office is a few words (`Vice President`, `Deputy Prime Minister`): a longer run may hold a name of its own
// (`Kairat Umarov, Ambassador of Kazakhstan to the United States of America Yerzhan Ashikbayev and Chairman ...`).
const SHORT_TITLE = /^\S+(?:\s+\S+){0,3}$/;
// After the role (and its state) and a comma, a name that a comma, `and` or the sentence's end closes: `..., S. Jaishankar, said`.
const NAME_AFTER_COMMA = /^,[ \t]+/;
const NAME_CLOSED = /^(?:\s*[,.;)]|\s+and\b)/;
// An organ named by capitalised words and a head word, as the owner of a role: `European Council`, `African Union Commission`.
const ORGAN_AT = /(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){1,3}(?:Council|Commission|Committee|Parliament|Assembly|Secretariat|Court|Bank|Fund|Agency|Organi[sz]ation|Union|Forum)\b/uy;

/** Reads ` of [the] <state>` at `at`: a lexicon state by dictionary lookup, else an official form the lexicon lacks. */
function stateAfter(text: string, at: number, lexicon: LexiconIndex, generic: RegExp): { end: number; state: string } | undefined {
  // Read in place (this runs two or three times per role); `of` within a few blanks, as written in a sentence.
  OF_AT.lastIndex = at;
  if (!OF_AT.test(text) || OF_AT.lastIndex - at > 12) {
    return undefined;
  }
  const known = lexicon.stateAt(text, OF_AT.lastIndex);
  if (known) {
    return { end: known.end, state: known.canonical };
  }
  const match = generic.exec(text.slice(at, at + 120));
  return match?.[1] === undefined ? undefined : { end: at + match[0].length, state: stateName(match[1], lexicon) };
}

// `of` before a state, inside a role's run.
const OF_WORD = /\bof\s+/g;

/** The state that closes `[from, end)` after `of` (`... of the Kyrgyz Republic`), with where its `of` starts. */
function stateClosing(text: string, from: number, end: number, lexicon: LexiconIndex): { start: number; state: string } | undefined {
  const run = text.slice(from, end);
  OF_WORD.lastIndex = 0;
  for (let of = OF_WORD.exec(run); of !== null; of = OF_WORD.exec(run)) {
    const known = lexicon.stateAt(text, from + of.index + of[0].length);
    if (known && text.slice(known.end, end).trim() === '') {
      return { start: from + of.index, state: known.canonical };
    }
  }
  return undefined;
}

function stateName(written: string, lexicon: LexiconIndex): string {
  return lexicon.stateOf(written) ?? written.replace(/\s+/g, ' ').replace(/^(?:[A-Z][a-z]+\s+)*(?:Republic|Kingdom|Federation|Emirate|Sultanate|Principality|Grand Duchy)(?:\s+of)?\s+/, '');
}

/** The lexicon's places (cities and regions), by name. */
export const PLACE_NAMES: ReadonlySet<string> = new Set(PLACES);
// `Joint Statement Signed, the President ...`: a document type's words are no name's.
const DOCUMENT_WORDS = new Set(DOCUMENT_TYPES.flatMap((type) => type.split(/\s+/)).filter((word) => /^\p{Lu}/u.test(word)));

/**
 * The name at the end of a role's complement (`from` to `to`, `for West Africa and the Sahel Leonardo Santos`) that runs
 * on to `to` or past it: its words from the third from last, the role's complement before them one word at least.
 */
function nameInComplement(text: string, from: number, to: number, lexicon: LexiconIndex): { official: NameRead; cursor: number } | undefined {
  const words = [...text.slice(from, to).matchAll(/\s+(\S+)/g)];
  for (let i = Math.max(2, words.length - 3); i < words.length; i++) {
    const word = words[i];
    const cursor = from + (word?.index ?? 0);
    const official = word && /^\p{Lu}/u.test(word[1] ?? '') ? nameAt(text, cursor + word[0].length - (word[1]?.length ?? 0), lexicon) : undefined;
    if (official && official.end >= to && /\s/.test(official.name) && plausibleName(collapseBlanks(official.name), lexicon)) {
      return { official, cursor };
    }
  }
  return undefined;
}

/** Whether a name written only by its context may be a personal name: not a place, and no state, organisation or office word. */
function plausibleName(name: string, lexicon: LexiconIndex): boolean {
  if (PLACE_NAMES.has(name)) {
    return false;
  }
  // A name may wrap onto the next line: its words are split at the line end too (`Japan` over `SHIN Won-sik`).
  const words = name.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
  return words.every((word) => mayBeNameWord(word, lexicon));
}

/** Whether a name read without a role before it looks like one in full: initials or two words, each plausible. */
function fullName(name: string, lexicon: LexiconIndex): boolean {
  return (name.includes('.') || /\s/.test(name)) && plausibleName(collapseBlanks(name), lexicon);
}

/** Whether a capitalised word may be part of a personal name: no state, organisation, office or document word. */
export function mayBeNameWord(word: string, lexicon: LexiconIndex): boolean {
  return !isNotNameWord(word) && !DOCUMENT_WORDS.has(word) && lexicon.stateOf(word) === undefined && lexicon.organizationOf(word) === undefined;
}

/** The name just before `roleStart` in `Name, [the] role`, when it has two words or more and none of them is a state, organisation or office word. */
function nameBeforeRole(text: string, roleStart: number, lexicon: LexiconIndex, another = true): NameRead | undefined {
  const from = Math.max(0, roleStart - 80);
  const found = NAME_BEFORE_ROLE.exec(text.slice(from, roleStart));
  let name = found?.[1];
  // `KIHARA Minoru, Minister of Defense, Japan` over `SHIN Won-sik, Minister ...`: the line above ends with no name.
  const lineEnd = name !== undefined && !plausibleName(name, lexicon) ? name.lastIndexOf('\n') : -1;
  if (name !== undefined && lineEnd >= 0 && /\s/.test(name.slice(lineEnd + 1).trim())) {
    name = name.slice(lineEnd + 1).trimStart();
    // Its honorifics or rank are not the name's (`Admiral DONG Jun, Minister ...` on its own line).
    name = name.slice(afterHonorifics(name, 0));
  }
  if (found === null || name === undefined || !plausibleName(name, lexicon)) {
    // `Wang Yi, Member of the Political Bureau of the CPC Central Committee and Minister of Foreign Affairs`: another
    // title and `and` between the comma and the role; the title names an office, unlike a name in a list (`Sergey
    // Lavrov, Wang Yi and ...`).
    const titleFrom = Math.max(0, roleStart - 160);
    const title = another ? TITLE_AND_BEFORE.exec(text.slice(titleFrom, roleStart)) : null;
    return title?.[1] !== undefined && (MEMBER.test(title[1]) || (KEY.test(title[1]) && SHORT_TITLE.test(title[1])))
      ? nameBeforeRole(text, titleFrom + title.index + title[0].indexOf(title[1]), lexicon, false)
      : undefined;
  }
  // The name follows what the match needs before it (a lower-case word, a comma, a line break), and ends the match.
  const start = from + found.index + found[0].lastIndexOf(name);
  return { start, end: start + name.length, name };
}

/** A personal name as `nameAt` reads it, and where it stands. */
interface NameRead {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/** `Ferdinand R. Marcos Jr.`: the full stop of a `Jr` or `Sr` ending a name is the name's, not a sentence's end. */
function withSuffixDot(text: string, end: number): number {
  return text.charCodeAt(end) === 46 && /(?:^|\s)[JS]r$/.test(text.slice(Math.max(0, end - 3), end)) ? end + 1 : end;
}

/** A full name written between commas after `at` (`, S. Jaishankar, said`), closed as a name is; else undefined. */
function nameBetweenCommas(text: string, at: number, lexicon: LexiconIndex): NameRead | undefined {
  const comma = NAME_AFTER_COMMA.exec(text.slice(at, at + 4));
  const named = comma ? nameAt(text, at + comma[0].length, lexicon) : undefined;
  return named && (named.name.includes('.') || /\s/.test(named.name)) && plausibleName(named.name, lexicon) && NAME_CLOSED.test(text.slice(named.end, named.end + 6)) ? named : undefined;
}

/** Reads a personal name starting exactly at `from`, after its honorifics (`H.E. Mr.`), dropping trailing words that cannot be names. */
function nameAt(text: string, from: number, lexicon: LexiconIndex): NameRead | undefined {
  const at = afterHonorifics(text, from);
  NAME_AT.lastIndex = at;
  const match = NAME_AT.exec(text);
  if (!match) {
    return undefined;
  }
  if (match[0].includes('.')) {
    // Initials may stand before a surname of two words (`T. V. Nagendra Prasad`, `K. P. Sharma Oli`): the next word on
    // the line, unless it may be no name's (`V. Putin The ...`, `S. Lavrov Moscow`; a month is a NOT_NAME_WORDS one).
    let end = at + match[0].length;
    SECOND_SURNAME.lastIndex = end;
    const second = SECOND_SURNAME.exec(text);
    const word = second?.[1];
    if (second && word !== undefined && !FUNCTION_WORD_SET.has(word) && !PLACE_NAMES.has(word) && mayBeNameWord(word, lexicon)) {
      end = second.index + second[0].length;
    }
    end = withSuffixDot(text, end);
    return { start: at, end, name: text.slice(at, end) };
  }
  // The name ends after its last word that may be a name's, particles not counting (`... van der Council`). Its words
  // are read in place, code by code: this runs for every role of every text.
  const matchEnd = at + match[0].length;
  let end = at;
  let words = 0;
  for (let wordStart = at; wordStart < matchEnd; ) {
    let wordEnd = wordStart;
    while (wordEnd < matchEnd && !isWhiteSpace(text.charCodeAt(wordEnd))) {
      wordEnd++;
    }
    const word = text.slice(wordStart, wordEnd);
    if (isNotNameWord(word) || lexicon.stateOf(word) !== undefined || lexicon.organizationOf(word) !== undefined) {
      break;
    }
    // `Penny Wong's Telephone Call`: a possessive ends the name, and is no part of it.
    const possessive = word.length > 2 && /['’]s$/.test(word);
    if (!PARTICLES.has(word)) {
      end = possessive ? wordEnd - 2 : wordEnd;
      words++;
    }
    if (possessive) {
      break;
    }
    wordStart = wordEnd;
    while (wordStart < matchEnd && isWhiteSpace(text.charCodeAt(wordStart))) {
      wordStart++;
    }
  }
  if (words === 0) {
    return undefined;
  }
  end = withSuffixDot(text, end);
  return { start: at, end, name: text.slice(at, end) };
}

// The capitalised run after a role's `of` that ends in a name (`of the ... Structure Yevgeny Sysoyev`, `of ASEAN Dr. Kao
// Kim Hourn`, `of the Department of Asian and Pacific Affairs Cai Wei`, but not over `and` to another role); the name's
// particles and honorifics and a line end inside it are read as in a name.
const ORGAN_RUN = new RegExp(String.raw`^\s+of\s+(?:the\s+)?((?:(?:of\s+the|of|the|for|and(?!\s+(?:the\s+)?(?:${ROLE_WORDS})\b))\s+|${HONORIFIC}${NAME_GAP}|(?:${PARTICLE}[ \t]+){1,2}(?=\p{Lu})|\p{Lu}[\p{L}\p{N}'’-]*${NAME_GAP}|\p{Lu}\.\s?)*\p{Lu}[\p{L}\p{N}'’-]*)`, 'u');

/** Finds the trailing personal name of a capitalised run such as `... SCO Regional Anti-Terrorist Structure Yevgeny Sysoyev`. */
function trailingName(run: string, runStart: number, lexicon: LexiconIndex): { start: number; end: number; name: string; roleEnd: number } | undefined {
  // `... of the SCO Dr. S. Jaishankar`: the honorifics before the name end the role (`Dr.` also passes for an initial).
  const initials = INITIALS_AT_END.exec(run);
  if (initials) {
    const named = afterHonorifics(run, initials.index);
    const name = run.slice(named);
    return NOT_NAME_WORDS.has(name) ? undefined : { start: runStart + named, end: runStart + run.length, name, roleEnd: runStart + beforeHonorifics(run, initials.index) };
  }
  const words = [...run.matchAll(/\S+/g)];
  let first = words.length;
  // Up to three capitalised words, and the particles between them (`Ursula von der Leyen`).
  let named = 0;
  for (let i = words.length - 1; i >= 0 && named < 3; i--) {
    const word = words[i]?.[0] ?? '';
    if (PARTICLES.has(word) && named > 0) {
      continue;
    }
    const known = isNotNameWord(word) || isPortfolioNoun(word) || lexicon.stateOf(word) !== undefined || lexicon.organizationOf(word) !== undefined;
    if (!known && named === 1 && CAPITALS_WORD.test(word)) {
      // A family name written first in capitals before one given name (`of the SCO ZHANG Ming`) is the name's first
      // word. Not before two: an acronym ends many organs' names (`of the UN Office ODC Ghada Waly`).
      named++;
      first = i;
      break;
    }
    if (!NAME_WORD_ONLY.test(word) || known) {
      break;
    }
    named++;
    first = i;
  }
  // A personal name has two words or more here: one capitalised word after an organisation is usually part of it.
  if (named < 2 || first === 0) {
    return undefined;
  }
  const head = words[first];
  if (!head) {
    return undefined;
  }
  const start = runStart + head.index;
  return { start, end: runStart + run.length, name: run.slice(head.index), roleEnd: runStart + beforeHonorifics(run, head.index) };
}

// A capitalised word that may stand before a role (`SCO`, `Kazakh`, `Russia's`).
const WORD_BEFORE_ROLE = /^\p{Lu}[\p{L}.-]*(?:['’]s)?$/u;

// The last word of an organ's name written before the role of its chair (`Security Council President`).
const ORGAN_WORD = /^(?:Council|Assembly|Commission|Committee|Parliament)$/;
// The roles of an organ's chair.
const CHAIR_ROLE = /^(?:President|Vice-President|Vice President|Chair|Chairman|Chairwoman|Chairperson|Speaker)$/;

/**
 * The organ's name written just before the role at `at` (`UN Security Council`, `European Council`, `General
 * Assembly`): its capitalised words, with where it starts.
 */
function organBefore(text: string, at: number): { name: string; start: number; bare: boolean } | undefined {
  const organ = /((?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}\p{Lu}[\p{L}'’-]*)[ \t]+$/u.exec(text.slice(Math.max(0, at - 60), at));
  const name = organ?.[1];
  if (organ === null || name === undefined || /^(?:The|A|An|This|That)\s/.test(name)) {
    return undefined;
  }
  const start = at - organ[0].length;
  // An organ has a word before its head (`Security Council`); a sentence's first word is none (`The Council`). The head
  // alone after a lower-case word is the organ the text has named (`issued by Council President X (Malta)`): the
  // chair's office, not their state's presidency, though no organisation is named.
  if (!/\s/.test(name)) {
    return /\p{Ll}[ \t]+$/u.test(text.slice(Math.max(0, start - 20), start)) ? { name, start, bare: true } : undefined;
  }
  return { name, start, bare: false };
}

/**
 * The capitalised word just before `at` (`SCO ` before `Secretary-General`), as the 40 characters before `at` read with
 * `(?:^|\s)(\p{Lu}[\p{L}.-]*?(?:['’]s)?)\s+$`: the word (group 1), and where that match starts (the blank before the
 * word, or the word itself at the start of those 40 characters). Read backwards in place, which is far quicker than that
 * pattern tried at each of the 40 characters.
 */
function wordBefore(text: string, at: number): { word: string; start: number } | undefined {
  const from = Math.max(0, at - 40);
  let end = at;
  while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) {
    end--;
  }
  if (end === at || end === from) {
    return undefined;
  }
  let start = end;
  while (start > from && !isWhiteSpace(text.charCodeAt(start - 1))) {
    start--;
  }
  const word = text.slice(start, end);
  return WORD_BEFORE_ROLE.test(word) ? { word, start: start > from ? start - 1 : start } : undefined;
}

// The opening bracket of a state written after a name (`Council President Pascale Baeriswyl (Switzerland)`).
const BRACKET_AT = /[ \t]*\([ \t]*/y;

/** The state the lexicon knows, written alone in brackets at `at` (` (Switzerland)`), or undefined. */
function stateInBrackets(text: string, at: number, lexicon: LexiconIndex): string | undefined {
  BRACKET_AT.lastIndex = at;
  if (!BRACKET_AT.test(text)) {
    return undefined;
  }
  const state = lexicon.stateAt(text, BRACKET_AT.lastIndex);
  return state !== undefined && /^[ \t]*\)/.test(text.slice(state.end, state.end + 4)) ? state.canonical : undefined;
}

// A line of a list of delegations before the role: `- for the Republic of Kazakhstan: `, `Kyrgyz Republic: `.
const DELEGATION_LINE = /[ \t]*(?:[-–•*][ \t]*|\(?\d+[.)][ \t]*|\(?[a-z][.)][ \t]*)?(?:(?:for|from)[ \t]+)?(?:the[ \t]+)?/iy;

/**
 * The state a list of delegations names at the start of the role's line, before a colon, or undefined. The line is read
 * back 80 characters at most: this runs for every official without a state, and a long text may have no line end or
 * colon to stop a search.
 */
function delegationState(text: string, roleStart: number, lexicon: LexiconIndex): string | undefined {
  let lineStart = roleStart;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) {
    if (roleStart - lineStart === 80) {
      return undefined;
    }
    lineStart--;
  }
  if (!text.slice(lineStart, roleStart).includes(':')) {
    return undefined;
  }
  DELEGATION_LINE.lastIndex = lineStart;
  if (!DELEGATION_LINE.test(text)) {
    return undefined;
  }
  const state = lexicon.stateAt(text, DELEGATION_LINE.lastIndex);
  return state !== undefined && /^[ \t]*:[ \t]*$/.test(text.slice(state.end, roleStart)) ? state.canonical : undefined;
}

/** The state of two words ending with `word` (`South African`, `Sri Lankan`, `New Zealand`), written before the role at `roleStart`. */
function twoWordStateBefore(text: string, wordStart: number, word: string, roleStart: number, lexicon: LexiconIndex): string | undefined {
  // Most words before a role are no state's second word: only a capitalised one is tried.
  // `wordBefore` gives the word's start with the blank before it, and reads back from a blank.
  const first = /^\p{Lu}/u.test(word) ? wordBefore(text, isWhiteSpace(text.charCodeAt(wordStart)) ? wordStart + 1 : wordStart) : undefined;
  // Not from the end of a line above (`..., United States` over `Chair: ...`).
  return first === undefined || text.slice(first.start, roleStart).includes('\n') ? undefined : lexicon.stateOf(`${first.word} ${word}`);
}

// The capitalised words of an owner that is no organisation the lexicon or ORGAN_AT knows (`Office`, `Central Foreign
// Affairs Commission`), `and` between them.
const OWNER_WORDS = /\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*)*/uy;

/**
 * The owners written after a role that follows its name (`Name, President of the European Council`, `Name, Director of
 * the Office of the Central Foreign Affairs Commission`): each `of [the] <owner>` from `at`, up to a state, which is
 * the official's and ends the chain (`..., Director of the Department of Asian Affairs of China`). Where the role ends,
 * the organisation of its first owner when it is one (the lexicon's, else an organ by its head word), and the state.
 * Undefined when neither an owner nor a state follows.
 */
function ownerChain(text: string, at: number, lexicon: LexiconIndex): { end: number; organization?: string; state?: string } | undefined {
  let end = at;
  let organization: string | undefined;
  let state: string | undefined;
  for (let of = OF_THE.exec(text.slice(end, end + 12)); of !== null; of = OF_THE.exec(text.slice(end, end + 12))) {
    const from = end + of[0].length;
    const owned = lexicon.stateAt(text, from);
    if (owned) {
      state = owned.canonical;
      break;
    }
    const known = lexicon.organizationAt(text, from);
    ORGAN_AT.lastIndex = from;
    const organ = known ?? ORGAN_AT.exec(text);
    OWNER_WORDS.lastIndex = from;
    const words = OWNER_WORDS.exec(text);
    if (organ === null && words === null) {
      break;
    }
    // The role's organisation is its first owner's: `Office` owns the Director, not the Commission the Office is of.
    if (end === at && organ) {
      organization = lexicon.organizationOf(organ[0]) ?? organ[0];
    }
    end = Math.max(organ ? organ.index + organ[0].length : 0, words ? words.index + words[0].length : 0);
  }
  return end > at || state !== undefined ? { end, organization, state } : undefined;
}

// ` of the ` after a role, before its owner (`President of the European Council`).
const OF_THE = /^\s+of\s+(?:the\s+)?/;
const TO_AT = /\s+to\s+(?:the\s+)?/y;
// The seat of an organisation a representative is accredited to (` to the SCO Secretariat`).
const SEAT_AT = /[ \t]+(?:Secretariat|Headquarters)(?![\p{L}-])/uy;

/**
 * Where a state or organisation written at `at` after `to` ends (` to Kazakhstan`, ` to the United Nations`, ` to the
 * SCO Secretariat`), or `at`.
 */
function accreditedTo(text: string, at: number, lexicon: LexiconIndex): number {
  TO_AT.lastIndex = at;
  if (!TO_AT.test(text)) {
    return at;
  }
  const to = signedFor(text, TO_AT.lastIndex, lexicon);
  if (to?.organization === undefined) {
    return to?.end ?? at;
  }
  SEAT_AT.lastIndex = to.end;
  return SEAT_AT.test(text) ? SEAT_AT.lastIndex : to.end;
}

// A role that ends with its portfolio (`Minister of Trade`, `Minister of Foreign Affairs`), and the portfolio's words
// after `and` before an `of` or `for` (`and Integration`, `and Natural Resources`, `of Foreign Affairs and Trade of New
// Zealand`); not another role (`and Minister of Defence`).
const PORTFOLIO_END = /\s(?:of|for)\s+(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+$/;
const PORTFOLIO_AND = new RegExp(String.raw`\s+and\s+(?!(?:the|${ROLE_WORDS})\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?=\s+(?:of|for)\s)`, 'y');
// `and` and up to three capitalised words after a portfolio, of which the last portfolio noun followed by more ends it.
const PORTFOLIO_AND_NOUN = new RegExp(String.raw`\s+and\s+(?!(?:the|${ROLE_WORDS})\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}`, 'y');

let portfolioNouns: Set<string> | undefined;

/** Whether a word ends portfolios (`Affairs`, `Trade`, `Policy`): never a personal name's word. */
function isPortfolioNoun(word: string): boolean {
  return (portfolioNouns ??= new Set(PORTFOLIO_NOUNS)).has(word);
}

/**
 * Where a city written after `of` between `from` and `to` ends when a personal name fills the rest (`Mayor of Kyiv
 * Vitali Klitschko`, `Governor of Hong Kong ...`): after the longest place of the lexicon, of up to three words.
 */
function placeBeforeName(text: string, from: number, to: number, lexicon: LexiconIndex): { end: number; official: NameRead } | undefined {
  const of = /^\s+of\s+/.exec(text.slice(from, to));
  if (!of) {
    return undefined;
  }
  const start = from + of[0].length;
  const words = [...text.slice(start, to).matchAll(/\S+/g)].slice(0, 3);
  for (let count = words.length; count > 0; count--) {
    const last = words[count - 1];
    const end = last === undefined ? start : start + last.index + last[0].length;
    if (!PLACE_NAMES.has(text.slice(start, end).replace(/\s+/g, ' '))) {
      continue;
    }
    const official = nameFilling(text, end, to, lexicon);
    return official ? { end, official } : undefined;
  }
  return undefined;
}

/** The full name written after `end` (past the blanks of `roleNameGap`) that ends exactly at `to`, or undefined. */
function nameFilling(text: string, end: number, to: number, lexicon: LexiconIndex): NameRead | undefined {
  const gap = end < to ? roleNameGap(text, end) : undefined;
  const official = gap ? nameAt(text, gap.end, lexicon) : undefined;
  return official && official.end === to && fullName(official.name, lexicon) ? official : undefined;
}

/**
 * Where a portfolio written between `from` and `to` ends when a personal name fills the rest (`of Industry and Trade Li
 * Wen`): after the last portfolio noun that leaves a full name ending at `to`, with that name; else undefined.
 */
function portfolioBeforeName(text: string, from: number, to: number, lexicon: LexiconIndex): { end: number; official: NameRead } | undefined {
  const ends: number[] = [];
  for (const word of text.slice(from, to).matchAll(/[A-Z][a-z]+/g)) {
    if (isPortfolioNoun(word[0])) {
      ends.push(from + word.index + word[0].length);
    }
  }
  for (const end of ends.reverse()) {
    const official = nameFilling(text, end, to, lexicon);
    if (official && !official.name.split(/\s+/).some(isPortfolioNoun)) {
      return { end, official };
    }
  }
  return undefined;
}

/**
 * Finds officials: `Foreign Minister of the Republic of India <name>`, `President <name> of the Russian Federation`,
 * `SCO Secretary-General <name>`, `Director of the Executive Committee of ... <name>`, and the roles written without
 * a name. Plural roles (`the Ministers of Foreign Affairs`) name no one and are skipped. The paragraphs and role
 * words (`findCueWords`) are the text's, passed when the caller has them.
 */
export function findOfficials(
  text: string,
  lexicon: LexiconIndex,
  paragraphs: readonly Range[] = findParagraphs(text),
  roleWords: readonly number[] = findCueWords(text).roleWords,
): { officials: OfficialMention[]; roles: RoleMention[] } {
  const officials: OfficialMention[] = [];
  const roles: RoleMention[] = [];
  const { rolePattern, roleAt, statePattern, complementPattern } = patternsFor(lexicon);
  const lexiconStateAfterName = statePattern;
  rolePattern.lastIndex = 0;
  for (const match of roleMatches(text, rolePattern, roleAt, paragraphs, roleWords)) {
    // An organisation written just before the role is part of it (`SCO Secretary-General`).
    const before = wordBefore(text, match.index);
    const beforeWord = before?.word.replace(/['’]s$/, '');
    // `Security Council President X of Slovenia`: the organ whose chair the role is, not a state's presidency.
    const organ = before !== undefined && beforeWord !== undefined && ORGAN_WORD.test(beforeWord) && CHAIR_ROLE.test(match[0]) ? organBefore(text, match.index) : undefined;
    const prefix =
      organ?.name ?? (beforeWord !== undefined && (lexicon.organizationOf(beforeWord) !== undefined || /^[A-Z]{2,6}$/.test(beforeWord)) && lexicon.stateOf(beforeWord) === undefined ? beforeWord : undefined);
    const organization = prefix === undefined || organ?.bare ? undefined : (lexicon.organizationOf(prefix) ?? prefix);
    // `Kazakh Foreign Minister ...`, `Russia's President ...`: a state or its adjective written before the role.
    const stateBefore = prefix === undefined && before !== undefined && beforeWord !== undefined ? (lexicon.stateOf(beforeWord) ?? twoWordStateBefore(text, before.start, beforeWord, match.index, lexicon)) : undefined;
    // The role takes in the word and the blank before it, unless that blank is a space or a line end.
    const roleStart = organ !== undefined ? organ.start : prefix === undefined || before === undefined ? match.index : before.start + (text.charCodeAt(before.start) === 32 || text.charCodeAt(before.start) === 10 ? 1 : 0);
    let cursor = match.index + match[0].length;
    // `Minister of Trade of Kazakhstan`: a complement that is not a state belongs to the role.
    complementPattern.lastIndex = cursor;
    let complement = complementPattern.exec(text);
    let stateMatch = stateAfter(text, cursor, lexicon, statePattern);
    // `Minister of Trade and Integration of Kazakhstan ...`: a portfolio goes on after `and` to the `of` of its state.
    if (!complement && !stateMatch && PORTFOLIO_END.test(match[0])) {
      PORTFOLIO_AND.lastIndex = cursor;
      complement = PORTFOLIO_AND.exec(text);
      // `Minister of Foreign Affairs and Trade Winston Peters`: or up to a portfolio noun, a name after it.
      PORTFOLIO_AND_NOUN.lastIndex = cursor;
      const words = complement ? null : PORTFOLIO_AND_NOUN.exec(text);
      const portfolio = words === null ? undefined : portfolioBeforeName(text, cursor, cursor + words[0].length, lexicon);
      if (words !== null && portfolio !== undefined) {
        words[0] = text.slice(cursor, portfolio.end);
        complement = words;
      }
    }
    if (complement && !stateMatch) {
      cursor += complement[0].length;
      stateMatch = stateAfter(text, cursor, lexicon, statePattern);
    }
    let role = collapseBlanks(text.slice(roleStart, cursor));
    let state: string | undefined = stateBefore;
    let roleOrganization = organization;
    if (stateMatch && state === undefined) {
      state = stateMatch.state;
      cursor = stateMatch.end;
    }
    // `Ambassador ... of the Russian Federation to Kazakhstan <name>`, `Permanent Representative of China to the United
    // Nations <name>`: where the official is accredited stands between their state and their name.
    if (stateMatch !== undefined && state === stateMatch.state) {
      cursor = accreditedTo(text, cursor, lexicon);
    }
    const gap = roleNameGap(text, cursor);
    let official = gap ? nameAt(text, gap.end, lexicon) : undefined;
    // `Special Representative ... for West Africa and the Sahel Leonardo Santos Simão`: the complement's capitalised
    // words ran on into the name; the name is the last words, as many as make one that ends where the complement did.
    // After `of`, capitalised words that are no state may be one the lexicon does not know yet (`of Ruritania Rudolf
    // Rassendyll`): no name is read from them until the registry names it.
    if (!official && complement && /^\s+for\s/.test(complement[0]) && !stateMatch && state === undefined) {
      const shorter = nameInComplement(text, match.index + match[0].length, cursor, lexicon);
      if (shorter) {
        official = shorter.official;
        cursor = shorter.cursor;
        role = collapseBlanks(text.slice(roleStart, cursor));
      }
    }
    // `Minister of Industry and Trade Li Wen`: the complement's capitalised words ran on into the name; the portfolio
    // ends at its last portfolio noun (`Trade`), and the name is what follows it.
    if (!official && complement && !stateMatch && state === undefined) {
      const portfolio = portfolioBeforeName(text, match.index + match[0].length, cursor, lexicon) ?? placeBeforeName(text, match.index + match[0].length, cursor, lexicon);
      if (portfolio) {
        official = portfolio.official;
        cursor = portfolio.end;
        role = collapseBlanks(text.slice(roleStart, cursor));
      }
    }
    // A name on the next line must look like one: a heading's role may stand above a place or a document's type.
    if (official && gap?.lineEnd === true && !fullName(official.name, lexicon)) {
      official = undefined;
    }
    // `the Minister of Foreign Affairs of India, S. Jaishankar, said`: a name between commas after the role.
    if (!official && prefix === undefined) {
      official = nameBetweenCommas(text, cursor, lexicon);
    }
    // `The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, opened`: the role's owners, then the
    // name between commas.
    if (!official && prefix === undefined && state === undefined) {
      const chain = ownerChain(text, cursor, lexicon);
      const named = chain && chain.state === undefined ? nameBetweenCommas(text, chain.end, lexicon) : undefined;
      if (chain && named) {
        official = named;
        role = collapseBlanks(text.slice(roleStart, chain.end));
        roleOrganization = chain.organization ?? roleOrganization;
        cursor = chain.end;
      }
    }
    // `Charles Michel, President of the European Council`: the name before a comma and the role.
    if (!official && prefix === undefined && stateBefore === undefined) {
      official = nameBeforeRole(text, roleStart, lexicon);
      // `President of the European Council`: an organisation after the role is its owner. `Director of the Office of
      // the Central Foreign Affairs Commission`: the role goes on to the end of its `of` chain, as before a name.
      const chain = official && state === undefined ? ownerChain(text, cursor, lexicon) : undefined;
      if (chain) {
        roleOrganization = chain.organization;
        role = collapseBlanks(text.slice(roleStart, chain.end));
        state = chain.state;
      }
    }
    if (!official && state === undefined) {
      // `Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure Yevgeny Sysoyev`
      const tail = ORGAN_RUN.exec(text.slice(cursor, cursor + 240));
      if (tail && tail[1] !== undefined) {
        const runStart = cursor + tail[0].length - tail[1].length;
        const found = trailingName(tail[1], runStart, lexicon);
        if (found) {
          official = found;
          role = collapseBlanks(text.slice(roleStart, found.roleEnd).trim());
          // `Chairman of the Cabinet of Ministers of the Kyrgyz Republic Akylbek Japarov`: a state closing the run is
          // the official's, not part of the role.
          const owned = state === undefined ? stateClosing(text, roleStart, found.roleEnd, lexicon) : undefined;
          if (owned) {
            state = owned.state;
            role = collapseBlanks(text.slice(roleStart, owned.start).trim());
          }
          // `exec` rather than `matchAll`, which copies the large pattern each time.
          const inner = lexicon.organizationPattern;
          inner.lastIndex = 0;
          let known: RegExpExecArray | null;
          while ((known = inner.exec(tail[1])) !== null) {
            roleOrganization ??= lexicon.organizationOf(known[0]);
          }
        }
      }
    }
    if (official) {
      if (state === undefined) {
        state = stateAfter(text, official.end, lexicon, lexiconStateAfterName)?.state ?? stateInBrackets(text, official.end, lexicon) ?? delegationState(text, roleStart, lexicon);
      }
      officials.push({ start: official.start, end: official.end, name: collapseBlanks(official.name), role: role.trim(), state, organization: roleOrganization });
    } else if (state !== undefined || organization !== undefined) {
      roles.push({ start: roleStart, end: cursor, role: role.trim(), state, organization });
    } else {
      // `the Secretary-General of the SCO briefed ...`: a role of a known organisation, written without a name.
      const of = OF_THE.exec(text.slice(cursor, cursor + 12));
      const owner = of ? lexicon.organizationAt(text, cursor + of[0].length) : null;
      const ownerOrganization = owner ? lexicon.organizationOf(owner[0]) : undefined;
      if (owner && ownerOrganization !== undefined) {
        const end = owner.index + owner[0].length;
        roles.push({ start: roleStart, end, role: collapseBlanks(text.slice(roleStart, end)), state, organization: ownerOrganization });
      }
    }
  }
  return { officials: dedupe(officials), roles };
}

function dedupe(officials: OfficialMention[]): OfficialMention[] {
  // Most texts name each official once, in order: nothing to drop then.
  if (officials.every((o, i) => i === 0 || (officials[i - 1]?.start ?? -1) < o.start)) {
    return officials;
  }
  const seen = new Set<number>();
  return officials.filter((o) => {
    if (seen.has(o.start)) {
      return false;
    }
    seen.add(o.start);
    return true;
  });
}

// A signature line of a treaty or agreement: `For the Republic of Kazakhstan N. Nazarbayev (signed)`, `For the
// Government of the Kyrgyz Republic ...`, `On behalf of the Government of ...`, `For the Shanghai Cooperation
// Organization ...`, the name on the same line (after a colon or not) or the next, at the line's start.
const SIGNATORY_LINE = /(?:For|On[ \t]+behalf[ \t]+of)[ \t]+(?:the[ \t]+)?(?:Government[ \t]+of[ \t]+(?:the[ \t]+)?)?/y;
// What may follow a signatory's name on its line: `(signed)`, a signature placeholder, nothing.
const SIGNATURE_END = /^[ \t]*(?:\((?:signed|signature)\)|\/[^/\n]*\/)?[ \t]*(?:\r?\n|$)/i;
// The blanks between two columns of a signature block laid out side by side (three or more, or a tab).
const COLUMN_GAP = /[ \t]*\t[ \t]*| {3,}/g;

/** The state or organisation written at `at` (as a signature line or an accreditation names it), and where it ends. */
function signedFor(text: string, at: number, lexicon: LexiconIndex): { end: number; state?: string; organization?: string } | undefined {
  const state = lexicon.stateAt(text, at);
  if (state) {
    return { end: state.end, state: state.canonical };
  }
  const known = lexicon.organizationAt(text, at);
  return known ? { end: at + known[0].length, organization: lexicon.organizationOf(known[0]) ?? known[0] } : undefined;
}

/** The official a signature names for the state or organisation signed for. */
function signatory(official: NameRead, owner: { state?: string; organization?: string }, role: string | undefined): OfficialMention {
  return { start: official.start, end: official.end, name: collapseBlanks(official.name), role, state: owner.state, organization: owner.organization };
}

/** The columns of the line at `lineStart`: each run of text between blanks of COLUMN_GAP, with its offsets. */
function columns(text: string, lineStart: number): Range[] {
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  const cells: Range[] = [];
  let from = 0;
  for (const gap of line.matchAll(COLUMN_GAP)) {
    cells.push({ start: lineStart + from, end: lineStart + gap.index });
    from = gap.index + gap[0].length;
  }
  cells.push({ start: lineStart + from, end: lineStart + line.length });
  return cells.filter((cell) => cell.end > cell.start);
}

/** The role a signatory's next line gives under the name (`Minister of Foreign Affairs`), alone on its line. */
function roleLineAfter(text: string, nameEnd: number, lexicon: LexiconIndex): string | undefined {
  const lineEnd = text.indexOf('\n', nameEnd);
  if (lineEnd < 0 || text.slice(nameEnd, lineEnd).trim() !== '') {
    return undefined;
  }
  const next = text.indexOf('\n', lineEnd + 1);
  const line = text.slice(lineEnd + 1, next < 0 ? text.length : next).trim();
  const { rolePattern } = patternsFor(lexicon);
  rolePattern.lastIndex = 0;
  const role = line.length <= 120 ? rolePattern.exec(line) : null;
  // The line is the role, with what it is of (`Minister of Foreign Affairs of the Republic of Uzbekistan`).
  return role !== null && role.index === 0 && /^(?:\s+(?:of|for)\s+[^\n.;]*)?$/.test(line.slice(role[0].length)) ? line : undefined;
}

/**
 * Finds the signatories of a signature block: a line `For [the] [Government of] <state or organisation>` (or `On
 * behalf of ...`) with a name after it, on the same line or the next, and nothing after the name but `(signed)`. Each
 * is an official of that state (or organisation), with the role written alone on the line under the name if there is
 * one. The name must look like one: two words or initials, none of them a state, organisation, office or document
 * word (`Main Directorate (signed)` is no one). A block laid out in columns (`For the Republic of Kazakhstan   For the
 * Kyrgyz Republic`, the names in the same columns on the next line) gives each column's signatory.
 */
export function findSignatories(text: string, lexicon: LexiconIndex): OfficialMention[] {
  const found: OfficialMention[] = [];
  // `For` and `On behalf` found by a plain search (much quicker than a multiline pattern over the whole text), then
  // read in place when only blanks stand before it on its line.
  for (const word of ['For', 'On behalf']) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      // Not `Foreign`: the line's `For` is followed by a blank.
      if (text.charCodeAt(at + word.length) !== 32 && text.charCodeAt(at + word.length) !== 9) {
        continue;
      }
      let lineStart = at;
      while (lineStart > 0 && (text.charCodeAt(lineStart - 1) === 32 || text.charCodeAt(lineStart - 1) === 9)) {
        lineStart--;
      }
      SIGNATORY_LINE.lastIndex = at;
      if ((lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) || !SIGNATORY_LINE.test(text)) {
        continue;
      }
      const owner = signedFor(text, SIGNATORY_LINE.lastIndex, lexicon);
      // `For the Russian Federation: V. Putin`: a colon may stand before the name.
      const gap = owner && roleNameGap(text, text.charCodeAt(owner.end) === 58 ? owner.end + 1 : owner.end);
      const official = owner && gap ? nameAt(text, gap.end, lexicon) : undefined;
      if (owner && official && fullName(official.name, lexicon) && SIGNATURE_END.test(text.slice(official.end, official.end + 40))) {
        found.push(signatory(official, owner, roleLineAfter(text, official.end, lexicon)));
      } else if (owner) {
        found.push(...columnSignatories(text, lineStart, lexicon));
      }
    }
  }
  return found.length > 1 ? found.sort((a, b) => a.start - b.start).filter((o, i) => o.start !== found[i - 1]?.start) : found;
}

/** The signatories of a block in columns whose first `For ...` line starts at `lineStart`, or none. */
function columnSignatories(text: string, lineStart: number, lexicon: LexiconIndex): OfficialMention[] {
  const owners = columns(text, lineStart).map((cell) => {
    SIGNATORY_LINE.lastIndex = cell.start;
    const owner = SIGNATORY_LINE.test(text) ? signedFor(text, SIGNATORY_LINE.lastIndex, lexicon) : undefined;
    return owner !== undefined && owner.end === cell.end ? owner : undefined;
  });
  if (owners.length < 2 || owners.some((owner) => owner === undefined)) {
    return [];
  }
  // The names on the next line that is not blank, in as many columns.
  let next = text.indexOf('\n', lineStart) + 1;
  while (next > 0 && next < text.length && /^[ \t]*\r?\n/.test(text.slice(next, next + 80))) {
    next = text.indexOf('\n', next) + 1;
  }
  const cells = next > 0 ? columns(text, next) : [];
  if (cells.length !== owners.length) {
    return [];
  }
  const found: OfficialMention[] = [];
  cells.forEach((cell, i) => {
    const official = nameAt(text, cell.start, lexicon);
    const owner = owners[i];
    if (owner && official && official.end === cell.end && fullName(official.name, lexicon)) {
      found.push(signatory(official, owner, undefined));
    }
  });
  return found.length === owners.length ? found : [];
}
