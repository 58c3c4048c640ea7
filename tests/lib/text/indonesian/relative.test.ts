/**
 * Dates written relative to the article: day words counted from the
 * publication day (across month, year and leap-day boundaries), cue words
 * after a day or month pointing toward it, what is not a day word, and the
 * publication date each needs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/lib/text/indonesian/dates.ts';
import {
  cueAfter,
  publicationDate,
  publicationDay,
  shiftDays,
  yearToward,
} from '../../../../src/lib/text/indonesian/relative.ts';
import { JULY_2019, dates } from './fixtures.ts';

/** The context of an article published on `date` (YYYY-MM-DD). */
const on = (date: string) => {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return { year, month, day };
};

/** The single date `text` is read as in an article published on `published`. */
const readOn = (text: string, published: string): string[] =>
  findDates(text, on(published)).map((m) => m.start);

describe('day words', () => {
  it.each([
    ['hari ini', '2018-10-15', '2018-10-15'],
    ['kemarin', '2018-10-15', '2018-10-14'],
    ['besok', '2018-10-15', '2018-10-16'],
    ['lusa', '2018-10-15', '2018-10-17'],
    ['kemarin lusa', '2018-10-15', '2018-10-13'],
    ['esok hari', '2018-10-15', '2018-10-16'],
    ['malam ini', '2018-10-15', '2018-10-15'],
    // across a month, a year, and February in common and leap years
    ['kemarin', '2019-01-01', '2018-12-31'],
    ['kemarin', '2024-03-01', '2024-02-29'],
    ['kemarin', '2023-03-01', '2023-02-28'],
    ['besok', '2023-02-28', '2023-03-01'],
    ['besok', '2024-02-28', '2024-02-29'],
    ['besok', '2024-02-29', '2024-03-01'],
    ['lusa', '2018-12-30', '2019-01-01'],
    ['lusa', '2024-02-28', '2024-03-01'],
    ['besok', '2018-12-31', '2019-01-01'],
  ])('reads "%s" in an article of %s as %s', (word, published, expected) => {
    expect(readOn(`Para peserta dilepas ${word} oleh Wali Kota.`, published)).toEqual([expected]);
  });

  it('keeps the words read and how they were counted', () => {
    const [m] = findDates('dilepas Kemarin, di Griya Mayang', on('2018-10-15'));
    expect(m).toMatchObject({
      text: 'Kemarin',
      index: 8,
      inferred: true,
      reading: { kind: 'days', days: -1 },
    });
  });

  it('reads no day word without the publication day', () => {
    expect(findDates('dilepas kemarin', { year: 2018, month: 10 })).toEqual([]);
    expect(findDates('dilepas kemarin', { year: 2018 })).toEqual([]);
    expect(findDates('dilepas kemarin')).toEqual([]);
  });

  it.each([
    ['Juli kemarin', ['2018-07']],
    ['tanggal 1 Juli besok', ['2019-07-01']],
    // a weekday with a relative word is a date of its own (./weekday-relative.test.ts)
    ['Senin besok', ['2018-10-22']],
    ['Jumat malam kemarin', ['2018-10-12']],
    ['tahun kemarin', []],
    ['Kamis (7/6) kemarin', ['2018-06-07']],
    ['pada 2017 kemarin', ['2017']],
    ['keesokan harinya', []],
    ['besoknya', []],
  ])('reads "%s" as a cue of the date before it, not as a day', (text, expected) => {
    expect(readOn(text, '2018-10-15')).toEqual(expected);
  });

  it('reads the word for any publication day as that day moved by its offset', () => {
    const words = [
      ['kemarin', -1],
      ['hari ini', 0],
      ['besok', 1],
      ['lusa', 2],
    ] as const;
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1901-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.constantFrom(...words),
        (d, [word, offset]) => {
          const published = d.toISOString().slice(0, 10);
          const expected = new Date(d.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
          expect(readOn(`Pelatihan dimulai ${word} di Singapura.`, published)).toEqual([expected]);
        },
      ),
    );
  });
});

