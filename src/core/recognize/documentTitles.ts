import { DOCUMENT_TYPES, PREAMBLE_OPENINGS } from '../lexicon/lexicon.generated';
import type { DateMention } from './dateMentions';
import { MAX_HEADING_LINE } from './headingLine';
import { escapeRegExp } from './lexiconIndex';
import type { DateRange } from '../corpus/dateRange';
import { collapseBlanks, type Range } from './textStructure';
import { isWhiteSpace } from '../whiteSpace';

/** A document title cited in a text (`Charter of the Shanghai Cooperation Organization`, `SCO Charter`). */
export interface TitleMention {
  readonly start: number;
  readonly end: number;
  readonly title: string;
  /** The document type, as the lexicon spells it (`Charter`, `Treaty`). */
  readonly type: string;
}

/** The document's own heading at the top of the text. */
export interface DocumentHeading {
  readonly start: number;
  readonly end: number;
  /** The heading on one line, markup and line breaks removed. */
  readonly text: string;
  /** Its document type (`Press Release`, `Joint Communique`, `Declaration`), when one is named. */
  readonly type: string | undefined;
  /**
   * End of the front matter: the heading and the short heading-like lines after it (`Meeting of the Council of ...`),
   * which name the document's own meeting.
   */
  readonly frontEnd: number;
  /**
   * For a heading that is only a document type (`PRESS RELEASE`), the front matter's lines under it up to a date, on
   * one line (`Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization`): what
   * tells one such text from another.
   */
  readonly subtitle?: string;
}

