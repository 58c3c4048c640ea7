/** An RSS 2.0 feed response (@astrojs/rss) from feed items; no build date, so builds stay identical. */
import rss from '@astrojs/rss';
import { LOCALES, type Lang } from '../../i18n/lang.ts';
import type { FeedItem } from './feeds.ts';
import { absolute } from './types.ts';

const LANGUAGE: Record<Lang, string> = LOCALES;

export interface FeedOptions {
  lang: Lang;
  title: string;
  description: string;
  /** Origin of the site. */
  site: string;
  /** Site path of the feed itself (for its atom:link rel="self"). */
  self: string;
  /** Site path of the page the feed belongs to. */
  home: string;
  items: readonly FeedItem[];
}

/** The feed as an HTTP response for a static endpoint. */
export function feedResponse(o: FeedOptions): Promise<Response> {
  return rss({
    title: o.title,
    description: o.description,
    site: absolute(o, o.home),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${LANGUAGE[o.lang]}</language><atom:link href="${absolute(o, o.self)}" rel="self" type="application/rss+xml"/>`,
    items: o.items.map((item) => ({
      title: item.title,
      // Absolute links are kept as they are (a relative "#fragment" would get a slash appended).
      link: absolute(o, item.link),
      pubDate: item.pubDate,
      description: item.description,
      categories: item.categories,
    })),
  });
}
