/**
 * Cache keys of the list pages (src/lib/site/cache-keys.ts says what a key
 * is): each page of the timeline, whole or filtered, each page of a theme or
 * programme, and each page of the list of sources. A key digests what its
 * page shows and nothing else: the records on the page with the articles
 * they cite, the page count and year links of the pager, the counts the
 * page prints, the labels and the profile. Counts that every timeline page
 * prints (the filter panel) make every timeline page depend on every
 * cohort's status, theme and programme, by design of that panel.
 */
import type { TimelineYear } from '../data/timeline.ts';
import type { CohortRecord, SiteData } from '../data/types.ts';
import type { SiteIndexes } from './indexes.ts';
import type { FilterField, TermField } from './page-routes.ts';
import { pageCount, pageItems, timelinePage } from './pagination.ts';
import { digest, sharedDigest } from './cache-keys.ts';
import { timelineFilterOf } from './timeline-filter.ts';

/** The two parts of the site model a list page's key reads. */
export interface ListSite {
  data: SiteData;
  indexes: SiteIndexes;
}

interface Shown {
  id: string;
  data: { sources?: readonly { article: string }[] };
}

/** A record as a page shows it: its data and the entries of the articles it cites. */
function shownRecord(data: SiteData, record: Shown): unknown {
  const cited = [...new Set((record.data.sources ?? []).map((s) => s.article))];
  return [record.id, record.data, cited.map((id) => data.articleById.get(id)?.data ?? id)];
}

const panelDigests = new WeakMap<SiteData, string>();

/** The filter panel of every timeline page: the cohorts per status, theme and programme. */
function panelDigest({ data, indexes }: ListSite): string {
  let d = panelDigests.get(data);
  if (d === undefined) {
    const counts = (field: FilterField) =>
      [...indexes.cohortsByTerm[field]].map(([key, list]) => [key, list.length]);
    d = digest([data.cohorts.length, counts('status'), counts('theme'), counts('programme')]);
    panelDigests.set(data, d);
  }
  return d;
}

/** Key of page `page` of the timeline, whole (`field` undefined) or filtered to `key` of `field`. */
export function timelineCacheKey(
  site: ListSite,
  field: FilterField | undefined,
  key: string,
  page: number,
): string {
  const all: readonly TimelineYear[] = site.indexes.timeline(
    timelineFilterOf(field ? { field, key } : undefined),
  );
  const shown = all.reduce((n, y) => n + y.items.length, 0);
  const { years, pages, yearPages } = timelinePage(all, page);
  return digest([
    'timeline',
    field,
    key,
    shown,
    pages,
    [...yearPages],
    years.map((y) => [y.year, y.items.map((i) => [i.type, shownRecord(site.data, i.record)])]),
    panelDigest(site),
    sharedDigest(site.data),
  ]);
}

const termDigests = new WeakMap<readonly CohortRecord[], string>();

/** Every cohort of a theme or programme: the page's totals are summed over all of them. */
function termDigest(cohorts: readonly CohortRecord[]): string {
  let d = termDigests.get(cohorts);
  if (d === undefined) {
    d = digest(cohorts.map((c) => [c.id, c.data]));
    termDigests.set(cohorts, d);
  }
  return d;
}

/** Key of page `page` of a theme's or programme's page. */
export function termCacheKey(site: ListSite, field: TermField, key: string, page: number): string {
  const all = site.indexes.cohortsByTerm[field].get(key) ?? [];
  return digest([
    'term',
    pageCount(all.length),
    termDigest(all),
    pageItems(all, page).map((c) => shownRecord(site.data, c)),
    sharedDigest(site.data),
  ]);
}

/** Key of page `page` of the list of source articles. */
export function sourcesCacheKey(data: SiteData, page: number): string {
  return digest([
    'sources',
    pageCount(data.articles.length),
    pageItems(data.articles, page).map((a) => [a.id, a.data]),
    sharedDigest(data),
  ]);
}
