/**
 * A practice release ("Contoh latihan") of the end-to-end suite: a fictional
 * press release, the answers an editor types to `npm run new` for it (one
 * per line, "" is Enter, the pasted text ends with "."), and what the site
 * built afterwards must show for it. Vocabulary choices are typed as keys
 * ("public-service", "new"), which the scaffold accepts as well as numbers,
 * so that a release reads the same whatever the releases before it added to
 * the lists. One module per release, in tests/practice/releases/.
 */
import type { Verdict } from '../../src/lib/data/reconcile.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import type { Cohort } from '../../src/schemas/cohort.ts';
import type { PracticeRelease } from '../scripts/new/practice/release.ts';

export { lines } from '../scripts/new/practice/release.ts';

/** The article the release becomes, as the open data lists it. */
export interface ExpectedArticle {
  id: string;
  outlet: string;
  published: string;
  kind: string;
  reporter?: string;
  editor?: string;
}

/** A cohort the release adds, as the timeline, its page and the open data show it. */
export interface ExpectedCohort {
  id: string;
  status: Cohort['status'];
  programme: string;
  theme: string;
  /** The theme's Indonesian label: the cohort's title on the timeline. */
  themeLabel: string;
  /** Stored period; `end` empty when the source gives none. */
  start: string;
  end: string;
  /** The period as the Indonesian pages write it ("4–8 Maret 2024"). */
  periodLabel: string;
  place: string;
  placeLabel: string;
  /** Each group's count, as recorded. */
  participants: Readonly<Record<string, number | 'unknown'>>;
  /** The cohort page's total ("Jumlah"), as written there. */
  totalLabel: string;
  sendoff?: { date: string; label: string; place: string; by: string };
}

/** A claim the release adds, as the claim check and the open data show it. */
export interface ExpectedClaim {
  id: string;
  metric: Claim['metric'];
  value: number;
  qualifier: Claim['qualifier'];
  /** The claimed figure as the claim check writes it ("hampir 500 peserta"). */
  claimedLabel: string;
  programme?: string;
  place?: string;
  since?: string;
  windowYears?: number;
  /** The window the claim check states ("Maret 2024 – 8 November 2024"). */
  windowLabel?: string;
  verdict: Verdict;
  /** The documented value, where the case turns on it. */
  documented?: number;
  /** Cohorts that must be counted, and cohorts that must not be. */
  counted: readonly string[];
  notCounted?: readonly string[];
}

/** A practice release and what the site must show once it is added. */
export interface PracticeCase extends PracticeRelease {
  /** What the release exercises, in a line. */
  feature: string;
  article: ExpectedArticle;
  /** Lines the session must print (how it read a date, what it refused, what it removed). */
  said?: readonly string[];
  /** Text that must not be in the stored article (furniture). */
  removed?: readonly string[];
  /** Vocabulary terms the session adds: [vocabulary, key]. */
  terms?: readonly (readonly [string, string])[];
  cohorts: readonly ExpectedCohort[];
  claims: readonly ExpectedClaim[];
}
