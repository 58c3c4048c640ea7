/**
 * Aggregates behind the charts and headline figures. Each says which cohorts
 * it counts; participants are the own groups of `participantTotal` (other
 * bodies' people are never added); unknown participant counts stay unknown
 * (flagged), never zero. A cohort is counted in the year of `cohortYear` (its
 * training, else its send-off); one with no date at all is in no year (the
 * charts say so).
 */
import type { Cohort } from '../../schemas/cohort.ts';
import { cohortDate, cohortYear, compareCohorts } from './cohort-dates.ts';
import { participantTotal, type GroupBodies } from './participants.ts';
import type { CohortRecord } from './types.ts';

export interface Cell {
  /** Known participants (or cohorts) in this cell. */
  value: number;
  /** Some cohort in the cell has a group of unknown size. */
  hasUnknown: boolean;
  cohortIds: string[];
}

export interface YearRow {
  year: number;
  /** By series key (theme, or status). */
  cells: Map<string, Cell>;
  total: number;
  hasUnknown: boolean;
}

function emptyCell(): Cell {
  return { value: 0, hasUnknown: false, cohortIds: [] };
}

/** Every year from the first to the last, so years without records show as gaps. */
export function yearSpan(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

function byYear(
  cohorts: readonly CohortRecord[],
  seriesOf: (c: Cohort) => string,
  valueOf: (c: Cohort) => { value: number; unknown: boolean },
  years?: readonly number[],
): YearRow[] {
  const rows = new Map<number, YearRow>();
  const span = years ?? yearSpan(cohorts.flatMap((c) => cohortYear(c.data) ?? []));
  for (const y of span) rows.set(y, { year: y, cells: new Map(), total: 0, hasUnknown: false });
  for (const c of [...cohorts].sort(compareCohorts)) {
    const year = cohortYear(c.data);
    const row = year === undefined ? undefined : rows.get(year);
    if (!row) continue;
    const key = seriesOf(c.data);
    const cell = row.cells.get(key) ?? emptyCell();
    const v = valueOf(c.data);
    cell.value += v.value;
    cell.hasUnknown ||= v.unknown;
    cell.cohortIds.push(c.id);
    row.cells.set(key, cell);
    row.total += v.value;
    row.hasUnknown ||= v.unknown;
  }
  return [...rows.values()];
}

const participantsOf = (groups: GroupBodies) => (c: Cohort) => {
  const t = participantTotal(c, groups);
  return { value: t.known, unknown: !t.complete };
};

/** Participants per year, split by theme. */
export function participantsByYearAndTheme(
  cohorts: readonly CohortRecord[],
  groups: GroupBodies,
  years?: readonly number[],
): YearRow[] {
  return byYear(cohorts, (c) => c.theme, participantsOf(groups), years);
}

/** Cohorts per year, split by status (held / planned / announced). */
export function cohortsByYearAndStatus(
  cohorts: readonly CohortRecord[],
  years?: readonly number[],
): YearRow[] {
  return byYear(
    cohorts,
    (c) => c.status,
    () => ({ value: 1, unknown: false }),
    years,
  );
}

export interface ThemeRow {
  theme: string;
  cell: Cell;
  cohorts: number;
}

/** Participants per theme, largest first (ties by theme key). */
export function participantsByTheme(
  cohorts: readonly CohortRecord[],
  groups: GroupBodies,
): ThemeRow[] {
  const of = participantsOf(groups);
  const rows = new Map<string, ThemeRow>();
  for (const c of cohorts) {
    const row = rows.get(c.data.theme) ?? { theme: c.data.theme, cell: emptyCell(), cohorts: 0 };
    const v = of(c.data);
    row.cell.value += v.value;
    row.cell.hasUnknown ||= v.unknown;
    row.cell.cohortIds.push(c.id);
    row.cohorts += 1;
    rows.set(c.data.theme, row);
  }
  return [...rows.values()].sort(
    (a, b) => b.cell.value - a.cell.value || a.theme.localeCompare(b.theme),
  );
}

export interface CumulativePoint {
  /** Earliest day of the cohort's start. */
  date: string;
  cohortId: string;
  /** Running total of known participants up to and including this cohort. */
  total: number;
  hasUnknown: boolean;
}

/** Running total of documented participants, cohort by cohort in date order (dated cohorts only). */
export function cumulativeParticipants(
  cohorts: readonly CohortRecord[],
  groups: GroupBodies,
): CumulativePoint[] {
  const of = participantsOf(groups);
  let total = 0;
  let hasUnknown = false;
  return [...cohorts].sort(compareCohorts).flatMap((c) => {
    const date = cohortDate(c.data);
    if (date === undefined) return [];
    const v = of(c.data);
    total += v.value;
    hasUnknown ||= v.unknown;
    return [{ date, cohortId: c.id, total, hasUnknown }];
  });
}