// Types the lexicon may not list yet; the generated DOCUMENT_TYPES are added to them.
const BASE_TYPES = [
  'Charter', 'Treaty', 'Convention', 'Agreement', 'Declaration', 'Program', 'Programme', 'Plan of Actions', 'Plan of Action', 'Plan', 'Regulation',
  'Resolution', 'Memorandum of Understanding', 'Memorandum', 'Protocol', 'Communiqué', 'Communique', 'Joint Communiqué', 'Joint Communique', 'Joint Statement',
  'Statement', 'Press Release', 'Concept', 'Strategy', 'Action Plan', 'Roadmap', 'Accord', 'Pact', 'Covenant', 'Statute', 'Decision', 'Report',
];
const CONNECTOR = /^(?:of|on|the|a|an|and|between|among|for|in|to|with|against|concerning|regarding|relating|Relating|Concerning|Regarding)$/;
// A document's number after its type (`Ministerial Council Decision No. 8/06`, `Protocol No. 14`): the title's end.
const NUMBER_SIGN = /[^\S\n]+(?:No|Nr|no)\.?[^\S\n]*\d+(?:[/.-][A-Za-z\d]+)*(?![\w/])/y;
// The words opening a preamble's paragraph (`Recalling`, `Noting`), which stand before a title, not in it.
const PREAMBLE_WORDS: ReadonlySet<string> = new Set(PREAMBLE_OPENINGS.filter((w) => !w.includes(' ')));
// `Development Strategy until 2035`: the year a document runs until ends its title.
const UNTIL_YEAR = /\s+(?:until|till|up\s+to)\s+(?:1[89]|2[01])\d\d(?:-\d{4})?(?![\w-])/y;
// Connectors that open a topic, after which lower-case words belong to the title.
const TOPIC = /^(?:on|concerning|regarding)$/;
// Lower-case words that end a topic: the verbs and relatives that follow a title in a sentence.
const TOPIC_STOP = /^(?:was|were|is|are|be|been|has|have|had|will|would|shall|should|may|can|must|which|that|who|whose|where|when|while|as|by|took|gave|made|became|remains?|sets?|lays?|\p{Ll}+ed)$/u;
// `on the basis of`, `on behalf of`, `on the sidelines of` say how or where, not what the document is about.
const NOT_TOPIC = /^\s+on\s+(?:the\s+)?(?:basis|behalf|sidelines|margins|eve)\b/;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const YEAR = /^\d{4}$/;
// A year among the words before a type (`the 2030 Agenda`), and the `the` a title's first year follows.
const PREFIX_YEAR = String.raw`(?:1[6-9]|20)\d\d`;
const THE_BEFORE = /\b[Tt]he\s+$/;
// A year belongs to a title only after these words (`Programme of Cooperation for 2019-2021`).
const YEAR_LEAD = /^(?:for|of)$/;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
// Types that are numbered: a number right after the type is the document's own (`Resolution 1373`), even one that
// looks like a year, so `Resolution 1373` and `Resolution 2253` are two documents.
const NUMBERED_TYPE = /^(?:Resolution|Decision)$/i;
// A United Nations document symbol: the organ's letters, then parts after slashes (`A/RES/72/284`, `A/C.1/72/L.5`,
// `ES-10/21`).
const SYMBOL = String.raw`[A-Z]{1,6}(?:\.[A-Z]{1,6})?(?:-\d+)?(?:\/[A-Za-z\d]+(?:[.-][A-Za-z\d]+)*)+`;
const DOCUMENT_NUMBER = new RegExp(String.raw`^(?:\d+(?:\/\d+)*|${SYMBOL})$`);
// A session and serial number (`Resolution 68/262`), which may also close a complement (`Resolution of the General Assembly 70/1`).
const SESSION_NUMBER = /^\d+(?:\/\d+)+$/;
// A word of a title's complement; a number keeps its slashes (`68/262`), a document symbol its slashes and dots. A
// line end may fall inside a title, never a blank line: the next paragraph is no part of it.
const TAIL_WORD = new RegExp(String.raw`(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(\d+(?:\/\d+)+|${SYMBOL}|[\p{L}\d'’-]+)(,)?`, 'uy');
// A numbered type written in lower case or in the plural, before its number: `resolution 1373 (2001)`, `resolutions
// 2178 (2014) and 2396 (2017)`. A lower-case type is a title only with its number (`the resolution` refers back).
const NUMBERED_SOURCE = String.raw`(?:(resolution|decision)s?|(Resolution|Decision)s)\s+(?=\d|${SYMBOL})`;
const NUMBERED_TYPES = new RegExp(String.raw`\b${NUMBERED_SOURCE}`, 'g');
// The same at a place where the cue word scan found one of its words (`NUMBERED_WORDS`), a word's start.
const NUMBERED_TYPE_AT = new RegExp(NUMBERED_SOURCE, 'y');
// One document number of such a list, with the year of its adoption in brackets, which is not part of the title.
const LISTED_NUMBER = new RegExp(String.raw`(\d+(?:\/\d+)*|${SYMBOL})(?![\w/-])(?:\s*\((?:1[89]|2[01])\d\d\))?`, 'y');
// What joins the numbers of a list (`, `, ` and `, `, and `), before the next number.
const LIST_JOIN = new RegExp(String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=\d|${SYMBOL})`, 'y');
// `and [to|of ...] the ...` after a title starts a second one.
const COORDINATION = /^\s+(?:(?:to|of|in|on|with|for|by)\s+)?(?:the|a|an|this|its|their)\b/i;
const TITLE_STOP = /^(?:This|These|That|The|A|An)$/;
// The organ written just before a numbered type in lower case or in the plural (`UN Security Council resolution 2396`,
// `General Assembly resolutions ...`, `UNSC resolution ...`): capitalised words ending in an organ's head word, or an
// acronym. It is in the title, as it is in the capitalised form's (`UN Security Council Resolution 2396`).
const ORGAN_BEFORE = /(?<![\p{L}\d'’-])((?:\p{Lu}[\p{L}-]*[ \t]+){0,4}(?:Council|Assembly|Committee|Commission|Conference|Board)|\p{Lu}{2,6})[ \t]+$/u;
// A word before the organ that opens the sentence or the phrase, not the organ's (`The`, `In`; a preamble's `Recalling`).
const NOT_ORGAN_WORD = /^(?:This|These|That|The|A|An|On|In|At|By|With|For|Of|And|Its|Their|Under|Pursuant|According)$/;

/** The organ written just before `at` (`numberedTitles`), or undefined. */
function organBefore(text: string, at: number): string | undefined {
  const found = ORGAN_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
  if (found?.[1] === undefined) {
    return undefined;
  }
  const words = found[1].split(/\s+/);
  const notOrgan = (word: string | undefined): boolean => word === undefined || NOT_ORGAN_WORD.test(word) || PREAMBLE_OPENING.test(word);
  while (words.length > 0 && notOrgan(words[0])) {
    words.shift();
  }
  if (words.length === 0) {
    return undefined;
  }
  return words.join(' ');
}

let typesSource: string | undefined;
let titlePattern: RegExp | undefined;
let typePattern: RegExp | undefined;
let headingTypePattern: RegExp | undefined;
// `and the <Type>` inside `between X and Y`: a second document (`... between the Parties and the Protocol on ...`).
let coordinatedTypePattern: RegExp | undefined;
// Markdown heading marks and the blanks around them, at the start of a line.
const HEADING_MARKS = /[ \t]*#*[ \t]*/y;
// A preamble's paragraph opens with one of the lexicon's words (`Recalling the Charter ...`, `guided by ...`), in
// either case and with or without the comma that ends it.
const PREAMBLE_OPENING = new RegExp(
  `^(?:${PREAMBLE_OPENINGS.map((w) => `[${w.charAt(0)}${w.charAt(0).toLowerCase()}]${escapeRegExp(w.slice(1)).replace(/ /g, '\\s+')}`).join('|')})(?![\\p{L}-])`,
  'u',
);

/** The document types (`Joint Statement`, `Charter`): the lexicon's and the few it may lack. */
export function documentTypes(): readonly string[] {
  return [...new Set([...BASE_TYPES, ...DOCUMENT_TYPES])];
}

/**
 * Where a document type ends: not before a letter nor a hyphen. `\b` is not enough: without the `u` flag it knows
 * only ASCII word characters, so it never ends a type written with an accent (`Communiqué` before a space).
 */
export const TYPE_END = String.raw`(?![\w\u00C0-\u024F-])`;

/** The pattern source of the document types, longest first. */
export function documentTypesPattern(): string {
  return (typesSource ??= [...documentTypes()].sort((a, b) => b.length - a.length).map((t) => escapeRegExp(t).replace(/ /g, '\\s+')).join('|'));
}

/** Each type in lower case, with its lexicon spelling: the first of the lexicon's types, then of `BASE_TYPES`, so written. */
const TYPE_SPELLINGS = new Map<string, string>();
for (const type of [...DOCUMENT_TYPES, ...BASE_TYPES]) {
  if (!TYPE_SPELLINGS.has(type.toLowerCase())) {
    TYPE_SPELLINGS.set(type.toLowerCase(), type);
  }
}

/** Gives the type its lexicon spelling whatever the case it is written in (`PRESS RELEASE`). */
function typeOf(written: string): string {
  return WRITTEN_TYPES.get(written) ?? TYPE_SPELLINGS.get(collapseBlanks(written).toLowerCase()) ?? written;
}

/** `typeOf` of each type written as the lexicon writes it, as most texts do: one lookup, no copy in lower case. */
const WRITTEN_TYPES = new Map<string, string>();
for (const type of [...DOCUMENT_TYPES, ...BASE_TYPES]) {
  WRITTEN_TYPES.set(type, typeOf(type));
}

/**
 * The next match of the title pattern from its `lastIndex`: the same as `pattern.exec(text)`, but the pattern runs
 * only from a few words before the next type word (`typeAt`: where the first type word at or after an offset
 * starts, or that offset when a type word runs over it, or -1). A title holds a type word, and at most four
 * capitalised words and their blanks stand before it (`Australia-United Kingdom Free Trade Agreement`), so no match
 * starts earlier than five runs of letters and blanks before it.
 */
function nextTitle(text: string, pattern: RegExp, typeAt: (from: number) => number): RegExpExecArray | null {
  const from = pattern.lastIndex;
  let start = typeAt(from);
  if (start < 0) {
    pattern.lastIndex = 0;
    return null;
  }
  for (let run = 0; run < 5; run++) {
    while (start > from && isTitleLetter(text.charCodeAt(start - 1))) {
      start--;
    }
    while (start > from && isWhiteSpace(text.charCodeAt(start - 1))) {
      start--;
    }
  }
  pattern.lastIndex = start;
  return pattern.exec(text);
}

/** `typeAt` for `nextTitle` from the text's type words (sorted, not overlapping); `from` must not decrease. */
function typeWordsAt(typeWords: readonly Range[]): (from: number) => number {
  let next = 0;
  return (from) => {
    while ((typeWords[next]?.end ?? Infinity) <= from) {
      next++;
    }
    const word = typeWords[next];
    return word === undefined ? -1 : Math.max(word.start, from);
  };
}

/** `typeAt` for `nextTitle` by a scan for the type words alone. */
function scanTypeAt(text: string): (from: number) => number {
  // A much quicker scan than the title pattern, which tries its capitalised words at every word.
  const types = (typePattern ??= new RegExp(`(?:${documentTypesPattern()})${TYPE_END}`, 'g'));
  return (from) => {
    types.lastIndex = from;
    return types.exec(text)?.index ?? -1;
  };
}

let secondTitlePattern: RegExp | undefined;

/** What follows an `and` that starts a second title without an article: capitalised words up to a type and a number. */
function secondTitle(): RegExp {
  // Also an organ's numbered type in lower case: `... Declaration and United Nations Security Council resolution 2720`,
  // `the Charter of the United Nations and of UN General Assembly resolution ES-11/1`.
  return (secondTitlePattern ??= new RegExp(
    `^\\s+(?:(?:to|of)\\s+(?:the\\s+)?)?(?:(?:[A-Z][A-Za-z]*(?:-[A-Za-z]+)*\\s+){0,3}?(?:${documentTypesPattern()})${TYPE_END}|(?:[A-Z][A-Za-z]*(?:-[A-Za-z]+)*\\s+){1,5}(?:resolutions?|decisions?))\\s+(?:No\\.?\\s*)?(?:\\d|E?S-\\d)`,
  ));
}

/** After `and`: an article, at most three capitalised words and a document type (`the Protocol`, `the SCO Charter`). */
function coordinatedType(): RegExp {
  // A type word followed by a capitalised word is a name's (`the Programme Office of ...`), not a second title's.
  return (coordinatedTypePattern ??= new RegExp(`^\\s+(?:the|a|an|this|its|their)\\s+(?:[A-Z][A-Za-z]*(?:-[A-Za-z]+)*\\s+){0,3}?(?:${documentTypesPattern()})${TYPE_END}(?!\\s+[A-Z])`));
}

/** A letter, figure, hyphen (or en dash) or apostrophe, as the title pattern's capitalised words are written (`G20`, `Leaders'`, `EU–China`). */
function isTitleLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code === 0x2013 || code === 39 || code === 0x2019;
}

