/** Numbers in digits, with their text and offset; counts and ordinals a text states. */
import { describe, expect, it } from 'vitest';
import {
  findNumbers,
  mentionsNumber,
  mentionsOrdinal,
} from '../../../../src/lib/text/indonesian/numbers.ts';
import {
  SCP_2023_03,
  RELEASE_2023_03,
  JULY_2019,
  MARCH_EARLY,
  FOUR_YEARS,
  THREE_YEARS,
  STAFF,
  SINCE_2016,
  SECOND_2023,
  TEN_COHORTS,
  POSTED_2022,
  values,
} from './fixtures.ts';

describe('findNumbers', () => {
  it('reads digits in seed sentences, with text and index', () => {
    const found = findNumbers(FOUR_YEARS);
    expect(found.map((n) => n.value)).toEqual([4, 250]);
    for (const n of found) expect(FOUR_YEARS.slice(n.index, n.index + n.text.length)).toBe(n.text);
    expect(values(THREE_YEARS)).toEqual([3, 150, 6]);
    expect(values(STAFF)).toEqual([300]);
  });

  it('reads "." as thousands separator and "," as decimal comma', () => {
    expect(values('16.000 peserta')).toEqual([16000]);
    expect(values('anggaran Rp1.500.000,50')).toEqual([1500000.5]);
    expect(values('naik 2,5 persen')).toEqual([2.5]);
    expect(values('sebanyak 1000 orang')).toEqual([1000]);
  });

  it('applies ribu, juta, miliar after digits exactly', () => {
    expect(findNumbers('Rp1,5 juta')).toEqual([{ value: 1500000, text: '1,5 juta', index: 2 }]);
    expect(values('2,3 juta')).toEqual([2300000]);
    expect(values('Rp 25 miliar')).toEqual([25e9]);
  });

  it('does not read a time after a comma as decimals', () => {
    expect(values(POSTED_2022)).toEqual([5, 9, 2022, 14, 59]);
  });

  it('returns mentions in text order', () => {
    const found = findNumbers('lima orang dan 25 ASN serta dua puluh staf');
    expect(found.map((n) => n.value)).toEqual([5, 25, 20]);
    expect(found.map((n) => n.index)).toEqual([...found.map((n) => n.index)].sort((a, b) => a - b));
  });

  it('finds nothing in text without numbers', () => {
    expect(findNumbers('')).toEqual([]);
    expect(findNumbers('Pelatihan ini gratis sepenuhnya')).toEqual([]);
  });
});

describe('mentionsNumber', () => {
  it('finds counts in seed sentences', () => {
    expect(mentionsNumber(SCP_2023_03, 25)).toBe(true);
    expect(mentionsNumber(FOUR_YEARS, 250)).toBe(true);
    expect(mentionsNumber(FOUR_YEARS, 4)).toBe(true);
    expect(mentionsNumber(STAFF, 300)).toBe(true);
    expect(mentionsNumber(TEN_COHORTS, 10)).toBe(true);
    expect(mentionsNumber(MARCH_EARLY, 4)).toBe(true);
    expect(mentionsNumber(JULY_2019, 25)).toBe(true);
  });

  it('does not find 25 inside 250 or 2025', () => {
    expect(mentionsNumber(FOUR_YEARS, 25)).toBe(false);
    expect(mentionsNumber('250 orang ASN', 25)).toBe(false);
    expect(mentionsNumber('tahun 2025', 25)).toBe(false);
    expect(mentionsNumber(STAFF, 30)).toBe(false);
  });

  it('matches number words', () => {
    expect(mentionsNumber('dua puluh lima orang ASN', 25)).toBe(true);
    expect(mentionsNumber('dua ratus lima puluh orang ASN', 250)).toBe(true);
    expect(mentionsNumber('dua ratus lima puluh orang ASN', 25)).toBe(false);
    expect(mentionsNumber('seribu peserta', 1000)).toBe(true);
  });

  it('does not count days and months of dates or clock times', () => {
    expect(mentionsNumber(SCP_2023_03, 23)).toBe(false);
    expect(mentionsNumber(SCP_2023_03, 31)).toBe(false);
    expect(mentionsNumber(RELEASE_2023_03, 21)).toBe(false);
    expect(mentionsNumber(RELEASE_2023_03, 3)).toBe(false);
    expect(mentionsNumber(POSTED_2022, 5)).toBe(false);
    expect(mentionsNumber(POSTED_2022, 14)).toBe(false);
    expect(mentionsNumber('pukul 14.59 WIB', 59)).toBe(false);
  });

  it('still counts years as numbers', () => {
    expect(mentionsNumber(SINCE_2016, 2016)).toBe(true);
    expect(mentionsNumber(SCP_2023_03, 2023)).toBe(true);
  });

  it('matches decimals and scaled amounts by value', () => {
    expect(mentionsNumber('naik 2,5 persen', 2.5)).toBe(true);
    expect(mentionsNumber('Rp1,5 juta', 1500000)).toBe(true);
    expect(mentionsNumber('Rp1,5 juta', 1.5)).toBe(false);
    expect(mentionsNumber('16.000 peserta', 16000)).toBe(true);
    expect(mentionsNumber('16.000 peserta', 16)).toBe(false);
  });

  it('is false for non-finite numbers', () => {
    expect(mentionsNumber('25 orang', Number.NaN)).toBe(false);
  });
});

describe('mentionsOrdinal', () => {
  it('finds an ordinal written as a word or as ke- and digits', () => {
    expect(mentionsOrdinal(SECOND_2023, 2)).toBe(true);
    expect(mentionsOrdinal('angkatan ke-2', 2)).toBe(true);
    expect(mentionsOrdinal('angkatan ke 2', 2)).toBe(true);
    expect(mentionsOrdinal('angkatan ke-11', 11)).toBe(true);
  });

  it('does not find another ordinal or a longer number', () => {
    expect(mentionsOrdinal(SECOND_2023, 3)).toBe(false);
    expect(mentionsOrdinal('angkatan ke-20', 2)).toBe(false);
    expect(mentionsOrdinal('pertamanya', 1)).toBe(false);
  });
});
