/** What the noun after a number counts. */
import { describe, expect, it } from 'vitest';
import { COUNT_CUE, unitOf } from '../../../../src/lib/text/indonesian/units.ts';

describe('unitOf', () => {
  it('names people, cohorts, durations and other things', () => {
    const cases: Array<[string, ReturnType<typeof unitOf>]> = [
      ['orang', 'people'],
      ['ASN', 'people'],
      ['stafnya', 'people'],
      ['ASN-nya', 'people'],
      ['Peserta', 'people'],
      ['angkatan', 'cohorts'],
      ['batch', 'cohorts'],
      ['tahun', 'duration'],
      ['dasawarsa', 'duration'],
      ['pekan', 'duration'],
      ['negara', 'thing'],
      ['kali', 'thing'],
      ['untuk', undefined],
      ['nya', undefined],
    ];
    for (const [word, unit] of cases) expect(unitOf(word), word).toBe(unit);
  });
});

describe('COUNT_CUE', () => {
  it('matches a head-count cue right before a number, not inside a word', () => {
    expect(COUNT_CUE.test('tercatat sebanyak ')).toBe(true);
    expect(COUNT_CUE.test('Pelatihan ini diikuti oleh ')).toBe(true);
    expect(COUNT_CUE.test('subtotal ')).toBe(false);
    expect(COUNT_CUE.test('sebanyak lima ')).toBe(false);
  });
});
