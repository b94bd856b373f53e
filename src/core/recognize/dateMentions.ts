import { dateOf, spanDates, type DateRange } from '../corpus/dateRange';
import { isWhiteSpace } from '../whiteSpace';

/** A date written in a text, resolved to a range of days. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly date: DateRange;
  /** The year was not written (`February 19 this year`) and came from the document's own date. */
  readonly yearInferred: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const DASH = '\\s*[-–—]\\s*';
const YEAR = '(1[89]\\d\\d|2[01]\\d\\d)';
// Between the two ends of a range: a dash, or `to` (`from 23 to 24 April 2018`).
const TO = `(?:${DASH}|\\s+to\\s+)`;
// Between two days of one month: also `and` (`on 24 and 25 June 2022`, `17 and 18 July 2023`).
const DAYS_TO = `(?:${DASH}|\\s+(?:to|and)\\s+)`;
// A day, with the ordinal suffix some texts write after it (`November 22nd, 2023`, `the 1st of`... not read).
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/**
 * The written forms, most specific first. Years are 4 digits from 1800 to 2199 so that `Resolution 2375`
 * is not taken for a year; numbers glued to a word by a hyphen (`Norak-Antiterror-2009`) are skipped.
 */
const FORMS: readonly {
  pattern: RegExp;
  /** What the form opens with: a number, a word (a month or a season), or either. */
  opens: 'digit' | 'word' | 'either';
  read: (m: RegExpExecArray, year: number | undefined) => { date: DateRange | undefined; inferred: boolean };
}[] = [
  {
    // 30 June - 1 July 2018, 30 December 2020 - 2 January 2021: a range across two months
    pattern: new RegExp(`\\b${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?${TO}${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'y'),
    opens: 'digit',
    read: (m) => ({ date: crossMonths(Number(m[3] ?? m[6]), m[2], Number(m[1]), Number(m[6]), m[5], Number(m[4])), inferred: false }),
  },
  {
    // June 30 - July 1, 2018
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?${TO}${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'y'),
    opens: 'word',
    read: (m) => ({ date: crossMonths(Number(m[3] ?? m[6]), m[1], Number(m[2]), Number(m[6]), m[4], Number(m[5])), inferred: false }),
  },
  {
    // 15-16 June 2009, 23 to 24 April 2018, 24 and 25 June 2022, 20 September 2017
    pattern: new RegExp(`\\b${DAY}(?:${DAYS_TO}${DAY})?\\s+${MONTH},?\\s+(1[89]\\d\\d|2[01]\\d\\d)\\b`, 'y'),
    opens: 'digit',
    read: (m) => ({ date: dayRange(Number(m[4]), m[3], Number(m[1]), m[2]), inferred: false }),
  },
  {
    // June 15-16, 2009, July 17 and 18, 2023, May 15, 2009
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY}(?:${DAYS_TO}${DAY})?,?\\s+(1[89]\\d\\d|2[01]\\d\\d)\\b`, 'y'),
    opens: 'word',
    read: (m) => ({ date: dayRange(Number(m[4]), m[1], Number(m[2]), m[3]), inferred: false }),
  },
  {
    // the 15th of March 2024: a day with its ordinal suffix, `of` and the month
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+${MONTH},?\\s+${YEAR}\\b`, 'y'),
    opens: 'digit',
    read: (m) => ({ date: dateOf(Number(m[3]), monthNumber(m[2]), Number(m[1])), inferred: false }),
  },
  {
    // 23.11.2023: day, month and year in figures, as datelines in Russian and Central Asian texts write them
    pattern: /\b(\d{1,2})\.(\d{1,2})\.(1[89]\d\d|2[01]\d\d)\b(?!\.\d)/y,
    opens: 'digit',
    read: (m) => ({ date: dateOf(Number(m[3]), Number(m[2]), Number(m[1])), inferred: false }),
  },
  {
    // 2022-11-22: ISO 8601, as databases and some ministries' sites write dates
    pattern: /(?<![\w-])(1[89]\d\d|2[01]\d\d)-(\d\d)-(\d\d)(?![\w-])/y,
    opens: 'digit',
    read: (m) => ({ date: dateOf(Number(m[1]), Number(m[2]), Number(m[3])), inferred: false }),
  },
  {
    // July 2005
    pattern: new RegExp(`\\b${MONTH}\\s+(1[89]\\d\\d|2[01]\\d\\d)\\b`, 'y'),
    opens: 'word',
    read: (m) => ({ date: dateOf(Number(m[2]), monthNumber(m[1])), inferred: false }),
  },
  {
    // 30 November and 1 December 2023: two days running across two months are one range
    pattern: new RegExp(`\\b${DAY}\\s+${MONTH}\\s+and\\s+${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'y'),
    opens: 'digit',
    read: (m) => ({ date: nextDays(crossMonths(Number(m[5]), m[2], Number(m[1]), Number(m[5]), m[4], Number(m[3]))), inferred: false }),
  },
  {
    // November 30 and December 1, 2023
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY}\\s+and\\s+${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'y'),
    opens: 'word',
    read: (m) => ({ date: nextDays(crossMonths(Number(m[5]), m[1], Number(m[2]), Number(m[5]), m[3], Number(m[4]))), inferred: false }),
  },
  {
    // 3 March and 5 April 2023, March 3 and April 5, 2023: the first day, of the year written after the second
    pattern: new RegExp(`\\b(?:${DAY}\\s+${MONTH}(?=\\s+and\\s+\\d{1,2}\\s+${MONTH},?\\s+${YEAR}\\b)|${MONTH}\\s+${DAY}(?=\\s+and\\s+${MONTH}\\s+\\d{1,2},?\\s+${YEAR}\\b))`, 'y'),
    opens: 'either',
    read: (m) => ({ date: dateOf(Number(m[4] ?? m[8]), monthNumber(m[2] ?? m[5]), Number(m[1] ?? m[6])), inferred: false }),
  },
  {
    // February 19 (this year), 3 September, June 9-10: the year comes from the document's date
    pattern: new RegExp(`\\b(?:${MONTH}\\s+(\\d{1,2})(?:${DASH}(\\d{1,2}))?|(\\d{1,2})(?:${DASH}(\\d{1,2}))?\\s+${MONTH})\\b(?![,\\s]*\\d)`, 'y'),
    opens: 'either',
    read: (m, year) => {
      if (year === undefined) {
        return { date: undefined, inferred: true };
      }
      const month = m[1] ?? m[6];
      const day = Number(m[2] ?? m[4]);
      return { date: dayRange(year, month, day, m[3] ?? m[5]), inferred: true };
    },
  },
  {
    // summer 2005
    pattern: /\b(spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)\s+(?:of\s+)?(1[89]\d\d|2[01]\d\d)\b/y,
    opens: 'word',
    // A season stands for its year: the analyst's question is "which year", and winter straddles two.
    read: (m) => ({ date: dateOf(Number(m[2])), inferred: false }),
  },
  {
    // 2017-2018, 1998, mid-2025
    pattern: /(?:(?<=\b[Mm]id-)|(?<![\w-]))(1[89]\d\d|2[01]\d\d)(?:\s*[-–—]\s*(1[89]\d\d|2[01]\d\d))?(?![\w-])/y,
    opens: 'digit',
    read: (m) => {
      const first = dateOf(Number(m[1]));
      const last = m[2] === undefined ? undefined : dateOf(Number(m[2]));
      return { date: first && last ? spanDates(first, last) : first, inferred: false };
    },
  },
];

