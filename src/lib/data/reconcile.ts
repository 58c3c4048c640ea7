/**
 * Claims against the record: for each aggregate statement, what the
 * documented cohorts add up to under the same scope at the date the statement
 * was made, and how the two compare. A claim counts the government's own
 * people: participants of other bodies in the counted cohorts are left out
 * and listed. Documented figures are lower bounds: a gap means the sources we
 * hold do not account for the claim, not that the claim is false.
 */
import { ABROAD, type Claim } from '../../schemas/claim.ts';
import { earliestDay, isValidPartialDate, yearOf } from '../dates/partial-date.ts';
import { cohortDate } from './cohort-dates.ts';
import { sumParticipants, type GroupBodies, type LeftOut } from './participants.ts';
import { selectCohorts, type CohortFilter, type Selection } from './select.ts';
import type { ClaimRecord, CohortRecord } from './types.ts';

/**
 * How a claim stands against the record, as a person would say it (the
 * labels are in src/i18n/labels.ts; docs/decisions.md explains the choice):
 * - `matches`: the record gives the claimed figure, or one inside the range
 *   the claim's words allow ("sekitar", "hampir").
 * - `supported`: a lower bound ("sedikitnya", "lebih dari") that the record reaches.
 * - `not-contradicted`: the record can neither confirm nor refute the claim:
 *   a start year before the first documented cohort, an upper bound
 *   ("hingga") above the documented figure, a start with no cohort documented.
 * - `undocumented`: the record falls short; the sources do not account for the rest.
 * - `matches-with-planned`: the claim is reached only when planned or
 *   announced cohorts are counted too.
 * - `exceeds`: the record goes beyond the claim (more than an exact,
 *   approximate or upper-bound figure; a cohort before a claimed start).
 */
