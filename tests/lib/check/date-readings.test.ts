/**
 * The check's words for dates read from the publication date: each kind of
 * reading, none when a date is written in full, a weekday that contradicts
 * its date with both readings, and why a date cannot be read.
 */
import { describe, expect, it } from 'vitest';
import {
  readingMessage,
  readingReason,
  readingsOf,
  statingMentions,
  unreadReason,
  weekdayConflicts,
} from '../../../src/lib/check/date-readings.ts';
import { findDates } from '../../../src/lib/text/indonesian/dates.ts';

const OCT_15 = { year: 2018, month: 10, day: 15 };
const date = (value: string) => ({ kind: 'date' as const, value });

describe('readingsOf', () => {
  it.each([
    [
      'dilepas kemarin di Griya Mayang',
      '2018-10-14',
      '"kemarin" dibaca sebagai 14 Oktober 2018 (sehari sebelum tanggal terbit 15 Oktober 2018).',
      '"kemarin" read as 2018-10-14 (the day before the publication date, 2018-10-15).',
    ],
    [
      'dimulai lusa di Singapura',
      '2018-10-17',
      '"lusa" dibaca sebagai 17 Oktober 2018 (dua hari sesudah tanggal terbit 15 Oktober 2018).',
      '"lusa" read as 2018-10-17 (two days after the publication date, 2018-10-15).',
    ],
    [
      'dilepas Senin (15/10) di Griya Mayang',
      '2018-10-15',
      '"Senin (15/10)" dibaca sebagai 15 Oktober 2018 (tahun tidak ditulis; diambil dari tanggal terbit 15 Oktober 2018).',
      '"Senin (15/10)" read as 2018-10-15 (no year written; the year of the publication date, 2018-10-15).',
    ],
    [
      'berangkat pada 1 Juli mendatang',
      '2019-07-01',
      '"1 Juli mendatang" dibaca sebagai 1 Juli 2019 (1 Juli berikutnya sejak tanggal terbit 15 Oktober 2018).',
      '"1 Juli mendatang" read as 2019-07-01 (the first such date on or after the publication date, 2018-10-15).',
    ],
    [
      'mengikuti pelatihan Juli lalu',
      '2018-07',
      '"Juli lalu" dibaca sebagai Juli 2018 (Juli terakhir sampai tanggal terbit 15 Oktober 2018).',
      '"Juli lalu" read as 2018-07 (the last such date on or before the publication date, 2018-10-15).',
    ],
  ])('says how %j was read', (quote, value, id, en) => {
    expect(readingsOf(date(value), quote, OCT_15)).toEqual([{ id, en }]);
  });

  it('says a year from the neighbouring year is the nearest', () => {
    const [m] = findDates('dilepas (28/12)', { year: 2019, month: 1, day: 3 });
    expect(m && readingMessage('dilepas (28/12)', m, { year: 2019, month: 1, day: 3 })).toEqual({
      id: '"(28/12)" dibaca sebagai 28 Desember 2018 (tahun tidak ditulis; tanggal itu yang terdekat dengan tanggal terbit 3 Januari 2019).',
      en: '"(28/12)" read as 2018-12-28 (no year written; the nearest such date to the publication date, 2019-01-03).',
    });
  });

  it('says how a period was read', () => {
    expect(
      readingsOf(
        { kind: 'period', start: '2019-07-15', end: '2019-07-19' },
        'pada 15 hingga 19 Juli mendatang',
        OCT_15,
      ).map((b) => b.id),
    ).toEqual([
      '"15 hingga 19 Juli mendatang" dibaca sebagai 15 Juli 2019 – 19 Juli 2019 (15 Juli berikutnya sejak tanggal terbit 15 Oktober 2018).',
    ]);
  });

  it('says nothing when a date stating the value is written in full', () => {
    expect(readingsOf(date('2018-10-14'), 'kemarin, 14 Oktober 2018', OCT_15)).toEqual([]);
    expect(readingsOf(date('2018-10-16'), 'dilepas kemarin', OCT_15)).toEqual([]);
    expect(readingsOf({ kind: 'text', value: 'kemarin' }, 'dilepas kemarin', OCT_15)).toEqual([]);
  });

  it('lists the mentions of date facts only', () => {
    expect(statingMentions(date('2018'), 'pada 2018', OCT_15)).toEqual([]);
    expect(statingMentions({ kind: 'none' }, 'kemarin', OCT_15)).toBeUndefined();
    expect(statingMentions(date('2018-10-14'), 'kemarin', OCT_15)?.map((m) => m.text)).toEqual([
      'kemarin',
    ]);
  });

  it('gives the reason alone for the scaffold', () => {
    const [m] = findDates('besok', OCT_15);
    expect(m && readingReason(m, OCT_15)?.id).toBe('sehari sesudah tanggal terbit 15 Oktober 2018');
  });
});

describe('weekdayConflicts', () => {
  it('names the quote and both readings of a weekday that is not its date’s', () => {
    const quote = 'dilepas Senin (16/10) di Griya Mayang';
    expect(weekdayConflicts(quote, findDates(quote, OCT_15))).toEqual([
      {
        id: 'Kutipan menulis "Senin (16/10)", tetapi 16 Oktober 2018 jatuh pada hari Selasa. Menurut angkanya: Selasa, 16 Oktober 2018; menurut nama harinya: Senin, 15 Oktober 2018 (Senin terdekat).',
        en: 'The quote writes "Senin (16/10)", but 2018-10-16 is a Tuesday. By its numbers: Tuesday 2018-10-16; by its weekday: Monday 2018-10-15 (the nearest Monday).',
      },
    ]);
  });

  it('finds nothing when the weekday is the date’s', () => {
    const quote = 'dilepas Senin (15/10), tiba Jumat (7/6/2024), Rabu, 19 Agustus 2015';
    expect(weekdayConflicts(quote, findDates(quote, OCT_15))).toEqual([]);
  });

  it('reads a full date too: 7 June 2024 is a Friday, not a Thursday', () => {
    const quote = 'tiba Kamis (7/6/2024) di Singapura';
    expect(weekdayConflicts(quote, findDates(quote)).map((b) => b.id)).toEqual([
      'Kutipan menulis "Kamis (7/6/2024)", tetapi 7 Juni 2024 jatuh pada hari Jumat. Menurut angkanya: Jumat, 7 Juni 2024; menurut nama harinya: Kamis, 6 Juni 2024 (Kamis terdekat).',
    ]);
  });
});

describe('unreadReason', () => {
  it('says how far the publication date is known and what to write', () => {
    expect(unreadReason('dilepas kemarin', { year: 2018, month: 10 })).toEqual({
      message: {
        id: '"kemarin" dihitung dari tanggal terbit artikel, tetapi tanggal terbit itu hanya diketahui sampai bulannya (Oktober 2018)',
        en: `"kemarin" counts from the article's publication date, which is known only to the month (2018-10)`,
      },
      needs: 'YYYY-MM-DD',
    });
    expect(unreadReason('Juli lalu', { year: 2018 })?.needs).toBe('YYYY-MM');
    expect(unreadReason('dilepas (15/10)', {})?.message.id).toContain('tidak diketahui');
  });

  it('says nothing when every date can be read', () => {
    expect(unreadReason('dilepas kemarin', OCT_15)).toBeUndefined();
    expect(unreadReason('dilepas 14 Oktober 2018', {})).toBeUndefined();
  });
});
