import * as assert from 'node:assert/strict';
import { findDates, scanDates } from '../../../src/core/recognize/dateMentions';

function written(text: string, year?: number): string[] {
  return findDates(text, year).map((d) => `${text.slice(d.start, d.end)} ${d.date.from}/${d.date.to}`);
}

describe('date mentions', () => {
  it('reads a month or a season written before the number as the start of the date', () => {
    const text = 'In summer of 2005, on June 15, 2009 and 15-16 June 2009, and in May 2007.';
    assert.deepEqual(written(text), [
      'summer of 2005 2005-01-01/2005-12-31',
      'June 15, 2009 2009-06-15/2009-06-15',
      '15-16 June 2009 2009-06-15/2009-06-16',
      'May 2007 2007-05-01/2007-05-31',
    ]);
  });

  it('reads ranges across two months, ranges written with `to`, and day ranges without a year', () => {
    const text = 'On 30 June - 1 July 2018, on November 30 – December 2, 2019, on 31 December 2019 - 1 January 2020, from 23 to 24 April 2018 and on June 9-10 this year.';
    assert.deepEqual(written(text, 2021), [
      '30 June - 1 July 2018 2018-06-30/2018-07-01',
      'November 30 – December 2, 2019 2019-11-30/2019-12-02',
      '31 December 2019 - 1 January 2020 2019-12-31/2020-01-01',
      '23 to 24 April 2018 2018-04-23/2018-04-24',
      'June 9-10 2021-06-09/2021-06-10',
    ]);
  });

  it('reads two days of one month joined by `and` as one range', () => {
    assert.deepEqual(written('The heads met on 3 and 4 May 2021, and again on August 8 and 9, 2022.'), ['3 and 4 May 2021 2021-05-03/2021-05-04', 'August 8 and 9, 2022 2022-08-08/2022-08-09']);
  });

  it('reads two days running across two months joined by `and` as one range, and other days so joined apart with their year', () => {
    const text = 'Held on 30 November and 1 December 2023, on November 30 and December 1, 2023, and on 3 March and 5 April 2023.';
    assert.deepEqual(written(text, 2024), [
      '30 November and 1 December 2023 2023-11-30/2023-12-01',
      'November 30 and December 1, 2023 2023-11-30/2023-12-01',
      '3 March 2023-03-03/2023-03-03',
      '5 April 2023 2023-04-05/2023-04-05',
    ]);
  });

  it('reads a day with its ordinal suffix, `of` and the month (`the 15th of March 2024`)', () => {
    assert.deepEqual(written('It was held on the 15th of March 2024 and on the 1st of June, 2024.'), ['15th of March 2024 2024-03-15/2024-03-15', '1st of June, 2024 2024-06-01/2024-06-01']);
  });

  it('reads the year after `mid-`, but not after other words glued to it', () => {
    assert.deepEqual(written('In mid-2025, not pre-2020 nor Norak-2009.'), ['2025 2025-01-01/2025-12-31']);
  });

  it('reads ISO dates, but no impossible day and no code that looks like one', () => {
    const text = 'Held in Yerevan on 2022-11-22; not 2022-13-01, 2022-02-30, ref. A-2022-11-22 or 2022-11-22-b.';
    assert.deepEqual(written(text), ['2022-11-22 2022-11-22/2022-11-22']);
  });

  it('takes no month glued to a word, and no year inside a longer number', () => {
    assert.deepEqual(written('Mayday 2005, Resolution 2375 and 12005.'), ['2005 2005-01-01/2005-12-31']);
  });

  it('tells when a day is written without a year, which the document year resolves', () => {
    const text = 'On February 19 this year the talks resumed.';
    assert.deepEqual(scanDates(text), { dates: [], undatedDays: true });
    assert.deepEqual(written(text, 2010), ['February 19 2010-02-19/2010-02-19']);
  });

  it('finds every number whatever its digits, in text order', () => {
    // Each digit is searched for on its own: the dates must still come in order, none skipped.
    const text = '98 76 54 in 2031, 1999 and 2010; 3 1 May 2004; 7 June 1998.';
    assert.deepEqual(written(text), [
      '2031 2031-01-01/2031-12-31',
      '1999 1999-01-01/1999-12-31',
      '2010 2010-01-01/2010-12-31',
      '1 May 2004 2004-05-01/2004-05-01',
      '7 June 1998 1998-06-07/1998-06-07',
    ]);
  });
});