/**
 * Whether the grammar can mark a title found here: its title rule (`syntaxes/build/grammar.ts`) opens only at a
 * capitalised word or a number (a modifier, a head word, an organisation, a year), and marks the states,
 * organisations, places and dates inside the title with their own scopes. A title that opens with a lower-case head
 * word (`resolution 1373`, no named organ before it) is the model's alone.
 */
export function grammarCanMarkTitle(text: string, title: Pick<TitleMention, 'start'>): boolean {
  const first = text.charAt(title.start);
  if (/\d/.test(first)) {
    // A number alone goes on a list of resolutions (`resolutions 1325 (2000) and 1820 (2008)`), which the grammar
    // marks only after an organ (`Security Council resolutions ...`); after `its resolutions` it colours a number that
    // looks like a year as a date.
    NUMBER_ALONE.lastIndex = title.start;
    return !NUMBER_ALONE.test(text) || ORGAN_LIST_BEFORE.test(text.slice(Math.max(0, title.start - LIST_REACH), title.start));
  }
  return first !== first.toLowerCase();
}

// A title that is a number alone: a later number of a list.
const NUMBER_ALONE = /(?:E?S-)?\d+(?:\/\d+)*(?![\p{L}\p{N}])(?![ \t]+\p{Lu})/uy;
// The last `resolutions` before it, with the capitalised word of an organ before it (`Council resolutions`, `UNSC
// resolutions`), and the list after it with no sentence's end.
const ORGAN_LIST_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*[ \t]+resolutions[ \t][^.;]*$/u;
// How far back a list's word is looked for: twenty numbers with their years.
const LIST_REACH = 400;

