import { describe, expect, it } from 'vitest';
import type { Term } from '../../../src/schemas/vocabulary.ts';
import {
  countLabel,
  periodLabel,
  statusLabel,
  termLabel,
  UNKNOWN_ID,
} from '../../../src/lib/site/format.ts';

const themes = new Map<string, Term>([
  [
    'water-management',
    { label: { id: 'Pengelolaan Air', en: 'Water Management' }, terms: ['Water Management'] },
  ],
]);

describe('termLabel', () => {
  it('gives the Indonesian label of a known term', () => {
    expect(termLabel(themes, 'water-management')).toBe('Pengelolaan Air');
  });
  it('falls back to the key for a missing term', () => {
    expect(termLabel(themes, 'smart-city')).toBe('smart-city');
  });
  it('reads unknown as "tidak diketahui"', () => {
    expect(termLabel(themes, 'unknown')).toBe(UNKNOWN_ID);
  });
});

describe('countLabel', () => {
  it('never turns unknown into 0', () => {
    expect(countLabel('unknown')).toBe('tidak diketahui');
    expect(countLabel(25)).toBe('25');
  });
});

describe('statusLabel', () => {
  it('labels each status in Indonesian', () => {
    expect([statusLabel('held'), statusLabel('planned'), statusLabel('announced')]).toEqual([
      'terlaksana',
      'direncanakan',
      'diumumkan',
    ]);
  });
});

describe('periodLabel', () => {
  it('shows start and end, or the start alone', () => {
    expect(periodLabel({ start: '2023-05-15', end: '2023-05-19' })).toBe(
      '15 Mei 2023 – 19 Mei 2023',
    );
    expect(periodLabel({ start: '2019-07' })).toBe('Juli 2019');
  });
});
