import { memoized } from '../memo';
import { dateOf, datesOverlap, namesDays, type DateRange } from '../corpus/dateRange';
import { joinedPlace, mayBeStateOf, placeName, placesAgree } from '../corpus/meetingPlace';
import { findCueWords, type MeetingNoun } from './cueWords';
import type { DateMention } from './dateMentions';
import type { LexiconIndex } from './lexiconIndex';
import { PLACE_NAMES, type OfficialMention, type RoleMention } from './officialMentions';
import { mainOrganization, type OrganizationMention } from './organizationMentions';
import { collapseBlanks, findParagraphs, firstStartingAt, rangeIndex, sentencesOf, type Range, type SentenceAt } from './textStructure';
import { isWhiteSpace } from '../whiteSpace';

/** A meeting as one text gives it: every phrase naming it, its body, date, place and whether it is the text's own. */
export interface MeetingExtraction {
  /** The noun phrases naming the meeting, in text order (a plural phrase may name several meetings). */
  readonly mentions: readonly Range[];
  /** Normalised body, e.g. `SCO Council of Heads of State`; undefined when the text gives none. */
  readonly body: string | undefined;
  readonly date: DateRange | undefined;
  /** City as written, or a state's canonical short name when a state is the venue. */
  readonly place: string | undefined;
  readonly extraordinary: boolean;
  /** The meeting the document reports on (its own), as opposed to one it refers to. */
  readonly own: boolean;
  /**
   * Its number in its series (`the 44th session`, `the XVI BRICS Summit`), if the text gives one: meetings of one body
   * and other numbers are other meetings, in the index too.
   */
  readonly ordinal: number | undefined;
}

// An empty array made from one that held a value: its elements are of any kind from the start.
const ANY_ELEMENTS: unknown[] = [undefined].slice(1);

/**
 * A new empty array for objects. A literal `[]` (and `map` over an empty array) holds small integers until the first
 * object comes in, so an empty result would not look like a full one to V8, and the optimised code of a caller that
 * had seen only full ones would be thrown away (`extractText` was compiled three times a run for that).
 */
export function objectList<T>(): T[] {
  return ANY_ELEMENTS.slice() as T[];
}

interface Draft {
  mentions: Range[];
  body: string | undefined;
  date: DateRange | undefined;
  place: string | undefined;
  extraordinary: boolean;
  own: boolean;
  anaphoric: boolean;
  /** Told as held, in the past (`was held on ...`, `took place`): a meeting that may be the text's own. */
  reported?: boolean;
  /** Told as to come (`will be held`, `scheduled to take place`): the text's own only where its first sentence tells it. */
  planned?: boolean;
  /** `the previous meeting` (before), `the next meeting` (after): told relative to the text's own meeting, so never that one. */
  relative?: 'before' | 'after';
  /** `the previous meeting`, `the next session` without a body: a meeting of the series the own meeting belongs to. */
  series?: boolean;
  /** Named by `summit`, which is a meeting of heads of state. */
  summit?: boolean;
  /**
   * `the 3rd CICA meeting in Astana`, `the UN Security Council session on 12 May`: the organisation (`CICA`, `UNSC`)
   * that alone names the meeting, and the noun; its body (`CICA Meeting`, `UNSC Session`) if it is no other.
   */
  organization?: { readonly label: string; readonly noun: string };
  /** `the Council` without its name: the council the text names (`nameUnnamedCouncils`), else `Council`. */
  unnamedCouncil?: boolean;
  /** The number of the meeting in its series (`the 44th session`, `the XVI BRICS Summit`): two numbers, two meetings. */
  ordinal?: number;
  /** Dated by the dateline, the day the text was issued: the days a sentence gives the meeting are its own. */
  datelined?: boolean;
  /** `the 44th and 45th ASEAN Summits`: where the phrase that names it with others starts; the text reports all or none. */
  coordinated?: number;
  /** `the meeting of the two heads of state`: the heads of the text's sides, whom no organisation named elsewhere owns. */
  counted?: boolean;
}

// The ordinal in figures before an acronym read as a meeting noun (`AMM` of `the 55th AMM`), and an acronym a defining
// parenthesis gives (`(AMM)`).
const ORDINAL_BEFORE = /\d(?:st|nd|rd|th)[ \t]+$/;
const DEFINED_ACRONYM = /^\s*\(([A-Z]{2,6})\)$/;
// The year after an acronym read as a meeting noun (`CHOGM 2022`), which dates the meeting.
const YEAR_AFTER = /^[ \t]((?:19|20)\d\d)(?![\w/-])/;

/**
 * Whether `text` holds, from `start` to `end`, an acronym read as a meeting noun (`AMM` of `the 55th AMM`): two to six
 * capitals A to Z. Asked of every organisation and noun, so read code by code rather than copied for a regex.
 */
function isAcronym(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 6) {
    return false;
  }
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) {
      return false;
    }
  }
  return true;
}

/**
 * The initials of a meeting's phrase of capitalised words (and `of`, `and`) ending in its noun, read from `start`
 * past a determiner and an ordinal (`the first Commonwealth Heads of Government Meeting` is `CHOGM`), or undefined
 * when a word of it is in lower case, or it has fewer than three words.
 */
function initialsOf(text: string, start: number, end: number): string | undefined {
  const words = text.slice(start, end).split(/\s+/);
  let initials = '';
  for (const word of words) {
    if (initials === '' && (DETERMINER.test(word) || ORDINAL.test(word) || /^\d+(?:st|nd|rd|th)$/.test(word))) {
      continue;
    }
    const first = word.charAt(0);
    if (word === 'of' || word === 'and') {
      initials += first.toUpperCase();
    } else if (first >= 'A' && first <= 'Z') {
      initials += first;
    } else {
      return undefined;
    }
  }
  return initials.length >= 3 && initials.length <= 6 ? initials : undefined;
}

/**
 * Whether the word before the spaces or tabs at `at` may end in an ordinal's suffix (`st`, `nd`, `rd`, `th`): asked
 * before `ORDINAL_BEFORE` runs, since most acronyms follow `the`.
 */
function suffixBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) {
    i--;
  }
  const last = text.charCodeAt(i - 1);
  return i < at && (last === 116 || last === 100 || last === 104);
}

/**
 * The meeting nouns and, in text order among them, the acronyms written after an ordinal in figures (`the 55th AMM`),
 * which name a meeting where the text has defined them for one (`the 56th ASEAN Foreign Ministers' Meeting (AMM)`).
 * The organisations' scan has found every such acronym; no scan of the text of its own looks for them.
 */
function withNumberedAcronyms(text: string, nouns: readonly MeetingNoun[], organizations: readonly OrganizationMention[]): readonly MeetingNoun[] {
  const acronyms: MeetingNoun[] = [];
  for (const { start, end } of organizations) {
    if (isAcronym(text, start, end) && ((suffixBefore(text, start) && ORDINAL_BEFORE.test(text.slice(Math.max(0, start - 10), start))) || YEAR_AFTER.test(text.slice(end, end + 6)))) {
      acronyms.push({ start, noun: text.slice(start, end) });
    }
  }
  return acronyms.length === 0 ? nouns : [...nouns, ...acronyms].sort((a, b) => a.start - b.start);
}

