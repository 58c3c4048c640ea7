import { describe, expect, it } from 'vitest';
import { readDate, weekdayOf } from '../../../scripts/new/dates.ts';

describe('readDate', () => {
  it.each([
    ['7 Juni 2024', '2024-06-07', 'Jumat, 7 Juni 2024 (2024-06-07)'],
    ['15/10/2018', '2018-10-15', 'Senin, 15 Oktober 2018 (2018-10-15)'],
    ['Senin 15 Oktober 2018', '2018-10-15', 'Senin, 15 Oktober 2018 (2018-10-15)'],
    ['Senin, 15 Oktober 2018', '2018-10-15', 'Senin, 15 Oktober 2018 (2018-10-15)'],
    ["Jum'at, 7 Juni 2024", '2024-06-07', 'Jumat, 7 Juni 2024 (2024-06-07)'],
    ['2024-06-07', '2024-06-07', 'Jumat, 7 Juni 2024 (2024-06-07)'],
    ['7-6-2024', '2024-06-07', 'Jumat, 7 Juni 2024 (2024-06-07)'],
    ['tanggal 7 juni 2024.', '2024-06-07', 'Jumat, 7 Juni 2024 (2024-06-07)'],
    ['7 Jun 2024', '2024-06-07', 'Jumat, 7 Juni 2024 (2024-06-07)'],
    ['Juni 2024', '2024-06', 'Juni 2024 (2024-06)'],
    ['2024-06', '2024-06', 'Juni 2024 (2024-06)'],
    ['2016', '2016', 'tahun 2016 (2016)'],
  ])('reads %j as %s and says so', (typed, stored, shown) => {
    expect(readDate(typed)).toEqual({ ok: true, value: { start: stored, shown } });
  });

  it('refuses a weekday that is not the date’s, naming the right one', () => {
    const r = readDate('Selasa 15 Oktober 2018');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.id).toBe(
      '"Selasa 15 Oktober 2018": 15 Oktober 2018 jatuh pada hari Senin, bukan Selasa. Periksa tanggal atau harinya.',
    );
    expect(r.problem.en).toContain('2018-10-15 is a Monday, not a Tuesday.');
  });

  it.each(['31 Februari 2024', 'kemarin', 'Jumat (7/6)', '7 Juni', '2024-13', 'Senin Juni 2024'])(
    'refuses %j with how to write a date',
    (typed) => {
      const r = readDate(typed);
      expect(r.ok).toBe(false);
    },
  );

  it('takes a missing year from the article, and a range only where one is asked', () => {
    expect(readDate('7 Juni', { ctx: { year: 2024, month: 6 } })).toMatchObject({
      ok: true,
      value: { start: '2024-06-07' },
    });
    expect(readDate('10 hingga 14 Juni 2024', { range: true })).toEqual({
      ok: true,
      value: {
        start: '2024-06-10',
        end: '2024-06-14',
        shown: 'Senin, 10 Juni 2024 – Jumat, 14 Juni 2024 (2024-06-10 – 2024-06-14)',
      },
    });
    expect(readDate('10 hingga 14 Juni 2024').ok).toBe(false);
  });

  it('knows the weekday of a date', () => {
    expect(['2024-06-02', '2024-06-07', '2024-06-08'].map(weekdayOf)).toEqual([
      'Minggu',
      'Jumat',
      'Sabtu',
    ]);
  });
});

describe('readDate in an article published on Monday 15 October 2018', () => {
  const ctx = { year: 2018, month: 10, day: 15 };

  it.each([
    [
      'kemarin',
      '2018-10-14',
      'Minggu, 14 Oktober 2018 (2018-10-14; sehari sebelum tanggal terbit 15 Oktober 2018)',
    ],
    [
      'hari ini',
      '2018-10-15',
      'Senin, 15 Oktober 2018 (2018-10-15; tanggal terbit 15 Oktober 2018)',
    ],
    ['Senin (15/10)', '2018-10-15', 'Senin, 15 Oktober 2018 (2018-10-15)'],
    ['15/10', '2018-10-15', 'Senin, 15 Oktober 2018 (2018-10-15)'],
    ['Jumat malam (19/10)', '2018-10-19', 'Jumat, 19 Oktober 2018 (2018-10-19)'],
    [
      'tanggal 1 Juli mendatang',
      '2019-07-01',
      'Senin, 1 Juli 2019 (2019-07-01; 1 Juli berikutnya sejak tanggal terbit 15 Oktober 2018)',
    ],
    [
      'Juli lalu',
      '2018-07',
      'Juli 2018 (2018-07; Juli terakhir sampai tanggal terbit 15 Oktober 2018)',
    ],
  ])('reads %j as %s and says how', (typed, stored, shown) => {
    expect(readDate(typed, { ctx })).toEqual({ ok: true, value: { start: stored, shown } });
  });

  it('refuses a weekday that is not the date’s, and a day word without the day', () => {
    const wrong = readDate('Selasa (15/10)', { ctx });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.problem.id).toContain('jatuh pada hari Senin, bukan Selasa');
    expect(readDate('kemarin', { ctx: { year: 2018, month: 10 } }).ok).toBe(false);
  });
});
