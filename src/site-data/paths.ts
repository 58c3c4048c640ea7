/**
 * Static paths of every route in the route table (src/lib/site/page-routes.ts),
 * from the site model. Record pages carry a cache key for the incremental
 * build (src/lib/site/cache-keys.ts), and so do the pages of lists
 * (src/lib/site/list-keys.ts); lists are paginated
 * (src/lib/site/pagination.ts).
 */
import type { GetStaticPathsItem } from 'astro';
import { CHART_IDS } from '../lib/charts/models.ts';
import { cohortCacheKey, sourceCacheKey } from '../lib/site/cache-keys.ts';
import { chartCacheKey } from '../lib/site/chart-keys.ts';
import { sourcesCacheKey, termCacheKey, timelineCacheKey } from '../lib/site/list-keys.ts';
import type { SiteModel } from '../lib/site/model.ts';
import { termFieldOf, type FilterField, type InjectedRoute } from '../lib/site/page-routes.ts';
import { pagePaths } from '../lib/site/pagination.ts';
import { filterKeys, timelineFilterOf } from '../lib/site/timeline-filter.ts';

/** Paths of the pages of a list of `total` items, with the props each page gets. */
function listPages(
  total: number,
  params: Record<string, string>,
  cacheKey: (page: number) => string,
): GetStaticPathsItem[] {
  return pagePaths(total).map((p) => ({
    params: { ...params, ...p.params },
    props: p.props,
    cacheKey: cacheKey(p.props.page),
  }));
}

/** The pages of the timeline, whole or filtered to each key of a field (each term, each status). */
function timelinePaths(site: SiteModel, field: FilterField | undefined): GetStaticPathsItem[] {
  if (!field)
    return listPages(site.indexes.timelinePages.size, {}, (page) =>
      timelineCacheKey(site, undefined, '', page),
    );
  return filterKeys(site.data.vocabularies, field).flatMap((key) => {
    const years = site.indexes.timeline(timelineFilterOf({ field, key }));
    return listPages(
      years.reduce((n, y) => n + y.items.length, 0),
      { key },
      (page) => timelineCacheKey(site, field, key, page),
    );
  });
}

const computed = new WeakMap<object, Map<string, GetStaticPathsItem[]>>();

/**
 * The static paths of one injected route, computed once per site model: the
 * build and `astro dev` (which asks again on every request) reuse them
 * until the content changes.
 */
export function routePaths(site: SiteModel, injected: InjectedRoute): GetStaticPathsItem[] {
  let byPattern = computed.get(site);
  if (!byPattern) computed.set(site, (byPattern = new Map()));
  let paths = byPattern.get(injected.pattern);
  if (!paths) byPattern.set(injected.pattern, (paths = pathsOf(site, injected)));
  return paths;
}

function pathsOf(site: SiteModel, { route, lang }: InjectedRoute): GetStaticPathsItem[] {
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
      return listPages(site.data.articles.length, {}, (page) => sourcesCacheKey(site.data, page));
    case 'chart':
    case 'chart-embed':
      return CHART_IDS.map((id) => ({ params: { id }, cacheKey: chartCacheKey(site, lang, id) }));
    case 'term': {
      const field = termFieldOf(route);
      const byTerm = site.indexes.cohortsByTerm[field];
      return filterKeys(site.data.vocabularies, field).flatMap((key) =>
        listPages(byTerm.get(key)?.length ?? 0, { key }, (page) =>
          termCacheKey(site, field, key, page),
        ),
      );
    }
    default:
      return [{ params: {} }];
  }
}
