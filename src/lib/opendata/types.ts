/** What the open-data builders read: the validated collections, the site profile and the site's origin. */
import type { Article } from '../../schemas/article.ts';
import type { SiteProfile } from '../../schemas/site-profile.ts';
import type { LoadedContent } from '../content/load.ts';
import { abroadPlaces } from '../data/places.ts';
import { reconcileClaims, type Reconciliation } from '../data/reconcile.ts';
import type {
  ClaimRecord,
  CohortRecord,
  ContextRecord,
  Record as Entry,
  Vocabularies,
} from '../data/types.ts';

export type { Vocabularies };

export interface OpenDataInput {
  articles: readonly Entry<Article>[];
  cohorts: readonly CohortRecord[];
  claims: readonly ClaimRecord[];
  context: readonly ContextRecord[];
  vocabularies: Vocabularies;
  /** Every claim reconciled with the cohorts (`reconcileClaims`), computed once by the caller. */
  reconciled: readonly Reconciliation[];
  /** The site profile: the names the data set and its descriptions use. */
  profile: SiteProfile;
  /** Origin of the published site, for absolute page addresses (the profile's `url`, "https://example.go.id"). */
  site: string;
}

/** Absolute address of a site path. */
export function absolute(input: Pick<OpenDataInput, 'site'>, path: string): string {
  return new URL(path, input.site).href;
}

/**
 * The input from content read by loadContent() (the checker's reader), e.g.
 * in tests and scripts; throws when the content has no valid site profile.
 */
export function fromLoadedContent(
  content: Pick<
    LoadedContent,
    'articles' | 'cohorts' | 'claims' | 'context' | 'vocabularies' | 'profile'
  >,
  site: string,
): OpenDataInput {
  if (!content.profile) throw new Error('no valid site profile (content/site.yaml)');
  return {
    articles: content.articles,
    cohorts: content.cohorts,
    claims: content.claims,
    context: content.context,
    reconciled: reconcileClaims(
      content.claims,
      content.cohorts,
      abroadPlaces(content.vocabularies.places, content.profile.data.city.country),
      content.vocabularies['participant-groups'],
    ),
    vocabularies: content.vocabularies,
    profile: content.profile.data,
    site,
  };
}
