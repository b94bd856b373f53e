import { datesOverlap, type DateRange } from '../corpus/dateRange';
import { placesAgree } from '../corpus/meetingPlace';
import type { Registry } from '../registry/registryFile';
import { findCueWords, type ParticipationKind, type ParticipationPhrase } from './cueWords';
import { findDates, scanDates, type DateMention } from './dateMentions';
import { findDocumentDate, findHeading, findTitles, type DocumentHeading, type TitleMention } from './documentTitles';
import { escapeRegExp, lexiconIndex, type LexiconIndex } from './lexiconIndex';
import { findMeetings, objectList, talksVerbBefore, type MeetingExtraction } from './meetingMentions';
import type { MeetingNoun } from './cueWords';
import { FUNCTION_WORDS, HONORIFICS, NAME_HONORIFICS } from '../lexicon/lexicon.generated';
import { beforeHonorifics, findOfficials, findSignatories, mayBeNameWord, PLACE_NAMES, type OfficialMention, type RoleMention } from './officialMentions';
import { CAPITAL_PARTICLES, foldName, SURNAME_PATTERN, initialsCompatible, isWholeName, parsePersonName, type PersonName } from './personName';
import { findOrganizations } from './organizationMentions';
import { memoized } from '../memo';
import { collapseBlanks, findParagraphs, firstStartingAt, sentencesOf, type Range, type SentenceAt } from './textStructure';
import { isWhiteSpace } from '../whiteSpace';

/** How an official took part in the document's own meeting, as the text says it. */
export type { ParticipationKind } from './cueWords';

/**
 * Someone who took part in the text's own meeting: a named official, or an office holder the text names by their role
 * alone (`attended by the Minister of Foreign Affairs of Kazakhstan`), whom the registry's dated roles may resolve.
 */
export interface Participation {
  /** Index into `TextExtraction.officials`; -1 for one named by their role alone (`role`). */
  readonly official: number;
  /** Index into `TextExtraction.roles`, for one named by their role alone. */
  readonly role?: number;
  readonly kind: ParticipationKind;
}

// A speaker's label opening a paragraph of a transcript: `Lin Jian:`, `AFP:`, `Anadolu Agency:`, `Q:`.
const SPEAKER_LABEL = /^[ \t]*(\p{Lu}[\p{L}.&'’-]*(?:[ \t]\p{Lu}[\p{L}.&'’-]*){0,3}):[ \t]/u;

/**
 * The paragraphs of a transcript of questions and answers that open with a speaker's label, when the text is one: a
 * label opens two paragraphs or more (the spokesperson's answers). Empty for any other text.
 */
function transcriptTurns(text: string, paragraphs: readonly Range[]): Range[] {
  const labelled = paragraphs.map((p) => ({ p, label: SPEAKER_LABEL.exec(text.slice(p.start, p.start + 60))?.[1] })).filter((l) => l.label !== undefined);
  const seen = new Set<string>();
  const repeated = labelled.some(({ label }) => (seen.has(label ?? '') ? true : (seen.add(label ?? ''), false)));
  return repeated ? labelled.map(({ p }) => p) : [];
}

/**
 * Whether a sentence with a participation phrase, which does not name the own meeting, tells of another event: a
 * meeting on the margins (`Mr. Borrell also met with Mr. Kuleba on the margins`), a turn of a press conference's
 * questions and answers (`Reuters: ... She met with Premier Li Qiang`), or a day that is not the own meeting's (`Wang
 * Yi met with Çavuşoğlu in Antalya on 29 March 2023`).
 */
function tellsOfAnotherEvent(text: string, sentence: Range, turns: readonly Range[], dates: readonly DateMention[], ownDate: DateRange | undefined): boolean {
  const { start, end } = sentence;
  if (ON_THE_MARGINS.test(text.slice(start, end)) || turns.some((turn) => turn.start <= start && end <= turn.end)) {
    return true;
  }
  // The sentence's own dates, found by binary search (dates are sorted by start, and a long text has thousands).
  for (let i = firstStartingAt(dates, start); ownDate !== undefined && i < dates.length && (dates[i]?.start ?? end) < end; i++) {
    const d = dates[i] as DateMention;
    if (d.end <= end && d.date.text.length >= 10 && !datesOverlap(d.date, ownDate)) {
      return true;
    }
  }
  return false;
}

// The small words of a title, in lower case there (`Communiqué of the 1225th Meeting of the Peace and Security Council`).
const TITLE_SMALL_WORDS = /^(?:OF|THE|AND|ON|IN|AT|FOR|TO|A|AN|BY|WITH|BETWEEN)$/;
// A meeting's noun written in capitals.
const CAPITAL_MEETING_NOUN = /\b(?:MEETINGS?|SUMMITS?|SESSIONS?|CONFERENCES?|TALKS)\b/;
// A number in Roman figures up to 89 (`XVI`), not a word of their letters (`CIVIL`).
const ROMAN_NUMBER = /^(?=[IVXL])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/**
 * The text with its heading, when the heading is written in capitals, in the case of a title: each word capitalised,
 * its small words in lower case, ordinals' endings too (`1225th`). The text itself when the heading names no meeting
 * in capitals or has a lower-case letter, or when a letter would change the text's length in another case.
 */
function withTitleCaseHeading(text: string, start: number, end: number, lexicon: LexiconIndex): string {
  const heading = text.slice(start, end);
  // Only a heading that names a meeting: most headings in capitals (`PRESS RELEASE`) name none, and cost no new scan.
  if (!CAPITAL_MEETING_NOUN.test(heading) || /\p{Ll}/u.test(heading)) {
    return text;
  }
  const titled = heading.replace(/[\p{L}\p{M}'’]+/gu, (word, at: number) => {
    // An organisation's acronym (`ASEAN`, `SCO`) and a number in Roman figures (`XVI`) stay as written.
    if (ROMAN_NUMBER.test(word) || lexicon.organizationOf(word) !== undefined) {
      return word;
    }
    const small = TITLE_SMALL_WORDS.test(word) && at > 0;
    return small ? word.toLowerCase() : /^\d/.test(heading.slice(Math.max(0, at - 1), at)) ? word.toLowerCase() : word.charAt(0) + word.slice(1).toLowerCase();
  });
  return titled.length === heading.length ? text.slice(0, start) + titled + text.slice(end) : text;
}

/** The mention of a participant: their name, or their role. */
export function participantMention(extraction: TextExtraction, participation: Participation): Range | undefined {
  return participation.role === undefined ? extraction.officials[participation.official] : extraction.roles[participation.role];
}

/** Everything extraction finds in one text. Offsets are UTF-16 offsets into that text. */
export interface TextExtraction {
  readonly heading: DocumentHeading | undefined;
  /** The document's own date: its dateline or heading, else the date of its own meeting, else a full date in its opening paragraph. */
  readonly date: DateRange | undefined;
  readonly officials: readonly OfficialMention[];
  readonly roles: readonly RoleMention[];
  readonly meetings: readonly MeetingExtraction[];
  readonly titles: readonly TitleMention[];
  /** Participants and chair of the document's own meeting. */
  readonly participants: readonly Participation[];
  /** The state that chaired the own meeting when the text names a side, not a person (`chaired by the Russian side`). */
  readonly chairState: string | undefined;
}

const CHAIR_SIDE = /(?:chaired\s+by|under\s+the\s+chairmanship\s+of)\s+the\s+(\p{Lu}\p{L}+)\s+side/u;