// The scan tries the forms at a number or at a month or season name before it (below): only those that open with
// that, in the same order, each a failed try less.
const DIGIT_FORMS = FORMS.filter((form) => form.opens !== 'word');
const WORD_FORMS = FORMS.filter((form) => form.opens !== 'digit');

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').toLowerCase()) + 1;
}

/** The days from one day to a day of a later month (`30 June - 1 July 2018`, `30 December 2020 - 2 January 2021`). */
function crossMonths(firstYear: number, firstMonth: string | undefined, firstDay: number, lastYear: number, lastMonth: string | undefined, lastDay: number): DateRange | undefined {
  const first = dateOf(firstYear, monthNumber(firstMonth), firstDay);
  const last = dateOf(lastYear, monthNumber(lastMonth), lastDay);
  return first && last && last.from > first.from ? spanDates(first, last) : undefined;
}

/** A range of two days running (`30 November and 1 December`), else undefined: two days apart are two dates. */
function nextDays(range: DateRange | undefined): DateRange | undefined {
  return range && Date.parse(range.to) - Date.parse(range.from) === 86_400_000 ? range : undefined;
}

function dayRange(year: number, monthName: string | undefined, day: number, lastDay: string | undefined): DateRange | undefined {
  const month = monthNumber(monthName);
  const first = dateOf(year, month, day);
  if (!first) {
    return undefined;
  }
  const last = lastDay === undefined ? undefined : dateOf(year, month, Number(lastDay));
  return last && last.from > first.from ? spanDates(first, last) : first;
}

// Every written form holds a digit, and a form that starts with a word starts with a month or a season written just
// before the number (`June 15`, `summer of 2005`). So the scan looks for digits, a fast search, and reads back from
// each number for such a word, rather than trying a large alternation at every position of the text.
const DIGITS = '0123456789';

