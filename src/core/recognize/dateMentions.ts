import { dateOf, spanDates, type DateRange } from '../corpus/dateRange';

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

/**
 * The written forms, most specific first. Years are 4 digits from 1800 to 2199 so that `Resolution 2375`
 * is not taken for a year; numbers glued to a word by a hyphen (`Norak-Antiterror-2009`) are skipped.
 */
const FORMS: readonly { pattern: RegExp; read: (m: RegExpExecArray, year: number | undefined) => { date: DateRange | undefined; inferred: boolean } }[] = [
  {
    // 15-16 June 2009, 20 September 2017
    pattern: new RegExp(`\\b(\\d{1,2})(?:${DASH}(\\d{1,2}))?\\s+${MONTH},?\\s+(1[89]\\d\\d|2[01]\\d\\d)\\b`, 'y'),
    read: (m) => ({ date: dayRange(Number(m[4]), m[3], Number(m[1]), m[2]), inferred: false }),
  },
  {
    // June 15-16, 2009, May 15, 2009
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:${DASH}(\\d{1,2}))?,?\\s+(1[89]\\d\\d|2[01]\\d\\d)\\b`, 'y'),
    read: (m) => ({ date: dayRange(Number(m[4]), m[1], Number(m[2]), m[3]), inferred: false }),
  },
  {
    // July 2005
    pattern: new RegExp(`\\b${MONTH}\\s+(1[89]\\d\\d|2[01]\\d\\d)\\b`, 'y'),
    read: (m) => ({ date: dateOf(Number(m[2]), monthNumber(m[1])), inferred: false }),
  },
  {
    // February 19 (this year), 3 September: the year comes from the document's date
    pattern: new RegExp(`\\b(?:${MONTH}\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH})\\b(?![,\\s]*\\d)`, 'y'),
    read: (m, year) => {
      if (year === undefined) {
        return { date: undefined, inferred: true };
      }
      const month = m[1] ?? m[4];
      const day = Number(m[2] ?? m[3]);
      return { date: dayRange(year, month, day, undefined), inferred: true };
    },
  },
  {
    // summer 2005
    pattern: /\b(spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)\s+(?:of\s+)?(1[89]\d\d|2[01]\d\d)\b/y,
    // A season stands for its year: the analyst's question is "which year", and winter straddles two.
    read: (m) => ({ date: dateOf(Number(m[2])), inferred: false }),
  },
  {
    // 2017-2018, 1998
    pattern: /(?<![\w-])(1[89]\d\d|2[01]\d\d)(?:\s*[-–—]\s*(1[89]\d\d|2[01]\d\d))?(?![\w-])/y,
    read: (m) => {
      const first = dateOf(Number(m[1]));
      const last = m[2] === undefined ? undefined : dateOf(Number(m[2]));
      return { date: first && last ? spanDates(first, last) : first, inferred: false };
    },
  },
];

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').toLowerCase()) + 1;
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

const START = /[0-9]|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b/g;

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
  const starts = START;
  starts.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = starts.exec(text)) !== null) {
    const at = match.index;
    let taken = false;
    for (const form of FORMS) {
      form.pattern.lastIndex = at;
      const m = form.pattern.exec(text);
      if (!m) {
        continue;
      }
      const { date, inferred } = form.read(m, documentYear);
      undatedDays ||= inferred;
      if (date) {
        found.push({ start: at, end: at + m[0].length, date, yearInferred: inferred && documentYear !== undefined });
        starts.lastIndex = at + m[0].length;
        taken = true;
        break;
      }
    }
    if (!taken && /[0-9]/.test(match[0])) {
      // Skip the rest of the number so that `2375` is not read again from `375`.
      const digits = /\d+/y;
      digits.lastIndex = at;
      const run = digits.exec(text);
      starts.lastIndex = at + (run?.[0].length ?? 1);
    }
  }
  starts.lastIndex = 0;
  return { dates: found, undatedDays };
}

/** The date written at a position, if one starts exactly there. */
export function dateAt(dates: readonly DateMention[], offset: number): DateMention | undefined {
  return dates.find((d) => d.start === offset);
}
