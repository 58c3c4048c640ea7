/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key and code are unchanged since the last build is copied
 * from the build cache instead of rendered again. A key must therefore cover
 * all the data the page shows — the record itself and whatever it shows of
 * other entries (titles, names, labels, passages) — and nothing else, so
 * that adding one article re-renders only the pages that show it.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../../i18n/lang.ts';
import type { SiteData } from '../data/types.ts';
import { siteIndexes } from './indexes.ts';

/** A short digest of JSON-serialisable data (object key order as stored, which is stable). */
export function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 27);
}

const sharedDigests = new WeakMap<SiteData, string>();

/** The vocabularies and the site profile, whose labels and names appear on every record page. */
export function sharedDigest(site: SiteData): string {
  let d = sharedDigests.get(site);
  if (d === undefined) {
    d = digest([
      Object.entries(site.vocabularies).map(([name, map]) => [name, [...map]]),
      site.profile,
    ]);
    sharedDigests.set(site, d);
  }
  return d;
}

/** Key of a cohort's page (and share image): its data, the titles of its sources, the labels, the profile. */
export function cohortCacheKey(site: SiteData, id: string, lang?: Lang): string {
  const cohort = site.cohortById.get(id);
  const { titles } = siteIndexes(site);
  const cited = [
    ...(cohort?.data.sources ?? []).map((s) => s.article),
    ...(cohort?.data.variants ?? []).map((v) => v.article),
  ];
  const shown = cited.map((a) => [titles.id.get(a), titles.en.get(a)]);
  return digest([lang, cohort?.data, shown, sharedDigest(site)]);
}

/**
 * Key of a source article's page: the article, its passages with the
 * records using them (names, and timeline pages of context events), the
 * cohorts citing it, the labels, the profile.
 */
export function sourceCacheKey(site: SiteData, id: string): string {
  const article = site.articleById.get(id);
  const indexes = siteIndexes(site);
  const passages = indexes.passages.get(id) ?? [];
  const uses = passages.flatMap((p) => p.uses.map((u) => `${u.kind}:${u.id}`));
  return digest([
    article?.data,
    article?.body,
    passages,
    uses.map((u) => [indexes.recordNames.id.get(u), indexes.recordNames.en.get(u)]),
    uses.map((u) => indexes.timelinePages.get(u.slice(u.indexOf(':') + 1))),
    (indexes.cohortsByArticle.get(id) ?? []).map((c) => [c.data.theme, c.data.programme]),
    sharedDigest(site),
  ]);
}

/**
 * Key of an article's frame stylesheet (/sumber/<id>/kutipan.css): the
 * stylesheet itself, which is made from the article's passage anchors alone,
 * so it is written again only when a passage of that article changes.
 */
export function framesCacheKey(css: string): string {
  return digest(['frames', css]);
}
