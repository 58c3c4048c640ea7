/** Governments named in a sentence, and the noun phrase a head-count counts. */
import { describe, expect, it } from 'vitest';
import {
  countedPhrase,
  findGovernments,
  sameGovernment,
} from '../../../../src/lib/text/indonesian/governments.ts';
import { MARCH_EARLY, RELEASE_2023_03, SCP_2019_02, SECOND_2023, STAFF } from './fixtures.ts';
import { KEMNAKER, WATER_2023_05 } from './quantity-sentences.ts';

/** The counted phrase after the first occurrence of `number` in `text`. */
const after = (text: string, number: string) =>
  countedPhrase(text, text.indexOf(number) + number.length);

describe('findGovernments', () => {
  it('reads level and name from the ways a government is written', () => {
    const cases: Array<[string, string, string[]]> = [
      ['ASN Pemkot Jambi', 'city', ['jambi']],
      ['Pemerintah Kota Jambi kembali mengutus', 'city', ['jambi']],
      ['4 orang ASN Kota Jambi', 'city', ['jambi']],
      ['ASN Pemprov Jambi', 'province', ['jambi']],
      ['Pemerintah Provinsi Jambi', 'province', ['jambi']],
      ['ASN Pemkab Muaro Jambi', 'regency', ['muaro', 'jambi']],
      ['ASN Kemnaker', 'ministry', ['kemnaker']],
      ['Kementerian Ketenagakerjaan', 'ministry', ['ketenagakerjaan']],
    ];
    for (const [text, level, name] of cases) {
      expect(findGovernments(text)[0], text).toMatchObject({ level, name });
    }
  });

  it('finds every government in a seed sentence, in order', () => {
    expect(findGovernments(KEMNAKER).map((g) => g.text)).toEqual([
      'Kementerian Ketenagakerjaan',
      'Kemnaker',
    ]);
    expect(findGovernments('Pelatihan ini gratis sepenuhnya')).toEqual([]);
  });
});

describe('sameGovernment', () => {
  it('matches one government written two ways, not another level or name', () => {
    const [pemkot] = findGovernments('Pemkot Jambi');
    const [kota] = findGovernments('Kota Jambi');
    const [pemprov] = findGovernments('Pemprov Jambi');
    const [palembang] = findGovernments('Kota Palembang');
    if (!pemkot || !kota || !pemprov || !palembang) throw new Error('not read');
    expect(sameGovernment(pemkot, kota)).toBe(true);
    expect(sameGovernment(pemkot, pemprov)).toBe(false);
    expect(sameGovernment(kota, palembang)).toBe(false);
  });
});

describe('countedPhrase', () => {
  it('takes the people nouns and names after a head-count, up to punctuation or another word', () => {
    expect(after(SCP_2019_02, '25')).toBe(' orang Aparatur Sipil Negara (ASN) Pemkot Jambi');
    expect(after(MARCH_EARLY, '4')).toBe(' orang ASN Kota Jambi');
    expect(after(SECOND_2023, '25')).toBe(' ASN Pemkot Jambi');
    expect(after(RELEASE_2023_03, '25')).toBe(' orang ASN');
    expect(after(STAFF, '300')).toBe(' orang stafnya');
  });

  it('leaves a coordinated group outside', () => {
    expect(after(WATER_2023_05, '25')).toBe(' orang Aparatur Sipil Negara (ASN)');
  });

  it('keeps a linking word and the government after it', () => {
    expect(after('25 peserta dari Pemprov Jambi mengikuti', '25')).toBe(
      ' peserta dari Pemprov Jambi',
    );
  });
});
