/**
 * Headline figures for the home page. Each counts held cohorts only and
 * reports what it leaves out: cohorts only planned or announced, cohorts of
 * other programmes, groups of unknown size, people of other bodies.
 */
import { cohortYear } from './cohort-dates.ts';
import { sumParticipants, type GroupBodies, type LeftOut } from './participants.ts';
import type { CohortRecord } from './types.ts';

export interface HeadlineFigures {
  /** Held cohorts, all programmes. */
  cohortsHeld: number;
  /** Held cohorts per programme key. */
  cohortsHeldByProgramme: Map<string, number>;
  /** Planned or announced cohorts, not counted above. */
  cohortsNotHeld: CohortRecord[];
  /** Known participants of held cohorts: the government's own people only. */
  participantsKnown: number;
  /** People of other bodies in held cohorts, not counted in `participantsKnown`. */
  participantsLeftOut: LeftOut<CohortRecord>;
  /** Held cohorts with a group of unknown size (so participantsKnown is a minimum). */
  cohortsWithUnknownCounts: CohortRecord[];
  /** First and last year with a held cohort. */
  years: { first: number; last: number } | undefined;
  /** Distinct themes of held cohorts. */
  themes: string[];
  heldIds: string[];
}

/** Compute the headline figures from all cohort records. */
export function headlineFigures(
  cohorts: readonly CohortRecord[],
  groups: GroupBodies,
): HeadlineFigures {
  const held = cohorts.filter((c) => c.data.status === 'held');
  const byProgramme = new Map<string, number>();
  for (const c of held) {
    byProgramme.set(c.data.programme, (byProgramme.get(c.data.programme) ?? 0) + 1);
  }
  const sum = sumParticipants(held, groups);
  const years = held.flatMap((c) => cohortYear(c.data) ?? []);
  return {
    cohortsHeld: held.length,
    cohortsHeldByProgramme: byProgramme,
    cohortsNotHeld: cohorts.filter((c) => c.data.status !== 'held'),
    participantsKnown: sum.known,
    participantsLeftOut: sum.leftOut,
    cohortsWithUnknownCounts: sum.withUnknown,
    years: years.length ? { first: Math.min(...years), last: Math.max(...years) } : undefined,
    themes: [...new Set(held.map((c) => c.data.theme))].sort(),
    heldIds: held.map((c) => c.id),
  };
}
