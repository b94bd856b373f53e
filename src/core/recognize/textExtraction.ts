import type { DateRange } from '../corpus/dateRange';
import type { Registry } from '../registry/registryFile';
import { findCueWords, type ParticipationKind, type ParticipationPhrase } from './cueWords';
import { findDates, scanDates } from './dateMentions';
import { findDocumentDate, findHeading, findTitles, type DocumentHeading, type TitleMention } from './documentTitles';
import { escapeRegExp, lexiconIndex } from './lexiconIndex';
import { findMeetings, type MeetingExtraction } from './meetingMentions';
import { findOfficials, type OfficialMention, type RoleMention } from './officialMentions';
import { findOrganizations } from './organizationMentions';
import { collapseBlanks, findParagraphs, sentencesOf, type Range, type SentenceAt } from './textStructure';

/** How an official took part in the document's own meeting, as the text says it. */
export type { ParticipationKind } from './cueWords';

/** An official of the text who took part in its own meeting. */
export interface Participation {
  /** Index into `TextExtraction.officials`. */
  readonly official: number;
  readonly kind: ParticipationKind;
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

const CHAIR_SIDE = /chaired\s+by\s+the\s+(\p{Lu}\p{L}+)\s+side/u;

const registryNamePatterns = new WeakMap<Registry, RegExp | undefined>();

/**
 * Finds names written without a role: the registry's people (`S. Lavrov informed ...`) and names this text gives
 * with a role elsewhere. They are mentions of the person, with no role or state of their own.
 */
function findKnownNames(text: string, officials: readonly OfficialMention[], registry: Registry | undefined): OfficialMention[] {
  const patterns: RegExp[] = [];
  if (registry) {
    if (!registryNamePatterns.has(registry)) {
      const names = (registry.people ?? []).flatMap((p) => [p.name, ...p.aliases]).filter((n) => n.length >= 4);
      registryNamePatterns.set(registry, names.length > 0 ? namePattern(names) : undefined);
    }
    const pattern = registryNamePatterns.get(registry);
    if (pattern) {
      patterns.push(pattern);
    }
  }
  const found: OfficialMention[] = [];
  const taken = new Set(officials.map((o) => o.start));
  const sorted = [...officials].sort((a, b) => a.start - b.start);
  // Inside a name already found with its role? Binary search for the last one starting before `start`.
  const covered = (start: number): boolean => {
    let low = 0;
    let high = sorted.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((sorted[mid]?.start ?? 0) <= start) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    const before = sorted[high];
    return before !== undefined && start < before.end;
  };
  const add = (start: number, end: number): void => {
    if (taken.has(start) || covered(start)) {
      return;
    }
    taken.add(start);
    found.push({ start, end, name: collapseBlanks(text.slice(start, end)), role: undefined, state: undefined, organization: undefined });
  };
  for (const pattern of patterns) {
    // `exec` rather than `matchAll`, which copies the large pattern for every text.
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      add(match.index, match.index + match[0].length);
    }
  }
  // The text's own names are found by plain search: compiling a pattern per text would cost more than the rest.
  for (const name of new Set(officials.map((o) => o.name))) {
    if (name.length < 4) {
      continue;
    }
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const before = text.charAt(at - 1);
      const after = text.charAt(at + name.length);
      if (!/[\p{L}.]/u.test(before) && !/\p{L}/u.test(after)) {
        add(at, at + name.length);
      }
    }
  }
  return found;
}

/** A sentence that says someone attended, chaired or hosted the meeting, and which of the three it says. */
interface ParticipationSentence {
  readonly range: Range;
  attends: boolean;
  chairs: boolean;
  hosts: boolean;
}

/**
 * The sentences, in order, where a phrase of attendance, chairing or hosting occurs (`findCueWords`), with the kinds
 * of the phrases each holds: what a search of the sentence's text for each kind finds. The cue scan finds every such
 * phrase of the text (no other cue word holds one), and a sentence starts and ends on a word's edge, so only a
 * phrase running on over the blank line that ends its sentence (`took\n\npart`) is not the sentence's.
 */
function participationSentences(sentenceAt: SentenceAt, phrases: readonly ParticipationPhrase[]): ParticipationSentence[] {
  const found: ParticipationSentence[] = [];
  let last: ParticipationSentence | undefined;
  for (const phrase of phrases) {
    if (!last || phrase.start >= last.range.end) {
      const range = sentenceAt(phrase.start);
      if (!range) {
        continue;
      }
      last = { range, attends: false, chairs: false, hosts: false };
      found.push(last);
    }
    if (phrase.end <= last.range.end) {
      last.attends ||= phrase.kind === 'attended';
      last.chairs ||= phrase.kind === 'chair';
      last.hosts ||= phrase.kind === 'host';
    }
  }
  return found;
}

function namePattern(names: readonly string[]): RegExp {
  const alternation = [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(n).replace(/\\\.\s*/g, '\\.\\s?').replace(/ /g, '\\s+'))
    .join('|');
  return new RegExp(`(?<![\\p{L}.])(?:${alternation})(?![\\p{L}])`, 'gu');
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
  const found = findOfficials(text, lexicon, paragraphs, cues.roleWords);
  const roles = found.roles;
  const officials = [...found.officials, ...findKnownNames(text, found.officials, registry)].sort((a, b) => a.start - b.start);
  const meetings = findMeetings(text, lexicon, dates, organizations, headingEnd, sentenceAt, paragraphs, cues.nouns, documentYear);
  const titles = findTitles(text, headingEnd, cues.typeWords).filter((t) => !meetings.some((m) => m.mentions.some((s) => s.start <= t.start && t.end <= s.end)));
  const own = meetings.find((m) => m.own);
  // Without a dateline or an own meeting, a full date opening the text is the best guess of when it was written.
  date ??= own?.date ?? (openingDate && openingDate.date.from === openingDate.date.to ? openingDate.date : undefined);

  const participants: Participation[] = [];
  let chairState: string | undefined;
  if (own) {
    for (const { range: sentence, attends, chairs, hosts } of participationSentences(sentenceAt, cues.participation)) {
      if (!chairs && !attends && !hosts) {
        continue;
      }
      const side = CHAIR_SIDE.exec(text.slice(sentence.start, sentence.end));
      if (side?.[1] !== undefined) {
        chairState ??= lexicon.stateOf(side[1]);
      }
      officials.forEach((official, index) => {
        if (official.start < sentence.start || official.end > sentence.end) {
          return;
        }
        const kind: ParticipationKind = chairs ? 'chair' : hosts ? 'host' : 'attended';
        if (!participants.some((p) => p.official === index)) {
          participants.push({ official: index, kind });
        } else if (kind === 'chair') {
          participants.push({ official: index, kind });
        }
      });
    }
  }
  return { heading, date, officials, roles, meetings, titles, participants, chairState };
}
