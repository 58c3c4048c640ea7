/**
 * Sitemap entries with their hreflang alternates. @astrojs/sitemap pairs
 * pages across languages only when their paths match after the locale
 * prefix; ours are translated (/angkatan/x/ ↔ /en/cohorts/x/), so each
 * entry's links are set from `counterpartPath`, the same mapping the pages'
 * own <link rel="alternate" hreflang> follow (a dist test compares them).
 */
import { LOCALES } from '../../i18n/lang.ts';
import { counterpartPath } from '../site/routes.ts';

/** hreflang codes of the sitemap (as in its i18n option). */
export const SITEMAP_LOCALES = LOCALES;

interface Link {
  url: string;
  lang: string;
}
interface Item {
  url: string;
  links?: Link[] | undefined;
}

/**
 * Only pages (addresses ending in "/") go into the sitemap, not feeds, data
 * files or images, nor the bare chart pages made for other sites' frames.
 */
export function isSitemapPage(url: string): boolean {
  const path = new URL(url).pathname;
  return path.endsWith('/') && !path.endsWith('/embed/');
}

/** The entry with links to itself and its counterpart in the other language. */
export function withAlternates<T extends Item>(item: T): T & { links: Link[] | undefined } {
  const url = new URL(item.url);
  const other = counterpartPath(url.pathname);
  if (other === undefined) return { ...item, links: undefined };
  const isEn = url.pathname.startsWith('/en/');
  const here = { url: url.href, lang: isEn ? SITEMAP_LOCALES.en : SITEMAP_LOCALES.id };
  const there = {
    url: new URL(other, url).href,
    lang: isEn ? SITEMAP_LOCALES.id : SITEMAP_LOCALES.en,
  };
  return { ...item, links: isEn ? [there, here] : [here, there] };
}