// A capitalised word, where a surname may stand (`Lavrov`, `O'Neil`, `Kassym-Jomart`).
const NAME_WORD = String.raw`${SURNAME_PATTERN}(?:-\p{Lu}?[\p{Ll}'’]+)*`;
// The whole capitalised word at a position, read forward (`Lavrov's` whole).
const WORD_AT = new RegExp(NAME_WORD, 'uy');
const WORD_BEFORE = /[\p{L}.'’-]/u;
// After a bare surname, the capitalised next word of a longer proper name (`Lavrov Street`).
const CAPITAL_NEXT = /^[ \t]\p{Lu}/u;
// That capitalised word whole, acronyms included (`NATO`).
const CAPITALISED_AT = /\p{Lu}[\p{L}'’-]*/uy;
// Words that open a sentence or a phrase (`The`, `However`): never a name's.
const OPENING_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS);
// Before a bare surname, an article (`the Putin era`).
const ARTICLE_BEFORE = /\b(?:the|The|a|A|an|An)\s+$/;
// What may stand before a surname within its name: initials (`S.`, `S.V.`, `A.-K.`), particles, given names.
const INITIALS = /^(?:\p{Lu}\p{Ll}?\.(?:-\p{Lu}\.)?)+$/u;
const POSSESSIVE = /['’]s$/;
// The lexicon's honorifics written as one word (`Mr.`, `Dr.`, `H.E.`, `Sir`), and `St.`: a name never goes on over one.
const NOT_BEFORE_NAME: ReadonlySet<string> = new Set([...HONORIFICS.filter((honorific) => !honorific.includes(' ')), 'St.']);
// The last words of the honorifics of two words that look like initials (`E.` of `H. E.`).
const HONORIFIC_INITIALS_END: ReadonlySet<string> = new Set(
  HONORIFICS.filter((honorific) => honorific.includes(' ')).map((honorific) => honorific.slice(honorific.lastIndexOf(' ') + 1)).filter((word) => INITIALS.test(word)),
);
const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'van', 'von', 'de', 'da', 'dos', 'del', 'der', 'den', 'du', 'le', 'la', 'ter', 'ten']);

/** A name the text or the registry gives in full, which shorter forms in the text may stand for. */
interface KnownName extends FiledName {
  /** The state the text gives with it; undefined for the registry's names. */
  readonly state: string | undefined;
  /** The name as the text writes it with its role (`OfficialMention.name`); undefined for the registry's names. */
  readonly written?: string;
}

/** A parsed name, with the word a search meets it under (`filedWord`) and the fold of that word, its key in `byWord`. */
interface FiledName {
  readonly name: PersonName;
  readonly word: string;
  readonly key: string;
  /** Its given names folded (`foldName`), as the words before a surname are compared with them. */
  readonly givenKeys: readonly string[];
}

interface RegistryNames {
  /** The registry's names and aliases as written, for an exact search. */
  readonly pattern: RegExp | undefined;
  /** Its names by the fold of their last word: where a search of the text's capitalised words finds them. */
  readonly byWord: ReadonlyMap<string, readonly KnownName[]>;
}

const registryNames = new WeakMap<Registry, RegistryNames>();

function namesOf(registry: Registry): RegistryNames {
  let known = registryNames.get(registry);
  if (!known) {
    const written = (registry.people ?? []).flatMap((p) => [p.name, ...p.aliases]).filter((n) => n.length >= 4);
    const byWord = new Map<string, KnownName[]>();
    for (const form of written) {
      const filed = filedName(form);
      if (filed) {
        addKnown(byWord, { name: filed.name, word: filed.word, key: filed.key, givenKeys: filed.givenKeys, state: undefined });
      }
    }
    known = { pattern: written.length > 0 ? namePattern(written) : undefined, byWord };
    registryNames.set(registry, known);
  }
  return known;
}

/** The word a known name is filed under, where a search meets it: the family name of a name compared whole, else the surname's last word. */
function filedWord(name: PersonName): string {
  return isWholeName(name) ? name.surname : (name.surname.split(' ').pop() ?? '');
}

/** Files a known name under its key, the fold of its `filedWord`; whether it is the first filed under that word. */
function addKnown(byWord: Map<string, KnownName[]>, known: KnownName): boolean {
  const list = byWord.get(known.key);
  if (!list) {
    byWord.set(known.key, [known]);
    return true;
  }
  const first = !list.some((k) => k.word === known.word);
  list.push(known);
  return first;
}

/** The officials found by their roles and the signatories of a signature block, in text order, each place once. */
function withSignatories(found: { officials: OfficialMention[]; roles: RoleMention[] }, signatories: readonly OfficialMention[]): { officials: OfficialMention[]; roles: RoleMention[] } {
  if (signatories.length === 0) {
    return found;
  }
  const kept = signatories.filter((s) => !found.officials.some((o) => o.start < s.end && s.start < o.end));
  return { officials: [...found.officials, ...kept].sort((a, b) => a.start - b.start), roles: found.roles };
}

/** `foldName`, memoised: the search folds every capitalised word of ten thousand texts, most of them many times. */
const foldWord = memoized(foldName, 100000);

/**
 * A written name parsed and filed, memoised: one lookup per official of ten thousand texts, which write the same few
 * thousand names again and again. Undefined for what is no person's name.
 */
const filedName = memoized((written: string): FiledName | undefined => {
  const name = parsePersonName(written);
  if (!name) {
    return undefined;
  }
  const word = filedWord(name);
  return { name, word, key: foldWord(word), givenKeys: name.given.map(foldWord) };
}, 100000);

/**
 * Where the name ending with the surname at `surnameStart` starts: over the initials, particles and given names
 * written before it (`Sergei V. Lavrov`), but not over an honorific or a role (`Mr. Lavrov`, `President Rahmon`).
 * A given name none of the known names has (`Ivan Lavrov` when the text knows `Sergey Lavrov`) may be someone
 * else's: undefined then.
 */
function nameStart(text: string, surnameStart: number, givenKeys: readonly string[], lexicon: LexiconIndex): number | undefined {
  let start = surnameStart;
  for (let words = 0; words < 4; words++) {
    let end = start;
    while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) {
      end--;
    }
    // A wide gap parts the columns of a signature block (`Xi Jinping          V. Putin`): no name runs over it.
    if (start - end > 2 || text.charCodeAt(end) === 9) {
      return start;
    }
    // One line end may fall inside a name, never a blank line.
    if (end > 0 && text.charCodeAt(end - 1) === 10) {
      end--;
      end -= end > 0 && text.charCodeAt(end - 1) === 13 ? 1 : 0;
      while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) {
        end--;
      }
    }
    if (end === start) {
      return start;
    }
    let from = end;
    while (from > 0 && !isWhiteSpace(text.charCodeAt(from - 1))) {
      from--;
    }
    const token = text.slice(from, end);
    // `Sheikh` goes on a name when a known name has it as its first word (`Sheikh Hasina`).
    if (token === '' || (NOT_BEFORE_NAME.has(token) && !(NAME_HONORIFICS.includes(token) && isGiven(token, givenKeys)))) {
      return start;
    }
    // An honorific of two words that look like initials (`H. E.`) stands before the name, not in it.
    if (HONORIFIC_INITIALS_END.has(token) && beforeHonorifics(text, start) < start) {
      return start;
    }
    // `Wang Yi. Lavrov said`: a name word and two letters with a full stop end a sentence; two-letter initials (`Yu.`,
    // `Sh.`) open a name or follow a role, never a given name.
    if (TWO_LETTER_INITIAL.test(token) && nameWordBefore(text, from, lexicon)) {
      return start;
    }
    if (INITIALS.test(token) || PARTICLES.has(token) || CAPITAL_PARTICLES.has(token) || isGiven(token, givenKeys)) {
      start = from;
      continue;
    }
    // `Then Lavrov said`, `Later Lavrov left`: a word that opens a sentence is no given name.
    if (/^\p{Lu}\p{Ll}+$/u.test(token) && !OPENING_WORDS.has(token) && mayBeNameWord(token, lexicon)) {
      return undefined;
    }
    return start;
  }
  return start;
}