/**
 * Finds the document titles a text cites: a capitalised document type with its capitalised complement
 * (`Treaty on Long-term Good-Neighborliness, Friendship and Cooperation between the Member States of ...`),
 * or preceded by an organisation (`SCO Charter`). Lower-case mentions (`the treaty`) are not titles. `typeWords`,
 * the document type words of the text, and `numberedWords`, the starts of its numbered types in lower case or in the
 * plural (`findCueWords`), are passed when the caller has them.
 */
export function findTitles(text: string, from = 0, typeWords?: readonly Range[], numberedWords?: readonly number[]): TitleMention[] {
  const found: TitleMention[] = [];
  // A word before the type may hold figures (`G20`) and end in an apostrophe (`Leaders'`): `G20 New Delhi Leaders' Declaration`;
  // it may be a year (`the 2030 Agenda ...`, `EU-China 2020 Strategic Agenda ...`), which names the document.
  const pattern = (titlePattern ??= new RegExp(`\\b((?:(?:[A-Z][A-Za-z\\d]*(?:[-–][A-Za-z]+)*['’]?|${PREFIX_YEAR})\\s+){0,4})(${documentTypesPattern()})${TYPE_END}`, 'g'));
  const typeAt = typeWords ? typeWordsAt(typeWords) : scanTypeAt(text);
  pattern.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = nextTitle(text, pattern, typeAt)) !== null) {
    // Only the words on the type's own line: `Entry into Force` / `This Treaty shall ...` is a heading above a sentence.
    const prefixWords = (match[1] ?? '').slice((match[1] ?? '').lastIndexOf('\n') + 1).split(/\s+/).filter((w) => w !== '');
    // Keep only the capitalised words that qualify the type (`SCO`, `Anti-extremism`), not a sentence start.
    while (prefixWords.length > 0 && (TITLE_STOP.test(prefixWords[0] ?? '') || /^(?:On|In|At|By|With|For|Of)$/.test(prefixWords[0] ?? '') || PREAMBLE_WORDS.has(prefixWords[0] ?? ''))) {
      prefixWords.shift();
    }
    // A year opens the title only after `the` (`the 2030 Agenda`): `adopted in 2015 Resolution 2231` dates the resolution.
    if (YEAR.test(prefixWords[0] ?? '') && !THE_BEFORE.test(text.slice(Math.max(0, match.index - 6), match.index + (match[1] ?? '').indexOf(prefixWords[0] ?? '')))) {
      prefixWords.shift();
    }
    const typeWritten = match[2] ?? '';
    const typeStart = match.index + (match[1] ?? '').length;
    // Words written with other blanks than one space are no prefix found here: the title starts at its type.
    const prefixAt = prefixWords.length > 0 ? text.lastIndexOf(prefixWords.join(' '), typeStart) : -1;
    if (prefixAt < 0) {
      prefixWords.length = 0;
    }
    const start = prefixAt < 0 ? typeStart : prefixAt;
    let end = typeStart + typeWritten.length;
    // The complement: connectors and capitalised words (and numbers such as years), up to anything else. A topic
    // introduced by `on` (`Joint Statement on the 75th anniversary of the end of the Second World War`) may hold
    // lower-case words, but the title still ends on its last capitalised word.
    const tail = TAIL_WORD;
    let lastGood = end;
    let sawConnector = false;
    let previous = '';
    let topic = false;
    // `between X and Y` names the parties of one document: the `and` after `between` joins them, it starts no second title.
    let parties = false;
    NUMBER_SIGN.lastIndex = end;
    const numbered = NUMBER_SIGN.test(text) ? NUMBER_SIGN.lastIndex : undefined;
    for (let guard = numbered === undefined ? 0 : 30; guard < 30; guard++) {
      UNTIL_YEAR.lastIndex = end;
      if (UNTIL_YEAR.test(text)) {
        lastGood = UNTIL_YEAR.lastIndex;
        break;
      }
      tail.lastIndex = end;
      const w = tail.exec(text);
      if (!w?.[1]) {
        break;
      }
      const word = w[1];
      if (previous === '' && DOCUMENT_NUMBER.test(word) && NUMBERED_TYPE.test(typeWritten)) {
        // The number ends the title: `Resolution 1373 and Resolution 2253` are two.
        lastGood = w.index + w[0].length - (w[2] ? 1 : 0);
        break;
      }
      if (SESSION_NUMBER.test(word) && NUMBERED_TYPE.test(typeWritten) && lastGood === end) {
        // `Resolution of the UN General Assembly 70/1`: the number after the complement ends the title.
        lastGood = w.index + w[0].length - (w[2] ? 1 : 0);
        break;
      }
      if (MONTH.test(word) || (YEAR.test(word) && !YEAR_LEAD.test(previous))) {
        break;
      }
      if (parties && word === 'and' && !coordinatedType().test(text.slice(w.index + w[0].length, w.index + w[0].length + 80))) {
        parties = false;
      } else if (/^(?:and|or)$/.test(word) && COORDINATION.test(text.slice(w.index + w[0].length, w.index + w[0].length + 12))) {
        // `... Organization and to the Treaty on ...`: a second document, not part of the first title.
        break;
      } else if (/^(?:and|or)$/.test(word) && !parties && secondTitle().test(text.slice(w.index + w[0].length, w.index + w[0].length + 80))) {
        // `... Criminal Matters and to Ministerial Council Decision No. 8/06`: a title of its own, named by a type.
        break;
      }
      if (CONNECTOR.test(word)) {
        sawConnector = true;
        parties ||= word === 'between';
        topic ||= previous === '' && TOPIC.test(word) && !NOT_TOPIC.test(text.slice(end, end + 24));
      } else if ((/^\p{Lu}/u.test(word) || /^\d{4}(?:-\d{4})?$/.test(word) || ORDINAL.test(word)) && sawConnector) {
        lastGood = w.index + w[0].length - (w[2] ? 1 : 0);
      } else if (!(topic && /^\p{Ll}/u.test(word) && !TOPIC_STOP.test(word))) {
        break;
      }
      previous = word;
      end = w.index + w[0].length;
      if (w[2] && !/^\s+[\p{Lu}]/u.test(text.slice(end, end + 3))) {
        break;
      }
    }
    end = numbered ?? lastGood;
    const title = collapseBlanks(text.slice(start, end));
    const standalone = prefixWords.length === 0 && end === typeStart + typeWritten.length;
    const before = text.slice(Math.max(0, start - 6), start);
    // A bare type is a title only where the text refers back to a named document with a capital (`the Treaty`).
    if (standalone && !/\b[Tt]he\s+$/.test(before)) {
      pattern.lastIndex = typeStart + typeWritten.length;
      continue;
    }
    if (/^(?:This|this)\s+$/.test(text.slice(Math.max(0, start - 5), start))) {
      pattern.lastIndex = end;
      continue;
    }
    found.push({ start, end, title, type: typeOf(typeWritten) });
    pattern.lastIndex = Math.max(end, typeStart + typeWritten.length);
  }
  return numberedTitles(text, from, found, numberedWords ? numberedAt(text, numberedWords) : numberedScan(text));
}

