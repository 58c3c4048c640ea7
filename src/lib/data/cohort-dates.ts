/**
 * When a cohort took, or is to take, place as far as its record says: its
 * training period, or — for a planned or announced cohort whose sources give
 * no training dates (`period: unknown`) — its send-off date, when there is
 * one. Every list, chart, table and check that places a cohort in time asks
 * here, so a cohort without dates is never read as a date.
 */
import type { Cohort } from '../../schemas/cohort.ts';
import { compareDates } from '../dates/partial-date.ts';

/** A training period the sources give. */
export type Period = Exclude<Cohort['period'], 'unknown'>;

/** The training period, when the sources give one. */
export function knownPeriod(c: Pick<Cohort, 'period'>): Period | undefined {
  return c.period === 'unknown' ? undefined : c.period;
}

/** Where a cohort stands in time: the start of its training, else its send-off, else nothing. */
export function cohortDate(c: Pick<Cohort, 'period' | 'sendoff'>): string | undefined {
  return knownPeriod(c)?.start ?? c.sendoff?.date;
}

/** The year a cohort is counted in (of `cohortDate`), when it has one. */
export function cohortYear(c: Pick<Cohort, 'period' | 'sendoff'>): number | undefined {
  const date = cohortDate(c);
  return date === undefined ? undefined : Number(date.slice(0, 4));
}

/** Cohorts in time order (`cohortDate`), those with no date at all last, then by id. */
export function compareCohorts(
  a: { id: string; data: Pick<Cohort, 'period' | 'sendoff'> },
  b: { id: string; data: Pick<Cohort, 'period' | 'sendoff'> },
): number {
  const [da, db] = [cohortDate(a.data), cohortDate(b.data)];
  const byDate =
    da === undefined || db === undefined
      ? (da === undefined ? 1 : 0) - (db === undefined ? 1 : 0)
      : compareDates(da, db);
  return byDate || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
