/**
 * The public timeline: cohorts and context events grouped by year, in date
 * order. Context events are marked as such so pages can set them apart; they
 * are never counted as cohorts.
 */
import { compareDates, yearOf } from '../dates/partial-date.ts';
import type { CohortRecord, ContextRecord } from './types.ts';

export type TimelineItem =
  | { type: 'cohort'; date: string; record: CohortRecord }
  | { type: 'context'; date: string; record: ContextRecord };

export interface TimelineYear {
  year: number;
  items: TimelineItem[];
}

export interface TimelineFilter {
  theme?: string;
  programme?: string;
}

/** Whether a cohort passes a theme/programme filter. */
export function matchesFilter(cohort: CohortRecord, filter: TimelineFilter): boolean {
  return (
    (!filter.theme || cohort.data.theme === filter.theme) &&
    (!filter.programme || cohort.data.programme === filter.programme)
  );
}

/**
 * Years with their items, oldest first. With a filter, only matching cohorts
 * remain and context events are left out (they have no theme or programme).
 */
export function buildTimeline(
  cohorts: readonly CohortRecord[],
  context: readonly ContextRecord[],
  filter: TimelineFilter = {},
): TimelineYear[] {
  const filtered = Boolean(filter.theme || filter.programme);
  const items: TimelineItem[] = [
    ...cohorts
      .filter((c) => matchesFilter(c, filter))
      .map((record): TimelineItem => ({ type: 'cohort', date: record.data.period.start, record })),
    ...(filtered
      ? []
      : context.map((record): TimelineItem => ({
          type: 'context',
          date: record.data.date,
          record,
        }))),
  ].sort((a, b) => compareDates(a.date, b.date) || a.record.id.localeCompare(b.record.id));
  const years = new Map<number, TimelineItem[]>();
  for (const item of items) {
    const y = yearOf(item.date);
    const list = years.get(y) ?? [];
    list.push(item);
    years.set(y, list);
  }
  return [...years.entries()].map(([year, list]) => ({ year, items: list }));
}