export const VERDICTS = [
  'matches',
  'supported',
  'not-contradicted',
  'undocumented',
  'matches-with-planned',
  'exceeds',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Reconciliation {
  claim: ClaimRecord;
  /** Documented value from held cohorts. */
  documented: number;
  /** Documented value if planned and announced cohorts were counted too. */
  documentedWithPlanned: number;
  /** Some counted cohort has a group of unknown size, so `documented` is a minimum. */
  hasUnknownCounts: boolean;
  /** Claimed minus documented (positive: the claim is larger). */
  gap: number;
  verdict: Verdict;
  /** Cohorts counted in `documented`. */
  counted: CohortRecord[];
  /** Cohorts counted only in `documentedWithPlanned`. */
  countedIfPlanned: CohortRecord[];
  /** People of other bodies in the counted cohorts, left out of a participant claim's `documented`. */
  leftOut: LeftOut<CohortRecord>;
  /** Cohorts outside the claim's scope (programme, place, date), each with the reason. */
  excluded: Selection['excluded'];
  /** First date of the window the claim covers, when it gives one. */
  from?: string;
  /** Last date: when the claim was made. */
  to: string;
}

/**
 * The date `years` years before a partial date, at the same precision. A
 * 29 February whose year then has none becomes 28 February, the last day of
 * that month (as date libraries count a year back from a leap day), so a
 * claim made on a leap day always has a real first day.
 */
export function yearsBefore(date: string, years: number): string {
  const moved = `${yearOf(date) - years}${date.slice(4)}`;
  return isValidPartialDate(moved) ? moved : moved.replace(/-02-29$/, '-02-28');
}

function windowStart(claim: Claim): string | undefined {
  const s = claim.scope;
  if (s.since) return s.since;
  if (s.window_years !== undefined) return yearsBefore(claim.made_on, s.window_years);
  return undefined;
}

/** How far from the number "about" reaches either side, as a share of it: "sekitar 500" is 450–550. */
export const ABOUT_SHARE = 0.1;

/**
 * How far below the number "almost" reaches: 10 % of it, and at least 1, so
 * that "hampir 500" is 450–499 and "hampir 5" is 4.
 */
export function almostReach(claimed: number): number {
  return Math.max(1, claimed * ABOUT_SHARE);
}

/** How a documented value stands against a claimed number under the claim's qualifier. */
export function verdictFor(
  claimed: number,
  documented: number,
  qualifier: Claim['qualifier'],
): Verdict {
  switch (qualifier) {
    case 'exact':
      return documented === claimed ? 'matches' : documented < claimed ? 'undocumented' : 'exceeds';
    case 'about':
      if (Math.abs(documented - claimed) <= claimed * ABOUT_SHARE) return 'matches';
      return documented < claimed ? 'undocumented' : 'exceeds';
    case 'almost':
      if (documented >= claimed) return 'exceeds';
      return claimed - documented <= almostReach(claimed) ? 'matches' : 'undocumented';
    case 'at-least':
      return documented >= claimed ? 'supported' : 'undocumented';
    case 'more-than':
      return documented > claimed ? 'supported' : 'undocumented';
    case 'up-to':
      // Documented figures are lower bounds: below the ceiling they cannot confirm it.
      return documented === claimed
        ? 'matches'
        : documented < claimed
          ? 'not-contradicted'
          : 'exceeds';
  }
}

/**
 * How a claimed start year stands against the first documented cohort.
 * Records can only begin later than a programme did, so an earlier start is
 * not contradicted; only the same year matches.
 */
export function startYearVerdict(claimed: number, firstDocumented: number | undefined): Verdict {
  if (firstDocumented === undefined || claimed < firstDocumented) return 'not-contradicted';
  return claimed === firstDocumented ? 'matches' : 'exceeds';
}

/** Whether the claim's gap says something: the record falls short of it or goes beyond it. */
export function hasGap(r: Pick<Reconciliation, 'verdict' | 'claim'>): boolean {
  return (
    r.claim.data.metric !== 'programme-start-year' &&
    (r.verdict === 'undocumented' ||
      r.verdict === 'matches-with-planned' ||
      r.verdict === 'exceeds')
  );
}

const NONE_LEFT_OUT: LeftOut<CohortRecord> = { cohorts: [], known: 0, hasUnknown: false };

function measure(
  claim: Claim,
  cohorts: readonly CohortRecord[],
  groups: GroupBodies,
): { value: number; unknown: boolean; leftOut?: LeftOut<CohortRecord> } {
  const m = claim.metric;
  if (m === 'cohorts' || m === 'cohorts-in-year') return { value: cohorts.length, unknown: false };
  if (m === 'participants' || m === 'participants-per-year') {
    const sum = sumParticipants(cohorts, groups);
    return { value: sum.known, unknown: !sum.complete, leftOut: sum.leftOut };
  }
  const starts = cohorts
    .flatMap((c) => cohortDate(c.data) ?? [])
    .map(earliestDay)
    .sort();
  const first = starts[0];
  if (first === undefined) return { value: 0, unknown: false };
  if (m === 'programme-start-year') return { value: yearOf(first), unknown: false };
  // partnership-years: whole years from the earliest documented cohort to the claim.
  return { value: yearOf(claim.made_on) - yearOf(first), unknown: false };
}

/** The selection by place of a claim: one place, every place abroad, or every place. */
function placeFilter(claim: Claim, abroad: ReadonlySet<string>): CohortFilter {
  const place = claim.scope.place;
  if (place === undefined) return {};
  return place === ABROAD ? { placeIn: abroad } : { place };
}

/**
 * Reconcile one claim with the documented cohorts; `abroad` holds the places
 * outside the site's country (`abroadPlaces`), which a claim scoped "abroad"
 * counts; `groups` is the participant-group vocabulary, whose own groups a
 * participant claim counts.
 */
export function reconcileClaim(
  claim: ClaimRecord,
  cohorts: readonly CohortRecord[],
  abroad: ReadonlySet<string>,
  groups: GroupBodies,
): Reconciliation {
  const d = claim.data;
  const from = windowStart(d);
  const perYear = d.metric === 'participants-per-year' || d.metric === 'cohorts-in-year';
  const year = d.scope.year ?? (perYear ? yearOf(d.made_on) : undefined);
  const filter: CohortFilter = {
    startedBy: d.made_on,
    ...(d.scope.programme ? { programme: d.scope.programme } : {}),
    ...placeFilter(d, abroad),
    ...(from && d.metric !== 'programme-start-year' && d.metric !== 'partnership-years'
      ? { startedFrom: from }
      : {}),
    ...(year !== undefined ? { year } : {}),
  };
  const held = selectCohorts(cohorts, filter).included;
  const inScope = selectCohorts(cohorts, {
    ...filter,
    statuses: ['held', 'planned', 'announced'],
  });
  const all = inScope.included;
  const heldSet = new Set(held);
  const documented = measure(d, held, groups);
  const withPlanned = measure(d, all, groups);
  const verdict =
    d.metric === 'programme-start-year'
      ? startYearVerdict(d.value, held.length === 0 ? undefined : documented.value)
      : verdictFor(d.value, documented.value, d.qualifier);
  const ifPlanned = verdictFor(d.value, withPlanned.value, d.qualifier);
  const finalVerdict =
    verdict === 'undocumented' && (ifPlanned === 'matches' || ifPlanned === 'supported')
      ? 'matches-with-planned'
      : verdict;
  return {
    claim,
    documented: documented.value,
    documentedWithPlanned: withPlanned.value,
    hasUnknownCounts: documented.unknown,
    gap: d.value - documented.value,
    verdict: finalVerdict,
    counted: held,
    countedIfPlanned: all.filter((c) => !heldSet.has(c)),
    leftOut: documented.leftOut ?? NONE_LEFT_OUT,
    excluded: inScope.excluded,
    ...(from ? { from } : {}),
    to: d.made_on,
  };
}

/** Reconcile every claim, ordered by the date it was made (`abroad` and `groups` as for `reconcileClaim`). */
export function reconcileClaims(
  claims: readonly ClaimRecord[],
  cohorts: readonly CohortRecord[],
  abroad: ReadonlySet<string>,
  groups: GroupBodies,
): Reconciliation[] {
  return [...claims]
    .sort(
      (a, b) =>
        earliestDay(a.data.made_on).localeCompare(earliestDay(b.data.made_on)) ||
        a.id.localeCompare(b.id),
    )
    .map((c) => reconcileClaim(c, cohorts, abroad, groups));
}
