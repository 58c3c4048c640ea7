/**
 * Participant counts that keep "unknown" apart from zero: a total is the sum
 * of the known groups plus a flag saying whether any group is unknown.
 */
import type { Cohort } from '../../schemas/cohort.ts';

export interface ParticipantTotal {
  /** Sum of the groups whose count is known. */
  known: number;
  /** Groups whose count the sources do not give. */
  unknownGroups: string[];
  /** True when every group's count is known, so `known` is the whole total. */
  complete: boolean;
}

/** Total participants of one cohort. */
export function participantTotal(cohort: Pick<Cohort, 'participants'>): ParticipantTotal {
  let known = 0;
  const unknownGroups: string[] = [];
  for (const p of cohort.participants) {
    if (p.count === 'unknown') unknownGroups.push(p.group);
    else known += p.count;
  }
  return { known, unknownGroups, complete: unknownGroups.length === 0 };
}

/** Count of one participant group in a cohort: a number, 'unknown', or undefined when absent. */
export function groupCount(
  cohort: Pick<Cohort, 'participants'>,
  group: string,
): number | 'unknown' | undefined {
  return cohort.participants.find((p) => p.group === group)?.count;
}

/** Known participants of several cohorts, and which of them have a group of unknown size. */
export interface ParticipantSum<T> {
  /** Sum of every known group count. */
  known: number;
  /** Cohorts with a group of unknown size: when any, `known` is a minimum. */
  withUnknown: T[];
  /** True when no cohort has a group of unknown size. */
  complete: boolean;
}

/**
 * The one sum of participants over cohorts: every total, chart cell,
 * reconciliation and sentence that adds up participants calls this.
 */
export function sumParticipants<T extends { data: Pick<Cohort, 'participants'> }>(
  cohorts: readonly T[],
): ParticipantSum<T> {
  let known = 0;
  const withUnknown: T[] = [];
  for (const c of cohorts) {
    const t = participantTotal(c.data);
    known += t.known;
    if (!t.complete) withUnknown.push(c);
  }
  return { known, withUnknown, complete: withUnknown.length === 0 };
}
