/** Date mentions with their text and offset, and the dates and periods a text states. */
import { describe, expect, it } from 'vitest';
import {
  datesStating,
  findDates,
  formatDateId,
  mentionWords,
  mentionsDate,
  mentionsPeriod,
  periodsStating,
} from '../../../../src/lib/text/indonesian/dates.ts';
import {
  SCP_2023_03,
  SCP_2023_05,
  SCP_2019_02,
  RELEASE_2023_03,
  RELEASE_2023_05,
  JULY_2019,
  FEBRUARY_2019,
  MARCH_EARLY,
  SECOND_2023,
  SINCE_2016,
  MOU_2015,
  POSTED_2015,
  POSTED_2022,
  dates,
} from './fixtures.ts';

describe('findDates', () => {
  it('keeps text and index pointing at the date itself', () => {
    for (const [text, ctx] of [
      [SCP_2019_02, undefined],
      [RELEASE_2023_05, { year: 2023 }],
      [JULY_2019, FEBRUARY_2019],
      [SINCE_2016, undefined],
    ] as const) {
      const found = findDates(text, ctx);
      expect(found.length).toBeGreaterThan(0);
      for (const m of found) expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
    }
  });

  it('returns all mentions of a passage in text order', () => {
    const passage = `${SECOND_2023} ${RELEASE_2023_05} ${SCP_2023_05}`;
    expect(dates(passage, { year: 2023, month: 5 })).toEqual([
      '2023 2023',
      'Maret 2023-03 inferred',
      '12/5 2023-05-12 inferred',
      '15 hingga 19 Mei 2023 2023-05-15..2023-05-19',
    ]);
  });
});

describe('mentionsDate', () => {
  it('matches the start and end of a day range, not days inside it', () => {
    expect(mentionsDate(SCP_2023_03, '2023-03-23')).toBe(true);
    expect(mentionsDate(SCP_2023_03, '2023-03-31')).toBe(true);
    expect(mentionsDate(SCP_2023_03, '2023-03-22')).toBe(false);
    expect(mentionsDate(SCP_2023_03, '2023-03-25')).toBe(false);
  });

  it('matches single days', () => {
    expect(mentionsDate(POSTED_2015, '2015-08-19')).toBe(true);
    expect(mentionsDate(MOU_2015, '2015-08-18')).toBe(true);
    expect(mentionsDate(POSTED_2022, '2022-09-05')).toBe(true);
    expect(mentionsDate(POSTED_2022, '2022-05-09')).toBe(false);
  });

  it('uses the context for the shorthand', () => {
    expect(mentionsDate(RELEASE_2023_03, '2023-03-21', { year: 2023 })).toBe(true);
    expect(mentionsDate(RELEASE_2023_03, '2023-03-21')).toBe(false);
    expect(mentionsDate(RELEASE_2023_05, '2023-05-12', { year: 2023, month: 5 })).toBe(true);
  });

  it('matches a month by a month mention or a day in it', () => {
    expect(mentionsDate(JULY_2019, '2019-07', FEBRUARY_2019)).toBe(true);
    expect(mentionsDate(JULY_2019, '2019-08', FEBRUARY_2019)).toBe(false);
    expect(mentionsDate(SCP_2023_03, '2023-03')).toBe(true);
    expect(mentionsDate('28 Februari hingga 3 Maret 2019', '2019-03')).toBe(true);
    expect(mentionsDate(SCP_2023_05, '2023-03')).toBe(false);
  });

  it('does not let a month mention stand for a day', () => {
    expect(mentionsDate('Maret 2023', '2023-03-01')).toBe(false);
  });

  it('matches a year only when the year is written', () => {
    expect(mentionsDate(SINCE_2016, '2016')).toBe(true);
    expect(mentionsDate(SCP_2019_02, '2019')).toBe(true);
    expect(mentionsDate(JULY_2019, '2019', FEBRUARY_2019)).toBe(false);
    expect(mentionsDate(SINCE_2016, '2017')).toBe(false);
  });

  it('rejects malformed dates', () => {
    expect(() => mentionsDate(SCP_2023_03, '23-03-2023')).toThrow(RangeError);
    expect(() => mentionsDate(SCP_2023_03, '2023-02-30')).toThrow(RangeError);
  });
});

