/**
 * Static paths of the record and list pages, shared by the Indonesian and
 * English page files. Record pages carry a cache key for the incremental
 * build (src/lib/site/cache-keys.ts).
 */
import { cohortCacheKey, sourceCacheKey } from './cache-keys.ts';
import { getSiteData } from './data.ts';
import { siteIndexes } from './indexes.ts';
import { pagePaths } from './pagination.ts';

/** One path per cohort. */
export async function cohortPaths() {
  const site = await getSiteData();
  return site.cohorts.map((c) => ({
    params: { id: c.id },
    cacheKey: cohortCacheKey(site, c.id),
  }));
}

/** One path per source article. */
export async function sourcePaths() {
  const site = await getSiteData();
  return site.articles.map((a) => ({
    params: { id: a.id },
    cacheKey: sourceCacheKey(site, a.id),
  }));
}

/** Paths of the pages of a list of `total` items, with the props each page gets. */
function listPages<P extends Record<string, string>>(total: number, params: P) {
  return pagePaths(total).map((p) => ({ params: { ...params, ...p.params }, props: p.props }));
}

/** The pages of the whole timeline. */
export async function timelinePaths() {
  const site = await getSiteData();
  return listPages(siteIndexes(site).timelinePages.size, {});
}

/** The pages of the timeline filtered to each theme or programme. */
export async function timelineTermPaths(field: 'theme' | 'programme') {
  const site = await getSiteData();
  const indexes = siteIndexes(site);
  const vocab = field === 'theme' ? site.vocabularies.themes : site.vocabularies.programmes;
  return [...vocab.keys()].flatMap((key) => {
    const years = indexes.timeline({ [field]: key });
    return listPages(
      years.reduce((n, y) => n + y.items.length, 0),
      { key },
    );
  });
}

/** The pages of each theme's or programme's own page (its cohorts, paginated). */
export async function termPaths(field: 'theme' | 'programme') {
  const site = await getSiteData();
  const byTerm = siteIndexes(site).cohortsByTerm[field];
  const vocab = field === 'theme' ? site.vocabularies.themes : site.vocabularies.programmes;
  return [...vocab.keys()].flatMap((key) => listPages(byTerm.get(key)?.length ?? 0, { key }));
}

/** The pages of the list of source articles. */
export async function sourceListPaths() {
  const { articles } = await getSiteData();
  return listPages(articles.length, {});
}
