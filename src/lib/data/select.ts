/**
 * Which cohorts a figure counts. Every aggregate on the site goes through
 * `selectCohorts`, so "held only", "Kota Contoh ASN only" and "SCP only" mean
 * the same thing everywhere, and what is left out can be listed.
 */
import type { Cohort } from '../../schemas/cohort.ts';
import { earliestDay, latestDay } from '../dates/partial-date.ts';
import { cohortDate } from './cohort-dates.ts';
import type { CohortRecord } from './types.ts';

export interface CohortFilter {
  /** Statuses to include (default: held only). */
  statuses?: readonly Cohort['status'][];
  programme?: string;
  place?: string;
  /** Only cohorts held at one of these places: every place abroad, for a figure about "luar negeri". */
  placeIn?: ReadonlySet<string>;
  theme?: string;
  /** Only cohorts that started on or before this date (by earliest possible day). */
  startedBy?: string;
  /** Only cohorts that may have started on or after this date. */
  startedFrom?: string;
  year?: number;
}

export interface Selection {
  included: CohortRecord[];
  /** Cohorts left out, each with the reason. */
  excluded: { cohort: CohortRecord; reason: 'status' | 'programme' | 'place' | 'theme' | 'date' }[];
}

/**
 * Whether a cohort falls outside the filter's dates, read on `cohortDate`
 * (the training's start, else the send-off); a cohort with no date at all
 * is outside any date filter, since nothing places it inside.
 */
function outsideDates(d: Cohort, filter: CohortFilter): boolean {
  if (!filter.startedBy && !filter.startedFrom && filter.year === undefined) return false;
  const date = cohortDate(d);
  if (date === undefined) return true;
  return Boolean(
    (filter.startedBy && earliestDay(date) > latestDay(filter.startedBy)) ||
    (filter.startedFrom && latestDay(date) < earliestDay(filter.startedFrom)) ||
    (filter.year !== undefined && Number(date.slice(0, 4)) !== filter.year),
  );
}

/** Split cohorts into those a figure counts and those it leaves out (with why). */
export function selectCohorts(
  cohorts: readonly CohortRecord[],
  filter: CohortFilter = {},
): Selection {
  const statuses = filter.statuses ?? ['held'];
  const included: CohortRecord[] = [];
  const excluded: Selection['excluded'] = [];
  for (const c of cohorts) {
    const d = c.data;
    const reason = !statuses.includes(d.status)
      ? 'status'
      : filter.programme && d.programme !== filter.programme
        ? 'programme'
        : (filter.place && d.place !== filter.place) ||
            (filter.placeIn && !filter.placeIn.has(d.place))
          ? 'place'
          : filter.theme && d.theme !== filter.theme
            ? 'theme'
            : outsideDates(d, filter)
              ? 'date'
              : undefined;
    if (reason) excluded.push({ cohort: c, reason });
    else included.push(c);
  }
  return { included, excluded };
}
