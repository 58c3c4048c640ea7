/**
 * Display strings (Indonesian) for values of the content: vocabulary labels,
 * statuses, counts and dates. Pure; `unknown` always reads "tidak diketahui",
 * never 0 or an empty string.
 */
import type { cohortStatuses } from '../../schemas/cohort.ts';
import type { Term } from '../../schemas/vocabulary.ts';
import { formatDateId } from '../text/indonesian.ts';

/** How an unknown value reads on the page. */
export const UNKNOWN_ID = 'tidak diketahui';

/** held, planned or announced. */
export type CohortStatus = (typeof cohortStatuses)[number];

const STATUS_ID: Record<CohortStatus, string> = {
  held: 'terlaksana',
  planned: 'direncanakan',
  announced: 'diumumkan',
};

/** Indonesian label of a vocabulary term; the key itself when the term is missing. */
export function termLabel(vocabulary: ReadonlyMap<string, Term>, key: string): string {
  return key === 'unknown' ? UNKNOWN_ID : (vocabulary.get(key)?.label.id ?? key);
}

/** Indonesian label of a cohort status. */
export function statusLabel(status: CohortStatus): string {
  return STATUS_ID[status];
}

/** A participant count, or "tidak diketahui". */
export function countLabel(count: number | 'unknown'): string {
  return count === 'unknown' ? UNKNOWN_ID : String(count);
}

/** A partial date in Indonesian ("Maret 2023", "23 Maret 2023"). */
export function dateLabel(date: string): string {
  return formatDateId(date);
}

/** A period "start – end", or the start alone when the end is not known. */
export function periodLabel(period: { start: string; end?: string | undefined }): string {
  return period.end === undefined
    ? dateLabel(period.start)
    : `${dateLabel(period.start)} – ${dateLabel(period.end)}`;
}