describe('cue words after a day or a month', () => {
  it.each([
    ['pada 1 Juli mendatang', '2018-12-15', '2019-07-01', 'after'],
    ['pada 1 Juli mendatang', '2018-03-15', '2018-07-01', 'after'],
    ['tanggal 1 Juli besok', '2018-06-30', '2018-07-01', 'after'],
    ['tanggal 15 Oktober mendatang', '2018-10-20', '2019-10-15', 'after'],
    ['tanggal 25 Oktober mendatang', '2018-10-20', '2018-10-25', 'after'],
    ['pada 20 Desember lalu', '2019-01-03', '2018-12-20', 'before'],
    ['pada 5 Januari lalu', '2019-01-03', '2018-01-05', 'before'],
    ['15 hingga 19 Juli mendatang', '2018-12-15', '2019-07-15', 'after'],
    ['Juli lalu', '2018-10-15', '2018-07', 'before'],
    ['bulan Juli yang akan datang', '2018-10-15', '2019-07', 'after'],
  ])('reads "%s" in an article of %s as %s', (text, published, expected, kind) => {
    const [m] = findDates(text, on(published));
    expect(m?.start).toBe(expected);
    expect(m?.reading?.kind).toBe(kind);
  });

  it('reads a cue word with the publication month alone, toward that month', () => {
    expect(dates('pada 1 Juli mendatang', { year: 2018, month: 12 })).toEqual([
      '1 Juli 2019-07-01 inferred',
    ]);
    expect(dates('pada 15 Oktober mendatang', { year: 2018, month: 10 })).toEqual([
      '15 Oktober 2018-10-15 inferred',
    ]);
  });

  it('reads no cue word without the publication month', () => {
    expect(findDates(JULY_2019, { year: 2019 })).toEqual([]);
    expect(findDates('pada 1 Juli mendatang', { year: 2018 })).toEqual([]);
  });

  it('reads a date with its year written as written, whatever the cue', () => {
    expect(readOn('pada 1 Juli 2018 mendatang', '2018-12-15')).toEqual(['2018-07-01']);
  });
});

describe('the helpers', () => {
  it('moves a day across the calendar', () => {
    expect(shiftDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftDays('2019-01-01', -1)).toBe('2018-12-31');
    expect(shiftDays('2018-10-15', 0)).toBe('2018-10-15');
  });

  it('finds the year toward a cue, with the day deciding only when both give one', () => {
    expect(yearToward(10, 15, on('2018-10-20'), 'future')).toBe(2019);
    expect(yearToward(10, undefined, on('2018-10-20'), 'future')).toBe(2018);
    expect(yearToward(10, 15, { year: 2018, month: 10 }, 'future')).toBe(2018);
    expect(yearToward(11, undefined, { year: 2023, month: 3 }, 'past')).toBe(2022);
    expect(yearToward(7, 1, { year: 2018 }, 'future')).toBeUndefined();
  });

  it('reads the cue word and its direction', () => {
    expect(cueAfter('Juli mendatang', 4)).toEqual({ words: 'mendatang', dir: 'future' });
    expect(cueAfter('Juli yang  lalu', 4)).toEqual({ words: 'yang lalu', dir: 'past' });
    expect(cueAfter('Juli ini', 4)).toEqual({ words: 'ini', dir: undefined });
    expect(cueAfter('Juli lalunya', 4)).toBeUndefined();
  });

  it('gives the publication date to the precision known', () => {
    expect(publicationDay(on('2018-10-15'))).toBe('2018-10-15');
    expect(publicationDay({ year: 2018, month: 10 })).toBeUndefined();
    expect(publicationDate({ year: 2018, month: 10 })).toBe('2018-10');
    expect(publicationDate({ year: 2018 })).toBe('2018');
    expect(publicationDate({})).toBeUndefined();
  });
});