const TWO_LETTER_INITIAL = /^\p{Lu}\p{Ll}\.$/u;

/** Whether the word written before `at` (blanks between) is a capitalised word that may be a name's. */
function nameWordBefore(text: string, at: number, lexicon: LexiconIndex): boolean {
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) {
    end--;
  }
  let from = end;
  while (from > 0 && !isWhiteSpace(text.charCodeAt(from - 1))) {
    from--;
  }
  const word = text.slice(from, end);
  return /^\p{Lu}\p{Ll}+$/u.test(word) && mayBeNameWord(word, lexicon);
}

/**
 * Whether the capitalised word after a bare surname may go with it: the person's own given name written after it
 * (`Lavrov Sergey`), or any word of a heading, whose words are all capitalised (`Lavrov Meets Wang in Beijing`).
 */
function nameGoesOn(text: string, wordEnd: number, givenKeys: readonly string[], inHeading: boolean): boolean {
  if (inHeading) {
    return true;
  }
  WORD_AT.lastIndex = wordEnd + 1;
  const next = WORD_AT.exec(text);
  return next !== null && isGiven(next[0], givenKeys);
}

/** Whether a word is one of the given names folded in `givenKeys`; most known names have none, and then nothing is folded. */
function isGiven(word: string, givenKeys: readonly string[]): boolean {
  return givenKeys.length > 0 && givenKeys.includes(foldWord(word));
}

/**
 * Whether the capitalised word at `at`, after a bare surname, is clearly no word of a longer name with it: a state or
 * its adjective, a place or an organisation of the lexicon (`According to Lavrov Beijing and Moscow agree`, `Lavrov
 * Russian diplomats`), or a word that opens a
 * sentence (`The`). Any other (`Lavrov Street`, `Nazarbayev University`) may be.
 */
function standsApart(text: string, at: number, lexicon: LexiconIndex): boolean {
  CAPITALISED_AT.lastIndex = at;
  const word = CAPITALISED_AT.exec(text)?.[0];
  return (
    word !== undefined &&
    (OPENING_WORDS.has(word) || PLACE_NAMES.has(word) || lexicon.organizationOf(word) !== undefined || lexicon.stateOf(word) !== undefined || lexicon.stateAt(text, at) !== undefined)
  );
}

/** Whether the text's known names a short form fits are all one person's: names that agree with each other and one state. */
function onePerson(names: readonly KnownName[]): boolean {
  return names.every((a) => names.every((b) => initialsCompatible(a.name, b.name) && statesAgree(a, b)));
}

/** Whether two people of a text may be of one state: both written with the same, or either without one. */
function statesAgree(a: { readonly state?: string | undefined }, b: { readonly state?: string | undefined }): boolean {
  return a.state === undefined || b.state === undefined || a.state === b.state;
}

/**
 * A name of one word (`President Xi`, `President Lula`, and a bare `Lula` after it) stands for the one person of its text whose
 * fuller name holds that word as the name the person goes by: a family name written first (`Xi Jinping`), or a given
 * name after the first (`Luiz Inacio Lula da Silva`). A name of two or three words stands for the one person whose
 * longer name ends with them: a double surname (`President López Obrador` for `Andrés Manuel López Obrador`, `President
 * Lula da Silva` for `Luiz Inácio Lula da Silva`). The fuller name is its `antecedent`, as a bare surname's is (a surname
 * itself, `President Michel` for `Charles Michel`, is grouped by its key already). None or several such people (or
 * another state): as written.
 */
function withShortFormAntecedents(officials: OfficialMention[]): OfficialMention[] {
  let changed: OfficialMention[] | undefined;
  // The names of three words or more, each with its words folded once, whose last words a shorter name may be: most
  // texts have none, and then a name of two words is no short form, with nothing compared.
  let longer: { readonly official: OfficialMention; readonly words: readonly string[] }[] | undefined;
  officials.forEach((official, i) => {
    // A bare `Lula` later in the text stands for `President Lula`, its antecedent: both go to the fuller name.
    const short = official.antecedent ?? official.name;
    const words = short.split(/\s+/);
    // One word; or two or three, the last words of a longer name (`López Obrador`, `Lula da Silva`).
    if (short.includes('.') || words.length > 3) {
      return;
    }
    const fuller = new Set<string>();
    if (words.length > 1) {
      longer ??= officials.map((o) => ({ official: o, words: o.name.split(/\s+/) })).filter((o) => o.words.length >= 3).map((o) => ({ ...o, words: o.words.map(foldWord) }));
      const folded = words.map(foldWord).join(' ');
      for (const other of longer) {
        if (other.words.length > words.length && other.words.slice(-words.length).join(' ') === folded && statesAgree(official, other.official)) {
          fuller.add(other.official.name);
        }
      }
    } else {
      const word = foldWord(short);
      for (const other of officials) {
        // The memoised parse and folds the known-name search uses: texts write the same names again and again.
        const name = !/\s/.test(other.name) ? undefined : parsedName(other.name);
        if (name !== undefined && (isWholeName(name) ? foldWord(name.surname) === word : name.given.slice(1).some((g) => foldWord(g) === word)) && statesAgree(official, other)) {
          fuller.add(other.name);
        }
      }
    }
    const [antecedent] = fuller;
    if (fuller.size === 1 && antecedent !== undefined) {
      (changed ??= officials.slice())[i] = { ...official, antecedent };
    }
  });
  return changed ?? officials;
}

/**
 * Finds names written without a role: the registry's people (`S. Lavrov informed ...`) and the people this text names
 * with a role, in any shorter form (`S. Lavrov`, `Lavrov`, `Mr. Lavrov` for `Sergey Lavrov`) and across
 * romanisations (`N. Nazarbaev` for `N. Nazarbayev`). A bare surname that fits two people of the text (`Ivanov` when
 * it names `Igor Ivanov` and `A. Ivanov`) is read with no antecedent nor state, and identity shows it as ambiguous. A
 * form that fits one person of the text takes that person's state,
 * so that identity compares it with people of that state; it has no role of its own.
 */
