/** The date to write for a date field written in words, day-first or unpadded. */
import { describe, expect, it } from 'vitest';
import { dateMistake } from '../../../src/lib/check/date-mistakes.ts';

describe('dateMistake', () => {
  it.each([
    ['23 Maret 2023', 'start: 2023-03-23 (23 Maret 2023)'],
    ['23 maret 2023', 'start: 2023-03-23'],
    ['Kamis, 23 Maret 2023', 'start: 2023-03-23'],
    ['hari Kamis tanggal 23 Maret 2023', 'start: 2023-03-23'],
    ['23/03/2023', 'start: 2023-03-23'],
    ['23-03-2023', 'start: 2023-03-23'],
    ['5 Mar 2023', 'start: 2023-03-05'],
    ['2023/03/23', 'start: 2023-03-23'],
    ['2023-3-5', 'start: 2023-03-05'],
    ['Maret 2023', 'start: 2023-03 (Maret 2023)'],
    ['2023/3', 'start: 2023-03'],
  ])('%j → %s', (written, fix) => {
    const r = dateMistake(written, 'partial', 'start');
    expect(r?.fix.id).toContain(fix);
    expect(r?.message.id).toBe(
      `Tanggal ditulis "${written}"; kolom ini memakai bentuk TTTT-BB-HH (atau TTTT-BB, TTTT).`,
    );
    expect(r?.message.en).toContain('YYYY-MM-DD');
  });

  it('gives the start and the end for a range written in a start field', () => {
    const r = dateMistake('23 hingga 31 Maret 2023', 'partial', 'start');
    expect(r?.message.en).toBe(
      '"23 hingga 31 Maret 2023" is a range of dates; this field holds one date.',
    );
    expect(r?.fix.en).toBe('Write start: 2023-03-23 and end: 2023-03-31.');
    expect(dateMistake('23 hingga 31 Maret 2023', 'partial', 'date')?.fix.en).toBe(
      'Write date: 2023-03-23.',
    );
  });

  it('asks a full date for a day only', () => {
    expect(dateMistake('15 Mei 2023', 'full', 'date')?.message.en).toContain(
      'takes the form YYYY-MM-DD.',
    );
    expect(dateMistake('Mei 2023', 'full', 'date')).toBeUndefined();
  });

  it('writes the date alone for a list item', () => {
    expect(dateMistake('23 Maret 2023', 'partial', undefined)?.fix.en).toBe('Write 2023-03-23.');
  });

  it.each([
    ['a day that does not exist', '31 Februari 2023'],
    ['no year', '23 Maret'],
    ['text around the date', 'sekitar 23 Maret 2023 lalu'],
    ['two dates', '23 Maret 2023 atau 24 Maret 2023'],
    ['an impossible year-first date', '2023-02-30'],
    ['not a date', 'kemarin'],
    ['not text', 2023.5],
  ])('leaves %s to the generic message', (_name, written) => {
    expect(dateMistake(written, 'partial', 'start')).toBeUndefined();
  });
});
