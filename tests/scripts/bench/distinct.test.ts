import { describe, expect, it } from 'vitest';
import { declareDistinct, type CohortData } from '../../../scripts/bench/distinct.ts';

const cohort = (start: string, end?: string, theme = 'water'): CohortData => ({
  programme: 'scp',
  theme,
  period: end ? { start, end } : { start },
});

describe('declareDistinct', () => {
  it('has the later of two cohorts whose days meet name the earlier', () => {
    const cohorts = new Map([
      ['b', cohort('2024-03-05', '2024-03-09')],
      ['a', cohort('2024-03-09', '2024-03-12')],
      ['c', cohort('2024-03-13', '2024-03-15')],
    ]);
    expect(declareDistinct(cohorts)).toEqual(['b']);
    expect(cohorts.get('b')?.['distinct_from']).toEqual(['a']);
    expect(cohorts.get('a')).not.toHaveProperty('distinct_from');
    expect(cohorts.get('c')).not.toHaveProperty('distinct_from');
  });

  it('reads a month as every day of it, and leaves other themes alone', () => {
    const cohorts = new Map([
      ['a', cohort('2024-03')],
      ['b', cohort('2024-03-31', '2024-04-02')],
      ['c', cohort('2024-03-10', '2024-03-12', 'waste')],
    ]);
    expect(declareDistinct(cohorts)).toEqual(['b']);
  });

  it('with `only`, changes only those records, naming later cohorts too', () => {
    const cohorts = new Map([
      ['a', cohort('2024-03-05', '2024-03-09')],
      ['m', cohort('2024-03-06', '2024-03-07')],
      ['z', cohort('2024-03-07', '2024-03-10')],
    ]);
    expect(declareDistinct(cohorts, new Set(['m']))).toEqual(['m']);
    expect(cohorts.get('m')?.['distinct_from']).toEqual(['a', 'z']);
    expect(cohorts.get('z')).not.toHaveProperty('distinct_from');
  });
});
