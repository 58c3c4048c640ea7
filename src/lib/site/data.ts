/**
 * The one module that reads Astro's collections. Pages call `getSiteData()`
 * and never `getCollection` themselves, so sorting and lookups are decided
 * once, here. In a build the data is read once and shared by every page; in
 * dev it is read per request, so a saved file shows at once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Term } from '../../schemas/vocabulary.ts';
import { compareDates } from '../dates/partial-date.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type CohortEntry = CollectionEntry<'cohorts'>;
export type ClaimEntry = CollectionEntry<'claims'>;
export type ContextEntry = CollectionEntry<'context'>;

/** Each controlled vocabulary as a map from term key to term. */
export interface SiteVocabularies {
  themes: ReadonlyMap<string, Term>;
  programmes: ReadonlyMap<string, Term>;
  outlets: ReadonlyMap<string, Term>;
  participantGroups: ReadonlyMap<string, Term>;
  places: ReadonlyMap<string, Term>;
}

export interface SiteData {
  /** Articles, newest first, then by id. */
  articles: readonly ArticleEntry[];
  /** Cohorts by start of period, then by id. */
  cohorts: readonly CohortEntry[];
  /** Claims by the date they were made, then by id. */
  claims: readonly ClaimEntry[];
  /** Context events by date, then by id. */
  context: readonly ContextEntry[];
  articleById: ReadonlyMap<string, ArticleEntry>;
  cohortById: ReadonlyMap<string, CohortEntry>;
  vocabularies: SiteVocabularies;
}

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

async function vocabulary(
  name: 'themes' | 'programmes' | 'outlets' | 'participantGroups' | 'places',
): Promise<ReadonlyMap<string, Term>> {
  const terms = await getCollection(name);
  return new Map(terms.sort(byId).map((t) => [t.id, t.data]));
}

async function readSiteData(): Promise<SiteData> {
  const [articles, cohorts, claims, context] = await Promise.all([
    getCollection('articles'),
    getCollection('cohorts'),
    getCollection('claims'),
    getCollection('context'),
  ]);
  articles.sort((a, b) => compareDates(b.data.published, a.data.published) || byId(a, b));
  cohorts.sort((a, b) => compareDates(a.data.period.start, b.data.period.start) || byId(a, b));
  claims.sort((a, b) => compareDates(a.data.made_on, b.data.made_on) || byId(a, b));
  context.sort((a, b) => compareDates(a.data.date, b.data.date) || byId(a, b));
  const [themes, programmes, outlets, participantGroups, places] = await Promise.all([
    vocabulary('themes'),
    vocabulary('programmes'),
    vocabulary('outlets'),
    vocabulary('participantGroups'),
    vocabulary('places'),
  ]);
  return {
    articles,
    cohorts,
    claims,
    context,
    articleById: new Map(articles.map((a) => [a.id, a])),
    cohortById: new Map(cohorts.map((c) => [c.id, c])),
    vocabularies: { themes, programmes, outlets, participantGroups, places },
  };
}

let cached: Promise<SiteData> | undefined;

/** Every collection, sorted, with lookup maps. */
export function getSiteData(): Promise<SiteData> {
  if (!import.meta.env.PROD) return readSiteData();
  cached ??= readSiteData();
  return cached;
}