/**
 * A search for the first digit at or after an offset, giving -1 when there is none; the offsets asked must not
 * decrease. It keeps where each of the ten digits next occurs, found by `indexOf` (several times quicker than the
 * pattern `/[0-9]/`), and searches for a digit again only once the offset has passed it: each digit's search reads
 * the text about once.
 */
function digitSearch(text: string): (from: number) => number {
  // -2: not searched yet; -1: no more of that digit.
  const next = [-2, -2, -2, -2, -2, -2, -2, -2, -2, -2];
  return (from) => {
    let first = -1;
    for (let d = 0; d < 10; d++) {
      let at = next[d] ?? -1;
      if (at !== -1 && at < from) {
        at = text.indexOf(DIGITS.charAt(d), from);
        next[d] = at;
      }
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  };
}
const DATE_WORDS = new Set([...MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1)), 'spring', 'summer', 'autumn', 'fall', 'winter', 'Spring', 'Summer', 'Autumn', 'Fall', 'Winter']);

/** Whether a UTF-16 code unit is a word character as `\b` reads it (`\w`, without the `u` flag). */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** The end of the blanks that end just before `at`, reading backwards no further than `from`. */
function blanksBefore(text: string, at: number, from: number): number {
  let i = at;
  while (i > from && isWhiteSpace(text.charCodeAt(i - 1))) {
    i--;
  }
  return i;
}

/**
 * The start of a month or season name written just before the number at `digit` (`June 15`, `summer 2005`,
 * `summer of 2005`), not before `from`, or -1. It is where a scan for month and season names would have stopped
 * before it stopped at the number.
 */
function dateWordBefore(text: string, digit: number, from: number): number {
  let end = blanksBefore(text, digit, from);
  for (let words = 0; words < 2 && end < digit; words++) {
    let start = end;
    while (start > from && isWordChar(text.charCodeAt(start - 1))) {
      start--;
    }
    const word = text.slice(start, end);
    // The name must be a whole word: `\b` before it.
    if (DATE_WORDS.has(word) && !isWordChar(text.charCodeAt(start - 1))) {
      return start;
    }
    // `summer of 2005`: one `of` between the season and the year.
    if (word !== 'of' || words > 0) {
      return -1;
    }
    const before = blanksBefore(text, start, from);
    if (before === start) {
      return -1;
    }
    end = before;
  }
  return -1;
}

/** The dates of a text, and whether it writes days without a year, which only a document year resolves. */
export interface DateScan {
  readonly dates: DateMention[];
  readonly undatedDays: boolean;
}

/**
 * Finds the explicit dates of a text: days, day ranges, months, seasons, years and ranges of years.
 * `documentYear` resolves dates written without a year (`February 19 this year`); without it they are skipped.
 * Durations, centuries and numbers inside names are not dates.
 */
export function findDates(text: string, documentYear?: number): DateMention[] {
  return scanDates(text, documentYear).dates;
}

/**
 * `findDates`, also telling whether a day without a year was seen: when none was, a scan with the document's
 * year gives the same dates, so the caller can skip it.
 */
export function scanDates(text: string, documentYear?: number): DateScan {
  const found: DateMention[] = [];
  let undatedDays = false;
  let from = 0;
  // Tries the forms at `at` and returns the end of the date found there, or -1.
  const readAt = (at: number): number => {
    for (const form of isDigit(text.charCodeAt(at)) ? DIGIT_FORMS : WORD_FORMS) {
      form.pattern.lastIndex = at;
      const m = form.pattern.exec(text);
      if (!m) {
        continue;
      }
      const { date, inferred } = form.read(m, documentYear);
      undatedDays ||= inferred;
      if (date) {
        found.push({ start: at, end: at + m[0].length, date, yearInferred: inferred && documentYear !== undefined });
        return at + m[0].length;
      }
    }
    return -1;
  };
  const nextDigit = digitSearch(text);
  for (;;) {
    const digit = nextDigit(from);
    if (digit < 0) {
      break;
    }
    const word = dateWordBefore(text, digit, from);
    if (word >= 0) {
      const end = readAt(word);
      if (end >= 0) {
        from = end;
        continue;
      }
    }
    const end = readAt(digit);
    if (end >= 0) {
      from = end;
      continue;
    }
    // Skip the rest of the number so that `2375` is not read again from `375`.
    from = digit + 1;
    while (from < text.length && text.charCodeAt(from) >= 48 && text.charCodeAt(from) <= 57) {
      from++;
    }
  }
  return { dates: found, undatedDays };
}

/** The date written at a position, if one starts exactly there. */
export function dateAt(dates: readonly DateMention[], offset: number): DateMention | undefined {
  return dates.find((d) => d.start === offset);
}
