/** Each form of date the rules read, as findDates returns it. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/lib/text/indonesian/dates.ts';
import {
  SCP_2023_03,
  SCP_2023_05,
  SCP_2019_02,
  RELEASE_2023_03,
  RELEASE_2023_05,
  RELEASE_2019_02,
  JULY_2019,
  FEBRUARY_2019,
  MARCH_EARLY,
  SECOND_2023,
  FOUR_YEARS,
  SINCE_2016,
  TEN_COHORTS,
  MOU_2015,
  POSTED_2015,
  POSTED_2022,
  dates,
} from './fixtures.ts';

describe('findDates', () => {
  it('reads day ranges from the seeds', () => {
    expect(dates(SCP_2023_03)).toEqual(['23 hingga 31 Maret 2023 2023-03-23..2023-03-31']);
    expect(dates(SCP_2023_05)).toEqual(['15 hingga 19 Mei 2023 2023-05-15..2023-05-19']);
    expect(dates(SCP_2019_02)).toEqual(['17 s.d. 23 Februari 2019 2019-02-17..2019-02-23']);
  });

  it('accepts every range separator', () => {
    for (const written of [
      '17 s.d. 23 Februari 2019',
      '17 s/d 23 Februari 2019',
      '17 sd 23 Februari 2019',
      '17-23 Februari 2019',
      '17 – 23 Februari 2019',
      '17 sampai 23 Februari 2019',
      '17 sampai dengan 23 Februari 2019',
      '17  HINGGA  23  februari  2019',
    ]) {
      expect(findDates(`pada ${written}.`), written).toEqual([
        { start: '2019-02-17', end: '2019-02-23', text: written, index: 5, inferred: false },
      ]);
    }
  });

  it('reads ranges across two months and years', () => {
    expect(dates('28 Februari hingga 3 Maret 2019')).toEqual([
      '28 Februari hingga 3 Maret 2019 2019-02-28..2019-03-03',
    ]);
    expect(dates('28 Desember hingga 3 Januari 2020')).toEqual([
      '28 Desember hingga 3 Januari 2020 2019-12-28..2020-01-03',
    ]);
    expect(dates('5 Maret 2023 sampai 7 April 2023')).toEqual([
      '5 Maret 2023 sampai 7 April 2023 2023-03-05..2023-04-07',
    ]);
  });

  it('reads month ranges and year ranges', () => {
    expect(dates('Maret hingga Mei 2023')).toEqual(['Maret hingga Mei 2023 2023-03..2023-05']);
    expect(dates('periode 2018-2023')).toEqual(['2018-2023 2018..2023']);
  });

  it('reads single dates', () => {
    expect(dates(POSTED_2015)).toEqual(['19 Agustus 2015 2015-08-19']);
    expect(dates('tanggal 5 September 2022')).toEqual(['5 September 2022 2022-09-05']);
    expect(dates(MOU_2015)).toEqual(['18/08/2015 2015-08-18']);
    expect(dates(POSTED_2022)).toEqual(['05-09-2022 2022-09-05']);
    expect(dates('diperbarui 2022-09-05')).toEqual(['2022-09-05 2022-09-05']);
  });

  it('accepts abbreviations and English month names', () => {
    expect(dates('5 Sept 2022')).toEqual(['5 Sept 2022 2022-09-05']);
    expect(dates('17 Agt 2019')).toEqual(['17 Agt 2019 2019-08-17']);
    expect(dates('1 Okt. 2020')).toEqual(['1 Okt. 2020 2020-10-01']);
    expect(dates('10 Des 2021')).toEqual(['10 Des 2021 2021-12-10']);
    expect(dates('23 March 2023')).toEqual(['23 March 2023 2023-03-23']);
  });

  it('completes the press shorthand (d/m) from the context year', () => {
    expect(dates(RELEASE_2023_03, { year: 2023 })).toEqual(['21/3 2023-03-21 inferred']);
    expect(dates(RELEASE_2023_05, { year: 2023 })).toEqual(['12/5 2023-05-12 inferred']);
    expect(dates(RELEASE_2019_02, { year: 2019, month: 2 })).toEqual(['15/2 2019-02-15 inferred']);
  });

  it('gives no mention for the shorthand without a context year', () => {
    expect(findDates(RELEASE_2023_03)).toEqual([]);
    expect(findDates(RELEASE_2023_05, { month: 5 })).toEqual([]);
  });

  it('takes the nearer year when the context month is known', () => {
    expect(dates('dilepas (28/12)', { year: 2023, month: 1 })).toEqual([
      '28/12 2022-12-28 inferred',
    ]);
    expect(dates('berangkat (2/1)', { year: 2022, month: 12 })).toEqual([
      '2/1 2023-01-02 inferred',
    ]);
  });

  it('reads month and year', () => {
    expect(dates('Maret 2023')).toEqual(['Maret 2023 2023-03']);
    expect(dates('pada bulan Juli 2019')).toEqual(['Juli 2019 2019-07']);
  });

  it('reads a month alone after a cue word, with the year from the context', () => {
    expect(dates(JULY_2019, FEBRUARY_2019)).toEqual(['Juli 2019-07 inferred']);
    expect(dates(MARCH_EARLY, { year: 2023, month: 3 })).toEqual(['Maret 2023-03 inferred']);
    expect(dates(SECOND_2023, { year: 2023, month: 5 })).toEqual([
      '2023 2023',
      'Maret 2023-03 inferred',
    ]);
  });

  it('points "lalu" back and "mendatang" ahead of the context month', () => {
    expect(dates('pada November lalu', { year: 2023, month: 3 })).toEqual([
      'November 2022-11 inferred',
    ]);
    expect(dates('Februari mendatang', { year: 2023, month: 11 })).toEqual([
      'Februari 2024-02 inferred',
    ]);
  });

  it('gives no mention for a month alone without a context year or a cue word', () => {
    expect(findDates(JULY_2019)).toEqual([]);
    expect(findDates(MARCH_EARLY)).toEqual([]);
    expect(findDates('Juni Hartati, Kepala BKPSDM', { year: 2023 })).toEqual([]);
  });

  it('reads years', () => {
    expect(dates(SINCE_2016)).toEqual(['2016 2016']);
    expect(dates('anggaran 2024 belum cair')).toEqual(['2024 2024']);
  });

  it('does not read durations, counts or out-of-range numbers as years', () => {
    expect(findDates(FOUR_YEARS)).toEqual([]);
    expect(findDates(TEN_COHORTS)).toEqual([]);
    expect(findDates('sebanyak 1.900 orang dan 3000 peserta')).toEqual([]);
  });

  it('skips invalid dates without reading parts of them', () => {
    expect(findDates('31 Februari 2019')).toEqual([]);
    expect(findDates('29 Februari 2019')).toEqual([]);
    expect(dates('29 Februari 2020')).toEqual(['29 Februari 2020 2020-02-29']);
    expect(findDates('23 hingga 17 Maret 2023')).toEqual([]);
    expect(findDates('31/04/2020')).toEqual([]);
    expect(findDates('(31/4)', { year: 2023 })).toEqual([]);
  });
});
