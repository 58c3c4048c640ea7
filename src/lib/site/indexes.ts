/**
 * Lookups that record pages need across the whole site — article titles,
 * record names, the passages of every article, the cohorts citing each
 * article — built once per read of the site data (once per build), so that
 * no page scans every record: the build stays linear in pages plus entries.
 */
import type { Lang } from '../../i18n/lang.ts';
import { quotableText } from '../check/cross.ts';
import { passagesByArticle, type CitingRecord, type Passage } from '../data/provenance.ts';
import { buildTimeline, type TimelineFilter, type TimelineYear } from '../data/timeline.ts';
import type { CohortEntry, SiteData } from '../data/types.ts';
import { articleTitle } from './article-title.ts';
import { cohortName } from './names.ts';
import { timelinePage } from './pagination.ts';

export interface SiteIndexes {
  /** Article titles by article id, as each language shows them (a title of ours marked). */
  titles: Readonly<Record<Lang, ReadonlyMap<string, string>>>;
  /** Quoted passages of each cited article, in text order (absent: no passage). */
  passages: ReadonlyMap<string, readonly Passage[]>;
  /** Cohorts citing each article in their sources, in the site's cohort order. */
  cohortsByArticle: ReadonlyMap<string, readonly CohortEntry[]>;
  /** Display name of each record by `${kind}:${id}`, per language. */
  recordNames: Readonly<Record<Lang, ReadonlyMap<string, string>>>;
  /** Cohorts (any status) with each theme and each programme key, and the cohorts of each status. */
  cohortsByTerm: Readonly<
    Record<'theme' | 'programme' | 'status', ReadonlyMap<string, readonly CohortEntry[]>>
  >;
  /** The timeline, whole or filtered (computed once per filter). */
  timeline(filter?: TimelineFilter): readonly TimelineYear[];
  /** Page of the whole timeline on which each cohort and context event appears. */
  timelinePages: ReadonlyMap<string, number>;
}

/** Every cohort, claim and context event, as provenance functions take them. */
export function citingRecords(site: SiteData): CitingRecord[] {
  return [
    ...site.cohorts.map((c) => ({ kind: 'cohort' as const, id: c.id, data: c.data })),
    ...site.claims.map((c) => ({ kind: 'claim' as const, id: c.id, data: c.data })),
    ...site.context.map((c) => ({ kind: 'context' as const, id: c.id, data: c.data })),
  ];
}

function articleTitles(site: SiteData, lang: Lang): Map<string, string> {
  return new Map(site.articles.map((a) => [a.id, articleTitle(a.data, lang)]));
}

function recordNames(site: SiteData, lang: Lang): Map<string, string> {
  return new Map<string, string>([
    ...site.cohorts.map((c): [string, string] => [
      `cohort:${c.id}`,
      cohortName(c.data, site.vocabularies.themes, lang),
    ]),
    ...site.claims.map((c): [string, string] => [`claim:${c.id}`, c.data.statement[lang]]),
    ...site.context.map((c): [string, string] => [`context:${c.id}`, c.data.title[lang]]),
  ]);
}

/** A value computed on first use and kept. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/**
 * The passages, record names and timeline pages are computed on first use:
 * a page that shows none of them (a cohort's, in `astro dev`) does not wait for them.
 */
function buildIndexes(site: SiteData): SiteIndexes {
  const cohortsByArticle = new Map<string, CohortEntry[]>();
  for (const c of site.cohorts) {
    const cited = new Set(c.data.sources.map((s) => s.article));
    for (const article of cited) {
      const list = cohortsByArticle.get(article) ?? [];
      list.push(c);
      cohortsByArticle.set(article, list);
    }
  }
  const passages = once(() =>
    passagesByArticle(citingRecords(site), (id) => {
      const article = site.articleById.get(id);
      return article && quotableText({ data: article.data, body: article.body ?? '' });
    }),
  );
  const byTerm = (field: 'theme' | 'programme' | 'status'): Map<string, CohortEntry[]> => {
    const map = new Map<string, CohortEntry[]>();
    for (const c of site.cohorts) {
      const list = map.get(c.data[field]) ?? [];
      list.push(c);
      map.set(c.data[field], list);
    }
    return map;
  };
  const timelines = new Map<string, TimelineYear[]>();
  const timeline = (filter: TimelineFilter = {}): TimelineYear[] => {
    const key = `${filter.theme ?? ''}|${filter.programme ?? ''}|${filter.status ?? ''}`;
    let years = timelines.get(key);
    if (!years) {
      years = buildTimeline(site.cohorts, site.context, filter);
      timelines.set(key, years);
    }
    return years;
  };
  const names = once(() => ({ id: recordNames(site, 'id'), en: recordNames(site, 'en') }));
  const timelinePages = once(() => timelinePage(timeline(), 1).recordPages);
  return {
    titles: { id: articleTitles(site, 'id'), en: articleTitles(site, 'en') },
    get passages() {
      return passages();
    },
    cohortsByArticle,
    get recordNames() {
      return names();
    },
    cohortsByTerm: {
      theme: byTerm('theme'),
      programme: byTerm('programme'),
      status: byTerm('status'),
    },
    timeline,
    get timelinePages() {
      return timelinePages();
    },
  };
}

const built = new WeakMap<SiteData, SiteIndexes>();

/** The indexes of one read of the site data, computed on first use. */
export function siteIndexes(site: SiteData): SiteIndexes {
  let indexes = built.get(site);
  if (!indexes) {
    indexes = buildIndexes(site);
    built.set(site, indexes);
  }
  return indexes;
}
