import { documentTypes, TYPE_END } from './documentTitles';
import { collapseBlanks, type Range } from './textStructure';
import { nameTrie } from './nameTrie';

/** A meeting noun of a text (`meeting`, `Summits`, `talks`) and where it starts. */
export interface MeetingNoun {
  readonly start: number;
  readonly noun: string;
}

/** How a participation phrase says an official took part in a meeting. */
export type ParticipationKind = 'attended' | 'chair' | 'host';

/** A phrase that says someone attended, chaired or hosted a meeting (`took part`, `chaired`, `under the chairmanship of`, `met with`). */
export interface ParticipationPhrase extends Range {
  readonly kind: ParticipationKind;
  /** The verb of talks told by one (`held` of `held talks with`): its subject and the party after `with` took part. */
  readonly talks?: true;
}

/** The words that send the recognisers to a place of a text, in text order. */
export interface CueWords {
  /** The meeting nouns, where `findMeetings` reads a meeting phrase. */
  readonly nouns: readonly MeetingNoun[];
  /** The phrases that say someone attended, chaired or hosted a meeting. */
  readonly participation: readonly ParticipationPhrase[];
  /** Starts of the role words (`Minister`, `President`, `minister`): a paragraph without any holds no role. */
  readonly roleWords: readonly number[];
  /**
   * The document types written with a capital (`Charter`, `Joint Statement`), where `findTitles` reads a title;
   * undefined when the types cannot share the scan (below).
   */
  readonly typeWords: readonly Range[] | undefined;
  /** Starts of the numbered types written in lower case or in the plural (`resolution`, `Decisions`), where `findTitles` reads a numbered title. */
  readonly numberedWords: readonly number[];
}

const MEETING_NOUNS = 'meetings?|Meetings?|summits?|Summits?|conferences?|Conferences?|[Ss]essions?|talks|Talks';
// Attendance, chairing and hosting, a group each: `\b` on each side of the whole alternation (a `\b` opening each
// alternative makes the scan half as fast again). No two phrases can match at one place, so their order is free.
const ATTENDANCE = String.raw`attended|joined|took\s+part|participated|participation\s+of|w(?:ere|as)\s+present|w(?:ere|as)\s+represented\s+by|(?:ha(?:ve|s|d)\s+)?met\s+(?:in|on|at)`;
const CHAIR = String.raw`chaired|presided|[Uu]nder\s+the\s+chairmanship\s+of`;
const HOST = String.raw`w(?:ere|as)\s+received\s+by|met\s+with|hosting|hosted`;
/** The words every role but a few holds one of (`officialMentions` finds the few). */
export const ROLE_WORDS = 'Minister|President|Premier|Secretary|Spokesperson|Spokesman|Spokeswoman|Director|Chair|Chairman|Chairwoman|Chairperson|Ambassador|Chancellor|Speaker|King|Queen|Emir|Amir|Taoiseach|Sultan|Representative|Envoy|Councill?or|Governor|Mayor|Prince|Coordinator|Head|Chief|Prosecutor|Executive|Deputy';
/**
 * The words every role written in lower case (`foreign minister`, `high commissioner`) holds one of: role words that
 * are no common word (`head`, `chair`, `executive` are left out) or that open such a role (`deputy`, `chief`). They
 * are found here, in the scan a text has anyway: a scan of their own for the few of them no capitalised role word
 * stands for (`commissioner`) cost as much as this whole scan, lower-case letters being everywhere.
 */
export const LOWER_ROLE_WORDS = 'minister|president|premier|secretary|spokesperson|spokesman|spokeswoman|director|chairman|chairperson|ambassador|representative|envoy|councill?or|prince|coordinator|prosecutor|commissioner|advis[eo]r|deputy|chief';

/**
 * The numbered types as `findTitles` reads them before a number (`resolution 1373`, `Decisions 5 and 6`): lower case
 * or plural, never the capitalised singular, which is a document type of the scan.
 */
export const NUMBERED_WORDS = 'resolutions?|decisions?|Resolutions|Decisions';

/** What a cue word of the scan is, but for the document types. */
type CueKind = 'noun' | ParticipationKind | 'role' | 'numbered';

let cuePattern: RegExp | undefined;
let typesApart = false;
/** The kind of each cue word, written with single spaces. */
const cueKinds = new Map<string, CueKind>();

/**
 * The five kinds in one scan, which costs about what one of them costs alone. It finds what five scans would: the
 * kinds start with different words, so only one can match at a place, and no match of one starts inside a match of
 * another (a participation phrase holds no noun, role, numbered or type word, and none of its inner words starts a
 * phrase but `met`, which in `had met in` cannot be followed by `with`). The numbered words (`NUMBERED_WORDS`) were a
 * scan of `findTitles` of their own, which cost a third of this one. Type words may run over one another (`Statement` in
 * `Joint Statement`): `findTitles` is written for that.
 *
 * The words are written as a tree of their letters (`nameTrie`) rather than an alternation of the kinds, each in a
 * group of its own: the scan is a third faster, and the kind of a match is looked up from the words as written.
 *
 * The types come from the lexicon: should one start in lower case or hold a word of the other kinds (a `Summit
 * Declaration` would hide its meeting noun), they are left out of the scan and `findTitles` looks for them itself.
 */
