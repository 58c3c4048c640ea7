/** Where a cohort stands in time: its training, else its send-off, else nowhere. */
import { describe, expect, it } from 'vitest';
import {
  cohortDate,
  cohortYear,
  compareCohorts,
  knownPeriod,
} from '../../../src/lib/data/cohort-dates.ts';
import { cohort, cohortData } from '../../helpers/records.ts';

const undated = cohortData({ status: 'announced', period: 'unknown' });
const bySendoff = cohortData({
  status: 'planned',
  period: 'unknown',
  sendoff: { date: '2024-07' },
});

describe('knownPeriod, cohortDate, cohortYear', () => {
  it('read the training period when the sources give it', () => {
    const d = cohortData({ period: { start: '2023-03-23', end: '2023-03-31' } });
    expect(knownPeriod(d)).toEqual({ start: '2023-03-23', end: '2023-03-31' });
    expect(cohortDate(d)).toBe('2023-03-23');
    expect(cohortYear(d)).toBe(2023);
  });
  it('fall back on the send-off, and on nothing', () => {
    expect(knownPeriod(bySendoff)).toBeUndefined();
    expect(cohortDate(bySendoff)).toBe('2024-07');
    expect(cohortYear(bySendoff)).toBe(2024);
    expect(cohortDate(undated)).toBeUndefined();
    expect(cohortYear(undated)).toBeUndefined();
  });
});

describe('compareCohorts', () => {
  it('orders by date, the undated last, then by id', () => {
    const list = [
      cohort('z-undated', undated),
      cohort('b', { period: { start: '2024-08-01' } }),
      cohort('a-undated', undated),
      cohort('s', bySendoff),
      cohort('a', { period: { start: '2024-08-01' } }),
    ];
    expect([...list].sort(compareCohorts).map((c) => c.id)).toEqual([
      's',
      'a',
      'b',
      'a-undated',
      'z-undated',
    ]);
  });
});
