/**
 * The one module that reads Astro's collections. Everything else in
 * src/site-data builds on `getSiteData()`; pages call this folder and pass
 * components what they show. In a build the data is read once and shared by
 * every page; in dev it is read per request and built again only when the
 * store changed (state.ts), so a saved file shows at once.
 */
import { getCollection } from 'astro:content';
import { compareCohorts } from '../lib/data/cohort-dates.ts';
import { compareDates } from '../lib/dates/partial-date.ts';
import { comparePublications } from '../lib/dates/publication.ts';
import type { SiteData } from '../lib/data/types.ts';
import type { Term } from '../schemas/vocabulary.ts';
import { lastByKey, storeState } from './state.ts';

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Every collection as Astro's store holds it, unsorted. */
async function readCollections() {
  const [articles, cohorts, claims, context, themes, programmes, outlets, groups, places, site] =
    await Promise.all([
      getCollection('articles'),
      getCollection('cohorts'),
      getCollection('claims'),
      getCollection('context'),
      getCollection('themes'),
      getCollection('programmes'),
      getCollection('outlets'),
      getCollection('participantGroups'),
      getCollection('places'),
      getCollection('site'),
    ]);
  return { articles, cohorts, claims, context, themes, programmes, outlets, groups, places, site };
}

type Collections = Awaited<ReturnType<typeof readCollections>>;

const vocabulary = (terms: { id: string; data: Term }[]): ReadonlyMap<string, Term> =>
  new Map(terms.sort(byId).map((t) => [t.id, t.data]));

function toSiteData(c: Collections): SiteData {
  const { articles, cohorts, claims, context } = c;
  articles.sort((a, b) => comparePublications(b.data, a.data) || byId(a, b));
  cohorts.sort(compareCohorts);
  claims.sort((a, b) => compareDates(a.data.made_on, b.data.made_on) || byId(a, b));
  context.sort((a, b) => compareDates(a.data.date, b.data.date) || byId(a, b));
  const [profile] = c.site;
  // The content check stops the build before a page is rendered without a valid profile.
  if (!profile) throw new Error('content/site.yaml: no valid site profile (run npm run check)');
  return {
    articles,
    cohorts,
    claims,
    context,
    articleById: new Map(articles.map((a) => [a.id, a])),
    cohortById: new Map(cohorts.map((c) => [c.id, c])),
    vocabularies: {
      themes: vocabulary(c.themes),
      programmes: vocabulary(c.programmes),
      outlets: vocabulary(c.outlets),
      'participant-groups': vocabulary(c.groups),
      places: vocabulary(c.places),
    },
    profile: profile.data,
  };
}

let cached: Promise<SiteData> | undefined;
const latest = lastByKey<SiteData>();

/**
 * Every collection, sorted, with lookup maps, and the site profile. A build
 * reads once; dev reads the store per request but builds the data again only
 * when the store's state changed, so `getSite()` keeps its model until a save.
 */
export async function getSiteData(): Promise<SiteData> {
  if (import.meta.env.PROD) {
    cached ??= readCollections().then(toSiteData);
    return cached;
  }
  const collections = await readCollections();
  return latest(storeState(collections), () => toSiteData(collections));
}