/** The next numbered type (`NUMBERED_TYPES`) at or after an offset, or null; `from` must not decrease. */
type NextNumbered = (from: number) => RegExpExecArray | null;

/** `NextNumbered` by a scan of the text. */
function numberedScan(text: string): NextNumbered {
  return (from) => {
    NUMBERED_TYPES.lastIndex = from;
    return NUMBERED_TYPES.exec(text);
  };
}

/**
 * `NextNumbered` from the starts of the words the numbered types are written with (`findCueWords`): the pattern is
 * tried there alone, each start being at the start of a word, as `NUMBERED_TYPES` wants it.
 */
function numberedAt(text: string, starts: readonly number[]): NextNumbered {
  let next = 0;
  return (from) => {
    for (; next < starts.length; next++) {
      const start = starts[next] ?? 0;
      if (start < from) {
        continue;
      }
      NUMBERED_TYPE_AT.lastIndex = start;
      const match = NUMBERED_TYPE_AT.exec(text);
      if (match !== null) {
        next++;
        return match;
      }
    }
    return null;
  };
}

/**
 * Adds to `found` (titles in text order) the documents cited by a numbered type written in lower case or in the plural
 * (`resolutions 2178 (2014) and 2396 (2017)`): one title for each number, `Resolution 2178` and `Resolution 2396`, as a
 * capitalised `Resolution 2178` is titled. The first one's span holds the type, the others' their number alone.
 */
