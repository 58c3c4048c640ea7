/** The Indonesian month names. */
import { describe, expect, it } from 'vitest';
import { MONTHS_ID } from '../../../../src/lib/text/indonesian/months.ts';

describe('MONTHS_ID', () => {
  it('lists the twelve Indonesian month names from Januari', () => {
    expect(MONTHS_ID).toHaveLength(12);
    expect(MONTHS_ID[0]).toBe('Januari');
    expect(MONTHS_ID[2]).toBe('Maret');
    expect(MONTHS_ID[7]).toBe('Agustus');
    expect(MONTHS_ID[11]).toBe('Desember');
    expect(Object.isFrozen(MONTHS_ID)).toBe(true);
  });
});
