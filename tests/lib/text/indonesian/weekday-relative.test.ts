import { describe, expect, it } from 'vitest';
import { readingMessage } from '../../../../src/lib/check/date-readings.ts';
import { findDates } from '../../../../src/lib/text/indonesian/dates.ts';
import { daysToWeekday } from '../../../../src/lib/text/indonesian/weekday-relative.ts';

/** The context of an article published on `date` (YYYY-MM-DD). */
const on = (date: string) => {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return { year, month, day };
};

// 2018-10-12 is a Friday.
const FRIDAY = '2018-10-12';

describe('a weekday with a relative word', () => {
  it.each([
    ['Senin besok', '2018-10-15'],
    ['Sabtu besok', '2018-10-13'],
    ['Jumat depan', '2018-10-19'],
    ["Jum'at mendatang", '2018-10-19'],
    ['Rabu yang akan datang', '2018-10-17'],
    ['Minggu lalu', '2018-10-07'],
    ['Kamis kemarin', '2018-10-11'],
    ['Jumat lalu', '2018-10-05'],
    ['Senin malam yang lalu', '2018-10-08'],
  ])('reads "%s" in an article of Friday 12 October 2018 as %s', (words, date) => {
    const found = findDates(`Peserta dilepas ${words} oleh Wali Kota.`, on(FRIDAY));
    expect(found.map((m) => [m.text, m.start, m.end, m.inferred])).toEqual([
      [words, date, date, true],
    ]);
  });

  it('crosses a month and a year', () => {
    expect(findDates('dilepas Senin besok', on('2018-12-29')).map((m) => m.start)).toEqual([
      '2018-12-31',
    ]);
    expect(findDates('dilepas Rabu besok', on('2018-12-29')).map((m) => m.start)).toEqual([
      '2019-01-02',
    ]);
    expect(findDates('tiba Sabtu lalu', on('2024-03-01')).map((m) => m.start)).toEqual([
      '2024-02-24',
    ]);
  });

  it('says how it was read, from the publication date', () => {
    const [m] = findDates('dilepas Senin besok', on(FRIDAY));
    expect(m?.reading).toEqual({ kind: 'days', days: 3 });
    expect(m && readingMessage('dilepas Senin besok', m, on(FRIDAY))?.id).toContain(
      '3 hari sesudah tanggal terbit 12 Oktober 2018',
    );
    const [back] = findDates('tiba Minggu lalu', on(FRIDAY));
    expect(back && readingMessage('tiba Minggu lalu', back, on(FRIDAY))?.en).toContain(
      '5 days before the publication date, 2018-10-12',
    );
  });

  it('is no date without the publication day, and "minggu lalu" is last week', () => {
    expect(findDates('dilepas Senin besok', { year: 2018, month: 10 })).toEqual([]);
    expect(findDates('dilepas minggu lalu', on(FRIDAY))).toEqual([]);
    expect(findDates('Senin depannya', on(FRIDAY))).toEqual([]);
  });

  it('counts a whole week when the weekday is the publication day', () => {
    expect(daysToWeekday(5, 5, true)).toBe(7);
    expect(daysToWeekday(5, 5, false)).toBe(-7);
    expect(daysToWeekday(5, 1, true)).toBe(3);
    expect(daysToWeekday(5, 0, false)).toBe(-5);
  });
});
