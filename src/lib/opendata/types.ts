/** What the open-data builders read: the validated collections and the site's origin. */
import type { Article } from '../../schemas/article.ts';
import type { LoadedContent } from '../content/load.ts';
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
  /** Origin of the published site, for absolute page addresses ("https://jejak-scp.id"). */
  site: string;
}

/** Absolute address of a site path. */
export function absolute(input: Pick<OpenDataInput, 'site'>, path: string): string {
  return new URL(path, input.site).href;
}

/** The input from content read by loadContent() (the checker's reader), e.g. in tests and scripts. */
export function fromLoadedContent(
  content: Pick<LoadedContent, 'articles' | 'cohorts' | 'claims' | 'context' | 'vocabularies'>,
  site: string,
): OpenDataInput {
  return {
    articles: content.articles,
    cohorts: content.cohorts,
    claims: content.claims,
    context: content.context,
    reconciled: reconcileClaims(content.claims, content.cohorts),
    vocabularies: content.vocabularies,
    site,
  };
}
