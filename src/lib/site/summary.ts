/**
 * What a theme or programme page counts: its held cohorts and their known
 * participants, and what it leaves out (cohorts only planned or announced,
 * groups of unknown size, people of other bodies). Pure; built on
 * `selectCohorts` and `sumParticipants`, so "held only" and "own people only"
 * mean the same here as in every other figure.
 */
import { sumParticipants, type GroupBodies, type LeftOut } from '../data/participants.ts';
import { selectCohorts, type CohortFilter } from '../data/select.ts';
import type { CohortRecord } from '../data/types.ts';

export interface HeldSummary {
  /** Held cohorts matching the filter: what the totals count. */
  held: CohortRecord[];
  /** Known participants of the held cohorts. */
  participantsKnown: number;
  /** Held cohorts with a group of unknown size, so the total is a minimum. */
  withUnknown: CohortRecord[];
  /** People of other bodies in the held cohorts: not counted. */
  leftOut: LeftOut<CohortRecord>;
  /** Cohorts matching the filter that are only planned or announced: not counted. */
  notHeld: CohortRecord[];
}

/** Totals of held cohorts under a filter (theme, programme, …), and what they leave out. */
export function heldSummary(
  cohorts: readonly CohortRecord[],
  groups: GroupBodies,
  filter: Omit<CohortFilter, 'statuses'> = {},
): HeldSummary {
  const held = selectCohorts(cohorts, filter).included;
  const all = selectCohorts(cohorts, { ...filter, statuses: ['held', 'planned', 'announced'] });
  const sum = sumParticipants(held, groups);
  return {
    held,
    participantsKnown: sum.known,
    withUnknown: sum.withUnknown,
    leftOut: sum.leftOut,
    notHeld: all.included.filter((c) => c.data.status !== 'held'),
  };
}

/** How many cohorts (of any status) carry each key of a field, e.g. each theme. */
export function countBy(
  cohorts: readonly CohortRecord[],
  field: 'theme' | 'programme',
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of cohorts) counts.set(c.data[field], (counts.get(c.data[field]) ?? 0) + 1);
  return counts;
}

/** The newest `n` cohorts by start date, newest first (input sorted oldest first). */
export function newestFirst<T>(sortedOldestFirst: readonly T[], n: number): T[] {
  return sortedOldestFirst.slice(-n).reverse();
}
