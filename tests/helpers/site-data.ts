/**
 * A site's data for unit tests: the given records with their lookups, the
 * test vocabularies and the fictional other city's profile.
 */
import type { SiteData } from '../../src/lib/data/types.ts';
import { otherCityProfile } from '../fixtures/other-city/index.ts';
import { vocabularies } from './records.ts';

export function siteData(
  records: Partial<Pick<SiteData, 'articles' | 'cohorts' | 'claims' | 'context'>>,
): SiteData {
  const { articles = [], cohorts = [], claims = [], context = [] } = records;
  return {
    articles,
    cohorts,
    claims,
    context,
    articleById: new Map(articles.map((a) => [a.id, a])),
    cohortById: new Map(cohorts.map((c) => [c.id, c])),
    vocabularies: vocabularies(),
    profile: otherCityProfile(),
  };
}