function cueWordPattern(): RegExp {
  if (!cuePattern) {
    const otherWord = new RegExp(String.raw`\b(?:${MEETING_NOUNS}|${ATTENDANCE}|${CHAIR}|${HOST}|${ROLE_WORDS}|${LOWER_ROLE_WORDS}|${NUMBERED_WORDS})\b`);
    typesApart = documentTypes().every((type) => /^[A-Z]/.test(type) && !otherWord.test(type));
    const kinds: [string, CueKind][] = [[MEETING_NOUNS, 'noun'], [ATTENDANCE, 'attended'], [CHAIR, 'chair'], [HOST, 'host'], [`${ROLE_WORDS}|${LOWER_ROLE_WORDS}`, 'role'], [NUMBERED_WORDS, 'numbered']];
    for (const [source, kind] of kinds) {
      for (const word of expandAlternatives(source)) {
        // A word of two kinds would be the first's, as in the alternation.
        if (!cueKinds.has(word)) {
          cueKinds.set(word, kind);
        }
      }
    }
    // A type ends at `TYPE_END`, not `\b`, which never ends one written with an accent (`Communiqué`). The other
    // kinds come first, as they did in an alternation of the kinds.
    const types = typesApart ? String.raw`|(${nameTrie(documentTypes())})${TYPE_END}` : '';
    cuePattern = new RegExp(String.raw`\b(?:${nameTrie([...cueKinds.keys()])}\b${types})`, 'g');
  }
  return cuePattern;
}

/**
 * The phrases a small pattern matches, a space standing for its `\s+`: `w(?:ere|as)\s+present` gives `were present`
 * and `was present`, `Councill?or` gives `Councillor` and `Councilor`. Only what the cue words are written with is
 * read (letters, `\s+`, `[..]` of letters, `(?:..|..)`, `?` after a letter, a class or a group); anything else
 * throws, so that a cue word written otherwise is noticed rather than left out.
 */
export function expandAlternatives(source: string): string[] {
  let at = 0;
  const fail = (): never => {
    throw new Error(`expandAlternatives: cannot read \`${source}\` at ${at}`);
  };
  const alternatives = (): string[] => {
    const found = sequence();
    while (source[at] === '|') {
      at++;
      found.push(...sequence());
    }
    return found;
  };
  const sequence = (): string[] => {
    let found = [''];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let atom: string[];
      const c = source[at] ?? '';
      if (source.startsWith('(?:', at)) {
        at += 3;
        atom = alternatives();
        if (source[at++] !== ')') {
          fail();
        }
      } else if (c === '[') {
        const close = source.indexOf(']', at);
        atom = close < 0 ? fail() : [...source.slice(at + 1, close)];
        if (!atom.every((letter) => /^\p{L}$/u.test(letter))) {
          fail();
        }
        at = close + 1;
      } else if (source.startsWith(String.raw`\s+`, at)) {
        at += 3;
        atom = [' '];
      } else if (/^\p{L}$/u.test(c)) {
        at++;
        atom = [c];
      } else {
        atom = fail();
      }
      if (source[at] === '?') {
        at++;
        atom = [...atom, ''];
      }
      found = found.flatMap((head) => atom.map((tail) => head + tail));
    }
    return found;
  };
  const found = alternatives();
  if (at < source.length) {
    fail();
  }
  return found;
}

/** Finds the cue words of a text in one scan. */
export function findCueWords(text: string): CueWords {
  const nouns: MeetingNoun[] = [];
  const participation: ParticipationPhrase[] = [];
  const roleWords: number[] = [];
  const typeWords: Range[] = [];
  const numberedWords: number[] = [];
  const pattern = cueWordPattern();
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const written = match[0];
    if (match[1] !== undefined) {
      typeWords.push({ start: match.index, end: match.index + written.length });
      continue;
    }
    // Most cue words are one word, or written with single spaces as the table is.
    const kind = cueKinds.get(written) ?? cueKinds.get(collapseBlanks(written));
    if (kind === 'noun') {
      nouns.push({ start: match.index, noun: written });
    } else if (kind === 'role') {
      roleWords.push(match.index);
    } else if (kind === 'numbered') {
      numberedWords.push(match.index);
    } else if (kind !== undefined) {
      participation.push({ start: match.index, end: match.index + written.length, kind });
    }
  }
  return { nouns, participation, roleWords, typeWords: typesApart ? typeWords : undefined, numberedWords };
}
