/** The two feeds of the site, per language: what the rss.xml endpoints return. */
import type { Lang } from '../i18n/lang.ts';
import { correctionFeedItems, siteFeedItems } from '../lib/opendata/feeds.ts';
import { feedResponse } from '../lib/opendata/rss.ts';
import { routes } from '../lib/site/routes.ts';
import type { SiteModel } from '../lib/site/model.ts';

const TEXT = {
  id: {
    site: 'Jejak SCP: artikel sumber dan angkatan baru',
    siteDescription:
      'Artikel sumber dan angkatan ASN Kota Jambi di Singapore Cooperation Programme yang baru dicatat.',
    corrections: 'Jejak SCP: koreksi',
    correctionsDescription:
      'Setiap nilai yang diubah setelah terbit, dengan tanggal dan alasannya.',
  },
  en: {
    site: 'Jejak SCP: new source articles and cohorts',
    siteDescription:
      'Source articles and cohorts of Kota Jambi civil servants at the Singapore Cooperation Programme, as they are recorded.',
    corrections: 'Jejak SCP: corrections',
    correctionsDescription: 'Every value changed after publication, with its date and reason.',
  },
} as const;

/** /rss.xml or /en/rss.xml. */
export function siteFeed(site: SiteModel, lang: Lang): Promise<Response> {
  const { input } = site.openData;
  return feedResponse({
    lang,
    title: TEXT[lang].site,
    description: TEXT[lang].siteDescription,
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
    title: TEXT[lang].corrections,
    description: TEXT[lang].correctionsDescription,
    site: input.site,
    self: routes.correctionsFeed(lang),
    home: routes.corrections(lang),
    items: correctionFeedItems(input, lang),
  });
}