function numberedTitles(text: string, from: number, found: TitleMention[], nextNumbered: NextNumbered): TitleMention[] {
  const numbered: TitleMention[] = [];
  let next = 0;
  let resume = from;
  for (let match = nextNumbered(resume); match !== null; match = nextNumbered(resume)) {
    resume = match.index + match[0].length;
    // Inside a title already found (`Treaty on the implementation of resolution 1540`): that title's.
    while ((found[next]?.end ?? Infinity) <= match.index) {
      next++;
    }
    if ((found[next]?.start ?? Infinity) <= match.index) {
      continue;
    }
    const written = match[1] ?? match[2] ?? '';
    const organ = organBefore(text, match.index);
    const type = typeOf(written);
    const titled = organ === undefined ? type : `${organ} ${type}`;
    // Only a plural lists several.
    const plural = text.charCodeAt(match.index + written.length) === 115;
    // The span stays on the type and its number: the grammar marks the organ (docs/grammar.md), nested in a title of
    // its own only where it can (`Security Council resolution 2231`), and a token over the organ would hide its colour.
    let start = match.index;
    let at = match.index + match[0].length;
    for (;;) {
      LISTED_NUMBER.lastIndex = at;
      const number = LISTED_NUMBER.exec(text);
      if (number?.[1] === undefined) {
        break;
      }
      const end = at + number[1].length;
      numbered.push({ start, end, title: `${titled} ${number[1]}`, type });
      LIST_JOIN.lastIndex = LISTED_NUMBER.lastIndex;
      if (!plural || !LIST_JOIN.test(text)) {
        at = LISTED_NUMBER.lastIndex;
        break;
      }
      at = start = LIST_JOIN.lastIndex;
    }
    resume = at;
  }
  return numbered.length === 0 ? found : [...found, ...numbered].sort((a, b) => a.start - b.start);
}

/**
 * Finds the document's own heading: the short lines at the top (Markdown `#` marks removed), continued by a
 * line that starts in lower case (`DECLARATION` / `on the Fifth Anniversary of ...`). Undefined when the text
 * starts with a paragraph.
 */
// A line in capitals that goes on with the heading above it, also in capitals.
const CAPITALS_CONNECTOR = /^(?:ON|OF|BETWEEN|AMONG|CONCERNING|REGARDING|FOR|BY)\s/;