function findKnownNames(text: string, officials: readonly OfficialMention[], registry: Registry | undefined, lexicon: LexiconIndex, headingEnd: number): OfficialMention[] {
  const fromRegistry = registry ? namesOf(registry) : undefined;
  if (officials.length === 0 && fromRegistry?.pattern === undefined) {
    return [];
  }
  const byWord = new Map<string, KnownName[]>();
  // The words the officials' names are filed under, each once, in the order the officials first have them: what a
  // search without a registry looks for. A word's earlier officials are filed under its key, so its list tells
  // whether it is new, without a table of words per text.
  const searched: KnownName[] = [];
  for (const official of officials) {
    const filed = filedName(official.name);
    if (filed) {
      const known = { name: filed.name, word: filed.word, key: filed.key, givenKeys: filed.givenKeys, state: official.state, written: official.name };
      if (addKnown(byWord, known)) {
        searched.push(known);
      }
    }
  }
  const found: OfficialMention[] = [];
  // The starts of the names added; an official's own start is `covered`.
  const taken = new Set<number>();
  // The officials mostly come sorted by start: no copy to sort then.
  const sorted = officials.every((o, i) => i === 0 || (officials[i - 1]?.start ?? 0) <= o.start) ? officials : [...officials].sort((a, b) => a.start - b.start);
  // Inside a name already found with its role? The last one starting at or before `start`, by binary search.
  const covered = (start: number): boolean => {
    const before = sorted[firstStartingAt(sorted, start + 1) - 1];
    return before !== undefined && start < before.end;
  };
  const add = (start: number, end: number, state: string | undefined, antecedent?: string): void => {
    if (taken.has(start) || covered(start) || covered(end - 1)) {
      return;
    }
    taken.add(start);
    const name = collapseBlanks(text.slice(start, end));
    found.push(antecedent === undefined ? { start, end, name, role: undefined, state, organization: undefined } : { start, end, name, role: undefined, state, organization: undefined, antecedent });
  };
  // Bare surnames wait for the end of the search: a later full name of someone else of that surname makes them unsure.
  const bareHits: { start: number; end: number; state: string | undefined; key: string; registryOnly: boolean; antecedent: string | undefined }[] = [];
  const othersOfSurname = new Set<string>();
  // The surnames of registry people this text names in full or by initials: their bare surname is theirs here.
  const namedInFull = new Set<string>();
  // With a registry, one search of the text: the registry's forms as written, else any capitalised word, which may be
  // a known surname in another romanisation. Without one, only the surnames this text writes with a role are looked
  // for, as written: a search for a few words is far quicker than folding every capitalised word of the text.
  for (const [at, wordEnd, registeredForm, filedUnder] of fromRegistry?.pattern ? registryHits(text, fromRegistry.pattern) : surnameHits(text, searched, covered)) {
    // Most hits are the surnames of the names found with their role: nothing to read there (`surnameHits` leaves
    // them out).
    if (!registeredForm && covered(at)) {
      continue;
    }
    // `Lavrov's`: the name without its possessive ending.
    const end = wordEnd - (endsPossessive(text, at, wordEnd) ? 2 : 0);
    if (registeredForm) {
      add(at, end, undefined);
      // The text names this registry person in full: their bare surname may stand for them here.
      const form = filedName(text.slice(at, end));
      if (form && !isWholeName(form.name)) {
        namedInFull.add(form.key);
      }
      continue;
    }
    const hit = text.slice(at, end);
    // A surname hit is the word it was searched for, and has its key, unless it ends in `'s` (`Lavrov's`).
    const key = filedUnder !== undefined && end - at === filedUnder.word.length ? filedUnder.key : foldWord(hit);
    const own = byWord.get(key);
    const registered = fromRegistry?.byWord.get(key);
    if (own === undefined && registered === undefined) {
      continue;
    }
    const known = [...(own ?? []), ...(registered ?? [])];
    // A name compared whole (`Wang Yi`) is found as written.
    const whole = known.find((k) => isWholeName(k.name) && text.startsWith(k.name.written.slice(k.name.surname.length), end) && !/\p{L}/u.test(text.charAt(end + k.name.written.length - k.name.surname.length)));
    if (whole) {
      add(at, end + whole.name.written.length - whole.name.surname.length, whole.state);
      continue;
    }
    const givenKeys = known.length === 1 ? (known[0]?.givenKeys ?? []) : known.flatMap((k) => k.givenKeys);
    const start = nameStart(text, at, givenKeys, lexicon);
    if (start === undefined) {
      // Another person of this surname (`His brother Bakhtiyor Kamilov`): the bare surname may be either of them.
      othersOfSurname.add(key);
      continue;
    }
    const form = text.slice(start, end);
    // Mostly the name of an official filed under this word again (`H. Kudrin`): its parse is at hand.
    const written = own?.find((k) => k.written === form)?.name ?? parsedName(form);
    if (written === undefined) {
      continue;
    }
    const bare = written.initials.length === 0 && written.given.length === 0;
    // A bare surname is a person only where it stands alone: not in a longer proper name (`Lavrov Street`, `Khan
    // Market`, `Al Jazeera`; but before a state, a place or an organisation, `According to Lavrov Beijing ...`), not
    // after an article (`the Putin era`), not two letters long (but a family name above).
    // A family name of two letters is kept where the text names its person in full (`Mr. Xi` after `Xi Jinping`).
    const shortFamily = bare && written.surname.length < 3 && (own ?? []).some((k) => isWholeName(k.name) && foldWord(k.name.surname) === written.surnameKey);
    if (bare && ((written.surname.length < 3 && !shortFamily) || (CAPITAL_NEXT.test(text.slice(wordEnd, wordEnd + 3)) && !nameGoesOn(text, wordEnd, givenKeys, at < headingEnd) && !standsApart(text, wordEnd + 1, lexicon)) || ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 5), start)))) {
      continue;
    }
    const fits = (k: KnownName): boolean => !isWholeName(k.name) && k.name.surnameKey === written.surnameKey && initialsCompatible(k.name, written);
    const inText = (own ?? []).filter(fits);
    // `López Obrador`, `Aboul Gheit` after `Andrés Manuel López Obrador`, `Ahmed Aboul Gheit`: the last words of a name
    // the text gives, a surname of two words, stand for that person as the bare surname does.
    // `Wang said`, `Mr. Wang`: a family name alone stands for the one name the text gives with it first (`Wang Yi`).
    const families = bare && inText.length === 0 ? (own ?? []).filter((k) => isWholeName(k.name) && foldWord(k.name.surname) === written.surnameKey) : [];
    const tails = !bare && inText.length === 0 && written.initials.length === written.given.length ? (own ?? []).filter((k) => endsName(k, written)) : [];
    const standsFor = families.length > 0 && onePerson(families) && new Set(families.map((k) => k.written)).size === 1 ? families : tails.length > 0 && onePerson(tails) ? tails : undefined;
    if (standsFor !== undefined) {
      bareHits.push({ start, end, state: standsFor.find((k) => k.state !== undefined)?.state, key, registryOnly: false, antecedent: fullest(standsFor) });
      continue;
    }
    // The registry alone names a person by initials or given names with the surname, never by the bare surname
    // (`Rice exports`, `Young diplomats` are not the registry's Rice and Young), unless the text names them in full.
    // A bare surname that fits two people of the text (`Ivanov` after `Igor Ivanov` and `Sergei Ivanov`) is kept, with
    // no antecedent: identity shows it as ambiguous between them rather than dropping it.
    if (bare && inText.length > 1 && !onePerson(inText)) {
      bareHits.push({ start, end, state: undefined, key, registryOnly: false, antecedent: undefined });
    } else if (inText.length > 0 ? onePerson(inText) : (registered ?? []).some((k) => fits(k))) {
      const state = inText.find((k) => k.state !== undefined)?.state;
      if (bare) {
        bareHits.push({ start, end, state, key, registryOnly: inText.length === 0, antecedent: fullest(inText) });
      } else {
        add(start, end, state);
        if (inText.length === 0) {
          namedInFull.add(key);
        }
      }
    }
  }
  for (const hit of bareHits) {
    if (!othersOfSurname.has(hit.key) && (!hit.registryOnly || namedInFull.has(hit.key))) {
      add(hit.start, hit.end, hit.state, hit.antecedent);
    }
  }
  return found;
}

