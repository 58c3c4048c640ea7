/** The two feeds of the site, per language: what the rss.xml endpoints return. */
import type { Lang } from '../i18n/lang.ts';
import { siteText } from '../i18n/site.ts';
import { correctionFeedItems, siteFeedItems } from '../lib/opendata/feeds.ts';
import { feedResponse } from '../lib/opendata/rss.ts';
import { routes } from '../lib/site/routes.ts';
import type { SiteModel } from '../lib/site/model.ts';

const CORRECTIONS_DESCRIPTION: Record<Lang, string> = {
  id: 'Setiap nilai yang diubah setelah terbit, dengan tanggal dan alasannya.',
  en: 'Every value changed after publication, with its date and reason.',
};

/** /rss.xml or /en/rss.xml. */
export function siteFeed(site: SiteModel, lang: Lang): Promise<Response> {
  const { input } = site.openData;
  const words = siteText(site.data.profile, lang).feeds;
  return feedResponse({
    lang,
    title: words.site,
    description: words.siteDescription,
    site: input.site,
    self: routes.feed(lang),
    home: routes.home(lang),
    items: siteFeedItems(input, lang),
  });
}

/** /koreksi/rss.xml or /en/corrections/rss.xml. */
export function correctionsFeed(site: SiteModel, lang: Lang): Promise<Response> {
  const { input } = site.openData;
  return feedResponse({
    lang,
    title: siteText(site.data.profile, lang).feeds.corrections,
    description: CORRECTIONS_DESCRIPTION[lang],
    site: input.site,
    self: routes.correctionsFeed(lang),
    home: routes.corrections(lang),
    items: correctionFeedItems(input, lang),
  });
}
