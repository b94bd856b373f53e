import * as assert from 'node:assert/strict';
import { dateInWords, dateOf, dateWithin, datesOverlap, daysInMonth, readDateRange, type DateRange } from '../../../src/core/corpus/dateRange';

/** The date, or undefined where `readDateRange` says why there is none. */
function parseDateRange(text: string): DateRange | undefined {
  const date = readDateRange(text);
  return typeof date === 'string' ? undefined : date;
}

describe('readDateRange', () => {
  it('turns a year, a month and a day into the days they may mean', () => {
    assert.deepEqual(parseDateRange('2005'), { text: '2005', from: '2005-01-01', to: '2005-12-31' });
    assert.deepEqual(parseDateRange('2008-02'), { text: '2008-02', from: '2008-02-01', to: '2008-02-29' });
    assert.deepEqual(parseDateRange('2009-05-15'), { text: '2009-05-15', from: '2009-05-15', to: '2009-05-15' });
  });

  it('reads a range and refuses one that runs backwards', () => {
    assert.equal(parseDateRange('2009-06-15/2009-06-16')?.to, '2009-06-16');
    assert.equal(parseDateRange('2009-06-16/2009-06-15'), undefined);
  });

  it('refuses days that do not exist and free text', () => {
    assert.equal(parseDateRange('2009-02-29'), undefined);
    assert.equal(parseDateRange('2009-13'), undefined);
    assert.equal(parseDateRange('last spring'), undefined);
  });

  it('says why a text is not a date', () => {
    assert.equal(readDateRange('2009-02-30'), 'February 2009 has 28 days');
    assert.equal(readDateRange('2008-02-30'), 'February 2008 has 29 days');
    assert.equal(readDateRange('2009-04-31/2009-05-02'), 'April 2009 has 30 days');
    assert.equal(readDateRange('2009-13'), 'there is no month 13');
    assert.equal(readDateRange('2009-06-16/2009-06-15'), 'the range ends before it starts');
    for (const text of ['last spring', '2009-6-1', '2009/2010/2011', '']) {
      assert.equal(readDateRange(text), 'write YYYY, YYYY-MM, YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD', text);
    }
  });

  it('says that a year contains its days and that open role bounds are unbounded', () => {
    const year = parseDateRange('2005');
    const day = parseDateRange('2005-02-25');
    assert.ok(year && day && datesOverlap(year, day));
    assert.ok(day && dateWithin(day, parseDateRange('2004-03'), undefined));
    assert.ok(day && !dateWithin(day, undefined, parseDateRange('2004')));
  });

  it('counts the days of a month as the calendar does, leap years and years 0 to 99 as Date reads them', () => {
    for (const year of [0, 4, 99, 100, 1900, 1996, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let month = 1; month <= 12; month++) {
        assert.equal(daysInMonth(year, month), new Date(Date.UTC(year, month, 0)).getUTCDate(), `${year}-${month}`);
      }
    }
  });

  it('builds a date from numbers as readDateRange reads its text, and none that does not exist', () => {
    assert.deepEqual(dateOf(2009, 6, 15), parseDateRange('2009-06-15'));
    assert.deepEqual(dateOf(2024, 2), parseDateRange('2024-02'));
    assert.deepEqual(dateOf(2005), parseDateRange('2005'));
    assert.deepEqual(dateOf(5, 2), parseDateRange('0005-02'));
    assert.equal(dateOf(2023, 2, 29), undefined);
    assert.equal(dateOf(2023, 13), undefined);
    assert.equal(dateOf(10000), undefined);
    assert.equal(dateOf(2023, 1.5), undefined);
  });
});

describe('dateInWords', () => {
  it('writes a date as the texts do, and what the ends of a range share once', () => {
    const words = (text: string): string => {
      const date = parseDateRange(text);
      assert.ok(date, text);
      return dateInWords(date);
    };
    assert.deepEqual(
      ['2005', '2005-02', '2005-02-25', '2019-06-13/2019-06-14', '2018-06-30/2018-07-01', '2019-12-31/2020-01-01', '2017/2018', '2018-06/2018-07'].map(words),
      ['2005', 'February 2005', '25 February 2005', '13–14 June 2019', '30 June – 1 July 2018', '31 December 2019 – 1 January 2020', '2017–2018', 'June – July 2018'],
    );
  });
});
