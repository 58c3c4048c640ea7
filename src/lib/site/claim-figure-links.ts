/**
 * Where a claim's figures lead on the claim check, so each figure in view is
 * a link: the claimed figure to the passage that states it (the first source
 * supporting the claim's value, else its first source, on the source page),
 * the documented figure to the list of cohorts it counts, in the claim's card
 * (a <details> that opens on its own for a link into it).
 */
import type { Lang } from '../../i18n/lang.ts';
import { recordCitations } from '../data/provenance.ts';
import type { ClaimEntry } from '../data/types.ts';
import { routes } from './routes.ts';

/** Address of the passage stating a claim's figure; undefined for a claim without sources. */
export function claimedFigureHref(lang: Lang, claim: ClaimEntry): string | undefined {
  const { list, byField } = recordCitations({ kind: 'claim', id: claim.id, data: claim.data });
  const n = byField.get('value')?.[0];
  const cited = list.find((c) => c.n === n) ?? list[0];
  return cited && `${routes.source(lang, cited.article)}#${cited.anchor}`;
}

/** Fragment id of the cohorts a claim's documented figure counts, in its card. */
export function countedAnchor(claimId: string): string {
  return `${claimId}-counted`;
}