describe('mentionsPeriod', () => {
  it('matches a range with exactly that start and end', () => {
    expect(mentionsPeriod(SCP_2023_03, '2023-03-23', '2023-03-31')).toBe(true);
    expect(mentionsPeriod(SCP_2023_05, '2023-05-15', '2023-05-19')).toBe(true);
    expect(mentionsPeriod(SCP_2019_02, '2019-02-17', '2019-02-23')).toBe(true);
  });

  it('rejects a range that differs at either end', () => {
    expect(mentionsPeriod(SCP_2023_03, '2023-03-22', '2023-03-31')).toBe(false);
    expect(mentionsPeriod(SCP_2023_03, '2023-03-23', '2023-03-30')).toBe(false);
    expect(mentionsPeriod(SCP_2019_02, '2019-02-17', '2019-02-24')).toBe(false);
  });

  it('does not accept two separate single dates as a period', () => {
    expect(mentionsPeriod('23 Maret 2023 dan 31 Maret 2023', '2023-03-23', '2023-03-31')).toBe(
      false,
    );
  });

  it('falls back to mentionsDate without an end or with end equal to start', () => {
    expect(mentionsPeriod(SCP_2023_03, '2023-03-23', undefined)).toBe(true);
    expect(mentionsPeriod(POSTED_2015, '2015-08-19', '2015-08-19')).toBe(true);
    expect(mentionsPeriod(RELEASE_2023_03, '2023-03-21', undefined, { year: 2023 })).toBe(true);
  });

  it('matches month-precision periods', () => {
    expect(mentionsPeriod(JULY_2019, '2019-07', '2019-07', FEBRUARY_2019)).toBe(true);
    expect(mentionsPeriod(MARCH_EARLY, '2023-03', undefined, { year: 2023, month: 5 })).toBe(true);
    expect(mentionsPeriod('Maret hingga Mei 2023', '2023-03', '2023-05')).toBe(true);
    expect(mentionsPeriod('28 Februari hingga 3 Maret 2019', '2019-02', '2019-03')).toBe(true);
    expect(mentionsPeriod('Maret hingga Mei 2023', '2023-03', '2023-04')).toBe(false);
  });

  it('matches year ranges', () => {
    expect(mentionsPeriod('periode 2018-2023', '2018', '2023')).toBe(true);
    expect(mentionsPeriod('periode 2018-2023', '2018', '2022')).toBe(false);
  });

  it('rejects malformed bounds', () => {
    expect(() => mentionsPeriod(SCP_2023_03, '2023-03-23', '31 Maret')).toThrow(RangeError);
  });
});

describe('formatDateId', () => {
  it('writes each precision in Indonesian', () => {
    expect(formatDateId('2023-03-23')).toBe('23 Maret 2023');
    expect(formatDateId('2023-05-05')).toBe('5 Mei 2023');
    expect(formatDateId('2023-03')).toBe('Maret 2023');
    expect(formatDateId('2023')).toBe('2023');
  });

  it('round-trips through findDates', () => {
    for (const date of ['2019-02-17', '2015-08-19', '2019-07', '2016']) {
      const found = findDates(formatDateId(date));
      expect(found.map((m) => m.start)).toEqual([date]);
    }
  });

  it('rejects malformed dates', () => {
    expect(() => formatDateId('2023-13')).toThrow(RangeError);
    expect(() => formatDateId('Maret 2023')).toThrow(RangeError);
  });
});

describe('how a mention was read', () => {
  const OCT_15 = { year: 2018, month: 10, day: 15 };

  it('says how a date not written in full was completed, and nothing for one written', () => {
    const [today, shorthand, full] = findDates(
      'hari ini, Senin (15/10), bukan 16 Oktober 2018',
      OCT_15,
    );
    expect(today?.reading).toEqual({ kind: 'days', days: 0 });
    expect(shorthand?.reading).toEqual({ kind: 'year' });
    expect(full?.reading).toBeUndefined();
  });

  it('keeps the weekday written before a single day, right or not', () => {
    const [right, wrong] = findDates('Senin (15/10) dan Senin (16/10)', OCT_15);
    expect(right?.weekday).toMatchObject({ text: 'Senin', day: 1, index: 0 });
    expect(wrong?.weekday).toMatchObject({ text: 'Senin', day: 1, index: 18 });
    expect(findDates('Senin, 15 hingga 19 Oktober 2018')[0]?.weekday).toBeUndefined();
  });

  it('gives the words a reader cites: weekday, brackets and cue word', () => {
    const text = 'dilepas Jumat malam (12/10), berangkat (13/10), pada 1 Juli mendatang';
    expect(findDates(text, OCT_15).map((m) => mentionWords(text, m))).toEqual([
      'Jumat malam (12/10)',
      '(13/10)',
      '1 Juli mendatang',
    ]);
  });

  it('lists the mentions by which a text states a date or a period', () => {
    const text = 'dilepas kemarin (14/10), pelatihan 15 hingga 19 Oktober 2018';
    expect(datesStating(text, '2018-10-14', OCT_15).map((m) => m.text)).toEqual([
      'kemarin',
      '14/10',
    ]);
    expect(periodsStating(text, '2018-10-15', '2018-10-19', OCT_15).map((m) => m.text)).toEqual([
      '15 hingga 19 Oktober 2018',
    ]);
    expect(datesStating(text, '2018-10-16', OCT_15)).toEqual([]);
  });
});