export function findHeading(text: string): DocumentHeading | undefined {
  // A heading is at the top: the first few thousand characters and thirty lines (more than any heading with its
  // blank lines) are enough, whatever the size of the text. Lines are read one by one up to the first paragraph.
  const limit = Math.min(text.length, 4000);
  let start = -1;
  let end = -1;
  let frontEnd = -1;
  let headingDone = false;
  // Front matter lines without heading marks are settled only by the blank line after them: the lines of a
  // hard-wrapped paragraph are short too, and only the one ending its sentence tells them apart.
  let settledFrontEnd = -1;
  let unsettled = false;
  // Whether the line before, with no blank line between, was the heading's or the front matter's.
  let underFront = false;
  const parts: string[] = [];
  // The front matter's lines, with where each ends, for a subtitle.
  const front: { content: string; end: number }[] = [];
  let offset = 0;
  for (let count = 0; count < 30 && offset <= limit; count++) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline < 0 || newline > limit ? limit : newline;
    HEADING_MARKS.lastIndex = offset;
    const contentStart = HEADING_MARKS.test(text) ? HEADING_MARKS.lastIndex : offset;
    const marked = contentStart > offset && text.slice(offset, contentStart).includes('#');
    const content = contentStart < lineEnd ? text.slice(contentStart, lineEnd).trimEnd() : '';
    offset = lineEnd + 1;
    if (content === '') {
      settledFrontEnd = frontEnd;
      unsettled = false;
      underFront = false;
      continue;
    }
    const lowerCase = /^\p{Ll}/u.test(content);
    // A line ending with a comma is prose (a preamble's `The Parties,` and `recalling the Charter ...,`), never a
    // heading's; so is a line in lower case, unless heading marks set it or it goes on with the line above it, and one
    // that opens as a preamble's paragraph does, comma or not (`Recalling the Charter of the United Nations and`).
    const preamble = !marked && PREAMBLE_OPENING.test(content);
    const isHeadingLine = content.length <= MAX_HEADING_LINE && !/[.;:]$/.test(content) && !preamble;
    const prose = !marked && (content.endsWith(',') || (lowerCase && !underFront) || preamble);
    // A heading in capitals goes on with a line in capitals that opens with a connector (`TREATY` / `ON GOOD-NEIGHBOURLINESS
    // ... BETWEEN ...`), as one in lower case goes on with `of the ...`.
    const inCapitals = parts.length > 0 && !lowerCase && CAPITALS_CONNECTOR.test(content) && !/\p{Ll}/u.test(content) && !parts.some((p) => /\p{Ll}/u.test(p));
    const continues = parts.length > 0 && (lowerCase || inCapitals) && content.length <= MAX_HEADING_LINE && !content.endsWith(',') && !preamble;
    if (parts.length === 0 ? isHeadingLine : continues && !headingDone) {
      if (start < 0) {
        start = contentStart;
      }
      end = contentStart + content.length;
      frontEnd = settledFrontEnd = end;
      parts.push(content);
      underFront = true;
      continue;
    }
    // Further short lines (`## Meeting of the Council of ...`, `Moscow, 12 May 2003`) are front matter, not the heading.
    if (isHeadingLine && parts.length > 0 && content.length < 200 && !prose) {
      headingDone = true;
      frontEnd = contentStart + content.length;
      front.push({ content, end: frontEnd });
      if (marked) {
        settledFrontEnd = frontEnd;
      } else {
        unsettled = true;
      }
      underFront = true;
      continue;
    }
    // `Following the meeting ... on` / `14 June 2019, the ... met.`: the short lines before are the paragraph's.
    if (unsettled) {
      frontEnd = settledFrontEnd;
    }
    break;
  }
  if (start < 0) {
    return undefined;
  }
  const joined = parts.join(' ');
  const type = (headingTypePattern ??= new RegExp(`\\b(${documentTypesPattern()})${TYPE_END}`, 'i')).exec(joined);
  const subtitle = type?.[0].length === joined.length ? subtitleOf(front, frontEnd) : undefined;
  // One shape for every heading, `subtitle` last: extraction reads headings in its hot loops.
  return { start, end, frontEnd, text: joined, type: type?.[1] === undefined ? undefined : titleCaseType(typeOf(type[1])), subtitle };
}

// The first words of a line that names who issues a text (a ministry, an embassy, a spokesperson's office).
const ISSUER = /^(?:The\s+)?(?:Ministry|Embassy|Permanent\s+Mission|Mission|Office|Department|Press\s+(?:Service|Office|Secretary)|Spokesperson|Information\s+Department)\b/i;

/**
 * The front matter's lines up to the first that holds a figure (a dateline), within `frontEnd`, on one line; a first
 * line that names the issuer is left out.
 */
function subtitleOf(front: readonly { content: string; end: number }[], frontEnd: number): string | undefined {
  const lines: string[] = [];
  for (const line of front) {
    if (line.end > frontEnd || /\d/.test(line.content)) {
      break;
    }
    // `Ministry of Foreign Affairs of the Republic of Kazakhstan`: who issues the text, not what it is about.
    if (lines.length === 0 && ISSUER.test(line.content)) {
      continue;
    }
    lines.push(line.content);
  }
  const subtitle = collapseBlanks(lines.join(' ')).trim();
  return subtitle === '' ? undefined : subtitle;
}

