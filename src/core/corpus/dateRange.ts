/**
 * Dates as the corpus knows them: often only a year or a month, sometimes a range of days.
 * Every date is kept as the closed interval of days it may mean, so that "2005" contains "2005-02-25".
 */
export interface DateRange {
  /** The normalised form: `2005`, `2005-02`, `2005-02-25` or `2009-06-15/2009-06-16`. */
  readonly text: string;
  /** First day the date may mean, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day the date may mean, `YYYY-MM-DD`. */
  readonly to: string;
}

const ISO_PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The number of days in a month, leap years included. */
export function daysInMonth(year: number, month: number): number {
  // Arithmetic rather than a Date: called for every date the texts write. Gregorian leap years, as Date.UTC counts
  // them, years 0 to 99 included (it reads them as 1900 to 1999).
  if (month === 2) {
    const y = year >= 0 && year <= 99 ? year + 1900 : year;
    return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const FORMS = 'write YYYY, YYYY-MM, YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD';

/** `February 2009`, for a day that month lacks; made when first needed (texts rarely name such a day). */
let monthAndYear: Intl.DateTimeFormat | undefined;

/** One date of `readDateRange`, or why it is none. */
function readPart(text: string): DateRange | string {
  const match = ISO_PART.exec(text);
  if (!match) {
    return FORMS;
  }
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { text, from: `${year}-01-01`, to: `${year}-12-31` };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    return `there is no month ${match[2]}`;
  }
  const last = daysInMonth(year, month);
  if (match[3] === undefined) {
    return { text, from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(last)}` };
  }
  const day = Number(match[3]);
  if (day < 1 || day > last) {
    monthAndYear ??= new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return `${monthAndYear.format(new Date(Date.UTC(year, month - 1, 1)))} has ${last} days`;
  }
  return { text, from: text, to: text };
}

/**
 * Reads an ISO-like date of the registry or of the CLI: `2005`, `2005-02`, `2005-02-25`, or a range
 * `2009-06-15/2009-06-16`. When it is not such a date, says why, in words for a diagnostic: the forms it reads, a
 * day or month that does not exist (`February 2009 has 28 days`), or a range that ends before it starts.
 */
export function readDateRange(text: string): DateRange | string {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  if (slash < 0) {
    return readPart(trimmed);
  }
  const first = readPart(trimmed.slice(0, slash));
  if (typeof first === 'string') {
    return first;
  }
  const last = readPart(trimmed.slice(slash + 1));
  if (typeof last === 'string') {
    return last;
  }
  if (last.to < first.from) {
    return 'the range ends before it starts';
  }
  return { text: `${first.text}/${last.text}`, from: first.from, to: last.to };
}

/** Builds the range of one calendar day, month or year from numbers (month and day 1-based). */
export function dateOf(year: number, month?: number, day?: number): DateRange | undefined {
  // The common case, whole numbers that make a date, built without reading the text back; the rest as `readPart` says.
  if (Number.isInteger(year) && year >= 0 && year <= 9999 && (month === undefined || (Number.isInteger(month) && month >= 1 && month <= 12))) {
    const y = pad(year, 4);
    if (month === undefined) {
      return { text: y, from: `${year}-01-01`, to: `${year}-12-31` };
    }
    const m = pad(month);
    if (day === undefined) {
      return { text: `${y}-${m}`, from: `${year}-${m}-01`, to: `${year}-${m}-${pad(daysInMonth(year, month))}` };
    }
    if (Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month)) {
      const text = `${y}-${m}-${pad(day)}`;
      return { text, from: text, to: text };
    }
  }
  const text = month === undefined ? pad(year, 4) : day === undefined ? `${pad(year, 4)}-${pad(month)}` : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const date = readPart(text);
  return typeof date === 'string' ? undefined : date;
}

/** Joins two dates into the range from the first to the second, e.g. two days of one summit. */
export function spanDates(first: DateRange, last: DateRange): DateRange {
  return first.text === last.text ? first : { text: `${first.text}/${last.text}`, from: first.from, to: last.to };
}

/** Tells whether two dates may mean the same time: their intervals overlap. */
export function datesOverlap(a: DateRange, b: DateRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** Tells whether a date falls inside the optional `from`/`to` bounds of a role (open ends are unbounded). */
export function dateWithin(date: DateRange, from: DateRange | undefined, to: DateRange | undefined): boolean {
  return (from === undefined || date.to >= from.from) && (to === undefined || date.from <= to.to);
}

/** Whether a date names its days: a day or a range of days (`2009-06-15/2009-06-16`), not a month or a year. */
export function namesDays(date: DateRange | undefined): boolean {
  return date !== undefined && date.text.length >= 10;
}

/** Tells whether the date is one precise day (not a month, a year or a range). */
export function isDay(date: DateRange): boolean {
  return date.from === date.to;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One part of a date's text (`2005`, `2005-02`, `2005-02-25`) as words: `2005`, `February 2005`, `25 February 2005`. */
function partInWords(part: string): { day?: number; month?: string; year: string } {
  const [year = part, month, day] = part.split('-');
  const name = month === undefined ? undefined : MONTH_NAMES[Number(month) - 1];
  return name === undefined ? { year } : day === undefined ? { month: name, year } : { day: Number(day), month: name, year };
}

/**
 * A date as the views and cards show it, in words, the way diplomatic texts write dates: `25 February 2005`,
 * `February 2005`, `2005`, and a range with what its ends share written once (`13–14 June 2019`, `30 June – 1 July
 * 2018`, `31 December 2019 – 1 January 2020`, `2017–2018`). The registry and `chancery index --json` keep ISO 8601.
 */
export function dateInWords(date: DateRange): string {
  const [first = date.text, last] = date.text.split('/');
  const a = partInWords(first);
  const whole = (p: { day?: number; month?: string; year: string }): string => [p.day, p.month, p.year].filter((s) => s !== undefined).join(' ');
  if (last === undefined) {
    return whole(a);
  }
  const b = partInWords(last);
  if (a.year !== b.year) {
    return `${whole(a)}${a.day === undefined && a.month === undefined ? '–' : ' – '}${whole(b)}`;
  }
  if (a.month !== b.month || a.day === undefined || b.day === undefined) {
    const head = [a.day, a.month].filter((s) => s !== undefined).join(' ');
    return head === '' ? whole(b) : `${head} – ${whole(b)}`;
  }
  return `${a.day}–${b.day} ${b.month} ${b.year}`;
}
