/**
 * The site's headline contrast: what the press claimed about the number of
 * people sent, at each date a claim was made, against what the documented
 * cohorts add up to at that date under the same scope. Chosen from the
 * reconciliation (`reconcileClaims`), never recomputed: every number the
 * home page, the share images and the claim check show for a claim is the
 * reconciliation's.
 */
import type { Claim } from '../../schemas/claim.ts';
import { compareDates } from '../dates/partial-date.ts';
import type { Reconciliation } from './reconcile.ts';

/** How many claim dates the contrast shows at most: the latest ones. */
export const CONTRAST_DATES = 3;

/**
 * Strength of a qualifier when two claims of one date give the same number:
 * "lebih dari 300" says more than "300", which says more than "hampir 300".
 */
const STRENGTH: Record<Claim['qualifier'], number> = {
  'more-than': 5,
  'at-least': 4,
  exact: 3,
  about: 2,
  almost: 1,
  'up-to': 0,
};

/** Whether claim `a` says more than claim `b`: a larger number, or the same number qualified upwards. */
function saysMore(a: Reconciliation, b: Reconciliation): boolean {
  const [x, y] = [a.claim.data, b.claim.data];
  return x.value !== y.value ? x.value > y.value : STRENGTH[x.qualifier] > STRENGTH[y.qualifier];
}

/**
 * The claims of the contrast, oldest first: claims of a number of
 * participants (the figure the press repeats), one per date they were made
 * (the one that says most), the latest `max` dates.
 */
export function headlineContrast(
  reconciled: readonly Reconciliation[],
  max: number = CONTRAST_DATES,
): Reconciliation[] {
  if (max <= 0) return [];
  const byDate = new Map<string, Reconciliation>();
  for (const r of reconciled) {
    if (r.claim.data.metric !== 'participants') continue;
    const date = r.claim.data.made_on;
    const kept = byDate.get(date);
    if (kept === undefined || saysMore(r, kept)) byDate.set(date, r);
  }
  return [...byDate.values()]
    .sort(
      (a, b) =>
        compareDates(a.claim.data.made_on, b.claim.data.made_on) ||
        a.claim.id.localeCompare(b.claim.id),
    )
    .slice(-max);
}
