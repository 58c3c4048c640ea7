/**
 * The one module that reads Astro's collections. Everything else in
 * src/site-data builds on `getSiteData()`; pages call this folder and pass
 * components what they show. In a build the data is read once and shared by
 * every page; in dev it is read per request, so a saved file shows at once.
 */
import { getCollection } from 'astro:content';
import { compareCohorts } from '../lib/data/cohort-dates.ts';
import { compareDates } from '../lib/dates/partial-date.ts';
import { comparePublications } from '../lib/dates/publication.ts';
import type { SiteData } from '../lib/data/types.ts';
import type { Term } from '../schemas/vocabulary.ts';

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
  articles.sort((a, b) => comparePublications(b.data, a.data) || byId(a, b));
  cohorts.sort(compareCohorts);
  claims.sort((a, b) => compareDates(a.data.made_on, b.data.made_on) || byId(a, b));
  context.sort((a, b) => compareDates(a.data.date, b.data.date) || byId(a, b));
  const [themes, programmes, outlets, participantGroups, places, [profile]] = await Promise.all([
    vocabulary('themes'),
    vocabulary('programmes'),
    vocabulary('outlets'),
    vocabulary('participantGroups'),
    vocabulary('places'),
    getCollection('site'),
  ]);
  // The content check stops the build before a page is rendered without a valid profile.
  if (!profile) throw new Error('content/site.yaml: no valid site profile (run npm run check)');
  return {
    articles,
    cohorts,
    claims,
    context,
    articleById: new Map(articles.map((a) => [a.id, a])),
    cohortById: new Map(cohorts.map((c) => [c.id, c])),
    vocabularies: { themes, programmes, outlets, 'participant-groups': participantGroups, places },
    profile: profile.data,
  };
}

let cached: Promise<SiteData> | undefined;

/** Every collection, sorted, with lookup maps, and the site profile. */
export function getSiteData(): Promise<SiteData> {
  if (!import.meta.env.PROD) return readSiteData();
  cached ??= readSiteData();
  return cached;
}