const DETERMINER = /^(?:the|The|a|A|an|An|this|This|these|These|their|Their|its|Its|our|Our)$/;
// An ordinal written in words (`second`, `twenty-second`, `Fortieth`): which meeting of a series, not its body.
const ORDINAL_WORD = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)`;
const PREMODIFIER = new RegExp(
  String.raw`^(?:formal|official|working|plenary|high-level|bilateral|trilateral|multilateral|consultative|next|upcoming|forthcoming|regular|Regular|ordinary|Ordinary|extraordinary|Extraordinary|special|Special|emergency|Emergency|annual|Annual|informal|Informal|joint|Joint|recent|last|previous|ministerial|Ministerial|summit|\d{4}|\d+(?:st|nd|rd|th)|[A-Za-z]+-[Pp]arty|[A-Z]{2,6}|[IVX]|[A-Z][a-z]+-[A-Z][a-z]+)$`,
);
const ORDINAL = new RegExp(`^${ORDINAL_WORD}$`, 'i');
const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];
const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The ordinals listed before the last one of `the 44th and 45th ASEAN Summits`, and where the last one starts. */
interface CoordinatedOrdinals {
  readonly ordinals: readonly { readonly start: number; readonly end: number; readonly ordinal: number }[];
  readonly last: number;
}

// The plural nouns of meetings of a series, which ordinals joined by `and` may number (`the 14th and 15th Summits`).
const PLURAL_SERIES_NOUN = /^(?:[Ss]ummits|[Mm]eetings|[Ss]essions)$/;

/** The first word of premodifiers. */
function firstWord(premodifiers: string): string {
  const space = premodifiers.indexOf(' ');
  return space < 0 ? premodifiers : premodifiers.slice(0, space);
}

/**
 * The ordinals written before `and` (at `andStart`) in `the 44th and 45th`, `the 14th, 15th and 16th` (a comma may
 * also stand before `and`), read back on the same line; `last` is where the ordinal after `and` starts. Undefined
 * when no ordinal stands just before `and`.
 */
function coordinatedOrdinals(text: string, andStart: number, last: number): CoordinatedOrdinals | undefined {
  const ordinals: { start: number; end: number; ordinal: number }[] = [];
  let at = andStart;
  for (let guard = 0; guard < 6; guard++) {
    const before = wordBefore(text, at);
    if (before === undefined) {
      break;
    }
    const comma = before.word.endsWith(',');
    const word = comma ? before.word.slice(0, -1) : before.word;
    const ordinal = word.length > 0 && (/^\d+(?:st|nd|rd|th)$/.test(word) || ORDINAL.test(word) || ROMAN.test(word)) ? ordinalOf(word) : undefined;
    // The ordinal just before `and` may carry an Oxford comma; one before it must carry its comma.
    if (ordinal === undefined || (ordinals.length > 0 && !comma)) {
      break;
    }
    ordinals.unshift({ start: before.start, end: before.start + word.length, ordinal });
    at = before.start;
  }
  return ordinals.length === 0 ? undefined : { ordinals, last };
}

/** The number a premodifier gives a meeting (`44th`, `Fifty-Second`, `XVI`), if any. */
function ordinalOf(premodifiers: string): number | undefined {
  if (premodifiers === '') {
    return undefined;
  }
  for (const word of premodifiers.split(/\s+/)) {
    const figures = /^(\d+)(?:st|nd|rd|th)$/i.exec(word);
    if (figures?.[1] !== undefined) {
      return Number(figures[1]);
    }
    if (ORDINAL.test(word)) {
      const [first, second] = word.toLowerCase().split('-');
      const unit = (w: string | undefined): number => UNITS.indexOf(w ?? '') + 1;
      const tens = (w: string | undefined): number => (TENS.findIndex((t) => (w ?? '').startsWith(t)) + 2) * 10;
      return second !== undefined ? tens(first) + unit(second) : unit(first) || tens(first);
    }
    if (ROMAN.test(word)) {
      let value = 0;
      for (let i = 0; i < word.length; i++) {
        const here = ROMAN_VALUES[word.charAt(i)] ?? 0;
        value += here < (ROMAN_VALUES[word.charAt(i + 1)] ?? 0) ? -here : here;
      }
      return value;
    }
  }
  return undefined;
}
const SERIES_WORD = new RegExp(String.raw`^(?:next|upcoming|forthcoming|regular|ordinary|extraordinary|recent|last|previous|${ORDINAL_WORD}|\d.*)$`, 'i');
// The words that end a body's name (a verb, a relative pronoun, a preposition), asked of every word of a complement.
// Capitalised words after `and` up to a body's noun (`and Security Council`), read as part of the name before them.
const NAME_AND_BODY = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Council|Commission|Committee|Board|Assembly|Forum|Conference|Group)\b/u;
// The nouns of bodies whose name may go on with their subject (`Commission on Trade`, `Council for Trade in Goods`).
const NAMED_BODY_NOUN = /^(?:Commission|Committee|Subcommittee|Sub-Committee|Council|Board|Group|Forum|Conference|Dialogue|Partnership)$/;
const COMPLEMENT_STOP: ReadonlySet<string> = new Set(
  'held conducted scheduled convened that which who was were is are has have had will would shall should to decided as under during signed adopted attended chaired discussed noted took take be been and or with for at by from since after before until where when while on in decides'.split(' '),
);
// A short gloss in parentheses after a word of a body's name, read in place.
const GLOSS = /\s*\((?:[\p{Lu}][\p{L}'’-]*\s*){1,5}\)/uy;
const AUSPICES = /under\s+the\s+(\S+)\s+auspices|under\s+the\s+auspices\s+of\s+(?:the\s+)?(\S+)/;
// The next word of a body's name. A name may wrap onto the next line, but never across a blank line (a paragraph
// ends there), except inside the document's heading, which may continue after a blank line (`... of` / `## the Shanghai ...`).
const WORD_IN_PARAGRAPH = /(?:[ \t]*\r?\n(?![ \t]*\r?\n)[ \t#]*)?[ \t]*([\p{L}\d'’-]+(?:\s*\([A-Z]{2,8}\))?)/uy;
const WORD_IN_HEADING = /(?:\s*\n\s*#*\s*)?\s*([\p{L}\d'’-]+(?:\s*\([A-Z]{2,8}\))?)/uy;
// `gathered in Kazan ... on 22–24 October 2024 for the`, `met in ... at the`, `met in Montevideo on 6 December 2024, on
// the occasion of the`, `gathered on the occasion of the`: where and when the subject met for a meeting.
// The place and the date must run up to that word: in `gathered in Reykjavík on 16 and 17 May 2023 for our 4th Summit,
// recall the Vienna Declaration adopted at the 1st Summit` they are not the 1st Summit's.
const OCCASION_OF = /\boccasion\s+of\s+$/;
const GATHERED_FOR = /\b(gathered|met|convened|assembled)(?:\s+(?:in|at|on)\s+[^;:]{1,160}?)?\s+(for|at|on\s+the\s+occasion\s+of)\s+$/;
const PARAGRAPH_NUMBER = /^\s*(?:\d{1,3}|[a-z])[.)][ \t]+/;
// Those who meet, written before the noun (`Foreign Ministers' Meeting`, `Leaders' Summit`, `Leaders Meeting`).
const GROUP_BEFORE = /(?<![\p{L}-])((?:Foreign|Defen[cs]e|Economic|Finance|Trade|Energy|Health|Agriculture|Transport|Interior|Justice|Education|Environment)\s+Ministers|National\s+Security\s+Advis[eo]rs|Ministers\s+of\s+Foreign\s+Affairs|Leaders|Heads\s+of\s+State(?:\s+and\s+Government)?|Heads\s+of\s+Government)['’]?[ \t]+$/u;
// Two parties joined by a dash (`EU–China`, `EU-China`, `Russia–China`).
const PARTY_PAIR = /^([\p{L}.'’]+(?:\s[\p{L}]+)?)[-–—]([\p{L}.'’]+(?:\s[\p{L}]+)?)$/u;

/** A party of talks told by a verb: an official, or a role written with its state or organisation. */
interface TalksParty extends Range {
  /** The state (else the organisation) the text gives with the role: what a dashed body names the party by. */
  readonly side: string | undefined;
  /** The role and name as a `talks between` phrase writes them (`President Xi Jinping`). */
  readonly written: string;
}

/** The verb that tells talks as held (`held`, `holds`, `had`) or to be held (`will hold`), before the noun. */
export interface TalksVerb extends Range {
  readonly planned: boolean;
  /** The other party follows the verb without `with` (`A met President B`). */
  readonly direct?: boolean;
}

// The verbs of `held talks`, `holds talks`, `had talks`, `will hold talks`.
const TALKS_VERBS: ReadonlySet<string> = new Set(['held', 'holds', 'had', 'hold']);
// What may stand between `with` (or `and`) and the name of a party: its role, capitalised words with `of` and `the`
// (`with President of the People's Republic of China Xi Jinping`).
const ROLE_BEFORE_NAME = /^(?:(?:the|of|\p{Lu}[\p{L}'’.-]*)\s+)*$/u;
const AND_ROLE_BEFORE_NAME = /^\s+and\s+(?:(?:the|of|\p{Lu}[\p{L}'’.-]*)\s+)*$/u;
// A role set off by commas between a subject's name and its verb (`Sergey Lavrov, Minister of ... of Russia, held`).
const APPOSITION = /^\s*,[^,;:]{1,120},\s*$/;
// A relative clause whose subject is the party just named (`..., Giorgia Meloni, who held bilateral talks with ...`).
const WHO_AFTER_PARTY = /^\s*,\s+who\s+(?:also\s+)?$/;
// The state written after a party's name (`President Ferdinand Marcos of the Philippines held`, `of the Republic of
// Korea`): the official's own.
const STATE_AFTER_PARTY = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,3}/u;
const WITH_PARTY = /^\s+with\s+/;
// The blank before a party that follows its verb directly (`met President B`).
const DIRECT_PARTY = /^\s+(?=\p{Lu})/u;

/**
 * The verb before talks told by one (`held talks`, `held bilateral talks`, `will hold talks`), read back from the noun
 * over its premodifiers; undefined where a determiner stands there (`held the talks`), the verb is negated (`has not
 * held`), or `hold` is not `will hold` (`agreed to hold talks` plans none). With `article`, the same before a meeting
 * told by one, whose `a` must stand before the verb (`held a meeting with`, `had a bilateral meeting with`).
 */
export function talksVerbBefore(text: string, nounStart: number, article = false): TalksVerb | undefined {
  let at = nounStart;
  let articleRead = false;
  for (let words = 0; words < 4; words++) {
    const before = wordBefore(text, at);
    if (before === undefined) {
      return undefined;
    }
    const word = before.word;
    if (article && !articleRead && (word === 'a' || word === 'an')) {
      articleRead = true;
      at = before.start;
      continue;
    }
    if (TALKS_VERBS.has(word) && article === articleRead) {
      const prior = wordBefore(text, before.start);
      if (prior?.word === 'not' || prior?.word === 'never' || (word === 'hold' && prior?.word !== 'will')) {
        return undefined;
      }
      // The auxiliary is the verb's (`will hold`, `has held`), so that its subject is written just before it.
      const auxiliary = prior !== undefined && (prior.word === 'will' || (word === 'held' && (prior.word === 'has' || prior.word === 'have' || prior.word === 'had')));
      return { start: auxiliary ? prior.start : before.start, end: before.start + word.length, planned: word === 'hold' };
    }
    if (articleRead || DETERMINER.test(word) || !PREMODIFIER.test(word)) {
      return undefined;
    }
    at = before.start;
  }
  return undefined;
}

/** The parties talks may be held between: the officials, and the roles written with a state or an organisation. */
function talksPartiesOf(officials: readonly OfficialMention[], roles: readonly RoleMention[]): TalksParty[] {
  const parties: TalksParty[] = officials.map((o) => ({ start: o.start, end: o.end, side: o.state ?? o.organization, written: o.role === undefined ? o.name : `${o.role} ${o.name}` }));
  for (const r of roles) {
    if (r.state !== undefined || r.organization !== undefined) {
      parties.push({ start: r.start, end: r.end, side: r.state ?? r.organization, written: r.role });
    }
  }
  return parties.sort((a, b) => a.start - b.start);
}

/**
 * The two parties of talks told by a verb: the verb's subject (a name just before it, or before a role set off by
 * commas) and the party after `with` (`A held talks [in Beijing] with B [in Beijing on 5 February 2022]`), else two
 * subjects joined by `and` (`A and B held talks in Hanoi`); with where the phrase ends and the place and date read
 * after the party. Undefined when the sentence does not name both.
 */
function talksParties(
  text: string,
  verb: TalksVerb,
  nounEnd: number,
  sentence: Range,
  parties: readonly TalksParty[],
  readAt: (at: number) => Locatives,
): { first: TalksParty; second: TalksParty; end: number; date: DateRange | undefined; place: string | undefined } | undefined {
  const last = firstStartingAt(parties, verb.start) - 1;
  const subject = parties[last];
  if (subject === undefined || subject.start < sentence.start || subject.end > verb.start) {
    return undefined;
  }
  if (!leadsToVerb(text.slice(subject.end, verb.start), subject)) {
    return undefined;
  }
  const before = readAt(nounEnd);
  const withParty = WITH_PARTY.exec(text.slice(before.end, before.end + 8)) ?? (verb.direct ? DIRECT_PARTY.exec(text.slice(before.end, before.end + 2)) : null);
  if (withParty) {
    const from = before.end + withParty[0].length;
    const object = parties[firstStartingAt(parties, from)];
    if (object !== undefined && object.end <= sentence.end && object.start - from <= 120 && ROLE_BEFORE_NAME.test(text.slice(from, object.start))) {
      // `Prime Minister Lee Hsien Loong of Singapore in Jakarta`: the party's state, then the place.
      const objectState = object.side === undefined ? null : STATE_AFTER_PARTY.exec(text.slice(object.end, object.end + 80));
      const after = readAt(object.end + (objectState?.[0].length ?? 0));
      return { first: subject, second: object, end: after.end, date: before.date ?? after.date, place: before.place ?? after.place };
    }
    return undefined;
  }
  const other = parties[last - 1];
  if (other !== undefined && other.start >= sentence.start && AND_ROLE_BEFORE_NAME.test(text.slice(other.end, subject.start))) {
    return { first: other, second: subject, end: before.end, date: before.date, place: before.place };
  }
  return undefined;
}

/**
 * Whether what stands between a party and the verb after it leaves the party its subject: nothing, a role set off by
 * commas, `, who`, or the party's own state (`President Ferdinand Marcos of the Philippines held`).
 */
function leadsToVerb(between: string, subject: TalksParty): boolean {
  if (/^\s*$/.test(between) || APPOSITION.test(between) || WHO_AFTER_PARTY.test(between)) {
    return true;
  }
  const state = subject.side === undefined ? null : STATE_AFTER_PARTY.exec(between);
  return state !== null && /^\s*$/.test(between.slice(state[0].length));
}

/**
 * The body of talks between two parties: their sides joined by a dash (`Russia–India Talks`, as `Russian-Indian talks`
 * and `the EU–China Summit` are named) when the text gives both and they differ, else the parties as `talks between`
 * writes them (`Talks between President Vladimir Putin and President Xi Jinping`).
 */
function talksBody(first: TalksParty, second: TalksParty, noun: string): string {
  const named = titleCase(noun);
  return first.side !== undefined && second.side !== undefined && first.side !== second.side ? `${first.side}–${second.side} ${named}` : `${named} between ${first.written} and ${second.written}`;
}

/**
 * A party of a summit written in a dashed pair (`EU`, `China`): an organisation's label or a state's short name, or a
 * region of two words or more (`Central Asia`, `Western Balkans`).
 */
/** The two parties of a dashed pair as a body names them (`EU-China` -> `EU–China`), or undefined. */
function partiesOf(written: string, lexicon: LexiconIndex): string | undefined {
  const pair = PARTY_PAIR.exec(written);
  const first = pair?.[1] === undefined ? undefined : partyOf(pair[1], lexicon);
  const second = pair?.[2] === undefined ? undefined : partyOf(pair[2], lexicon);
  return first !== undefined && second !== undefined ? `${first}–${second}` : undefined;
}

function partyOf(name: string, lexicon: LexiconIndex): string | undefined {
  return lexicon.organizationOf(name) ?? lexicon.stateOf(name) ?? (/\s/.test(name) && PLACE_NAMES.has(name) ? name : undefined);
}
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+/;
const THIS_YEAR = /^\s+this\s+year\b/;
// `this year`, `next year`, `last year`: a year told from the document's own.
// `later this year`, `early next year`: the year all the same.
const RELATIVE_YEAR = /^\s+(?:(?:later|earlier|early|late)\s+(?:in\s+)?)?(this|next|last)\s+year\b/;
const RELATIVE_YEAR_WORDS = ['this', 'next', 'last', 'later', 'earlier', 'early', 'late'];
// The prepositions of `readLocatives`' dates and places.
const LOCATIVE_PREPOSITIONS = ['on', 'in', 'at', 'from', 'of', 'for', 'between'];
const BLANK_LINE = /\n[ \t\r]*\n/;
// The words after which a heading's name is cut and continues on the next line.
const CUT_AFTER = /^(?:of|the|and|on|for|in)$/;
const MONTH_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
// `the Council` alone, which names the council the text speaks of, not the organisation's (`SCO Council`).
const UNNAMED_COUNCIL = /^(?:the\s+)?[Cc]ouncil$/;
const COUNCIL = /\bCouncil\b/;

/**
 * The word and the spaces or tabs just before `at`, read back no further than 40 characters: what
 * `/(\S+)([ \t]+)$/` finds in those 40 characters, without trying it at each of them.
 */
function wordBefore(text: string, at: number): { word: string; start: number } | undefined {
  const limit = Math.max(0, at - 40);
  let wordEnd = at;
  while (wordEnd > limit && (text.charCodeAt(wordEnd - 1) === 32 || text.charCodeAt(wordEnd - 1) === 9)) {
    wordEnd--;
  }
  let start = wordEnd;
  while (start > limit && !isWhiteSpace(text.charCodeAt(start - 1))) {
    start--;
  }
  return wordEnd < at && start < wordEnd ? { word: text.slice(start, wordEnd), start } : undefined;
}

/**
 * The offset of the first character from `at` on that is not white space: where a pattern opening with `\s*` reads
 * its first word, asked before running it where most texts give it nothing to match.
 */
function skipBlanks(text: string, at: number): number {
  let i = at;
  while (isWhiteSpace(text.charCodeAt(i))) {
    i++;
  }
  return i;
}

/** The code of the first character from `at` on that is not white space (NaN at the end of the text). */
function codeAfterBlanks(text: string, at: number): number {
  return text.charCodeAt(skipBlanks(text, at));
}

/** Whether one of `words` starts at `at`: the words a pattern may read there, asked before it runs. */
function startsOneOf(text: string, at: number, words: readonly string[]): boolean {
  for (const word of words) {
    if (text.startsWith(word, at)) {
      return true;
    }
  }
  return false;
}

/** Whether `code` is that of one of `letters`: the letters a pattern's first word may start with. */
function oneOf(code: number, letters: string): boolean {
  for (let i = 0; i < letters.length; i++) {
    if (letters.charCodeAt(i) === code) {
      return true;
    }
  }
  return false;
}

/**
 * Whether the word before the blanks at `at` may end one of `GROUP_BEFORE`'s groups (`Ministers`, `Affairs`, `Leaders`,
 * `State`, `Government`), after a quote at most: the test asked before that pattern runs, which few nouns follow.
 */
function groupMayEndBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) {
    i--;
  }
  if (i === at) {
    return false;
  }
  if (text.charCodeAt(i - 1) === 39 || text.charCodeAt(i - 1) === 0x2019) {
    i--;
  }
  const last = text.charCodeAt(i - 1);
  const before = text.charCodeAt(i - 2);
  return (before === 114 && last === 115) || (before === 116 && last === 101) || (before === 110 && last === 116);
}

/**
 * Whether `word` ends at `at` or before the blanks that end there, read back no further than `limit`: the test asked
 * before a pattern ending in `word\s+$` (or a trimmed `word`) runs on the text from `limit` to `at`.
 */
function wordEndsBefore(text: string, at: number, word: string, limit: number): boolean {
  let i = at;
  while (i > limit && isWhiteSpace(text.charCodeAt(i - 1))) {
    i--;
  }
  return i - word.length >= limit && text.startsWith(word, i - word.length);
}

/** Whether an opening bracket follows `at` after blanks, as a gloss starts: most words of a name have none. */
function bracketAfter(text: string, at: number): boolean {
  return codeAfterBlanks(text, at) === 40;
}

/** The length of `the` and the blanks after it at `at`, as `/^the\s+/` matches them in the next 8 characters; 0 for none. */
// Words that make a date approximate (`in mid-2025`, `in early March 2025`, `in the first half of 2025`, `by the end of
// 2025`): the date is the year or month written after them, which is what tells one meeting of a series from another.
const APPROXIMATE = /^(?:(?:early|mid|late|Early|Mid|Late)(?:-|\s+)|(?:the\s+)?(?:(?:first|second)\s+half|(?:first|second|third|fourth)\s+quarter|end|beginning|start|middle)\s+of\s+|Q[1-4]\s+)/;

/** The date written after the words that make it approximate at `at` (`APPROXIMATE`), if any. */
function approximateDate(text: string, at: number, datesByStart: ReadonlyMap<number, DateMention>): DateMention | undefined {
  const words = oneOf(text.charCodeAt(at), 'emlEMLtfbsQ') ? APPROXIMATE.exec(text.slice(at, at + 32)) : null;
  return words ? datesByStart.get(at + words[0].length) : undefined;
}

function articleLength(text: string, at: number): number {
  if (!text.startsWith('the', at)) {
    return 0;
  }
  const limit = at + 8;
  let end = at + 3;
  while (end < limit && isWhiteSpace(text.charCodeAt(end))) {
    end++;
  }
  return end > at + 3 ? end - at : 0;
}

/** Capitalises the words of a lower-case body (`defense ministers` gives `Defense Ministers`), keeping small words. */
function titleCase(text: string): string {
  return text.replace(/[\p{L}][\p{L}'’-]*/gu, (word, offset: number) =>
    offset > 0 && /^(?:of|the|and|in|on|for|to|a|an)$/.test(word) ? word : word.replace(/(^|-)(\p{Ll})/gu, (_m, dash: string, c: string) => dash + c.toUpperCase()),
  );
}

// The United Nations and its organs, as the lexicon abbreviates them, and the councils of states' leaders or ministers
// they do not have.
const UN_ORGANS: ReadonlySet<string> = new Set(['UN', 'UNSC', 'UNGA']);
// The organisations of the lexicon that are an organ, by label.
const ORGAN_OF: ReadonlyMap<string, string> = new Map([
  ['UNGA', 'General Assembly'],
  ['UNSC', 'Security Council'],
]);
// A body's own name: capitalised words before its noun (`the Joint Commission`, `the India-Viet Nam Joint Commission`).
const NAMED_BODY_NAME = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:and\s+)?)+(?:Commission|Committee|Council|Group|Board)\b/u;
const STATE_COUNCIL = /\bCouncil\s+of\s+(?:Heads\s+of\s+(?:States?|Government)|Ministers\s+of\s+Foreign\s+Affairs|Foreign\s+Ministers)\b/i;

// Organisations whose heads of state meet as a council: the SCO's summits are the meetings of its Council of Heads of
// State (SCO Charter, Article 4), as the seed texts' gold names them; the Shanghai Five's were meetings of heads of state.
const HEADS_OF_STATE_COUNCIL: ReadonlySet<string> = new Set(['SCO']);

/** The body of a summit, or of a meeting of heads of state, of an organisation (`SCO Council of Heads of State`). */
function headsOfState(organization: string | undefined): string {
  if (organization === undefined) {
    return 'Meeting of Heads of State';
  }
  return HEADS_OF_STATE_COUNCIL.has(organization) ? `${organization} Council of Heads of State` : `${organization} Meeting of Heads of State`;
}

// Words of a summit's complement that name those who meet (`the Summit of the Heads of State`, `of the SCO member
// states`, `of the Collective Security Council`): a group's meeting, which `normalizeBody` reads.
const SUMMIT_GROUP = /\b(?:Heads?|Ministers?|Leaders?|Presidents?|Councils?|Governments?|States|Members?|Parties)\b/i;
// Words of a body whose name the complement may have cut (`the Summit of the Conference` / `on Interaction ...`, an
// organisation the lexicon knows by its acronym only): no event's name either.
const SUMMIT_BODY = /\b(?:Conferences?|Meetings?|Sessions?|Organi[sz]ations?)\b/i;
const EVENT_NAME = /^(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|and|for|on|in)\s+)*\p{Lu}[\p{L}'’-]*)*$/u;

/**
 * The body of a capitalised `Summit of ...`: an organisation's (`the Summit of the Shanghai Cooperation Organization`)
 * is the meeting of its heads of state; a summit named as an event (`the Summit of the Future`, `the Summit of the
 * Americas`) keeps its name as written, owned by no one, rather than becoming a group's meeting (`Meeting of Future`).
 * Undefined for any other phrase, which `normalizeBody` reads.
 */
function summitBody(text: string, noun: string, complement: string, at: number, end: number, organizations: readonly OrganizationMention[]): string | undefined {
  if (complement === '') {
    return undefined;
  }
  const named = organizations[rangeIndex(organizations, at + articleLength(text, at))];
  if (named !== undefined && named.end === end) {
    // The organisation alone (`the summit of the Conference on Interaction and ... in Asia`, `the meeting of the
    // OSCE`): its summit is the meeting of its heads of state, another meeting the organisation's own.
    return /^summits?$/i.test(noun) ? headsOfState(named.label) : `${named.label} ${titleCase(noun)}`;
  }
  if (noun !== 'Summit') {
    return undefined;
  }
  const written = collapseBlanks(complement).trim();
  if (SUMMIT_GROUP.test(written)) {
    return undefined;
  }
  // The organisation named first in the complement, which owns the summit.
  if (named !== undefined) {
    return headsOfState(named.label);
  }
  return SUMMIT_BODY.test(written) || !EVENT_NAME.test(written) ? undefined : `Summit of ${written}`;
}

/**
 * A body's name without the owner written after it, which the body's label puts first (`Assembly of the African Union`
 * of the `AU`: `AU Assembly`, not `AU Assembly of the African Union`): an owner whose initials are the organisation's.
 */
function withoutOwner(group: string, organization: string | undefined): string {
  const owner = organization === undefined ? null : /^(.+?)\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s*){2,5})$/u.exec(group);
  const initials = owner?.[2]?.split(/\s+/).filter((w) => w !== '').map((w) => w[0]).join('');
  return owner?.[1] !== undefined && initials === organization ? owner[1] : group;
}

// The state written at the end of a party's official (`... Narendra Modi of the Republic of India`).
const OF_STATE_AT_END = /\sof\s+(?:the\s+)?(\p{Lu}[^,;]*)$/u;

// `the meeting of the two heads of state`, `of both foreign ministers`: the heads of the text's two sides.
const COUNTED_HEADS = /^(?:the\s+)?(?:two|three|four|both)\s+(heads of state|heads of government|foreign ministers|ministers of foreign affairs|leaders|presidents|ministers)\b/i;

/** The body of a meeting of the heads of a text's sides, counted (`the two heads of state`): no organisation's body. */
function countedBody(complement: string): string | undefined {
  const counted = COUNTED_HEADS.exec(collapseBlanks(complement).trim());
  return counted?.[1] === undefined ? undefined : `Meeting of ${titleCase(counted[1].toLowerCase() === 'foreign ministers' ? 'ministers of foreign affairs' : counted[1])}`;
}

/** Reads the body from the words that name a meeting, given the organisation that owns it. */
function normalizeBody(noun: string, premodifiers: string, complement: string, organization: string | undefined, party?: (name: string) => string | undefined): string | undefined {
  const org = organization === undefined ? '' : `${organization} `;
  const c = collapseBlanks(complement).trim();
  if (c === '') {
    return bodyOfNoun(noun, premodifiers, organization);
  }
  const counted = countedBody(c);
  if (counted !== undefined) {
    return counted;
  }
  if (/^between\b/.test(c)) {
    // `the summit between the European Union and the People's Republic of China` is the `EU–China Summit`; talks keep
    // the parties as written (`talks between President A and President B`).
    const two = /^between\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+)$/.exec(c);
    // A party written as its official with the state after (`President Xi Jinping of the People's Republic of China`).
    const sideOf = (written: string): string | undefined => {
      const state = OF_STATE_AT_END.exec(written)?.[1];
      return party?.(written) ?? (state === undefined ? undefined : party?.(state));
    };
    const first = two?.[1] === undefined || /^talks$/i.test(noun) ? undefined : sideOf(two[1]);
    const second = first === undefined || two?.[2] === undefined ? undefined : sideOf(two[2]);
    return first !== undefined && second !== undefined ? `${first}–${second} ${titleCase(noun)}` : `${titleCase(noun)} ${c}`;
  }
  if (/Council of Heads of States?\b/i.test(c)) {
    return `${org}Council of Heads of State`;
  }
  if (/Council of Heads of Government/i.test(c)) {
    return `${org}Council of Heads of Government`;
  }
  if (/Council of (?:Ministers of Foreign Affairs|Foreign Ministers)/i.test(c)) {
    return `${org}Council of Ministers of Foreign Affairs`;
  }
  if (/^Council of Heads\b/i.test(c.replace(/^the /, ''))) {
    // `the Council of Heads of the SCO member states`: the heads of member states are heads of state.
    return `${org}Council of Heads of State`;
  }
  const council = /\b((?:[A-Z][\w'’-]*\s+(?:and\s+(?=[A-Z]))?)*Council(?:\s+of\s+[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*)*)?)/.exec(c);
  if (council?.[1] !== undefined && !/Councils/.test(c)) {
    // `the CSTO Collective Security Council`: the owner written in the council's name is not written twice; nor is the
    // acronym that is the council's own (`PSC` of `Peace and Security Council`).
    const initials = council[1].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');
    return council[1].startsWith(org) || initials === organization ? council[1] : `${org}${council[1]}`;
  }
  const organ = /\b((?:General|Parliamentary|National|Legislative)\s+Assembly|Security Council|Summit)\b/.exec(c);
  if (organ?.[1] !== undefined) {
    // The organ is the owner itself (`the 78th session of the UN General Assembly`): its session, not `UNGA General
    // Assembly`.
    return organization !== undefined && ORGAN_OF.get(organization) === organ[1] ? `${organization} ${titleCase(noun)}` : `${org}${organ[1]}`;
  }
  if (/^(?:the\s+)?heads of state\b/i.test(c)) {
    return headsOfState(organization);
  }
  // The SCO's heads of government and foreign ministers meet as its councils too (SCO Charter, Article 4).
  if (/^(?:the\s+)?heads of government\b/i.test(c)) {
    return organization !== undefined && HEADS_OF_STATE_COUNCIL.has(organization) ? `${org}Council of Heads of Government` : `${org}Meeting of Heads of Government`;
  }
  if (/^(?:the\s+)?(?:foreign ministers|ministers of foreign affairs)\b/i.test(c)) {
    return organization !== undefined && HEADS_OF_STATE_COUNCIL.has(organization) ? `${org}Council of Ministers of Foreign Affairs` : `${org}Meeting of Ministers of Foreign Affairs`;
  }
  // `the India-Kenya Joint Commission on Trade`: the parties written before a named body are no part of its name, as
  // they are not after `between`.
  // A party of two words (`India-Viet Nam`) is read before one of one word.
  const bothOf = (written: RegExpExecArray | null): boolean => {
    const parties = written?.[1] === undefined ? null : PARTY_PAIR.exec(written[1]);
    return parties?.[1] !== undefined && parties[2] !== undefined && party?.(parties[1]) !== undefined && party(parties[2]) !== undefined;
  };
  const longPair = /^(?:the\s+)?(\S+\s\S+)\s+(?=\p{Lu})/iu.exec(c);
  const long = bothOf(longPair);
  const pair = long ? longPair : /^(?:the\s+)?(\S+)\s+(?=\p{Lu})/iu.exec(c);
  const bothParties = long || bothOf(pair);
  const named = (bothParties && pair ? c.slice(pair[0].length) : c).replace(/^the\s+/i, '');
  // `the SCO Defence Ministers`: the owner written inside the name is not written twice.
  const group = withoutOwner(
    (org !== '' && named.startsWith(org) ? named.slice(org.length) : named).replace(/\s+of\s+(?:the\s+)?(?:\S+\s+)?(?:member\s+states|members|member\s+countries)$/i, ''),
    organization,
  ).replace(/\s+of\s+the\s+\S+$/i, '');
  // `the Brazil-Argentina Bilateral Coordination Mechanism`: a body of two parties is no organisation's the text names.
  return `Meeting of ${bothParties ? '' : org}${titleCase(group)}`;
}

/** The body a meeting noun gives without a complement: an organisation's summit, or talks named by their kind. */
function bodyOfNoun(noun: string, premodifiers: string, organization: string | undefined): string | undefined {
  if (/^summits?$/i.test(noun) && organization !== undefined) {
    // `the SCO summit`: an organisation's summit is the meeting of its heads of state.
    return headsOfState(organization);
  }
  if (/^talks$/i.test(noun)) {
    const modifiers = premodifiers.split(/\s+/).filter((w) => w !== '' && !DETERMINER.test(w) && !SERIES_WORD.test(w));
    return modifiers.length > 0 ? titleCase(`${modifiers.join(' ')} talks`) : undefined;
  }
  return undefined;
}

/** The offset of the first white space in `text`, else its length: where its first word ends. */
function blankIn(text: string): number {
  let i = 0;
  while (i < text.length && !isWhiteSpace(text.charCodeAt(i))) {
    i++;
  }
  return i;
}

/** Reads the place after `in`: a state (canonical) or a capitalised place name that is neither a month nor an organisation. */
function placeAt(text: string, at: number, lexicon: LexiconIndex, organizations: readonly OrganizationMention[]): { end: number; place: string } | undefined {
  const state = lexicon.stateAt(text, at);
  if (state) {
    // `Mexico City`, `Kuwait City`: a city whose name begins with its state's is the city.
    const next = /^ \p{Lu}\p{Ll}+/u.exec(text.slice(state.end, state.end + 24));
    const city = next === null ? undefined : text.slice(at, state.end + next[0].length);
    return city !== undefined && PLACE_NAMES.has(city) ? { end: at + city.length, place: placeName(city) } : { end: state.end, place: state.canonical };
  }
  // A name starts with a capital: most words after `in` and `at` that are no state (`the`, a figure) have none.
  const first = text.charCodeAt(at);
  if (first < 128 && (first < 65 || first > 90)) {
    return undefined;
  }
  // `Rio de Janeiro`, `Dar es Salaam`, `Brdo pri Kranju`: a lower-case particle between the words of a city's name; `St. Petersburg`: an
  // abbreviated `Saint`, whose full stop ends no sentence.
  const name = /^((?:St\.\s?|Ste\.\s?)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*(?:\s(?:(?:de|da|do|dos|es|del|al|el|am|sur|pri)\s)?\p{Lu}[\p{Ll}'’]+)?)/u.exec(text.slice(at, at + 60));
  if (!name?.[1] || MONTH_WORD.test(name[1].slice(0, blankIn(name[1]))) || rangeIndex(organizations, at) >= 0 || /^(?:The|This|These|Article|Chapter)$/.test(name[1])) {
    return undefined;
  }
  return { end: at + name[1].length, place: placeName(name[1]) };
}

interface Locatives {
  end: number;
  date: DateRange | undefined;
  place: string | undefined;
  topic: string | undefined;
}

const REMOTE_O_WORDS = ['online', 'Online'];

/** After blanks, an em or en dash and the blank after it, the position of that blank; else `at`. */
function afterDash(text: string, at: number): number {
  const dash = skipBlanks(text, at);
  const code = text.charCodeAt(dash);
  return (code === 0x2014 || code === 0x2013) && isWhiteSpace(text.charCodeAt(dash + 1)) ? dash + 1 : at;
}

// The body of talks that name nothing but their kind (`Talks`, `Bilateral Talks`).
const BARE_TALKS = /^(?:(?:Bilateral|Trilateral|Multilateral|Formal|Informal|Official|High-Level)\s+)?Talks$/;
// A date of a day or days (`2023-07-11`), not of a month or a year.
const DAY_PRECISE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a chain of `on <date>`, `in <place>`, `in <date>`, `(<date>, <place>)` from `at`. `documentYear`, the year
 * of the document's own date, dates `this year` (`in Dushanbe this year`), `next year` and `last year`.
 */
function readLocatives(
  text: string,
  at: number,
  datesByStart: ReadonlyMap<number, DateMention>,
  lexicon: LexiconIndex,
  organizations: readonly OrganizationMention[],
  allowTopic: boolean,
  documentYear: number | undefined,
): Locatives {
  const result: Locatives = { end: at, date: undefined, place: undefined, topic: undefined };
  let cursor = at;
  for (let step = 0; step < 4; step++) {
    // A dash sets a date or a place apart as a comma does (`On 9 June 2017 — in Astana — the meeting`): read on
    // after it, from the blank that follows it.
    cursor = afterDash(text, cursor);
    // Each form below opens with a blank, a comma or a bracket, then (after them) a word or the bracket, asked for
    // before its regex runs: most chains end at a full stop or at a word no form reads.
    const first = text.charCodeAt(cursor);
    const blank = isWhiteSpace(first);
    if (!blank && first !== 44 && first !== 40) {
      break;
    }
    const leadAt = skipBlanks(text, first === 44 ? cursor + 1 : cursor);
    const lead = text.charCodeAt(leadAt);
    const relativeYear = blank && documentYear !== undefined && result.date === undefined && startsOneOf(text, leadAt, RELATIVE_YEAR_WORDS) ? RELATIVE_YEAR.exec(text.slice(cursor, cursor + 24)) : null;
    if (relativeYear && documentYear !== undefined) {
      result.date = dateOf(documentYear + (relativeYear[1] === 'next' ? 1 : relativeYear[1] === 'last' ? -1 : 0));
      cursor += relativeYear[0].length;
      result.end = cursor;
      continue;
    }
    const paren = first === 40 || (blank && lead === 40) ? /^\s*\(/.exec(text.slice(cursor, cursor + 4)) : null;
    if (paren) {
      const inside = cursor + paren[0].length;
      const date = datesByStart.get(inside);
      if (date) {
        let end = date.end;
        const comma = /^,\s*/.exec(text.slice(end, end + 4));
        const place = comma ? placeAt(text, end + comma[0].length, lexicon, organizations) : undefined;
        end = place ? place.end : end;
        const close = /^\s*\)/.exec(text.slice(end, end + 4));
        if (close) {
          result.date ??= date.date;
          result.place ??= place?.place;
          cursor = end + close[0].length;
          result.end = cursor;
          continue;
        }
      }
      break;
    }
    // `by videoconference`, `held virtually`, `online`, `in a virtual format`.
    // `on` opens most chains: the pattern runs after an `o` only for `online`.
    const remote = oneOf(lead, 'bvtiBVTI') || (oneOf(lead, 'oO') && startsOneOf(text, leadAt, REMOTE_O_WORDS))
      ? /^,?\s+(?:(?:by|via|through|in\s+the\s+format\s+of\s+an?)\s+(?:videoconference|video\s+conference|video\s+link|videolink)|virtually|online|in\s+(?:an?\s+)?(?:virtual|online)\s+format)\b/i.exec(text.slice(cursor, cursor + 50))
      : null;
    if (remote) {
      // A meeting held by videoconference has no city: its place is the format, as registries write it.
      result.place ??= 'videoconference';
      cursor += remote[0].length;
      result.end = cursor;
      continue;
    }
    // `from` and `between` open a range of days only (`from 23 to 24 April 2018`, `between 5 and 7 June 2024`), `of`
    // and `for` a date only (`the summit of June 2018`, `planned for 11-12 September 2024`).
    const preposition = startsOneOf(text, leadAt, LOCATIVE_PREPOSITIONS) ? /^,?\s+(on|in|at|from|of|for|between)\s+/.exec(text.slice(cursor, cursor + 14)) : null;
    if (!preposition) {
      break;
    }
    let target = cursor + preposition[0].length;
    // `on Tuesday, 5 December 2023`: the day of the week before the date.
    const weekday = preposition[1] === 'on' ? WEEKDAY.exec(text.slice(target, target + 12)) : null;
    if (weekday && datesByStart.has(target + weekday[0].length)) {
      target += weekday[0].length;
    }
    // `in the autumn of 2018`: a season may take the article.
    const article = articleLength(text, target);
    const date = datesByStart.get(target) ?? (article > 0 ? datesByStart.get(target + article) : undefined) ?? approximateDate(text, target, datesByStart);
    if (date && result.date === undefined) {
      result.date = date.date;
      cursor = date.end;
      const relative = THIS_YEAR.exec(text.slice(cursor, cursor + 12));
      cursor += relative ? relative[0].length : 0;
      result.end = cursor;
      continue;
    }
    if (preposition[1] === 'in' || preposition[1] === 'at') {
      const place = placeAt(text, target, lexicon, organizations);
      if (place && result.place === undefined) {
        result.place = place.place;
        cursor = place.end;
        // `in Kigali, Rwanda, on ...`: the state of the city, written after it, says no more.
        const comma = /^,[ \t]+/.exec(text.slice(cursor, cursor + 4));
        const state = comma ? lexicon.stateAt(text, cursor + comma[0].length) : undefined;
        if (state && (placesAgree(place.place, state.canonical) || mayBeStateOf(place.place, state.canonical))) {
          cursor = state.end;
        }
        // `in Vilnius, 11-12 July 2023`: the days after the place's comma, as a front matter writes them.
        const dated = result.date === undefined ? /^,[ \t]+/.exec(text.slice(cursor, cursor + 4)) : null;
        const days = dated ? datesByStart.get(cursor + dated[0].length) : undefined;
        if (days && !days.yearInferred && DAY_PRECISE.test(days.date.from) && days.date.to.slice(0, 7) === days.date.from.slice(0, 7)) {
          result.date = days.date;
          cursor = days.end;
        }
        result.end = cursor;
        continue;
      }
    } else if (preposition[1] === 'on' && allowTopic && result.topic === undefined) {
      const topic = placeAt(text, target, lexicon, organizations);
      if (topic) {
        result.topic = text.slice(target, topic.end);
        cursor = topic.end;
        result.end = cursor;
        continue;
      }
    }
    break;
  }
  return result;
}

// The predicates that report a meeting as held: the past tense only (`the meeting to be held` is another one).
const HELD = /^(?:\s*,)?\s+(?:(?:that|which)\s+)?(?:(?:was|were)\s+(?:held|convened|conducted)|took\s+place|(?:has|have|had)\s+taken\s+place)\b/;
// The predicates that tell a meeting as to come (`will be held`, `is to take place`, `scheduled for`).
const PLANNED = /\b(?:will|would|shall|to|scheduled|planned|due)\b/;
// Words that place a meeting before or after another one, the text's own: `the previous meeting`, `the next summit`.
const BEFORE = /\b(?:previous|last|recent)\b/i;
const AFTER = /\b(?:next|upcoming|forthcoming)\b/i;
// The words and nouns of a meeting told as one of a series (`the previous meeting`, `the next session`, `the last
// summit`), unlike `the recent meeting`, which may be any meeting.
const SERIES = /\b(?:previous|last|next|upcoming|forthcoming)\b/i;
const SERIES_NOUN = /^(?:meeting|session|summit)$/i;
// A short description between commas after a meeting phrase, up to its closing comma: an article and a few words,
// none a verb of the predicate (`, the first since the pandemic,`).
const APPOSITIVE = /^\s*,\s+(?:the|a|an|its|their)\s+(?:(?!(?:was|were|is|are|will|has|have|had|held|took)\b)[^,.;:()\n\s]+\s+){0,7}?(?!(?:was|were|is|are|will|has|have|had|held|took)\b)[^,.;:()\n\s]+,/;
// What stands between a sentence's opening date and a meeting its subject took part in (`, Minister ... M. Tileuberdi
// took part in `): no clause that could tell of another time (`who`, `said`, `having`). A full stop there is an
// initial's or an abbreviation's, since the sentence goes on.
const PARTICIPATION_OBJECT = /^,\s+(?:(?!\b(?:who|which|that|whom|whose|when|where|while|after|before|since|having|said|stated|recalled|noted|announced|will|would|shall|and\s+then)\b)[^;:!?])*?\b(?:also\s+)?(?:took\s+part|participated|attended)\s+(?:in\s+)?$/;
// Before a meeting's mention: a meeting on whose sidelines another was held (` on the sidelines of `).
const SIDELINES = String.raw`(?:on|in|at)\s+the\s+(?:sidelines|margins|fringes)\s+of\s+$`;
const SIDELINES_BEFORE = new RegExp(String.raw`\b${SIDELINES}`);
// The same between a sentence's opening date and the meeting (`On 10 June 2024, on the sidelines of `).
const SIDELINES_OPENING = new RegExp(String.raw`^,\s+${SIDELINES}`);
// A sentence opening on its date or place (`On 20 September 2017, ...`, `In New Delhi on ...`).
const SENTENCE_OPENING = /^\s*(On|In)\s+/;
const SENTENCE_OPENING_WORDS = ['On', 'In'];
// Words after a meeting noun that make it no meeting's (`meeting rooms`, `the summit agenda`).
const NOT_MEETING = /^\s+(?:mechanisms?|formats?|rooms?|venues?|agenda|minutes|participants?|level)\b/;
const NOT_MEETING_WORDS = ['mechanism', 'format', 'room', 'venue', 'agenda', 'minutes', 'participant', 'level'];
// A group named at a complement's end (`... of the Nordic-Baltic Eight`), and the words that name no group there.
const GROUP_AT_END = /^(?:the\s+)?(?:Ministers\s+of\s+Foreign\s+Affairs|Foreign\s+Ministers|Heads\s+of\s+State|Heads\s+of\s+Government|Leaders)\s+of\s+the\s+(\p{Lu}[\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}\d'’-]*){0,3})$/u;
const NOT_A_GROUP = /^(?:Member|Participating|Parties|Contracting|States|Countries|Organi[sz]ation|Union|Commonwealth|Community)\b/;
// The head word of an organ named before a meeting noun (`the Security Council meeting`).
const ORGAN_HEAD = /^(?:Council|Assembly|Committee|Commission)$/;
// What an `of` after a meeting noun opens when it tells a time, not a body (`of the same day`, `of last week`).
const OF_A_TIME = /^(?:the\s+)?(?:same|following|previous|preceding|next|last|that|this)\s+(?:day|date|morning|afternoon|evening|week|month|year)\b/i;
// The `of` or `between` opening the complement that names a meeting's body.
const COMPLEMENT_OPENING = /^\s+(of|between)\s+/;
const COMPLEMENT_WORDS = ['of', 'between'];
// The meetings held alongside a summit, between it and its predicate (`... Summit and Related Summits were held`).
const RELATED_AFTER = /^\s+and\s+(?:the\s+)?[Rr]elated\s+(?:[Ss]ummits|[Mm]eetings|[Ee]vents)\b/;
// The words of `PREDICATE` start with these letters, which `mayOpenPredicate` asks first.
const PREDICATE_LEADS = 'twiasdhcobmp';
// `be held` after `proposed that`, `should be held`, `may be held`: a meeting to come, told in the subjunctive.
const PREDICATE = /^(?:\s*,)?\s+(?:(?:that|which)\s+(?:was|were|will\s+be|is)\s+|was\s+|were\s+|is\s+|are\s+|(?:will|would|should|shall|may|might|must|could)\s+be\s+|will\s+|would\s+|shall\s+|to\s+be\s+|be\s+|(?:(?:is|are)\s+)?to\s+(?=take\s)|scheduled\s+to\s+|due\s+to\s+be\s+)?(?:held|convened|conducted|take\s+place|took\s+place|taking\s+place|opened|scheduled|planned|taken\s+place)\b/;

/** Whether `PREDICATE` may match at `at`: blanks (a comma at most among them), then a word it starts with. */
function mayOpenPredicate(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  if (first !== 44 && !isWhiteSpace(first)) {
    return false;
  }
  let lead = codeAfterBlanks(text, at);
  if (lead === 44) {
    lead = codeAfterBlanks(text, text.indexOf(',', at) + 1);
  }
  return oneOf(lead, PREDICATE_LEADS);
}

/**
 * Finds the meetings a text reports or refers to, with their mentions. `documentYear`, the year of the document's
 * own date, resolves `this year`; `headingEnd` marks the end of the document's heading, whose meeting is the document's own.
 * The sentences (`sentencesOf`), paragraphs and meeting nouns (`findCueWords`) are the text's, passed when the caller
 * has them.
 */
export function findMeetings(
  text: string,
  lexicon: LexiconIndex,
  dates: readonly DateMention[],
  organizations: readonly OrganizationMention[],
  headingEnd: number,
  sentenceAt: SentenceAt = sentencesOf(text),
  paragraphs: readonly Range[] = findParagraphs(text),
  nouns: readonly MeetingNoun[] = findCueWords(text).nouns,
  documentYear?: number,
  officials: readonly OfficialMention[] = [],
  roles: readonly RoleMention[] = [],
): MeetingExtraction[] {
  const datesByStart = new Map<number, DateMention>();
  for (const d of dates) {
    datesByStart.set(d.start, d);
  }
  // The places and dates written at `at` (a topic not read), as most of this text's meetings read them.
  const locativesAt = (at: number): Locatives => readLocatives(text, at, datesByStart, lexicon, organizations, false, documentYear);
  // The organisation the text names most, counted where a meeting has no nearer owner (most have one).
  let documentOrganization: { readonly label: string | undefined } | undefined;
  const ofDocument = (): string | undefined => (documentOrganization ??= { label: mainOrganization(organizations) }).label;
  const drafts: Draft[] = [];
  // The places and dates joined by `and` or a comma after those read up to `from`, at most `most` of them, each as long as
  // `goesOn` accepts it: `in South Africa in 2025 and in the United States in 2026`.
  const conjunctLocatives = (from: number, most: number, goesOn: (where: Locatives) => boolean): { start: number; end: number; date: DateRange | undefined; place: string | undefined }[] => {
    const found: { start: number; end: number; date: DateRange | undefined; place: string | undefined }[] = [];
    for (let cursor = from; found.length < most; ) {
      const and = CONJUNCT.exec(text.slice(cursor, cursor + 8));
      const at = cursor + (and?.[0].length ?? 0);
      const next = and ? locativesAt(at) : undefined;
      if (next === undefined || !goesOn(next)) {
        break;
      }
      found.push({ start: skipBlanks(text, at), end: next.end, date: next.date, place: next.place });
      cursor = next.end;
    }
    return found;
  };
  // Owners are asked for every meeting noun; sentences and paragraphs are few, so each is read once.
  const auspicesOf = new Map<Range, string | null>();
  const paragraphOwners = new Map<number, string | null>();
  const ownerAt = (offset: number, sentence: Range | undefined, namedBody = false): string | undefined => {
    if (sentence) {
      let owner = auspicesOf.get(sentence);
      if (owner === undefined) {
        const auspices = AUSPICES.exec(text.slice(sentence.start, sentence.end));
        const written = auspices?.[1] ?? auspices?.[2];
        owner = written === undefined ? null : (lexicon.organizationOf(written) ?? written);
        auspicesOf.set(sentence, owner);
      }
      if (owner !== null) {
        return owner;
      }
    }
    // The paragraph's own organisation, else the nearest paragraph before it that names one.
    for (let i = rangeIndex(paragraphs, offset); i >= 0; i--) {
      let owner = paragraphOwners.get(i);
      if (owner === undefined) {
        const paragraph = paragraphs[i];
        owner = (paragraph ? mainOrganization(organizations, paragraph.start, paragraph.end) : undefined) ?? null;
        paragraphOwners.set(i, owner);
      }
      if (owner !== null) {
        return owner;
      }
    }
    // A body with a name of its own (`the Joint Commission`, `the High-Level Cooperation Council`) named before any
    // organisation is none's: it is often two states' (an organisation the text names later, ASEAN, was its owner).
    return namedBody ? undefined : ofDocument();
  };

  // The acronyms the text defines for a meeting (`the 56th ASEAN Foreign Ministers' Meeting (AMM)`), with its body.
  const acronymBodies = new Map<string, string>();
  // The parties of talks told by a verb, listed at the first such talks.
  let partiesOfText: TalksParty[] | undefined;
  // Whether an acronym stands before a year (`CHOGM 2022`), which the initials of a meeting's phrase may spell: only
  // then are they read.
  const spelledAcronyms = organizations.some((o) => isAcronym(text, o.start, o.end) && YEAR_AFTER.test(text.slice(o.end, o.end + 6)));
  for (const { start: nounStart, noun: writtenNoun } of withNumberedAcronyms(text, nouns, organizations)) {
    let noun = writtenNoun;
    // `the 55th AMM`: an acronym after an ordinal names a meeting of the body the text defined it for, else none.
    const acronym = isAcronym(noun, 0, noun.length);
    const acronymBody = acronym ? acronymBodies.get(noun) : undefined;
    if (acronym && acronymBody === undefined) {
      continue;
    }
    // `CHOGM 2022`: the year after an acronym is the mention's, and dates it.
    const yearAfter = acronym ? YEAR_AFTER.exec(text.slice(nounStart + noun.length, nounStart + noun.length + 6)) : null;
    const nounEnd = nounStart + noun.length + (yearAfter?.[0].length ?? 0);
    const sentence = sentenceAt(nounStart);
    if (
      isWhiteSpace(text.charCodeAt(nounEnd)) &&
      startsOneOf(text, skipBlanks(text, nounEnd), NOT_MEETING_WORDS) &&
      NOT_MEETING.test(text.slice(nounEnd, nounEnd + 40))
    ) {
      continue;
    }
    // The noun of an organisation's name (`the Conference on Interaction and ... in Asia`) names no meeting; a defined
    // acronym is read as an organisation's too.
    if (!acronym && rangeIndex(organizations, nounStart) >= 0) {
      continue;
    }
    // Pre-modifiers and determiner, read backwards on the same line.
    let start = nounStart;
    let premodifiers = '';
    let determiner: string | undefined;
    // `the Dushanbe meeting`: a place of the lexicon written before the noun, as an adjective.
    let placeBefore: string | undefined;
    // `the ASEAN Foreign Ministers' Meeting`, `the Pacific Islands Forum Leaders Meeting`: who meet, before the noun.
    const groupBefore = groupMayEndBefore(text, nounStart) ? GROUP_BEFORE.exec(text.slice(Math.max(0, nounStart - 40), nounStart)) : null;
    if (groupBefore?.[1] !== undefined) {
      start = nounStart - groupBefore[0].length;
    }
    // `the 44th and 45th ASEAN Summits`: the ordinals before the last one, each a meeting of its own, and where the
    // last one's phrase starts.
    let coordinated: CoordinatedOrdinals | undefined;
    // `the EU–China Summit`: the two parties of a summit, joined by a dash.
    let parties: string | undefined;
    let groupOwner: string | undefined;
    // `the Security Council meeting`: the organ that meets, written before the noun, is its body.
    let organBeforeNoun: string | undefined;
    // `its summit`: the organisation `its` stands for.
    let itsOwner: string | undefined;
    for (let guard = 0; guard < 5; guard++) {
      const before = wordBefore(text, start);
      // A quote or a bracket opening the phrase is no part of its first word.
      const opener = before?.word.charCodeAt(0);
      const word = opener === 34 || opener === 0x201c || opener === 40 ? before?.word.slice(1) : before?.word;
      if (!before || word === undefined) {
        break;
      }
      if (DETERMINER.test(word)) {
        determiner = word;
        start = before.start;
        // `the Organization of Turkic States ..., recalling the decisions of its summit held in Istanbul`: the meeting of
        // the last organisation the sentence names before it, as `the OTS summit` is.
        if ((word === 'its' || word === 'Its') && premodifiers === '' && organBeforeNoun === undefined && groupBefore === null && sentence !== undefined) {
          // Organisations' mentions do not overlap: the last one starting before `its` is the last one named before it.
          const last = organizations[firstStartingAt(organizations, before.start) - 1];
          if (last !== undefined && last.start >= sentence.start && last.end <= before.start) {
            const written = text.slice(last.start, last.end);
            itsOwner = lexicon.organizationOf(written) ?? written;
          }
        }
        break;
      }
      if (guard === 0 && groupBefore === null && ORGAN_HEAD.test(word)) {
        const prior = wordBefore(text, before.start);
        if (prior !== undefined && /^\p{Lu}\p{Ll}+$/u.test(prior.word) && !DETERMINER.test(prior.word) && rangeIndex(organizations, prior.start + 1) < 0) {
          organBeforeNoun = `${prior.word} ${word}`;
          start = prior.start;
          // `the CSTO Collective Security Council session`: the organ's name goes back over capitalised words to its
          // organisation's acronym, so that it is no `Security Council`.
          for (let more = wordBefore(text, start), words = 0; more !== undefined && words < 4; more = wordBefore(text, start), words++) {
            const named = organizations[rangeIndex(organizations, more.start)];
            const acronym = named !== undefined && named.start === more.start && named.end === more.start + more.word.length;
            // `the Peace and Security Council meeting`: capitalised words joined by `and`.
            const joined = more.word === 'and' && /^\p{Lu}\p{Ll}+$/u.test(wordBefore(text, more.start)?.word ?? '');
            if (!acronym && !joined && !(/^\p{Lu}\p{Ll}+$/u.test(more.word) && !DETERMINER.test(more.word) && rangeIndex(organizations, more.start + 1) < 0)) {
              break;
            }
            organBeforeNoun = `${more.word} ${organBeforeNoun}`;
            start = more.start;
            if (acronym) {
              break;
            }
          }
          continue;
        }
      }
      // An organisation's name is read whole, of several words (`the Pacific Islands Forum Leaders Meeting`) or one that
      // no premodifier reads (`the G20 Leaders' Summit`).
      const named = organizations[rangeIndex(organizations, before.start + before.word.length - 1)];
      if (named !== undefined && named.start <= before.start && named.end === before.start + before.word.length) {
        premodifiers = `${text.slice(named.start, named.end)} ${premodifiers}`;
        start = named.start;
        continue;
      }
      // `the Quad Leaders' Summit`: a group the lexicon does not know, named just before those who meet, owns the meeting.
      // `the 32nd Arab Summit`: the summits of the League of Arab States, named by their adjective.
      const adjectiveOwner = premodifiers === '' && groupOwner === undefined && groupBefore === null ? SUMMIT_ADJECTIVES.get(word) : undefined;
      if (adjectiveOwner !== undefined && /^Summits?$/.test(noun)) {
        groupOwner = lexicon.organizationOf(adjectiveOwner) ?? adjectiveOwner;
        premodifiers = word;
        start = before.start;
        continue;
      }
      if (groupBefore !== null && premodifiers === '' && groupOwner === undefined && /^\p{Lu}\p{Ll}+$/u.test(word) && !ORDINAL.test(word) && !PLACE_NAMES.has(word) && lexicon.stateOf(word) === undefined) {
        groupOwner = word;
        premodifiers = word;
        start = before.start;
        continue;
      }
      // `the EU–China Summit`, and a second party of two words: `the China-Central Asia Foreign Ministers' Meeting`, `the
      // EU-Western Balkans Summit` (a region, not the meeting's place).
      if (parties === undefined && premodifiers === '') {
        const joined = word.includes('-') ? undefined : wordBefore(text, before.start);
        const written = joined !== undefined && /[-–—]/.test(joined.word) ? [{ pair: `${joined.word} ${word}`, from: joined.start }] : [];
        written.push({ pair: word, from: before.start });
        const paired = written.map(({ pair, from }) => ({ parties: partiesOf(pair, lexicon), from })).find((p) => p.parties !== undefined);
        if (paired !== undefined) {
          parties = paired.parties;
          start = paired.from;
          continue;
        }
      }
      if (placeBefore === undefined) {
        // A place of three words (`the G20 Rio de Janeiro Summit`), then of two (`the New Delhi meeting`, `the Kuala
        // Lumpur summit`), before one of one word.
        const prior = wordBefore(text, before.start);
        const pair = prior === undefined ? undefined : `${prior.word} ${word}`;
        const third = prior === undefined ? undefined : wordBefore(text, prior.start);
        if (third !== undefined && PLACE_NAMES.has(`${third.word} ${pair}`)) {
          placeBefore = `${third.word} ${pair}`;
          start = third.start;
          continue;
        }
        if (prior !== undefined && pair !== undefined && PLACE_NAMES.has(pair)) {
          placeBefore = pair;
          start = prior.start;
          continue;
        }
        if (PLACE_NAMES.has(word)) {
          placeBefore = word;
          start = before.start;
          continue;
        }
      }
      if (word === 'and' && coordinated === undefined && PLURAL_SERIES_NOUN.test(noun) && ordinalOf(firstWord(premodifiers)) !== undefined) {
        coordinated = coordinatedOrdinals(text, before.start, start);
        if (coordinated !== undefined) {
          start = coordinated.ordinals[0]?.start ?? start;
          // The plural names one meeting per ordinal, each read as the singular is.
          noun = noun.slice(0, -1);
          continue;
        }
      }
      if (!(PREMODIFIER.test(word) || ORDINAL.test(word)) || lexicon.stateOf(word) !== undefined) {
        break;
      }
      premodifiers = `${word} ${premodifiers}`;
      start = before.start;
    }
    const talks = /^talks$/i.test(noun);
    const summit = /^summits?$/i.test(noun);
    // `the meetings of the Council held in Bishkek on 13 October 2023 and in Astana on 14 October 2022`: one meeting per
    // place and date it was held at, each read as the singular is.
    const heldConjuncts = coordinated === undefined && determiner !== undefined && PLURAL_SERIES_NOUN.test(noun) && HELD_CONJUNCTS.test(text.slice(nounEnd, nounEnd + 240));
    if (heldConjuncts) {
      noun = noun.slice(0, -1);
    }
    const plural = noun.endsWith('s') && !talks;
    const rest = text.slice(nounEnd, nounEnd + 400);

    // `We look forward to meeting again in Brazil in 2024`: the next meeting of the own meeting's series.
    const again = determiner === undefined && noun === 'meeting' ? /^\s+again\b/.exec(rest) : null;
    if (again) {
      const where = locativesAt(nounEnd + again[0].length);
      if (where.date !== undefined || where.place !== undefined) {
        drafts.push({ mentions: [{ start: nounStart, end: where.end }], body: undefined, date: where.date, place: where.place, extraordinary: false, own: false, anaphoric: true, relative: 'after', series: true });
        // `in South Africa in 2025 and in the United States in 2026`: the meeting after it too.
        for (const next of conjunctLocatives(where.end, 3, (w) => w.date !== undefined && w.place !== undefined)) {
          drafts.push({ mentions: [{ start: next.start, end: next.end }], body: undefined, date: next.date, place: next.place, extraordinary: false, own: false, anaphoric: true, relative: 'after', series: true });
        }
      }
      continue;
    }

    // `their meetings in Alma-Ata (1998), Bishkek (1999), Dushanbe (2000)`: one meeting per conjunct.
    if (plural) {
      const enumeration = /^\s+in\s+((?:\p{Lu}[\p{L}-]+\s*\((?:1[89]|2[01])\d\d\)(?:,\s*|\s+and\s+)?){2,})/u.exec(rest);
      if (enumeration?.[1] !== undefined && determiner !== undefined) {
        const base = nounEnd + enumeration[0].length - enumeration[1].length;
        const group = /(heads\s+of\s+state|heads\s+of\s+government|ministers)/i.exec(text.slice(sentence?.start ?? 0, nounStart));
        const owner = ownerAt(nounStart, sentence);
        const body = group ? normalizeBody('meeting', '', group[1] ?? '', owner) : owner === undefined ? undefined : `${owner} Meeting`;
        for (const item of enumeration[1].matchAll(/(\p{Lu}[\p{L}-]+)\s*\(((?:1[89]|2[01])\d\d)\)/gu)) {
          drafts.push({
            mentions: [{ start, end: nounEnd }, { start: base + item.index, end: base + item.index + item[0].length }],
            body,
            date: dateOf(Number(item[2])),
            place: item[1],
            extraordinary: false,
            own: false,
            anaphoric: false,
          });
        }
        continue;
      }
      if (determiner !== undefined && /^(?:these|These|both)$/.test(determiner)) {
        // `these meetings`: the meetings named just before in the same sentence.
        const earlier = drafts.filter((d) => sentence !== undefined && d.mentions.some((m) => m.start >= sentence.start && m.end <= nounStart));
        for (const draft of earlier) {
          draft.mentions.push({ start, end: nounEnd });
        }
      }
      continue;
    }

    // The `of ...` complement naming the body, up to a verb, a relative pronoun or a place or date phrase.
    let complement = '';
    let end = nounEnd;
    const ofOpening = isWhiteSpace(text.charCodeAt(nounEnd)) && startsOneOf(text, skipBlanks(text, nounEnd), COMPLEMENT_WORDS) ? COMPLEMENT_OPENING.exec(rest) : null;
    // `the Meeting of the same day`, `of that week`: a time, not a body.
    const of = ofOpening && !OF_A_TIME.test(text.slice(nounEnd + ofOpening[0].length, nounEnd + ofOpening[0].length + 40)) ? ofOpening : null;
    const between = of?.[1] === 'between';
    if (of) {
      let cursor = nounEnd + of[0].length;
      const words: string[] = [];
      // Whether the name has gone on to its subject (`Commission on Economic and Trade Cooperation`).
      let subject = false;
      for (let guard = 0; guard < 24; guard++) {
        // A short gloss in parentheses (`Council of Heads of Government (Prime Ministers) of ...`) is part of the name.
        GLOSS.lastIndex = cursor;
        const gloss = words.length > 0 && bracketAfter(text, cursor) ? GLOSS.exec(text) : null;
        if (gloss && gloss[0].length <= 80) {
          words.push(gloss[0].trim());
          cursor += gloss[0].length;
          continue;
        }
        const word = cursor < headingEnd ? WORD_IN_HEADING : WORD_IN_PARAGRAPH;
        word.lastIndex = cursor;
        const w = word.exec(text);
        if (!w?.[1]) {
          break;
        }
        const token = w[1];
        const after = w.index + w[0].length;
        // An organisation's name is read whole: its `on`, `in` and `and` end no body's name (`the Summit of the
        // Conference on Interaction and Confidence Building Measures in Asia`).
        const tokenStart = after - token.length;
        const named = organizations[firstStartingAt(organizations, tokenStart)];
        if (named !== undefined && named.start === tokenStart && named.end > tokenStart + token.length) {
          words.push(text.slice(tokenStart, named.end));
          cursor = named.end;
          continue;
        }
        // Across a blank line of the front matter, the name goes on only where it was cut (`... of` / `## the
        // Shanghai ...`): a capitalised line after a complete name is the next line (`Moscow, 12 May 2003`).
        if (word === WORD_IN_HEADING && BLANK_LINE.test(text.slice(cursor, tokenStart)) && /^\p{Lu}/u.test(token) && !CUT_AFTER.test(words[words.length - 1] ?? '')) {
          break;
        }
        if (between && token.length === 1 && text.charCodeAt(after) === 46 && /\p{Lu}/u.test(token)) {
          // `talks between President N. Nazarbayev and ...`: a party's initial, its full stop ending no sentence.
          words.push(`${token}.`);
          cursor = after + 1;
          continue;
        }
        if (between && token === 'and' && !words.includes('and')) {
          // `talks between President A and President B`: the second party belongs to the phrase.
          words.push(token);
          cursor = after;
          continue;
        }
        if (COMPLEMENT_STOP.has(token) && !(token === 'in' && /^\s+charge\b/i.test(text.slice(after, after + 8)))) {
          if (token === 'and' && /^\s+(?!the\b|a\b|an\b|their\b)[\p{L}]/u.test(text.slice(after, after + 12)) && !/^\s+\p{Lu}/u.test(text.slice(after, after + 3))) {
            words.push(token);
            cursor = after;
            continue;
          }
          // `the Peace and Security Council`: capitalised words joined by `and` up to the body's noun are one name;
          // `between A and B` names both parties.
          const previous = words[words.length - 1] ?? '';
          if (
            token === 'and' &&
            /^\p{Lu}/u.test(previous) &&
            (NAME_AND_BODY.test(text.slice(after, after + 60)) || (subject && /^\s+\p{Lu}/u.test(text.slice(after, after + 3))))
          ) {
            words.push(token);
            cursor = after;
            continue;
          }
          if (token === 'and' && words.includes('between') && !words.slice(words.lastIndexOf('between')).includes('and')) {
            words.push(token);
            cursor = after;
            continue;
          }
          // `the Intergovernmental Commission on Economic Cooperation`, `the Council for Trade`: a body's subject.
          if ((token === 'on' || token === 'for') && NAMED_BODY_NOUN.test(previous) && /^\s+\p{Lu}/u.test(text.slice(after, after + 3)) && !datesByStart.has(skipBlanks(text, after)) && !WEEKDAY.test(text.slice(skipBlanks(text, after), skipBlanks(text, after) + 12))) {
            subject = true;
            words.push(token);
            cursor = after;
            continue;
          }
          // `of the SCO in Moscow in 2020`: an `in` that opens a place or a date ends the name, and the locatives follow.
          if (token === 'in' && locativesAt(cursor).end > cursor) {
            break;
          }
          if (token === 'of' || token === 'in') {
            words.push(token);
            cursor = after;
            continue;
          }
          break;
        }
        if (datesByStart.has(tokenStart)) {
          break;
        }
        words.push(token);
        cursor = after;
      }
      while (words.length > 0 && /^(?:of|in|the|and)$/.test(words[words.length - 1] ?? '')) {
        words.pop();
        cursor = text.lastIndexOf(' ', cursor - 1);
      }
      // `the Commission on Economic Cooperation between Uzbekistan and Azerbaijan`: the parties of a named body are no
      // part of its name, though the phrase goes on to them.
      const parties = between ? -1 : words.indexOf('between');
      if (parties > 0 && words.slice(0, parties).some((w) => NAMED_BODY_NOUN.test(w))) {
        words.length = parties;
      }
      if (words.length > 0) {
        complement = between ? `between ${words.join(' ')}` : words.join(' ');
        end = cursor;
      }
    }
    if (complement === '' && organBeforeNoun !== undefined) {
      complement = organBeforeNoun;
    }
    const complementEnd = end;
    // The place and date may follow the meetings held with it (`... Summits and Related Summits in Vientiane on ...`).
    const relatedBefore = codeAfterBlanks(text, end) === 97 ? RELATED_AFTER.exec(text.slice(end, end + 40)) : null;
    const afterRelated = relatedBefore ? readLocatives(text, end + relatedBefore[0].length, datesByStart, lexicon, organizations, complement === '', documentYear) : undefined;
    const attached =
      afterRelated !== undefined && (afterRelated.date !== undefined || afterRelated.place !== undefined)
        ? afterRelated
        : readLocatives(text, end, datesByStart, lexicon, organizations, complement === '', documentYear);
    end = attached.end > end ? attached.end : end;
    let date = attached.date;
    let place = attached.place ?? placeBefore;
    // `President A held talks with President B in Beijing`: talks told by a verb, between its subject and the party
    // after `with`, are a meeting of the two; the phrase runs on to that party and the place and date after it.
    // `A held a meeting with B`: a meeting told by a verb, as talks are.
    const aMeeting = (determiner === 'a' || determiner === 'an') && /^meeting$/i.test(noun);
    const verb =
      ((talks && determiner === undefined) || aMeeting) && complement === '' && sentence !== undefined && (officials.length > 0 || roles.length > 0) ? talksVerbBefore(text, nounStart, aMeeting) : undefined;
    const verbal =
      verb && sentence
        ? talksParties(text, verb, nounEnd, sentence, (partiesOfText ??= talksPartiesOf(officials, roles)), locativesAt)
        : undefined;
    if (verbal) {
      end = Math.max(end, verbal.end);
      date ??= verbal.date;
      place ??= verbal.place;
    }
    // A defining parenthesis (`(hereinafter referred to as "the SCO")`, an acronym: `(AMM)`) sits between a meeting
    // and its predicate.
    const next = codeAfterBlanks(text, end);
    const definition = next === 40 ? /^\s*\((?:(?:hereinafter|henceforth|hereafter)[^)]*|\p{Lu}[\p{L}\d]{1,7})\)/u.exec(text.slice(end, end + 300)) : null;
    // So does a short description set off by commas (`, the first since the pandemic,`).
    const appositive = definition || next !== 44 ? null : APPOSITIVE.exec(text.slice(end, end + 80));
    const describedEnd = end + (definition ? definition[0].length : 0) + (appositive ? appositive[0].length - 1 : 0);
    // And the meetings held with it (`The 43rd ASEAN Summit and Related Summits were held in Jakarta`).
    const related = next === 97 ? RELATED_AFTER.exec(text.slice(describedEnd, describedEnd + 40)) : null;
    const predicateAt = describedEnd + (related ? related[0].length : 0);
    const predicate = mayOpenPredicate(text, predicateAt) ? PREDICATE.exec(text.slice(predicateAt, predicateAt + 60)) : null;
    // The places and dates after the first one of a plural (`... and in Astana on 14 October 2022`), one meeting each.
    let conjuncts: { start: number; end: number; date: DateRange | undefined; place: string | undefined }[] = [];
    if (predicate) {
      const more = locativesAt(predicateAt + predicate[0].length);
      date ??= more.date;
      place ??= more.place;
      if (heldConjuncts) {
        conjuncts = conjunctLocatives(more.end, 4, (w) => w.date !== undefined || w.place !== undefined);
      }
    }
    // `On 20 September 2017, the Extraordinary Meeting ...`, `On April 14, 2023 in New Delhi, the meeting ...`: a
    // date (and place) opening the sentence dates (and places) its subject.
    const opening = sentence && (date === undefined || place === undefined) ? sentenceOpening(text, sentence, datesByStart, lexicon, organizations) : undefined;
    // A comma or a dash ends the opening: `On 9 June 2017 — in Astana — the meeting ...`.
    const subject = opening !== undefined && /^(?:,|\s*[—–])?\s*$/.test(text.slice(opening.end, start));
    if (opening && date === undefined) {
      const between = text.slice(opening.end, start);
      // `On 10 September 2020, Moscow hosted the meeting ...`: the host city stands between date and meeting.
      const host = subject ? null : /^(?:,|\s*[—–])?\s*(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+hosted\s+$/u.exec(between);
      // `On 29 July 2022, the Minister ... took part in the meeting of ...`: a named meeting its subject took part in.
      const object = !subject && !host && complement !== '' && between.length < 300 && PARTICIPATION_OBJECT.test(between);
      // `On 10 June 2024, on the sidelines of the BRICS Foreign Ministers' Meeting in ...`: what the sentence tells
      // happened during the meeting, which was held that day.
      const sidelines = !subject && !host && SIDELINES_OPENING.test(between);
      if (subject || host || object || sidelines || verbal) {
        date = opening.date;
        place ??= host?.[1] === undefined ? opening.place : (lexicon.stateOf(host[1]) ?? host[1]);
      }
    } else if (opening && (subject || verbal)) {
      place ??= opening.place;
    }
    // `held in New York during the 72nd Session of ...`: the session is where and when the other meeting was.
    if (sentence && wordEndsBefore(text, start, 'during', Math.max(sentence.start, start - 10)) && /\bduring\s+$/.test(text.slice(Math.max(sentence.start, start - 10), start))) {
      const inside = text.slice(sentence.start, start);
      const sentenceDate = dates.find((d) => d.start >= sentence.start && d.end <= start);
      if (date === undefined && sentenceDate) {
        date = dateOf(Number(sentenceDate.date.from.slice(0, 4)));
      }
      const heldIn = /\bin\s+(?=\p{Lu})/u.exec(inside);
      if (place === undefined && heldIn) {
        place = placeAt(text, sentence.start + heldIn.index + heldIn[0].length, lexicon, organizations)?.place;
      }
    }

    // `We ... gathered in Kazan, Russian Federation, on 22–24 October 2024 for the XVI BRICS Summit`: the subject met
    // there and then for the meeting, which was so held.
    const gatheredFrom = Math.max(sentence?.start ?? 0, start - 200);
    let gathered =
      sentence && (date === undefined || place === undefined) && (wordEndsBefore(text, start, 'for', gatheredFrom) || wordEndsBefore(text, start, 'at', gatheredFrom) || (wordEndsBefore(text, start, 'of', gatheredFrom) && OCCASION_OF.test(text.slice(Math.max(gatheredFrom, start - 24), start))))
        ? GATHERED_FOR.exec(text.slice(gatheredFrom, start))
        : null;
    if (gathered) {
      const where = locativesAt(start - gathered[0].length + gathered[0].indexOf(gathered[1] ?? '') + (gathered[1]?.length ?? 0));
      const tie = start - (gathered[0].length - gathered[0].lastIndexOf(gathered[2] ?? ''));
      if (/^[\s,]*$/.test(text.slice(where.end, tie))) {
        date ??= where.date;
        place ??= where.place;
      } else {
        gathered = null;
      }
    }
    // `the 2002 meeting of heads of state`: a year written before the noun dates the meeting.
    const yearBefore = premodifiers === '' ? null : /\b((?:1[89]|2[01])\d\d)\b/.exec(premodifiers);
    if (date === undefined && yearBefore?.[1] !== undefined) {
      date = dateOf(Number(yearBefore[1]));
    }
    if (date === undefined && yearAfter?.[1] !== undefined) {
      date = dateOf(Number(yearAfter[1]));
    }
    const extraordinary =
      /extraordinary|emergency/i.test(premodifiers) ||
      (wordEndsBefore(text, start, 'Extraordinary', Math.max(0, start - 14)) && /^Extraordinary$/.test(text.slice(Math.max(0, start - 14), start).trim()));
    const unnamedCouncil = complement !== '' && UNNAMED_COUNCIL.test(complement);
    const ownerInPhrase = organizationIn(text, start, end, organizations) ?? itsOwner;
    const needsOwner = !talks && !between && !unnamedCouncil && !(complement !== '' && /Assembly|Security Council\b/.test(complement));
    // Who meet, written before the noun, are read as the complement would be (`Leaders` are heads of state).
    const group = complement === '' && groupBefore?.[1] !== undefined ? groupBefore[1].replace(/^Leaders$|\s+and\s+Government$/, (w) => (w === 'Leaders' ? 'heads of state' : '')) : undefined;
    // `the Ministers of Foreign Affairs of the Nordic-Baltic Eight`: a group the lexicon does not know, named at the
    // complement's end, owns the meeting, not an organisation the text names elsewhere.
    const namedGroup = ownerInPhrase === undefined && groupOwner === undefined ? GROUP_AT_END.exec(complement) : null;
    const unknownGroup = namedGroup?.[1] !== undefined && lexicon.stateOf(namedGroup[1]) === undefined && !NOT_A_GROUP.test(namedGroup[1]) ? namedGroup[1] : undefined;
    const namedBody = complement !== '' && NAMED_BODY_NAME.test(complement) && !STATE_COUNCIL.test(complement);
    let owner = ownerInPhrase ?? groupOwner ?? unknownGroup ?? (needsOwner && (complement !== '' || attached.topic !== undefined || group !== undefined) ? ownerAt(nounStart, sentence, namedBody) : undefined);
    // The United Nations have no council of heads of state or government, nor of foreign ministers: one that a
    // paragraph citing a UN resolution leads to is the text's organisation's (`UNSC Council of Heads of State` was).
    if (ownerInPhrase === undefined && owner !== undefined && UN_ORGANS.has(owner) && STATE_COUNCIL.test(complement)) {
      const main = ofDocument();
      owner = main !== undefined && !UN_ORGANS.has(main) ? main : undefined;
    }
    // `the meeting of the two heads of state`: read once, for the body and for the draft's mark.
    const counted = countedBody(complement);
    let body =
      acronymBody ??
      (parties !== undefined && complement === ''
        ? `${parties} ${titleCase(noun)}`
        : unnamedCouncil
          ? 'Council'
          : group !== undefined
            ? normalizeBody('meeting', '', group, owner)
            : (counted ?? summitBody(text, noun, complement, nounEnd + (of?.[0].length ?? 0), complementEnd, organizations) ?? normalizeBody(noun, premodifiers, complement, owner, (name) => partyOf(name, lexicon))));
    // `the 33rd ordinary session of the Council of the League of Arab States at the summit level`: the organisation's
    // summit, the meeting of its heads of state.
    if (owner !== undefined && body === `${owner} Council` && SUMMIT_LEVEL.test(text.slice(complementEnd, complementEnd + 30))) {
      body = headsOfState(owner);
    }
    if (body === undefined && attached.topic !== undefined) {
      const kind = premodifiers.split(/\s+/).filter((w) => /^[a-z]/.test(w) && !/^(?:next|upcoming|forthcoming|regular|recent|last|previous)$/.test(w));
      body = `${owner === undefined ? '' : `${owner} `}${titleCase(`${kind.join(' ')} ${noun}`.trim())} on ${attached.topic}`;
    }
    if (verbal && parties === undefined) {
      body = talksBody(verbal.first, verbal.second, talks ? 'talks' : 'meeting');
    }
    if (body === undefined && talks) {
      body = normalizeBody(noun, premodifiers, '', undefined);
    }
    // `The two leaders held bilateral talks`: talks that name neither their parties nor a body are no meeting to list
    // (a row `Bilateral Talks`, undated, that no text reports).
    if (talks && verbal === undefined && parties === undefined && body !== undefined && BARE_TALKS.test(body)) {
      continue;
    }
    // `the Joint Commission on Trade ..., which held its fifth meeting in Putrajaya`: the body the relative clause is of.
    if (body === undefined && (determiner === 'its' || determiner === 'their') && complement === '') {
      const whose = NAMED_BODY_WHICH.exec(text.slice(Math.max(sentence?.start ?? 0, start - 200), start));
      if (whose?.[1] !== undefined) {
        body = normalizeBody('meeting', '', whose[1], undefined);
      }
      // `the decisions of the Committee of Ministers adopted at its 132nd Session`, `The Council of Europe Committee of
      // Ministers, at its 133rd Session`: the body named just before, whose session it is (not the own meeting's series).
      const from = Math.max(sentence?.start ?? 0, start - 120);
      const organ = body === undefined && (wordEndsBefore(text, start, 'at', from) || wordEndsBefore(text, start, 'during', from)) ? ORGAN_BEFORE_ITS.exec(text.slice(from, start)) : null;
      if (organ?.[1] !== undefined) {
        const organStart = from + organ.index + organ[0].indexOf(organ[1]);
        const owner = organizationIn(text, organStart, organStart + organ[1].length, organizations) ?? ownerAt(organStart, sentence);
        body = normalizeBody('meeting', '', organ[1], owner);
      }
    }
    const ordinal = ordinalOf(premodifiers);
    // `the 3rd CICA meeting in Astana`: a meeting only its organisation names (and which words number), held somewhere or
    // some time, is that organisation's meeting where it refers to no meeting of the text.
    const organization =
      body === undefined && ownerInPhrase !== undefined && /^(?:meeting|session)$/i.test(noun) && (date !== undefined || place !== undefined) && complement === '' && onlyOrganizationBefore(text, premodifiers, start, nounStart, organizations)
        ? { label: ownerInPhrase, noun: titleCase(noun) }
        : undefined;
    const generic = determiner !== undefined && /^(?:a|A|an|An)$/.test(determiner) && date === undefined && place === undefined && verbal === undefined;
    if (generic || (determiner === undefined && body === undefined)) {
      continue;
    }
    // Reported as held, as the subject of its sentence (after an opening date at most): `The Ministers recalled that
    // the meeting was held ...` refers to a meeting; so do the previous and the next one.
    const relative = premodifiers === '' ? undefined : BEFORE.test(premodifiers) ? 'before' : AFTER.test(premodifiers) ? 'after' : undefined;
    const reported =
      (verbal !== undefined && verb?.planned === false) ||
      (gathered !== null && relative === undefined && (date !== undefined || place !== undefined)) ||
      (predicate !== null &&
      sentence !== undefined &&
      HELD.test(text.slice(predicateAt, predicateAt + 60)) &&
      relative === undefined &&
      (subject || /^\s*(?:(?:On|In)\s+[^,.;]{1,40},\s*)?$/.test(text.slice(sentence.start, start))));
    const draft: Draft = { mentions: [{ start, end }], body, date, place, extraordinary, own: false, anaphoric: body === undefined };
    if (counted !== undefined && body === counted) {
      draft.counted = true;
    }
    if (reported) {
      draft.reported = reported;
    } else if ((predicate !== null && PLANNED.test(predicate[0])) || (verbal !== undefined && verb?.planned === true)) {
      draft.planned = true;
    }
    if (relative) {
      draft.relative = relative;
    }
    // `the 43rd session`, numbered as the own meeting is in its series, is another meeting of that series.
    // `the New Delhi Summit`: a summit named by its place alone is one of the series too, in a text of summits.
    if (body === undefined && (((SERIES.test(premodifiers) || ordinal !== undefined) && SERIES_NOUN.test(noun)) || (placeBefore !== undefined && noun === 'Summit'))) {
      draft.series = true;
    }
    if (ordinal !== undefined) {
      draft.ordinal = ordinal;
    }
    if (summit) {
      draft.summit = true;
    }
    if (unnamedCouncil) {
      draft.unnamedCouncil = unnamedCouncil;
    }
    if (organization !== undefined) {
      draft.organization = organization;
    }
    if (coordinated === undefined) {
      drafts.push(draft);
      for (const c of conjuncts) {
        drafts.push({ ...draft, mentions: [{ start: c.start, end: c.end }], date: c.date, place: c.place });
      }
    } else {
      // The first ordinal's span holds the determiner, the last one's the rest of the phrase; the others their ordinal.
      coordinated.ordinals.forEach((o, i) => drafts.push({ ...draft, mentions: [{ start: i === 0 ? start : o.start, end: o.end }], ordinal: o.ordinal, coordinated: start }));
      drafts.push({ ...draft, mentions: [{ start: coordinated.last, end }], coordinated: start });
    }
    const defined = definition === null ? undefined : DEFINED_ACRONYM.exec(definition[0])?.[1];
    if (defined !== undefined && body !== undefined) {
      acronymBodies.set(defined, body);
    }
    // `the Commonwealth Heads of Government Meeting`: the initials of a phrase in capitals name it too (`CHOGM 2022`).
    const initials = body === undefined || acronym || !spelledAcronyms ? undefined : initialsOf(text, start, nounEnd);
    if (initials !== undefined && body !== undefined && !acronymBodies.has(initials)) {
      acronymBodies.set(initials, body);
    }
  }

  // The paragraphs are in text order: the first after the heading is found by binary search.
  const opening = paragraphs[firstStartingAt(paragraphs, headingEnd)];
  drafts.push(...verbalOwnMeeting(text, headingEnd, opening, sentenceAt, lexicon, organizations, datesByStart, drafts));
  // `On 5 February 2022, A met with B in Beijing`: a readout's first sentence tells its own meeting by the verb alone.
  const metWith = opening && (officials.length > 0 || roles.length > 0) ? metWithMeeting(text, headingEnd, opening, sentenceAt, drafts) : undefined;
  if (metWith) {
    const parties = talksParties(text, metWith, metWith.end, metWith.sentence, partiesOfText ?? talksPartiesOf(officials, roles), locativesAt);
    if (parties) {
      const opened = parties.date === undefined || parties.place === undefined ? sentenceOpening(text, metWith.sentence, datesByStart, lexicon, organizations) : undefined;
      // Met on the sidelines of a meeting of the sentence: where that one was held.
      const hostMeeting = metWith.sidelines && drafts.find((d) => d.mentions.some((m) => m.start >= metWith.sentence.start && m.start < metWith.start));
      drafts.push({
        mentions: [{ start: metWith.start, end: parties.end }],
        body: talksBody(parties.first, parties.second, 'meeting'),
        date: parties.date ?? opened?.date,
        place: parties.place ?? opened?.place ?? (hostMeeting ? hostMeeting.place : undefined),
        extraordinary: false,
        own: true,
        anaphoric: false,
        reported: true,
      });
    }
  }
  // `A and B will meet again in Amman on 12-13 November 2023`: a meeting to come, told by the verb and its parties.
  if (officials.length > 1 || roles.length > 0) {
    for (let at = text.indexOf(' will meet', headingEnd); at >= 0; at = text.indexOf(' will meet', at + 10)) {
      const verb = WILL_MEET.exec(text.slice(at, at + 24));
      const sentence = verb ? sentenceAt(at) : undefined;
      const parties = verb && sentence ? talksParties(text, { start: at + 1, end: at + verb[0].length, planned: true }, at + verb[0].length, sentence, (partiesOfText ??= talksPartiesOf(officials, roles)), locativesAt) : undefined;
      if (parties) {
        drafts.push({ mentions: [{ start: at + 1, end: parties.end }], body: talksBody(parties.first, parties.second, 'meeting'), date: parties.date, place: parties.place, extraordinary: false, own: false, anaphoric: false, planned: true });
      }
    }
  }
  let firstSentence: Range | undefined;
  if (opening && drafts.some((d) => d.reported || d.planned)) {
    // A numbered paragraph (`1. The meeting ... was held`) opens with its number, which is no sentence of its own.
    const number = PARAGRAPH_NUMBER.exec(text.slice(opening.start, opening.start + 8));
    firstSentence = sentenceAt(opening.start + (number?.[0].length ?? 0));
  }
  const dateline = drafts.length > 0 ? datelineOf(text, headingEnd, opening, datesByStart, dates, lexicon, sentenceAt) : undefined;
  // A meeting the front matter names is the one the text is dated at, before the mentions of others join it.
  for (const draft of drafts) {
    if (dateline && draft.body !== undefined && (draft.mentions[0]?.start ?? Infinity) < headingEnd && datedAt(draft, dateline)) {
      draft.datelined = true;
    }
  }
  ownedAsBefore(drafts, organizations);
  subjectAsBefore(drafts);
  const merged = mergeDrafts(drafts, headingEnd, firstSentence);
  if (dateline) {
    // Else the own meeting, or one that the dateline's sentence names (which becomes the own).
    const { sentence } = dateline;
    const named = merged.find((m) => m.own) ?? (sentence ? merged.find((m) => m.body !== undefined && (m.mentions[0]?.start ?? -1) >= sentence.start && (m.mentions[0]?.start ?? Infinity) < sentence.end) : undefined);
    if (named && datedAt(named, dateline)) {
      named.own = true;
    } else if (named?.own === true && named.place === undefined && named.date !== undefined && datesOverlap(named.date, dateline.date)) {
      // `EUROPEAN COUNCIL MEETING (27 AND 28 JUNE 2024)` over `Brussels, 28 June 2024`: dated, placed by the dateline.
      named.place = dateline.place;
    }
    // `Beijing, May 16, 2024` over an opening paragraph that tells, after a state visit, `Xi Jinping held talks with
    // Vladimir Putin in Beijing on May 16, 2024`: the meeting held where and when the text is dated, in whatever
    // sentence of that paragraph, is the text's own.
    const held =
      opening === undefined || merged.some((m) => m.own)
        ? undefined
        : merged.find((m) => {
            const at = m.mentions[0]?.start ?? -1;
            return m.reported === true && m.date !== undefined && datesOverlap(m.date, dateline.date) && (m.place === undefined || placesAgree(m.place, dateline.place)) && at >= opening.start && at < opening.end;
          });
    if (held) {
      held.own = true;
    }
  }
  // The drafting marks stay here: the extraction is stored and compared field by field, so only its fields are copied.
  const meetings = objectList<MeetingExtraction>();
  for (const { mentions, body, date, place, extraordinary, own, ordinal } of merged) {
    meetings.push({ mentions, body, date, place, extraordinary, own, ordinal });
  }
  return meetings;
}

// A place's name in a dateline: up to three capitalised words, with the lower-case particles some names have between
// them (`Rio de Janeiro`, `Dar es Salaam`, `Port of Spain`).
const PLACE_PARTICLES = 'de|da|do|dos|das|del|della|di|du|des|es|el|la|le|al|am|an|der|of|on|upon|sur|pri';
// A particle between two words of a place written in capitals (`DAR ES SALAAM` is `Dar es Salaam`).
const PARTICLE_INSIDE = new RegExp(String.raw`(?<=\s)(?:${PLACE_PARTICLES})(?=\s)`, 'giu');
const PLACE_WORDS = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:${PLACE_PARTICLES})[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,2}`;
// A dateline's place: a few capitalised words (`Rarotonga`, `NEW DELHI`), and the state after a comma (`, Cook Islands`).
const DATELINE_PLACE = new RegExp(String.raw`^[ \t]*(${PLACE_WORDS})(?:,[ \t]*${PLACE_WORDS})?(?:,|[ \t]+[–—-])?[ \t]*$`, 'u');
// A dateline opening the first paragraph (`NEW DELHI, 10 September 2023 —`, `Doha, 5 December 2023:`), up to its date.
const INLINE_DATELINE = new RegExp(String.raw`^(${PLACE_WORDS})(?:,[ \t]+${PLACE_WORDS})?,[ \t]+`, 'u');
const DATELINE_END = /^[ \t]*(?:[—–:-]|\r?\n|$)/;

/** The place of a dateline as the meeting's (`NEW DELHI` gives `New Delhi`; a state its short name). */
function datelinePlace(written: string, lexicon: LexiconIndex): string {
  const place = /\p{Ll}/u.test(written)
    ? written
    : written
        .toLowerCase()
        .replace(/(^|[\s-])(\p{Ll})/gu, (_m, before: string, c: string) => before + c.toUpperCase())
        .replace(PARTICLE_INSIDE, (particle) => particle.toLowerCase());
  return lexicon.stateOf(place) ?? place;
}

interface Dateline {
  readonly date: DateRange;
  readonly place: string;
  /** The sentence a dateline opening the first paragraph stands in. */
  readonly sentence: Range | undefined;
}

/**
 * The place and day a text is dated at: under the heading (`Rarotonga, Cook Islands` / `6–10 November 2023`, `Saturday
 * 1 June 2024, Singapore`) or opening the first paragraph (`NEW DELHI, 10 September 2023 —`, `Doha, 5 December 2023:`).
 */
function datelineOf(
  text: string,
  headingEnd: number,
  opening: Range | undefined,
  datesByStart: ReadonlyMap<number, DateMention>,
  dates: readonly DateMention[],
  lexicon: LexiconIndex,
  sentenceAt: SentenceAt,
): Dateline | undefined {
  const inline = opening ? INLINE_DATELINE.exec(text.slice(opening.start, opening.start + 80)) : null;
  const inlineDate = opening && inline ? datesByStart.get(opening.start + inline[0].length) : undefined;
  if (opening && inline?.[1] !== undefined && inlineDate && namesDays(inlineDate.date) && DATELINE_END.test(text.slice(inlineDate.end, inlineDate.end + 4))) {
    return { date: inlineDate.date, place: datelinePlace(inline[1], lexicon), sentence: sentenceAt(opening.start) };
  }
  for (const d of dates) {
    if (d.end > headingEnd) {
      break;
    }
    if (!namesDays(d.date)) {
      continue;
    }
    // The place before the date on its line, after it (`1 June 2024, Singapore`), or alone on the line above.
    const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    const lineEnd = text.indexOf('\n', d.end);
    const before = text.slice(lineStart, d.start).replace(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*/, '');
    const after = text.slice(d.end, lineEnd < 0 ? text.length : lineEnd).replace(/^,/, '');
    const above = lineStart > 1 ? text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1) : '';
    const written = before.trim() !== '' ? DATELINE_PLACE.exec(before)?.[1] : after.trim() !== '' ? DATELINE_PLACE.exec(after)?.[1] : DATELINE_PLACE.exec(above)?.[1];
    if (written !== undefined && (before.trim() === '' || after.trim() === '')) {
      return { date: d.date, place: datelinePlace(written, lexicon), sentence: undefined };
    }
  }
  return undefined;
}

/**
 * Gives a meeting the text reports where it is dated the dateline's day, and its place when it has none; not one told
 * elsewhere (its place another), already dated, or told before or after the text's (`the next meeting`).
 */
function datedAt(meeting: Draft, dateline: Dateline): boolean {
  if (meeting.date !== undefined || meeting.relative !== undefined || (meeting.place !== undefined && !placesAgree(meeting.place, dateline.place))) {
    return false;
  }
  meeting.date = dateline.date;
  meeting.place = joinedPlace(meeting.place, dateline.place);
  return true;
}

/** The organisation named inside a meeting phrase (`the SCO's Council of Heads of State`), if any. */
/** Whether a meeting may be one its organisation names (`the SCO meeting in 2019`): one of no other organisation's body. */
function ofOrganization(meeting: Draft, organization: string | undefined): boolean {
  return organization === undefined || meeting.body === undefined || ` ${meeting.body} `.includes(` ${organization} `);
}

/** Whether the words before a meeting noun are an organisation's name and words that number a meeting (`3rd CICA`). */
function onlyOrganizationBefore(text: string, premodifiers: string, start: number, nounStart: number, organizations: readonly OrganizationMention[]): boolean {
  const own = premodifiers.split(/\s+/).filter((w) => w !== '' && !SERIES_WORD.test(w)).join(' ');
  const named: string[] = [];
  for (let i = firstStartingAt(organizations, start); i < organizations.length; i++) {
    const organization = organizations[i];
    if (organization === undefined || organization.end > nounStart) {
      break;
    }
    named.push(collapseBlanks(text.slice(organization.start, organization.end)));
  }
  return own !== '' && own === named.join(' ');
}

function organizationIn(_text: string, start: number, end: number, organizations: readonly OrganizationMention[]): string | undefined {
  // In text order: the first that starts in the phrase is the one, found by binary search (a long text names hundreds).
  const first = organizations[firstStartingAt(organizations, start)];
  return first !== undefined && first.end <= end ? first.label : undefined;
}

/** When and where a sentence opens: its date, the place written with it, and where they end (before the comma). */
interface SentenceOpening {
  readonly date: DateRange;
  readonly place: string | undefined;
  readonly end: number;
}

/**
 * The date a sentence opens with, and the place written with it, if any: `On 20 September 2017, ...`, `On April 14,
 * 2023 in New Delhi, ...`, `In New Delhi on 14 April 2023, ...`.
 */
function sentenceOpening(text: string, sentence: Range, datesByStart: ReadonlyMap<number, DateMention>, lexicon: LexiconIndex, organizations: readonly OrganizationMention[]): SentenceOpening | undefined {
  const opening = startsOneOf(text, skipBlanks(text, sentence.start), SENTENCE_OPENING_WORDS) ? SENTENCE_OPENING.exec(text.slice(sentence.start, sentence.start + 6)) : null;
  if (!opening) {
    return undefined;
  }
  const at = sentence.start + opening[0].length;
  const date = datesByStart.get(at);
  const place = date === undefined && opening[1] === 'In' ? placeAt(text, at, lexicon, organizations) : undefined;
  if (date === undefined && place === undefined) {
    return undefined;
  }
  const more = readLocatives(text, date?.end ?? place?.end ?? at, datesByStart, lexicon, organizations, false, undefined);
  const when = date?.date ?? more.date;
  return when === undefined ? undefined : { date: when, place: place?.place ?? more.place, end: more.end };
}

// The subject of `held its meeting` that is a body of its own name: capitalised words up to its noun, with its subject
// (`on Trade`), and its parties after `between`, which are no part of the name.
const NAMED_BODY = String.raw`\b(?:The|the)\s+((?:\p{Lu}[\p{L}'’-]*\s+(?:and\s+(?=\p{Lu}))?){0,4}(?:Commission|Committee|Council|Board|Forum|Group)(?:\s+(?:on|for)\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*)?)(?:\s+between\s+[^,.;]*)?`;
// The organ whose session `its` is, named just before `at its` or `during its` (`the Committee of Ministers adopted at`).
const ORGAN_BEFORE_ITS = /\b(?:The|the)\s+((?:\p{Lu}[\p{L}'’-]*\s+(?:of\s+(?=\p{Lu}))?){0,4}(?:Committee|Council|Commission|Assembly|Board)(?:\s+of\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*)?)(?:,|\s+(?:adopted|taken|held|decided|agreed))?\s+(?:at|during)\s+$/u;
// A plural held at places joined by `and` (`held in Bishkek on 13 October 2023 and in Astana ...`), asked before reading it.
const HELD_CONJUNCTS = /^[^.;:]{0,120}?\s(?:were\s+)?held\s+(?:in|on)\s[^.;:]{1,80}?\s(?:and|,)\s+(?:in|on)\s/;
// What joins the places and dates of such a plural: `and`, a comma, or both.
const CONJUNCT = /^(?:\s*,)?\s+and(?=\s)|^\s*,(?=\s+(?:in|on)\s)/;
const SUMMIT_LEVEL = /^\s+at\s+the\s+summit\s+level\b/;
// The adjectives that name an organisation's summits (`the 32nd Arab Summit`), with the organisation.
const SUMMIT_ADJECTIVES: ReadonlyMap<string, string> = new Map([['Arab', 'League of Arab States']]);
const NAMED_BODY_SUBJECT = new RegExp(String.raw`${NAMED_BODY}\s*$`, 'u');
// `the Joint Commission on Trade ..., which held its fifth meeting`: the body whose meeting `its` is.
const NAMED_BODY_WHICH = new RegExp(String.raw`${NAMED_BODY},?\s+(?:which|that)\s+(?:has\s+|had\s+)?(?:held|convened)\s+$`, 'u');
// `met in`, `held its meeting in`: the subject's meeting told by a verb, before where or when.
// The group is the noun phrase of `held its meeting` (or of `meeting in its session`), which is the mention rather
// than the verb.
const MET_ALL = /\b(?:(?:have|has|had)\s+)?(?:met|(?<=,\s+)meeting(?=\s+in\s+\p{Lu})|held\s+((?:its|their|an?)\s+(?:[\w-]+\s+)?(?:meeting|session|summit))|meeting\s+(?:in|at)\s+((?:its|their)\s+(?:[\w-]+\s+)?(?:session|meeting)))\s+(?=in\b|on\b)/gu;
// The words after `met` and `held` there.
const MET_WHERE = ['in', 'on'];
const HELD_WHOSE = ['its', 'their', 'a'];
// `The Council ..., meeting in its 50th session in Yaounde`: the resolutions' participle.
const MEETING_IN = ['in', 'at'];

/** Whether `word` occurs in `text` followed by blanks and one of `next`. */
function followedBy(text: string, word: string, next: readonly string[]): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const after = at + word.length;
    if (isWhiteSpace(text.charCodeAt(after)) && startsOneOf(text, skipBlanks(text, after), next)) {
      return true;
    }
  }
  return false;
}
// A subject of `met in` that names officials by their offices (`President of ... N. Nazarbayev and ...`).
const OFFICIALS_SUBJECT = /\b(?:President|Prime\s+Minister|Premier|Chairman|Minister|Secretary-General|King|Emir|Amir)\b/;
// How far after a meeting's mention an anaphoric `The meeting was held ...` still tells of it: the next sentence.
const NEAR = 200;
// A sentence that opens on an earlier time tells of an earlier meeting.
const EARLIER = /^\s*(?:Last\s+year|Previously|Earlier|A\s+year\s+(?:ago|earlier)|In\s+the\s+past)\b/;

/**
 * `the heads of state of the SCO member states ... have met in Shanghai`: a meeting told by a verb in the opening
 * paragraph. When the heading already names the meeting, the verb gives it its date and place instead.
 */
function verbalOwnMeeting(
  text: string,
  headingEnd: number,
  opening: Range | undefined,
  sentenceAt: SentenceAt,
  lexicon: LexiconIndex,
  organizations: readonly OrganizationMention[],
  datesByStart: ReadonlyMap<number, DateMention>,
  drafts: readonly Draft[],
): Draft[] {
  if (!opening) {
    return [];
  }
  const heading = drafts.find((d) => d.body !== undefined && (d.mentions[0]?.start ?? Infinity) < headingEnd);
  const slice = text.slice(opening.start, opening.end);
  // The first sentence that tells of a meeting by the verb, but not of an earlier one (`Last year the Council held its
  // meeting in Bishkek. This year the heads of state met in Dushanbe`).
  let met: RegExpExecArray | null = null;
  let sentence: Range | undefined;
  MET_ALL.lastIndex = 0;
  // Most opening paragraphs have no `met in` or `held its`, which a scan for the two words tells sooner than the pattern.
  const mayMeet = followedBy(slice, 'met', MET_WHERE) || followedBy(slice, 'held', HELD_WHOSE) || followedBy(slice, 'meeting', MEETING_IN);
  for (let found = mayMeet ? MET_ALL.exec(slice) : null; found !== null; found = MET_ALL.exec(slice)) {
    const around = sentenceAt(opening.start + found.index);
    if (!around || !EARLIER.test(text.slice(around.start, opening.start + found.index))) {
      met = found;
      sentence = around;
      break;
    }
  }
  // A meeting the paragraph names by its noun before the verb's sentence ends is the one told of; one named in a later
  // sentence (`They recalled the meeting of ...`) is another.
  const told = sentence?.end ?? opening.end;
  if (!met) {
    return [];
  }
  const at = opening.start + met.index + met[0].length - 1;
  const where = readLocatives(text, at, datesByStart, lexicon, organizations, false, undefined);
  // Not one named after the verb with a date of its own, another than the verb's (`meeting in Almaty on 25 November
  // 2024, reaffirmed the decisions of the session of 28 November 2023`): a meeting recalled.
  const recalled = (d: Draft, m: Range): boolean => m.start >= at && d.date !== undefined && where.date !== undefined && !datesOverlap(d.date, where.date);
  if (drafts.some((d) => !d.anaphoric && d.mentions.some((m) => m.start >= headingEnd && m.start < told && !recalled(d, m)))) {
    return [];
  }
  // `On 26 September 2006, the Council ... met in Dushanbe`: the date opening the sentence is the meeting's.
  const sentenceStart = sentence && (where.date === undefined || where.place === undefined) ? sentenceOpening(text, sentence, datesByStart, lexicon, organizations) : undefined;
  where.date ??= sentenceStart?.date;
  where.place ??= sentenceStart?.place;
  const subject = text.slice(Math.max(opening.start, sentence?.start ?? opening.start), opening.start + met.index);
  const group = /(heads\s+of\s+state|heads\s+of\s+government|leaders|(?:foreign\s+)?ministers(?:\s+of\s+foreign\s+affairs)?)(?:\s+of\s+the\s+([^\s,]+))?/i.exec(subject);
  const named = organizations.find((o) => o.start >= opening.start && o.end <= opening.start + met.index)?.label;
  const owner = group?.[2] !== undefined ? (lexicon.organizationOf(group[2]) ?? named ?? mainOrganization(organizations)) : (named ?? mainOrganization(organizations));
  // `The Council of Heads of State of the ... Organization met in Astana`, `The Supreme Council of the ... held its 44th
  // session`: the council is the subject.
  const council = /\b(?:(?!The\b)\p{Lu}[\p{L}'’-]*\s+(?:and\s+(?=\p{Lu}))?)*Council\s+of\s+[^,.;]*/u.exec(subject);
  // `The Joint Commission on Trade between India and Kenya held its fourth meeting`: a named body is the subject.
  const namedBody = council || group ? null : NAMED_BODY_SUBJECT.exec(subject);
  // `We, the Leaders of the G20, met in ...`: leaders are heads of state.
  const who = /^leaders$/i.test(group?.[1] ?? '') ? 'heads of state' : (group?.[1] ?? '');
  const body = council
    ? normalizeBody('meeting', '', council[0], owner)
    : group
      ? normalizeBody('meeting', '', who, owner)
      : namedBody?.[1] !== undefined
        ? normalizeBody('meeting', '', namedBody[1], named)
        : undefined;
  if (body === undefined) {
    // `President of ... N. Nazarbayev and President of ... V. Putin met in Shanghai`: officials named one by one meet
    // at the meeting the heading names.
    if (heading?.body !== undefined && OFFICIALS_SUBJECT.test(subject)) {
      heading.date ??= where.date;
      heading.place ??= where.place;
    }
    return [];
  }
  if (heading?.body !== undefined) {
    // The heading's noun is the mention; the verb only tells where and when, if it tells of the same body.
    // A subject naming no organisation (`Commonwealth Heads of Government met in ...`) tells of the heading's group.
    const headingWords = meetingBodyKey(heading.body).split(' ');
    if (meetingBodyKey(heading.body) === meetingBodyKey(body) || (owner === undefined && meetingBodyKey(body).split(' ').every((w) => headingWords.includes(w)))) {
      heading.date ??= where.date;
      heading.place ??= where.place;
    }
    return [];
  }
  const phrase = met[1] ?? met[2];
  const mentionStart = opening.start + met.index + (phrase === undefined ? 0 : met[0].indexOf(phrase));
  // `held its 44th session in Doha`: the noun phrase is a meeting found already, without its body, which it now takes.
  const found = drafts.find((d) => d.anaphoric && d.mentions[0]?.start === mentionStart);
  if (found) {
    found.body = body;
    found.own = true;
    found.anaphoric = false;
    found.series = false;
    found.date ??= where.date;
    found.place ??= where.place;
    return [];
  }
  return [{ mentions: [{ start: mentionStart, end: where.end }], body, date: where.date, place: where.place, extraordinary: false, own: true, anaphoric: false }];
}

// ` will meet`, ` will meet again`: a meeting to come, before its place, date or `with`.
const WILL_MEET = /^ will meet(?:\s+again)?(?=\s+(?:in|on|at|with)\s)/;
// ` met with`, ` met today in Doha with`, ` met President`: `met`, a day word, then `with`, a locative before it (which
// `talksParties` reads, `with` included) or the other party itself. The match ends before them.
const MET_BEFORE_WITH = / met(?:\s+(?:today|yesterday|this\s+(?:morning|afternoon|evening)))?(?=\s+(?:with|in|on|at)\s|\s+\p{Lu})/u;

/**
 * `met` of `A met with B` in the first sentence of the opening paragraph, when no meeting of the text is named
 * before that sentence ends (nor in the heading): the meeting a readout reports, told by the verb alone.
 */
function metWithMeeting(text: string, headingEnd: number, opening: Range, sentenceAt: SentenceAt, drafts: readonly Draft[]): (TalksVerb & { sentence: Range; sidelines: boolean }) | undefined {
  const sentence = sentenceAt(opening.start);
  if (!sentence) {
    return undefined;
  }
  // Within the sentence: a search on to the text's end would read every text that has no `met with`. `met today in
  // Doha with`: the place and date between the verb and `with` are read as after it.
  const met = MET_BEFORE_WITH.exec(text.slice(sentence.start, sentence.end));
  if (met === null) {
    return undefined;
  }
  const at = sentence.start + met.index;
  // A meeting named in the sentence is the one the ministers met at, unless they met on its sidelines.
  const onSidelines = (m: Range): boolean => SIDELINES_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
  const named = drafts.flatMap((d) => (d.anaphoric ? [] : d.mentions.filter((m) => m.start < sentence.end)));
  if (named.some((m) => !onSidelines(m))) {
    return undefined;
  }
  const auxiliary = wordBefore(text, at + 1);
  // `has met with`: the auxiliary opens the verb.
  const start = auxiliary !== undefined && /^(?:has|have|had)$/.test(auxiliary.word) ? auxiliary.start : at + 1;
  // `met President B`: the party right after the verb, as after `with`.
  const direct = /^\s+\p{Lu}/u.test(text.slice(at + met[0].length, at + met[0].length + 3));
  return start >= headingEnd ? { start, end: at + met[0].length, planned: false, direct, sentence, sidelines: named.length > 0 } : undefined;
}

/**
 * Key that says two bodies are the same: `Council of ...` and `Meeting of ...` of one group are one body. Keys are
 * compared for every pair of meetings of a text and every meeting of the corpus: computed once per body.
 */
export const meetingBodyKey: (body: string) => string = memoized((body) => readBodyKey(body), 10000);

function readBodyKey(body: string): string {
  const words = body
    .toLowerCase()
    .replace(/defence/g, 'defense')
    .replace(/\bmember (?:states|countries)\b/g, '')
    .replace(/\bstates\b/g, 'state')
    .replace(/\bforeign ministers\b/g, 'ministers foreign affairs')
    // A summit is a meeting of heads of state, as extraction names one (`ASEAN Summit` of the registry and the `ASEAN
    // Meeting of Heads of State` of a text are one body).
    .replace(/\bsummits?\b/g, 'heads of state')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !/^(?:of|the|and|in|on|for|meeting|council|member|members|session|conference)$/.test(w));
  return [...new Set(words)].sort().join(' ');
}

/**
 * Whether `a` is dated by the dateline only, and `b` is told as held in the month before that day: the text reports
 * the meeting after it (`Tashkent, 5 March 2024` above `The eighth meeting ... was held on 28 February 2024`).
 */
function issuedAfter(a: Draft, b: Draft): boolean {
  if (a.datelined !== true || b.reported !== true || b.relative !== undefined || a.date === undefined || b.date === undefined || b.date.to > a.date.from) {
    return false;
  }
  // A text is issued within a month of the meeting it reports; a meeting held long before is another.
  return Date.parse(a.date.from) - Date.parse(b.date.to) <= REPORTED_WITHIN_MS;
}
const REPORTED_WITHIN_MS = 31 * 86_400_000;

function compatible(a: Draft, b: Draft): boolean {
  if (a.body !== undefined && b.body !== undefined && a.body !== b.body && meetingBodyKey(a.body) !== meetingBodyKey(b.body)) {
    return false;
  }
  if (a.ordinal !== undefined && b.ordinal !== undefined && a.ordinal !== b.ordinal) {
    return false;
  }
  if (a.date && b.date && !datesOverlap(a.date, b.date) && !issuedAfter(a, b) && !issuedAfter(b, a)) {
    return false;
  }
  return !(a.place !== undefined && b.place !== undefined && !placesAgree(a.place, b.place));
}

/**
 * A body written without its organisation (`the Collective Security Council`) after the text gave it with one (`the
 * Collective Security Council of the Collective Security Treaty Organization`) is that organisation's: it takes the
 * owned body, so that both are one body. Not when the text gives it with two organisations.
 */
function ownedAsBefore(drafts: readonly Draft[], organizations: readonly OrganizationMention[]): void {
  const labels = new Set(organizations.map((o) => o.label));
  if (labels.size === 0) {
    return;
  }
  const owned = new Map<string, string>();
  for (const draft of drafts) {
    const body = draft.body;
    const space = body === undefined ? -1 : body.indexOf(' ');
    if (body !== undefined && space > 0 && labels.has(body.slice(0, space))) {
      const bare = body.slice(space + 1);
      // Given with two organisations, the body is neither's.
      owned.set(bare, owned.has(bare) && owned.get(bare) !== body ? '' : body);
    }
  }
  renameBodies(drafts, owned);
}

/** Gives each draft the body `bodies` maps its body to; an empty mapping (a body given two ways) changes nothing. */
function renameBodies(drafts: readonly Draft[], bodies: ReadonlyMap<string, string>): void {
  if (bodies.size === 0) {
    return;
  }
  for (const draft of drafts) {
    const body = draft.body === undefined || draft.counted ? undefined : bodies.get(draft.body);
    if (body !== undefined && body !== '') {
      draft.body = body;
    }
  }
}

/**
 * A body written without its subject (`the Joint Commission`) after the text gave it with one (`the Joint Commission on
 * Trade`) is that body: it takes the whole name, so that both are one series. Not when the text gives it two subjects.
 */
function subjectAsBefore(drafts: readonly Draft[]): void {
  const whole = new Map<string, string>();
  for (const { body } of drafts) {
    const subject = body === undefined ? null : SUBJECT_IN_BODY.exec(body);
    if (body !== undefined && subject) {
      const bare = body.slice(0, subject.index);
      whole.set(bare, whole.has(bare) && whole.get(bare) !== body ? '' : body);
    }
  }
  renameBodies(drafts, whole);
}
// The subject a body's name goes on with (`... Commission on Trade`, `... Council for Trade in Goods`).
const SUBJECT_IN_BODY = / (?:on|for) \p{Lu}[^]*$/u;

/**
 * Gathers the drafts of one text into meetings: a mention with the same body and no conflicting date or place
 * joins the meeting named before; an anaphoric `the meeting` joins the document's own meeting.
 */
function mergeDrafts(drafts: Draft[], headingEnd: number, firstSentence: Range | undefined): Draft[] {
  // The drafts come mostly in text order already; the sort is stable, so it changes nothing then.
  if (!inTextOrder(drafts)) {
    drafts.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  }
  for (const draft of drafts) {
    const first = draft.mentions[0];
    if (first && first.start < headingEnd && draft.body !== undefined) {
      draft.own = true;
    }
  }
  // A heading that names no meeting (`PRESS RELEASE`): the meeting that the text's first sentence reports as held
  // (`The meeting of ... was held on ... in ...`) is its own.
  if (firstSentence && !drafts.some((d) => d.own)) {
    const reported = drafts.find((d) => d.reported && d.body !== undefined && (d.mentions[0]?.start ?? -1) >= firstSentence.start && (d.mentions[0]?.start ?? Infinity) < firstSentence.end);
    if (reported) {
      reported.own = true;
    }
  }
  // `The 44th and 45th ASEAN Summits were held ...`: the meetings named with the own one in one phrase are the text's too.
  for (const draft of drafts) {
    if (!draft.own && draft.coordinated !== undefined && drafts.some((d) => d.own && d.coordinated === draft.coordinated)) {
      draft.own = true;
    }
  }
  nameUnnamedCouncils(drafts);
  const summitOwner = summitOrganization(drafts);
  const meetings: Draft[] = [];
  let own: Draft | undefined;
  // The own meeting's body names the series a `previous` or `next` meeting without a body is of.
  const seriesBody = drafts.find((d) => d.own)?.body;
  for (const draft of drafts) {
    if (draft.own) {
      if (own && compatible(own, draft)) {
        absorb(own, draft);
        continue;
      }
      own ??= draft;
      meetings.push(draft);
      continue;
    }
    // `the previous meeting of the Council`: the same body as the own meeting, but another meeting of it, and not the
    // next one either.
    const candidates = draft.relative ? meetings.filter((m) => m !== own && (m.relative === undefined || m.relative === draft.relative)) : meetings;
    if (draft.anaphoric) {
      // `the summit in Yekaterinburg`: the meeting named before at that place; `the meeting`: the own meeting. A bare
      // `the summit` is a meeting of heads of state, never the ministers' meeting the text reports.
      // `The meeting was held on 14 May 2021 in Oslo`, reported as held while the own meeting has neither date nor
      // place yet: the own meeting, which takes them.
      // The meeting named just before (`... recalled the extraordinary meeting of the Council. The meeting was held on
      // 13 May 2020`) is the one told of, when it has no date or place yet, rather than the own meeting.
      const start = draft.mentions[0]?.start ?? 0;
      const recent = candidates.findLast((m) => (m.mentions[m.mentions.length - 1]?.end ?? Infinity) <= start);
      const justNamed = recent !== undefined && recent !== own && start - (recent.mentions[recent.mentions.length - 1]?.end ?? 0) < NEAR && recent.date === undefined && recent.place === undefined ? recent : undefined;
      // `the previous meeting held in Tashkent`, `the next session`: a meeting of the own meeting's series, the one told
      // the same way before if it agrees (`the next meeting ... in Kazakhstan. ... the next meeting`), else one of its own.
      const series = draft.series && seriesBody !== undefined && own !== undefined && (!draft.summit || holdsSummit(own)) ? seriesBody : undefined;
      const sameSeries =
        series === undefined
          ? undefined
          : // A numbered meeting (`the 32nd session`) is the one of that number only.
            candidates.findLast((m) => m.relative === draft.relative && m.body !== undefined && meetingBodyKey(m.body) === meetingBodyKey(series) && compatible(m, draft) && m.ordinal === draft.ordinal);
      const target =
        draft.place !== undefined || draft.date !== undefined
          ? (candidates.findLast(
              (m) =>
                compatible(m, draft) &&
                ofOrganization(m, draft.organization?.label) &&
                (draft.place === undefined || (m.place !== undefined && placesAgree(m.place, draft.place))) &&
                (!draft.summit || holdsSummit(m)) &&
                // `the next meeting in the autumn of 2025`: of the own meeting's series, not another body met that year
                // (`the previous meeting held in Samarkand` may be the one the text named there).
                (series === undefined || draft.relative === undefined || draft.place !== undefined || (m.body !== undefined && meetingBodyKey(m.body) === meetingBodyKey(series))),
            ) ??
            sameSeries ??
            (draft.reported && justNamed) ??
            (draft.reported && own && own.date === undefined && own.place === undefined && (!draft.summit || holdsSummit(own)) ? own : undefined))
          : // `the 43rd session` alone: the meeting of that number, never the own meeting of another number.
            draft.relative || (series !== undefined && draft.ordinal !== undefined && own?.ordinal !== undefined && own.ordinal !== draft.ordinal)
            ? sameSeries
            : draft.summit && own && !holdsSummit(own)
              ? undefined
              : own;
      if (target) {
        absorb(target, draft);
      } else if (series !== undefined) {
        draft.body = series;
        draft.anaphoric = false;
        meetings.push(draft);
      } else if (draft.summit && draft.place !== undefined && draft.date !== undefined && summitOwner !== undefined) {
        // `the Qingdao summit of June 2018` in a text of the SCO's meetings: a summit of its own, dated and placed.
        draft.body = headsOfState(summitOwner);
        draft.anaphoric = false;
        meetings.push(draft);
      } else if (draft.organization !== undefined) {
        draft.body = `${draft.organization.label} ${draft.organization.noun}`;
        draft.anaphoric = false;
        meetings.push(draft);
      }
      continue;
    }
    // `the extraordinary meeting of the Council` is not the regular meeting of that council named before, unless both
    // are dated to their days, which then decide; a text may leave the word out of a later mention of the meeting.
    // A heading names the meeting without the word (`On the Meeting of the Council ...`): the extraordinary meeting its
    // first sentence reports as held is that one.
    const sameBody = candidates.filter(
      (m) =>
        compatible(m, draft) &&
        m.body !== undefined &&
        (!draft.extraordinary || m.extraordinary || (namesDays(m.date) && namesDays(draft.date)) || (m === own && m.date === undefined && m.place === undefined && opensBody(draft, firstSentence))),
    );
    const exact = sameBody.find((m) => (m.date !== undefined && draft.date !== undefined) || (m.place !== undefined && draft.place !== undefined && placesAgree(m.place, draft.place)));
    // The own meeting takes the date and place of a mention that gives them, where the text gives it none; not those of
    // a meeting to come told after the first sentence (`... a meeting of the Council scheduled to take place in 2022`),
    // which is another, but those of the one an announcement opens with (`The meeting ... will be held on 5 May`).
    const dates = (m: Draft): boolean => m === own && m.date === undefined && (!draft.planned || opensText(draft, firstSentence));
    const target = exact ?? (draft.date === undefined && draft.place === undefined ? (own && sameBody.includes(own) ? own : sameBody[sameBody.length - 1]) : (sameBody.find(dates) ?? undefined));
    if (target) {
      absorb(target, draft);
      continue;
    }
    meetings.push(draft);
  }
  return meetings;
}

/** Whether a draft is reported as held in the text's first sentence (`An extraordinary meeting of ... was held on ...`). */
function opensBody(draft: Draft, firstSentence: Range | undefined): boolean {
  return draft.reported === true && opensText(draft, firstSentence);
}

/** Whether a draft is told in the text's first sentence. */
function opensText(draft: Draft, firstSentence: Range | undefined): boolean {
  const start = draft.mentions[0]?.start ?? -1;
  return firstSentence !== undefined && start >= firstSentence.start && start < firstSentence.end;
}

function inTextOrder(drafts: readonly Draft[]): boolean {
  for (let i = 1; i < drafts.length; i++) {
    if ((drafts[i - 1]?.mentions[0]?.start ?? 0) > (drafts[i]?.mentions[0]?.start ?? 0)) {
      return false;
    }
  }
  return true;
}

/**
 * Gives `the Council` written without its name the council the text names, as a capitalised short form names what the
 * text named before: its own meeting's body when that is a council, else the one council the meetings named before it
 * are of. Otherwise it stays `Council`, which says nothing of the organisation (not `SCO Council`) and is no body key
 * to join meetings of other texts by.
 */
function nameUnnamedCouncils(drafts: readonly Draft[]): void {
  if (!drafts.some((d) => d.unnamedCouncil)) {
    return;
  }
  const councils = drafts.filter((d) => d.body !== undefined && !d.unnamedCouncil && COUNCIL.test(d.body));
  const own = drafts.find((d) => d.own && d.body !== undefined && !d.unnamedCouncil);
  for (const draft of drafts) {
    if (!draft.unnamedCouncil) {
      continue;
    }
    const start = draft.mentions[0]?.start ?? 0;
    const before = councils.filter((c) => (c.mentions[0]?.start ?? Infinity) < start);
    const named = own?.body !== undefined && COUNCIL.test(own.body) ? own.body : before.every((c) => meetingBodyKey(c.body ?? '') === meetingBodyKey(before[0]?.body ?? '')) ? before[0]?.body : undefined;
    if (named !== undefined) {
      draft.body = named;
    }
  }
}

/**
 * The organisation a bare summit of the text is of (`the Qingdao summit`): the one organisation with a council of
 * heads of state that the text's named meetings are all of, if there is one.
 */
function summitOrganization(drafts: readonly Draft[]): string | undefined {
  const found = new Set<string>();
  for (const draft of drafts) {
    if (draft.body === undefined) {
      continue;
    }
    let any = false;
    for (const organization of HEADS_OF_STATE_COUNCIL) {
      if (hasWord(draft.body, organization)) {
        found.add(organization);
        any = true;
      }
    }
    if (!any) {
      return undefined;
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Whether `word` is one of the space-separated words of `body`, as `body.split(' ').includes(word)` tells, without splitting. */
function hasWord(body: string, word: string): boolean {
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || body.charCodeAt(at - 1) === 32) && (end === body.length || body.charCodeAt(end) === 32)) {
      return true;
    }
  }
  return false;
}

/** Whether a meeting may be called a summit: one of heads of state, or one the text already calls so. */
function holdsSummit(meeting: Draft): boolean {
  return meeting.summit === true || meeting.body === undefined || /Heads of States?\b|Summit/i.test(meeting.body);
}

/** Whether a mention of the same span is among the last `count` of `mentions`. */
function amongLast(mentions: readonly Range[], mention: Range, count: number): boolean {
  for (let i = Math.max(0, mentions.length - count); i < mentions.length; i++) {
    const m = mentions[i];
    if (m !== undefined && m.start === mention.start && m.end === mention.end) {
      return true;
    }
  }
  return false;
}

function absorb(target: Draft, draft: Draft): void {
  // Mentions are absorbed in text order, so a duplicate can only be among the last few.
  for (const mention of draft.mentions) {
    if (!amongLast(target.mentions, mention, 4)) {
      target.mentions.push(mention);
    }
  }
  const last = target.mentions[target.mentions.length - 1];
  const before = target.mentions[target.mentions.length - 2];
  if (last && before && last.start < before.start) {
    target.mentions.sort((a, b) => a.start - b.start);
  }
  target.body ??= draft.body;
  if (draft.body !== undefined && target.body !== undefined && draft.body.includes('Council') && !target.body.includes('Council')) {
    target.body = draft.body;
  }
  if (target.datelined && draft.date !== undefined && !draft.datelined) {
    target.date = draft.date;
    target.datelined = false;
  }
  target.date ??= draft.date;
  target.place = joinedPlace(target.place, draft.place);
  target.extraordinary ||= draft.extraordinary;
  target.ordinal ??= draft.ordinal;
  if (draft.summit) {
    target.summit = true;
  }
}
