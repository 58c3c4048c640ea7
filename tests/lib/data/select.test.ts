/** Which cohorts a figure counts, and what it leaves out with the reason. */
import { describe, expect, it } from 'vitest';
import { selectCohorts } from '../../../src/lib/data/select.ts';
import { cohort } from '../../helpers/records.ts';

const cohorts = [
  cohort('abroad', { place: 'singapore' }),
  cohort('home', { place: 'jambi' }),
  cohort('planned', { place: 'singapore', status: 'planned' }),
];

describe('selectCohorts', () => {
  it('counts held cohorts only by default', () => {
    const s = selectCohorts(cohorts);
    expect(s.included.map((c) => c.id)).toEqual(['abroad', 'home']);
    expect(s.excluded.map((x) => [x.cohort.id, x.reason])).toEqual([['planned', 'status']]);
  });

  it('keeps one place, or any of a set of places (every place abroad), leaving the rest out by place', () => {
    const one = selectCohorts(cohorts, { place: 'jambi' });
    expect(one.included.map((c) => c.id)).toEqual(['home']);
    const abroad = selectCohorts(cohorts, { placeIn: new Set(['singapore']) });
    expect(abroad.included.map((c) => c.id)).toEqual(['abroad']);
    expect(abroad.excluded.map((x) => [x.cohort.id, x.reason])).toEqual([
      ['home', 'place'],
      ['planned', 'status'],
    ]);
  });

  it('counts no cohort for an empty set of places', () => {
    expect(selectCohorts(cohorts, { placeIn: new Set() }).included).toEqual([]);
  });
});

describe('selectCohorts: cohorts without training dates', () => {
  const planned = (id: string, sendoff?: string) =>
    cohort(id, {
      status: 'planned',
      period: 'unknown',
      ...(sendoff ? { sendoff: { date: sendoff } } : {}),
    });
  const list = [planned('by-sendoff', '2024-07'), planned('undated')];
  const statuses = ['planned'] as const;

  it('dates a cohort by its send-off and leaves one with no date out of any date filter', () => {
    const s = selectCohorts(list, { statuses, startedBy: '2024-12-31' });
    expect(s.included.map((c) => c.id)).toEqual(['by-sendoff']);
    expect(s.excluded.map((x) => [x.cohort.id, x.reason])).toEqual([['undated', 'date']]);
    expect(selectCohorts(list, { statuses, year: 2024 }).included.map((c) => c.id)).toEqual([
      'by-sendoff',
    ]);
  });

  it('counts a cohort with no date when no date is asked', () => {
    expect(selectCohorts(list, { statuses }).included).toHaveLength(2);
  });
});
