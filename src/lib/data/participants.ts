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
