/**
 * Participant counts: whose people a figure counts, and "unknown" kept apart
 * from zero. Every total of the site counts only the groups whose term in the
 * participant-group vocabulary has `body: own` (the government the site
 * follows); a group of another body is returned beside the total, with its
 * count, so that a page can say whom it leaves out, and is never added. A
 * group whose term gives no body, or that has no term, is not counted either:
 * the check reports it.
 */
import type { Cohort, ParticipantGroup } from '../../schemas/cohort.ts';
import { OWN_BODY, type Term } from '../../schemas/vocabulary.ts';

/** The participant-group vocabulary, as far as counting needs it: each term's body. */
export type GroupBodies = ReadonlyMap<string, Pick<Term, 'body'>>;

/** Whether the people of `group` are the government's own, and so counted. */
export function isOwnGroup(groups: GroupBodies, group: string): boolean {
  return groups.get(group)?.body === OWN_BODY;
}

/** Groups of other bodies in one cohort: shown with their counts, never added to a total. */
export interface OtherGroups {
  groups: ParticipantGroup[];
  /** Known people in those groups. */
  known: number;
  /** Some such group's size is unknown, so `known` is a minimum. */
  hasUnknown: boolean;
}

export interface ParticipantTotal {
  /** Sum of the own groups whose count is known. */
  known: number;
  /** Own groups whose count the sources do not give. */
  unknownGroups: string[];
  /** True when every own group's count is known, so `known` is the whole total. */
  complete: boolean;
  /** Groups of other bodies, with their counts: never added to `known`. */
  others: OtherGroups;
}

/** Total participants of one cohort: its own groups, and the other bodies' groups beside them. */
export function participantTotal(
  cohort: Pick<Cohort, 'participants'>,
  groups: GroupBodies,
): ParticipantTotal {
  let known = 0;
  const unknownGroups: string[] = [];
  const others: OtherGroups = { groups: [], known: 0, hasUnknown: false };
  for (const p of cohort.participants) {
    const own = isOwnGroup(groups, p.group);
    if (!own) others.groups.push(p);
    if (p.count === 'unknown') {
      if (own) unknownGroups.push(p.group);
      else others.hasUnknown = true;
    } else if (own) known += p.count;
    else others.known += p.count;
  }
  return { known, unknownGroups, complete: unknownGroups.length === 0, others };
}

/** Count of one participant group in a cohort: a number, 'unknown', or undefined when absent. */
export function groupCount(
  cohort: Pick<Cohort, 'participants'>,
  group: string,
): number | 'unknown' | undefined {
  return cohort.participants.find((p) => p.group === group)?.count;
}

/** The people of other bodies that a sum leaves out. */
export interface LeftOut<T> {
  /** Each cohort with groups of other bodies, and those groups. */
  cohorts: { cohort: T; groups: ParticipantGroup[] }[];
  /** Known people in those groups. */
  known: number;
  /** Some such group's size is unknown, so `known` is a minimum. */
  hasUnknown: boolean;
}

/** Known participants of several cohorts, and which of them have a group of unknown size. */
export interface ParticipantSum<T> {
  /** Sum of every known count of an own group. */
  known: number;
  /** Cohorts with an own group of unknown size: when any, `known` is a minimum. */
  withUnknown: T[];
  /** True when no cohort has an own group of unknown size. */
  complete: boolean;
  /** People of other bodies in these cohorts, not counted in `known`. */
  leftOut: LeftOut<T>;
}

/**
 * The one sum of participants over cohorts: every total, chart cell,
 * reconciliation and sentence that adds up participants calls this.
 */
export function sumParticipants<T extends { data: Pick<Cohort, 'participants'> }>(
  cohorts: readonly T[],
  groups: GroupBodies,
): ParticipantSum<T> {
  let known = 0;
  const withUnknown: T[] = [];
  const leftOut: LeftOut<T> = { cohorts: [], known: 0, hasUnknown: false };
  for (const c of cohorts) {
    const t = participantTotal(c.data, groups);
    known += t.known;
    if (!t.complete) withUnknown.push(c);
    if (t.others.groups.length === 0) continue;
    leftOut.cohorts.push({ cohort: c, groups: t.others.groups });
    leftOut.known += t.others.known;
    leftOut.hasUnknown ||= t.others.hasUnknown;
  }
  return { known, withUnknown, complete: withUnknown.length === 0, leftOut };
}
