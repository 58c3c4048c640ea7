/**
 * The records each chart draws, whose cited articles its source line names:
 * the cohort charts draw every cohort (held ones in the bars, planned and
 * announced ones beside them); the claims chart draws every claim against
 * the held cohorts. A new chart id must say which it draws.
 */
import type { ClaimRecord, CohortRecord } from '../data/types.ts';
import type { ChartId } from './models.ts';

const DRAWS: Readonly<Record<ChartId, 'cohorts' | 'claims'>> = {
  'participants-by-year': 'cohorts',
  'participants-by-theme': 'cohorts',
  'cohorts-by-year': 'cohorts',
  'claims-vs-record': 'claims',
};

/** The records chart `id` is drawn from. */
export function chartRecords(
  id: ChartId,
  input: { cohorts: readonly CohortRecord[]; claims: readonly ClaimRecord[] },
): (CohortRecord | ClaimRecord)[] {
  if (DRAWS[id] === 'cohorts') return [...input.cohorts];
  return [...input.claims, ...input.cohorts.filter((c) => c.data.status === 'held')];
}