/** Whether a name written with given names and no initials is the last words of a known name (`López Obrador`). */
function endsName(known: KnownName, written: PersonName): boolean {
  const skip = known.givenKeys.length - written.given.length;
  return !isWholeName(known.name) && skip > 0 && known.name.surnameKey === written.surnameKey && written.given.every((given, i) => foldWord(given) === known.givenKeys[skip + i]);
}

/** The fullest of the names a text gives one person with their role (`Sergey Lavrov` rather than `S. Lavrov`). */
function fullest(names: readonly KnownName[]): string | undefined {
  let best: KnownName | undefined;
  for (const known of names) {
    if (best === undefined || known.name.given.length > best.name.given.length || (known.name.given.length === best.name.given.length && (known.written ?? '').length > (best.written ?? '').length)) {
      best = known;
    }
  }
  return best?.written;
}

/** Whether `text.slice(start, end)` ends in a possessive `'s` (POSSESSIVE), read without copying it. */
function endsPossessive(text: string, start: number, end: number): boolean {
  const apostrophe = text.charCodeAt(end - 2);
  return end - start >= 2 && text.charCodeAt(end - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019);
}

/**
 * A hit of the search for names: `[start, end, whether a registry form as written, the known name a surname hit was
 * searched for]`.
 */
type NameHit = [number, number, boolean, KnownName?];

/** The matches of the registry's pattern, in text order. */
function* registryHits(text: string, pattern: RegExp): Generator<NameHit> {
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    yield [match.index, match.index + match[0].length, match[1] !== undefined];
  }
}

/**
 * Where the words under which the text's own names are filed (`known`, each word once) occur as whole capitalised
 * words (a possessive `'s` included), in text order; not those inside the names found with their role (`covered`),
 * which are most of them and where there is nothing to read.
 */
function surnameHits(text: string, known: readonly KnownName[], covered: (at: number) => boolean): NameHit[] {
  const hits: NameHit[] = [];
  for (const filed of known) {
    const word = filed.word;
    if (word === '') {
      continue;
    }
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      // Not inside a name found with its role, nor the end of a longer word (`Kassym-Jomart`).
      if (covered(at) || WORD_BEFORE.test(text.charAt(at - 1))) {
        continue;
      }
      WORD_AT.lastIndex = at;
      const match = WORD_AT.exec(text);
      // The word itself, or with a possessive; not the start of a longer word.
      const length = match?.[0].length ?? 0;
      if (length === word.length || (length === word.length + 2 && POSSESSIVE.test(match?.[0] ?? ''))) {
        // Put in text order as found (stably, as a sort would): the hits are few, and each word's come in order.
        let i = hits.length;
        while (i > 0 && (hits[i - 1]?.[0] ?? -1) > at) {
          i--;
        }
        hits.splice(i, 0, [at, at + length, false, filed]);
      }
    }
  }
  return hits;
}

/** `parsePersonName`, memoised: ten thousand texts write the same few thousand names again and again. */
const parsedName = memoized(parsePersonName, 100000);

/** A sentence that says someone attended, chaired or hosted the meeting, with the phrases that say so, in order. */
interface ParticipationSentence {
  readonly range: Range;
  readonly phrases: ParticipationPhrase[];
}

/**
 * The indexes of the officials (sorted by start) that start in `[start, end)`, found by binary search: a 20 MB text has
 * tens of thousands of officials, and as many sentences that ask.
 */
function officialsStartingIn(officials: readonly Range[], start: number, end: number): number[] {
  const indexes: number[] = [];
  for (let i = firstStartingAt(officials, start); i < officials.length && (officials[i]?.start ?? end) < end; i++) {
    indexes.push(i);
  }
  return indexes;
}

/**
 * Whether a stretch after a semicolon is one more item of a list of officials (`; Minister ... Wang Yi; and ...`)
 * rather than a clause of its own (`; SCO Secretary-General Rashid Alimov presented a report`): it names an official
 * and nothing but punctuation and `and` follows the last one.
 */
function isListItem(text: string, start: number, end: number, officials: readonly Range[]): boolean {
  const last = officials[officialsStartingIn(officials, start, end).pop() ?? -1];
  return last !== undefined && LIST_ITEM_END.test(text.slice(last.end, end));
}

/**
 * The sentences, in order, where a phrase of attendance, chairing or hosting occurs (`findCueWords`), with the
 * phrases each holds. The cue scan finds every such phrase of the text (no other cue word holds one), and a sentence
 * starts and ends on a word's edge, so only a phrase running on over the blank line that ends its sentence
 * (`took\n\npart`) is not the sentence's. A sentence ended by a semicolon runs on over the next ones that hold no
 * phrase: they are the items of its list.
 */
function participationSentences(text: string, sentenceAt: SentenceAt, phrases: readonly ParticipationPhrase[], officials: readonly Range[]): ParticipationSentence[] {
  const found: ParticipationSentence[] = [];
  let last: ParticipationSentence | undefined;
  for (const phrase of phrases) {
    if (!last || phrase.start >= last.range.end) {
      let range = sentenceAt(phrase.start);
      if (!range) {
        continue;
      }
      // A semicolon before a capital ends a sentence, but one that no phrase follows parts the items of a list
      // (`attended by A; B; and C`): the sentence runs on over it.
      while (text.charAt(range.end - 1) === ';') {
        const next = sentenceAt(range.end);
        const nextPhrase = next ? phrases[firstStartingAt(phrases, next.start)] : undefined;
        if (!next || next.start !== range.end || (nextPhrase !== undefined && nextPhrase.start < next.end) || !isListItem(text, next.start, next.end, officials)) {
          break;
        }
        range = { start: range.start, end: next.end };
      }
      last = { range, phrases: [] };
      found.push(last);
    }
    if (phrase.end <= last.range.end) {
      last.phrases.push(phrase);
    }
  }
  return found;
}

