import { documentTypes, documentTypesPattern, TYPE_END } from './documentTitles';
import type { Range } from './textStructure';

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
}

const MEETING_NOUNS = 'meetings?|Meetings?|summits?|Summits?|conferences?|Conferences?|[Ss]essions?|talks|Talks';
// Attendance, chairing and hosting, a group each: `\b` on each side of the whole alternation (a `\b` opening each
// alternative makes the scan half as fast again). No two phrases can match at one place, so their order is free.
const ATTENDANCE = String.raw`attended|took\s+part|participated|w(?:ere|as)\s+present|ha(?:ve|s|d)\s+met\s+(?:in|on|at)`;
const CHAIR = String.raw`chaired|presided|[Uu]nder\s+the\s+chairmanship\s+of`;
const HOST = String.raw`w(?:ere|as)\s+received\s+by|met\s+with`;
/** The words every role but a few holds one of (`officialMentions` finds the few). */
export const ROLE_WORDS = 'Minister|President|Premier|Secretary|Director|Chair|Chairman|Chairwoman|Chairperson|Ambassador|Chancellor|Speaker|King|Queen|Emir|Sultan|Representative|Envoy|Councill?or|Governor|Mayor|Prince|Coordinator|Head|Chief|Prosecutor|Executive|Deputy';
/**
 * The words every role written in lower case (`foreign minister`, `high commissioner`) holds one of: role words that
 * are no common word (`head`, `chair`, `executive` are left out) or that open such a role (`deputy`, `chief`). They
 * are found here, in the scan a text has anyway: a scan of their own for the few of them no capitalised role word
 * stands for (`commissioner`) cost as much as this whole scan, lower-case letters being everywhere.
 */
export const LOWER_ROLE_WORDS = 'minister|president|premier|secretary|director|chairman|chairperson|ambassador|representative|envoy|councill?or|prince|coordinator|prosecutor|commissioner|advis[eo]r|deputy|chief';

let cuePattern: RegExp | undefined;
let typesApart = false;

/**
 * The four kinds in one scan, which costs about what one of them costs alone. It finds what four scans would: the
 * kinds start with different words, so only one can match at a place, and no match of one starts inside a match of
 * another (a participation phrase holds no noun, role or type word, and none of its inner words starts a phrase but
 * `met`, which in `had met in` cannot be followed by `with`). Type words may run over one another (`Statement` in
 * `Joint Statement`): `findTitles` is written for that.
 *
 * The types come from the lexicon: should one start in lower case or hold a word of the other kinds (a `Summit
 * Declaration` would hide its meeting noun), they are left out of the scan and `findTitles` looks for them itself.
 */
function cueWordPattern(): RegExp {
  if (!cuePattern) {
    const otherWord = new RegExp(String.raw`\b(?:${MEETING_NOUNS}|${ATTENDANCE}|${CHAIR}|${HOST}|${ROLE_WORDS}|${LOWER_ROLE_WORDS})\b`);
    typesApart = documentTypes().every((type) => /^[A-Z]/.test(type) && !otherWord.test(type));
    // A type ends at `TYPE_END`, not `\b`, which never ends one written with an accent (`Communiqué`).
    const types = typesApart ? String.raw`|\b(${documentTypesPattern()})${TYPE_END}` : '';
    cuePattern = new RegExp(String.raw`\b(?:(${MEETING_NOUNS})|(${ATTENDANCE})|(${CHAIR})|(${HOST})|(${ROLE_WORDS}|${LOWER_ROLE_WORDS}))\b${types}`, 'g');
  }
  return cuePattern;
}

/** Finds the cue words of a text in one scan. */
export function findCueWords(text: string): CueWords {
  const nouns: MeetingNoun[] = [];
  const participation: ParticipationPhrase[] = [];
  const roleWords: number[] = [];
  const typeWords: Range[] = [];
  const pattern = cueWordPattern();
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[1] !== undefined) {
      nouns.push({ start: match.index, noun: match[1] });
    } else if (match[2] !== undefined || match[3] !== undefined || match[4] !== undefined) {
      const kind = match[2] !== undefined ? 'attended' : match[3] !== undefined ? 'chair' : 'host';
      participation.push({ start: match.index, end: match.index + match[0].length, kind });
    } else if (match[5] !== undefined) {
      roleWords.push(match.index);
    } else {
      typeWords.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return { nouns, participation, roleWords, typeWords: typesApart ? typeWords : undefined };
}
