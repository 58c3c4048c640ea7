/**
 * Static paths of every route in the route table (src/lib/site/page-routes.ts),
 * from the site model. Record pages carry a cache key for the incremental
 * build (src/lib/site/cache-keys.ts); lists are paginated
 * (src/lib/site/pagination.ts).
 */
import type { GetStaticPathsItem } from 'astro';
import { CHART_IDS } from '../lib/charts/models.ts';
import { cohortCacheKey, sourceCacheKey } from '../lib/site/cache-keys.ts';
import type { SiteModel } from '../lib/site/model.ts';
import type { InjectedRoute, TermField } from '../lib/site/page-routes.ts';
import { pagePaths } from '../lib/site/pagination.ts';

/** Paths of the pages of a list of `total` items, with the props each page gets. */
function listPages(total: number, params: Record<string, string> = {}): GetStaticPathsItem[] {
  return pagePaths(total).map((p) => ({ params: { ...params, ...p.params }, props: p.props }));
}

const vocabularyOf = (site: SiteModel, field: TermField) =>
  field === 'theme' ? site.data.vocabularies.themes : site.data.vocabularies.programmes;

/** The pages of the timeline, whole or filtered to each term of a field. */
function timelinePaths(site: SiteModel, field: TermField | undefined): GetStaticPathsItem[] {
  if (!field) return listPages(site.indexes.timelinePages.size);
  return [...vocabularyOf(site, field).keys()].flatMap((key) => {
    const years = site.indexes.timeline({ [field]: key });
    return listPages(
      years.reduce((n, y) => n + y.items.length, 0),
      { key },
    );
  });
}

/** The static paths of one injected route. */
export function routePaths(site: SiteModel, { route }: InjectedRoute): GetStaticPathsItem[] {
  switch (route.entry) {
    case 'timeline':
      return timelinePaths(site, route.field);
    case 'cohort':
      return site.data.cohorts.map((c) => ({
        params: { id: c.id },
        cacheKey: cohortCacheKey(site.data, c.id),
      }));
    case 'source':
      return site.data.articles.map((a) => ({
        params: { id: a.id },
        cacheKey: sourceCacheKey(site.data, a.id),
      }));
    case 'sources':
      return listPages(site.data.articles.length);
    case 'chart':
    case 'chart-embed':
      return CHART_IDS.map((id) => ({ params: { id } }));
    case 'term': {
      const field = route.field ?? 'theme';
      const byTerm = site.indexes.cohortsByTerm[field];
      return [...vocabularyOf(site, field).keys()].flatMap((key) =>
        listPages(byTerm.get(key)?.length ?? 0, { key }),
      );
    }
    default:
      return [{ params: {} }];
  }
}