// Where a clause of its own starts within a sentence: a relative clause (`, which was attended by`, `, who thanked`)
// or a semicolon (`clausesOf`). A participation phrase speaks of the people of its own clause only.
const CLAUSE_BREAK = /;|,\s+(?:which|who|whom|whose|where)\b/g;
const RELATIVE_CLAUSE = /^,\s+(?:which|who|whom|whose|where)\b/;
const WHO_CLAUSE = /^,\s+who\b/;
// What may stand between a comma and the next official of a list: a role, capitalised words with `of` and `the`
// (`, the President of the Republic of Chile`); not `and`, nor a verb.
const LIST_GOES_ON = /^\s*(?:(?:of|the|\p{Lu}[\p{L}.'-]*)\s+)*$/u;
// `attended by`, `chaired by`, `presided over by`: the people after the phrase are its agents, not those before.
const AGENT = /\s+(?:over\s+)?by\b/y;
// What may follow the last official of a list item: punctuation and `and`, nothing said of them.
const LIST_ITEM_END = /^[\s,.;:]*(?:and\s*)?[\s,.;:]*$/;
// A meeting told apart from the text's own by its premodifier.
const OTHER_MEETING = /\b(?:previous|last|preceding|next|upcoming|forthcoming|former|earlier)\s+(?:(?:\p{L}+\s+){0,2})?(?:meeting|summit|session|conference)s?\b/iu;
// A meeting noun with a place or date of its own, up to a year (`their meeting in Rio de Janeiro on 28-29 April 2025`).
const DATED_MEETING = /\b(?:meeting|summit|session)\s+(?:held\s+)?(?:in|at|on)\s+[^,;:.]{0,60}?\b(?:1[89]|2[01])\d\d\b/i;
// `took part in the meeting in Sochi in 2017:`: a meeting with a place of its own, before the colon of a list.
const PLACED_MEETING = /^\s+in\s+(?:the\s+)?(?:work\s+of\s+the\s+)?(?:meeting|summit|session)\s+(?:in|at|of)\s+[^:]*:/;
// What was attended or joined that is no meeting: `attended the informal dinner`, `joined the reception`.
const NO_MEETING_OBJECT = /^\s+(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,3}(?:dinner|lunch|luncheon|breakfast|reception|ceremony|banquet|concert|exhibition|parade|consensus|statement|declaration|agreement)s?\b/iu;
// A meeting of two on the margins of the one the text reports: `met with Mr. Kuleba on the margins`.
const ON_THE_MARGINS = /\bon\s+the\s+(?:margins?|sidelines?)\b/;
// How far after `attended`, `took part` the meeting it names may start (`took part in the work of the`).
const OBJECT_REACH = 40;

/** A meeting mention of the text and whether it names the text's own meeting. */
interface MeetingSpan extends Range {
  readonly own: boolean;
}

/** Each meeting mention of the text, in order; a mention of several meetings (`these meetings`) is own if one of them is. */
function meetingSpans(meetings: readonly MeetingExtraction[]): MeetingSpan[] {
  const byStart = new Map<number, MeetingSpan>();
  for (const meeting of meetings) {
    for (const { start, end } of meeting.mentions) {
      byStart.set(start, { start, end, own: meeting.own || (byStart.get(start)?.own ?? false) });
    }
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/**
 * The clauses of a sentence: where one of its own starts (`breaks`: a semicolon before a participation phrase of its
 * own, or a relative clause that runs on to the sentence's end), and the relative clauses closed by a comma inside the clause around them (`asides`: `, who
 * spoke first,`). A comma that a list of officials goes on after (`, who thanked A, B and C`) closes no aside.
 */
function clausesOf(text: string, sentence: ParticipationSentence, inSentence: readonly { o: Range }[], officials: readonly Range[]): { breaks: number[]; asides: Range[] } {
  const { range, phrases } = sentence;
  const breaks: number[] = [];
  const asides: Range[] = [];
  const semicolons: number[] = [];
  const body = text.slice(range.start, range.end);
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(body); match !== null; match = CLAUSE_BREAK.exec(body)) {
    const start = range.start + match.index;
    if (match[0] === ';') {
      semicolons.push(start);
      continue;
    }
    const comma = body.indexOf(',', match.index + match[0].length);
    const semicolon = body.indexOf(';', match.index + match[0].length);
    const close = comma >= 0 && (semicolon < 0 || comma < semicolon) ? range.start + comma : -1;
    const following = close >= 0 ? inSentence.find(({ o }) => o.start > close) : undefined;
    const listGoesOn =
      following !== undefined && LIST_GOES_ON.test(text.slice(close + 1, following.o.start)) && inSentence.some(({ o }) => o.start > start && o.end <= close);
    if (close >= 0 && !listGoesOn) {
      asides.push({ start, end: close });
      CLAUSE_BREAK.lastIndex = comma;
    } else {
      breaks.push(start);
    }
  }
  // A semicolon ends a clause when what follows it, up to the next one, has a phrase of its own (not one of an aside):
  // else it parts the items of one list (`attended by A; B; and C`).
  semicolons.forEach((at, i) => {
    const next = semicolons[i + 1] ?? range.end;
    if (phrases.some((p) => p.start > at && p.start < next && !asides.some((a) => a.start <= p.start && p.start < a.end)) || !isListItem(text, at, next, officials)) {
      breaks.push(at);
    }
  });
  return { breaks: breaks.sort((a, b) => a - b), asides };
}

const KIND_RANK: Record<ParticipationKind, number> = { attended: 0, host: 1, chair: 2 };
// `met today` opening a readout's own meeting.
const MET_TODAY = /^met\s+today\b/;
// A sentence that opens with where it happened (`In Riyadh, ...`, `In Abu Dhabi, ...`).
const PLACE_OPENING = /^\s*(?:In|At)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?),/u;

/**
 * How each official of one sentence took part in the own meeting, by official index: the kind of the phrase that
 * governs the official in its clause (a relative clause closed by a comma is an aside of the clause around it, whose
 * officials it leaves out: `A, who spoke first, and B attended`). An active phrase (`X chaired the meeting`) governs
 * the officials written before it in its clause (in a `who` clause with none, the one the clause hangs on: `X, who
 * chaired the meeting`); `met with` also governs those after it, and so does a phrase followed by a colon (`took part
 * in the meeting: A, B and C`). A passive one (`was attended by Y and Z`, `were received by A`, `under the
 * chairmanship of X`) governs those after it, and those received by a host were there too. A phrase whose meeting is
 * another than the text's own (`attended the summit in Ufa`, `the summit in Ufa, which was attended by`) makes no one
 * a participant.
 */
function sentenceParticipants(text: string, sentence: ParticipationSentence, officials: readonly Range[], spans: readonly MeetingSpan[], ownPlace: string | undefined): Map<number, ParticipationKind> {
  const { range, phrases } = sentence;
  // Officials and meeting mentions are sorted by start: only the sentence's own are looked at.
  const inSentence = objectList<{ o: Range; index: number }>();
  for (const index of officialsStartingIn(officials, range.start, range.end)) {
    const o = officials[index] as Range;
    if (o.end <= range.end) {
      inSentence.push({ o, index });
    }
  }
  const { breaks, asides } = clausesOf(text, sentence, inSentence, officials);
  const inAside = (at: number): Range | undefined => asides.find((a) => a.start <= at && at < a.end);
  // The clause of a phrase: its aside, else the stretch between the breaks around it, less the asides in it.
  const clauseOf = (at: number): Range => inAside(at) ?? { start: breaks.filter((b) => b <= at).pop() ?? range.start, end: breaks.find((b) => b > at) ?? range.end };
  const local = spans.slice(firstStartingAt(spans, range.start), firstStartingAt(spans, range.end));
  const kinds = new Map<number, ParticipationKind>();
  const give = (index: number, kind: ParticipationKind): void => {
    const had = kinds.get(index);
    if (had === undefined || KIND_RANK[kind] > KIND_RANK[had]) {
      kinds.set(index, kind);
    }
  };
  const clauses = phrases.map((phrase) => clauseOf(phrase.start));
  phrases.forEach((phrase, i) => {
    const clause = clauses[i] ?? range;
    const { start: from, end: to } = clause;
    const aside = inAside(phrase.start) !== undefined;
    // The officials between this phrase and its neighbours in the clause, outside the asides of an outer clause.
    const sameClause = (j: number): boolean => clauses[j] === clause || (clauses[j]?.start === from && clauses[j]?.end === to);
    const previous = phrases.findLast((_, j) => j < i && sameClause(j));
    const next = phrases.find((_, j) => j > i && sameClause(j));
    const before = Math.max(from, previous?.end ?? from);
    const after = Math.min(to, next?.start ?? to);
    const mine = aside ? inSentence : inSentence.filter(({ o }) => inAside(o.start) === undefined);
    const opening = text.slice(from, from + 12);
    AGENT.lastIndex = phrase.end;
    // `were received by`, `under the chairmanship of`, `attended by`, `was represented by`, `hosted by`.
    // `the participation of X`: X after the phrase, as after a passive one.
    const passive = phrase.kind === 'host' ? text.startsWith('w', phrase.start) || AGENT.test(text) : text.startsWith('nder', phrase.start + 1) || text.startsWith('by', phrase.end - 2) || text.startsWith('of', phrase.end - 2) || AGENT.test(text);
    const meeting = passive
      ? local.filter((s) => s.end <= phrase.start && s.start >= (RELATIVE_CLAUSE.test(opening) ? range.start : from)).pop()
      : local.find((s) => s.start >= phrase.end && s.start <= phrase.end + OBJECT_REACH && s.end <= to);
    // Talks told by a verb that the extraction names as no meeting (`held talks` without a party after `with`) are
    // not the text's own meeting either; nor is what is hosted but no meeting (`a dinner hosted by X`).
    if ((meeting && !meeting.own) || ((phrase.talks || text.startsWith('host', phrase.start) || text.startsWith('joined', phrase.start)) && !meeting)) {
      return;
    }
    // A meeting the extraction did not name as one, but written as another: `who chaired the previous meeting`, `the
    // previous meeting, held under the chairmanship of X`, `took part in the meeting in Sochi in 2017: A, B`.
    const object = text.slice(phrase.end, Math.min(to, phrase.end + OBJECT_REACH));
    const subject = text.slice(from, phrase.start);
    if (OTHER_MEETING.test(passive ? subject : object) || (!passive && (PLACED_MEETING.test(object) || NO_MEETING_OBJECT.test(object)))) {
      return;
    }
    // `for their meeting in Rio de Janeiro on 28-29 April 2025, chaired by X`: a meeting told with a date of its own,
    // which the extraction names as no meeting of the text, is not the text's.
    if (!meeting && DATED_MEETING.test(passive ? subject : object)) {
      return;
    }
    // `In Riyadh, the Secretary met with ...` in a readout of a meeting in Doha: a stop of the journey elsewhere, not
    // the text's own meeting.
    const elsewhere = meeting === undefined && ownPlace !== undefined ? PLACE_OPENING.exec(text.slice(range.start, phrase.start)) : null;
    if (elsewhere?.[1] !== undefined && PLACE_NAMES.has(elsewhere[1]) && !placesAgree(elsewhere[1], ownPlace ?? '')) {
      return;
    }
    const ahead = mine.filter(({ o }) => o.start >= before && o.end <= phrase.start);
    const behind = mine.filter(({ o }) => o.start >= phrase.end && o.end <= after);
    if (passive) {
      behind.forEach(({ index }) => give(index, phrase.kind));
      if (phrase.kind === 'host') {
        ahead.forEach(({ index }) => give(index, 'attended'));
      }
      return;
    }
    // `A met with B in Beijing`, where the verb itself tells the text's own meeting: the two met, neither hosted.
    const metAsEquals = phrase.kind === 'host' && local.some((s) => s.own && s.start <= phrase.start && phrase.end <= s.end);
    if (metAsEquals) {
      [...ahead, ...behind].forEach(({ index }) => give(index, 'attended'));
      return;
    }
    const subjects = ahead.length === 0 && WHO_CLAUSE.test(opening) ? inSentence.filter(({ o }) => o.end <= from).slice(-1) : ahead;
    subjects.forEach(({ index }) => give(index, phrase.kind));
    // `A held talks with B`: the party after `with`, in the talks' phrase, took part as the subject did.
    if (phrase.talks && meeting) {
      behind.forEach(({ o, index }) => o.end <= meeting.end && give(index, phrase.kind));
    }
    // `took part in the meeting: A, B and C` lists its subjects after it.
    const listed = behind[0] !== undefined && text.slice(phrase.end, behind[0].o.start).includes(':');
    if (phrase.kind === 'host' || listed) {
      behind.forEach(({ index }) => give(index, phrase.kind));
    }
  });
  return kinds;
}

/**
 * The participation phrases with the `met` that opens the own meeting's mention (`met today in Doha with B`), which the
 * cue scan finds only as `met with`: read as that phrase is, the two who met attended.
 */
function withMetVerb(text: string, phrases: readonly ParticipationPhrase[], own: MeetingExtraction): readonly ParticipationPhrase[] {
  const met = own.mentions.find((m) => text.startsWith('met ', m.start));
  if (met === undefined || phrases.some((p) => p.start === met.start)) {
    return phrases;
  }
  return [...phrases, { start: met.start, end: met.start + 3, kind: 'host' as const }].sort((a, b) => a.start - b.start);
}

/**
 * The participation phrases with the verbs of talks told by one (`held` of `held talks with`), in text order. The cue
 * scan has found the noun `talks`; only there is the verb read, before it. The phrases as they are for a text with none.
 */
function withTalksVerbs(text: string, phrases: readonly ParticipationPhrase[], nouns: readonly MeetingNoun[]): readonly ParticipationPhrase[] {
  let verbs: ParticipationPhrase[] | undefined;
  for (const { start, noun } of nouns) {
    const verb = noun === 'talks' || noun === 'Talks' ? talksVerbBefore(text, start) : noun === 'meeting' || noun === 'Meeting' ? talksVerbBefore(text, start, true) : undefined;
    if (verb) {
      (verbs ??= []).push({ start: verb.start, end: verb.end, kind: 'attended', talks: true });
    }
  }
  return verbs === undefined ? phrases : [...phrases, ...verbs].sort((a, b) => a.start - b.start);
}

/**
 * Who the participation phrases of a text may name, in text order: its officials, and the roles it writes without a
 * name for one office holder (with a state or an organisation: `the Minister of Foreign Affairs of Kazakhstan`, not
 * `the ministers`); and the participation of the one at an index of that list. Officials alone when there are no such
 * roles, as in most texts.
 */
function participantsWritten(
  officials: readonly OfficialMention[],
  roles: readonly RoleMention[],
): { actors: readonly Range[]; participation: (index: number, kind: ParticipationKind) => Participation } {
  const holds = (r: RoleMention): boolean => r.state !== undefined || r.organization !== undefined;
  if (!roles.some(holds)) {
    return { actors: officials, participation: (official, kind) => ({ official, kind }) };
  }
  const actors: { start: number; end: number; official?: number; role?: number }[] = officials.map((o, official) => ({ start: o.start, end: o.end, official }));
  roles.forEach((r, role) => {
    if (holds(r)) {
      actors.push({ start: r.start, end: r.end, role });
    }
  });
  actors.sort((a, b) => a.start - b.start);
  return {
    actors,
    participation: (index, kind) => {
      const actor = actors[index];
      return actor?.role === undefined ? { official: actor?.official ?? index, kind } : { official: -1, role: actor.role, kind };
    },
  };
}

function namePattern(names: readonly string[]): RegExp {
  const alternation = [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(n).replace(/\\\.\s*/g, '\\.\\s?').replace(/ /g, '\\s+'))
    .join('|');
  // The registry's forms as written (group 1), else a capitalised word for the search of surnames.
  return new RegExp(`(?<![\\p{L}.])(?:(${alternation})(?![\\p{L}])|${NAME_WORD})`, 'gu');
}

/**
 * Extracts officials (with the role and state written next to them), roles without names, meetings (own and
 * referred to, with body, date, place), cited document titles, the heading and the document's date from one text.
 * Pure and deterministic: the same text and registry give the same result.
 */
export function extractText(text: string, registry?: Registry): TextExtraction {
  const lexicon = lexiconIndex(registry);
  const heading = findHeading(text);
  const headingEnd = heading?.frontEnd ?? 0;
  const firstScan = scanDates(text);
  const firstPass = firstScan.dates;
  let date = findDocumentDate(text, firstPass, heading);
  const paragraphs = findParagraphs(text);
  // Read only as far as the meeting nouns and participation words that ask for them.
  const sentenceAt = sentencesOf(text);
  const firstParagraph = paragraphs.find((p) => p.start >= headingEnd);
  const openingDate = firstParagraph ? firstPass.find((d) => d.start >= firstParagraph.start && d.end <= firstParagraph.end && d.date.from.slice(0, 4) === d.date.to.slice(0, 4)) : undefined;
  const documentYear = Number((date ?? openingDate?.date)?.from.slice(0, 4)) || undefined;
  // Only days written without a year read differently once the document's year is known.
  const dates = firstScan.undatedDays && documentYear !== undefined ? findDates(text, documentYear) : firstPass;
  const organizations = findOrganizations(text, lexicon);
  const cues = findCueWords(text);
  const found = withSignatories(findOfficials(text, lexicon, paragraphs, cues.roleWords), findSignatories(text, lexicon));
  const roles = found.roles;
  const officials = withShortFormAntecedents([...found.officials, ...findKnownNames(text, found.officials, registry, lexicon, headingEnd)].sort((a, b) => a.start - b.start));
  // A heading in capitals (`EUROPEAN COUNCIL MEETING (27 AND 28 JUNE 2024)`, `COMMUNIQUÉ OF THE 1225TH MEETING OF THE
  // PEACE AND SECURITY COUNCIL`) is read for meetings as if written in the case of a title, at the same offsets.
  const meetingText = heading === undefined ? text : withTitleCaseHeading(text, heading.start, heading.end, lexicon);
  const meetingNouns = meetingText === text ? cues.nouns : findCueWords(meetingText).nouns;
  // Its dates and organisations too (`JUNE` of the heading is no acronym).
  const meetingDates = meetingText === text ? dates : findDates(meetingText, documentYear);
  const meetingOrganizations = meetingText === text ? organizations : findOrganizations(meetingText, lexicon);
  const meetings = findMeetings(meetingText, lexicon, meetingDates, meetingOrganizations, headingEnd, sentenceAt, paragraphs, meetingNouns, documentYear, officials, roles);
  const spans = meetingSpans(meetings);
  // A title inside a meeting's phrase is part of its name. The spans are in text order, so only the last few that
  // start before the title can hold it (phrases hardly nest).
  const inMeeting = (t: Range): boolean => {
    for (let i = firstStartingAt(spans, t.start + 1) - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
      const span = spans[i];
      if (span && span.start <= t.start && t.end <= span.end) {
        return true;
      }
    }
    return false;
  };
  // Nor is a title inside an organisation's name a document (`Collective Security Treaty` of the `Collective Security
  // Treaty Organization`); the organisations' mentions do not overlap, so only the last one starting before it can hold it.
  const inOrganization = (t: Range): boolean => {
    const organization = organizations[firstStartingAt(organizations, t.start + 1) - 1];
    return organization !== undefined && organization.start <= t.start && t.end <= organization.end;
  };
  const titles = findTitles(text, headingEnd, cues.typeWords, cues.numberedWords).filter((t) => !inMeeting(t) && !inOrganization(t));
  const own = meetings.find((m) => m.own);
  // Without a dateline or an own meeting, a full date opening the text is the best guess of when it was written; never
  // the date of a meeting it only refers to (recalled, planned, the previous one), written in that meeting's phrase or
  // in the predicate of its sentence (`... was held on 14 June 2019`). A later day of the paragraph may be the text's
  // (`Following the summit in Bishkek on 14 June 2019, the Secretary-General briefed ... on 20 June 2019`).
  // Asked of many dates: the meetings referred to are listed once, and the date's sentence is looked up only for a
  // meeting of the same date.
  const others = meetings.filter((m) => !m.own);
  const referred = (d: DateMention): boolean => {
    let sentence: Range | undefined;
    let looked = false;
    for (const m of others) {
      const sameDate = m.date !== undefined && m.date.from === d.date.from && m.date.to === d.date.to;
      for (const s of m.mentions) {
        if (s.start <= d.start && d.end <= s.end) {
          return true;
        }
        if (sameDate && s.end <= d.start) {
          if (!looked) {
            sentence = sentenceAt(d.start);
            looked = true;
          }
          if (sentence !== undefined && s.start >= sentence.start) {
            return true;
          }
        }
      }
    }
    return false;
  };
  const openingReferred = openingDate !== undefined && referred(openingDate);
  const laterDay =
    openingDate && firstParagraph && openingReferred
      ? firstPass.find((d) => d.start > openingDate.start && d.end <= firstParagraph.end && d.date.from === d.date.to && !referred(d))
      : undefined;
  const openingDay = openingReferred ? laterDay : openingDate;
  // Nor does a closing line dating a meeting the text only refers to (`We look forward to meeting again in Laos on
  // 5 July 2024.`): the text is dated as if that line were not there.
  if (date !== undefined && firstPass.some((d) => d.date.text === date?.text && referred(d))) {
    date = findDocumentDate(text, firstPass.filter((d) => !referred(d)), heading);
  }
  date ??= own?.date ?? (openingDay && openingDay.date.from === openingDay.date.to ? openingDay.date : undefined);
  // `A met today in Doha with B`: the readout's own meeting, told as today's, is on the day the text is dated.
  const today = own !== undefined && own.date === undefined && date !== undefined && date.from === date.to && own.mentions.some((m) => MET_TODAY.test(text.slice(m.start, m.start + 10)));
  const dated = today && own !== undefined ? meetings.map((m) => (m === own ? { ...m, date } : m)) : meetings;

  const participants: Participation[] = [];
  let chairState: string | undefined;
  if (own) {
    const { actors, participation } = participantsWritten(officials, roles);
    const listed = new Map<number, ParticipationKind[]>();
    const answers = transcriptTurns(text, paragraphs);
    const ownDate = dated.find((m) => m.own)?.date;
    // Talks of two parties (`China–Russia Talks`, `Talks between A and B`), not a summit where the sides meet.
    const ownOfTwo = /\bTalks\b/.test(own.body ?? '');
    for (const sentence of participationSentences(text, sentenceAt, withMetVerb(text, withTalksVerbs(text, cues.participation, cues.nouns), own), actors)) {
      if (sentence.phrases.length === 0) {
        continue;
      }
      const namesOwn = spans.slice(firstStartingAt(spans, sentence.range.start), firstStartingAt(spans, sentence.range.end)).some((s) => s.own && s.end <= sentence.range.end);
      // `Premier Li Qiang met with President Putin`, after the talks the text reports: a meeting of its own (at a
      // summit, `X met with the host` is told of a participant).
      const metApart = ownOfTwo && sentence.phrases.every((p) => text.startsWith('met with', p.start));
      if (!namesOwn && (metApart || tellsOfAnotherEvent(text, sentence.range, answers, dates, ownDate))) {
        continue;
      }
      const side = CHAIR_SIDE.exec(text.slice(sentence.range.start, sentence.range.end));
      if (side?.[1] !== undefined) {
        chairState ??= lexicon.stateOf(side[1]);
      }
      const kinds = sentenceParticipants(text, sentence, actors, spans, own.place);
      for (const index of [...kinds.keys()].sort((a, b) => a - b)) {
        const kind = kinds.get(index) ?? 'attended';
        // A chair named again as a participant keeps both; a participant is otherwise listed once.
        const had = listed.get(index);
        if (had === undefined || (kind === 'chair' && !had.includes('chair'))) {
          participants.push(participation(index, kind));
          listed.set(index, [...(had ?? []), kind]);
        }
      }
    }
  }
  return { heading, date, officials, roles, meetings: dated, titles, participants, chairState };
}
