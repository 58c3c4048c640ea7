/**
 * The public timeline: cohorts and context events grouped by year, in date
 * order. Context events are marked as such so pages can set them apart; they
 * are never counted as cohorts. A cohort stands at `cohortDate` (its
 * training, else its send-off); cohorts with no date at all come last, in a
 * group of their own with no year.
 */
import { compareDates, yearOf } from '../dates/partial-date.ts';
import { cohortDate } from './cohort-dates.ts';
import type { Cohort } from '../../schemas/cohort.ts';
import type { CohortRecord, ContextRecord } from './types.ts';

export type TimelineItem =
  | { type: 'cohort'; date: string | undefined; record: CohortRecord }
  | { type: 'context'; date: string; record: ContextRecord };

export interface TimelineYear {
  /** Undefined for the last group: cohorts with no date at all. */
  year: number | undefined;
  items: TimelineItem[];
}

/** Items in date order, undated last, then by id. */
function byDate(a: TimelineItem, b: TimelineItem): number {
  const byDay =
    a.date === undefined || b.date === undefined
      ? (a.date === undefined ? 1 : 0) - (b.date === undefined ? 1 : 0)
      : compareDates(a.date, b.date);
  return byDay || a.record.id.localeCompare(b.record.id);
}

export interface TimelineFilter {
  theme?: string;
  programme?: string;
  status?: Cohort['status'];
}

/** Whether a cohort passes a theme/programme/status filter. */
export function matchesFilter(cohort: CohortRecord, filter: TimelineFilter): boolean {
  return (
    (!filter.theme || cohort.data.theme === filter.theme) &&
    (!filter.programme || cohort.data.programme === filter.programme) &&
    (!filter.status || cohort.data.status === filter.status)
  );
}

/**
 * Years with their items, oldest first. With a filter, only matching cohorts
 * remain and context events are left out (they have no theme, programme or status).
 */
export function buildTimeline(
  cohorts: readonly CohortRecord[],
  context: readonly ContextRecord[],
  filter: TimelineFilter = {},
): TimelineYear[] {
  const filtered = Boolean(filter.theme || filter.programme || filter.status);
  const items: TimelineItem[] = [
    ...cohorts
      .filter((c) => matchesFilter(c, filter))
      .map((record): TimelineItem => ({ type: 'cohort', date: cohortDate(record.data), record })),
    ...(filtered
      ? []
      : context.map((record): TimelineItem => ({
          type: 'context',
          date: record.data.date,
          record,
        }))),
  ].sort(byDate);
  const years = new Map<number | undefined, TimelineItem[]>();
  for (const item of items) {
    const y = item.date === undefined ? undefined : yearOf(item.date);
    const list = years.get(y) ?? [];
    list.push(item);
    years.set(y, list);
  }
  return [...years.entries()].map(([year, list]) => ({ year, items: list }));
}
