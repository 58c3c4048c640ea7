/** Numbers written in words, as findNumbers reads them. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../../src/lib/text/indonesian/numbers.ts';
import { ONLY_ONE, values } from './fixtures.ts';

describe('findNumbers', () => {
  it('reads Indonesian number words', () => {
    const cases: Array<[string, number]> = [
      ['satu', 1],
      ['sembilan', 9],
      ['sepuluh', 10],
      ['sebelas', 11],
      ['dua belas', 12],
      ['sembilan belas', 19],
      ['dua puluh', 20],
      ['dua puluh lima', 25],
      ['seratus', 100],
      ['seratus lima', 105],
      ['dua ratus lima puluh', 250],
      ['sembilan ratus sembilan puluh sembilan', 999],
      ['seribu', 1000],
      ['seribu dua ratus', 1200],
      ['dua ribu dua puluh tiga', 2023],
      ['tiga ratus ribu', 300000],
      ['sejuta', 1e6],
    ];
    for (const [text, value] of cases) {
      expect(findNumbers(text), text).toEqual([{ value, text, index: 0 }]);
    }
  });

  it('is case-insensitive and tolerates extra whitespace between words', () => {
    expect(findNumbers('Dua  Puluh Lima ASN')).toEqual([
      { value: 25, text: 'Dua  Puluh Lima', index: 0 },
    ]);
  });

  it('reads words written together only as whole words', () => {
    expect(values('limapuluh orang')).toEqual([50]);
    expect(values('duabelas')).toEqual([12]);
    expect(values('kelima')).toEqual([]);
    expect(values('limanya')).toEqual([]);
  });

  it('does not take ordinals, hyphenated doubles or approximations as numbers', () => {
    expect(values('Ini kali kedua')).toEqual([]);
    expect(values(ONLY_ONE)).toEqual([50]);
    expect(values('dua puluhan orang')).toEqual([]);
    expect(values('ratusan orang')).toEqual([]);
  });

  it('splits adjacent numbers that do not form one', () => {
    expect(values('dua tiga orang')).toEqual([2, 3]);
    expect(values('25 orang, lima orang')).toEqual([25, 5]);
  });
});