function titleCaseType(type: string): string {
  return type === type.toUpperCase() ? type.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : type;
}

// A treaty's closing formula, `Done at Dushanbe on 28 August 2008 in two copies ...`, which signatures may follow.
const DONE_AT = /^[ \t]*(?:Done|Signed)\s+(?:at|in)\s/gm;
// How far from the end the closing formula is looked for: past a few lines of signatures.
const CLOSING_REACH = 2000;

/**
 * The document's own date: a closing dateline (`Astana, February 25, 2005`), else the date of a closing formula
 * (`Done at Dushanbe on 28 August 2008 ...`), else a full date in the heading, else undefined (the caller may fall
 * back on the date of the document's own meeting).
 */
// What may stand beside a dateline's date: a place and its comma (`Moscow,`, `, Moscow`, `Kigali, Rwanda,`), or nothing.
const DATELINE_PLACE = /^\s*(?:[,–—-]?\s*\p{Lu}[\p{L}'’. -]{0,40}(?:,\s*\p{Lu}[\p{L}'’. -]{0,30})?[,–—-]?)?\s*\r?$/u;

export function findDocumentDate(text: string, dates: readonly DateMention[], heading: DocumentHeading | undefined): DateRange | undefined {
  const tail = text.trimEnd();
  const lastLine = tail.slice(tail.lastIndexOf('\n') + 1);
  const lastLineStart = tail.length - lastLine.length;
  const dateline = dates.find((d) => d.start >= lastLineStart && d.end >= tail.length - 2 && !d.yearInferred);
  // A year closing a sentence (`... meeting again in Laos in 2024.`) is no dateline; a year alone on its line may be.
  if (dateline && lastLine.length < 80 && (!/^\d{4}$/.test(dateline.date.text) || isDateline(text, dateline))) {
    return dateline.date;
  }
  let done = -1;
  DONE_AT.lastIndex = Math.max(0, tail.length - CLOSING_REACH);
  for (let match = DONE_AT.exec(tail); match !== null; match = DONE_AT.exec(tail)) {
    done = match.index;
  }
  if (done >= 0) {
    const lineEnd = tail.indexOf('\n', done);
    const closing = dates.find((d) => d.start > done && (lineEnd < 0 || d.end <= lineEnd) && !d.yearInferred);
    if (closing) {
      return closing.date;
    }
  }
  if (heading) {
    // Not a year the heading is about (`on the Chairpersonship ... in the Year 2025`, `Programme ... for 2021-2023`).
    const inHeading = dates.find((d) => d.start >= heading.start && d.end <= heading.end && !d.yearInferred && !SUBJECT_DATE.test(text.slice(Math.max(heading.start, d.start - 12), d.start)));
    if (inHeading) {
      // `Resolution 2720 (2023)` over `Adopted ... on 22 December 2023`: the day the front matter gives within the
      // heading's year or month, rather than the year alone.
      const day = inHeading.date.from === inHeading.date.to ? undefined : dates.find((d) => d.start >= heading.end && d.end <= heading.frontEnd && !d.yearInferred && d.date.from === d.date.to && d.date.from >= inHeading.date.from && d.date.to <= inHeading.date.to);
      return (day ?? inHeading).date;
    }
    // A dateline under the heading (`Moscow, 12 May 2003`): a short line of the front matter that is a place and a
    // full date, nothing more.
    const underHeading = dates.find((d) => d.start >= heading.end && d.end <= heading.frontEnd && !d.yearInferred && d.date.from === d.date.to && isDateline(text, d));
    if (underHeading) {
      return underHeading.date;
    }
  }
  return undefined;
}

// What stands before a heading's date that the document is about, not one it was issued at.
const SUBJECT_DATE = /(?:\b[Yy]ears?|\bfor|\buntil|\bto|\bthrough|\bbeyond)\s+$/;
// What may end a dateline after its date: nothing, a full stop, or a dash before the paragraph below (`Astana, 3 March 2010 —`).
const DATELINE_END = /^[.—–-]?$/;

/** Whether the date stands alone on its line, but for a place before or after it (`Moscow, 12 May 2003`). */
function isDateline(text: string, date: DateMention): boolean {
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  const lineEnd = text.indexOf('\n', date.end);
  const before = text.slice(lineStart, date.start);
  const after = text.slice(date.end, lineEnd < 0 ? text.length : lineEnd);
  return DATELINE_PLACE.test(before.trim() === '' ? after : before) && (before.trim() === '' || DATELINE_END.test(after.trim()));
}
