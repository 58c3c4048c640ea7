/** The four feeds of the site, per language: what the rss.xml endpoints return. */
import type { Lang } from '../../i18n/lang.ts';
import { routes } from '../site/routes.ts';
import { correctionFeedItems, siteFeedItems } from './feeds.ts';
import { feedResponse } from './rss.ts';
import { openDataInput } from './site.ts';

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
export async function siteFeed(lang: Lang): Promise<Response> {
  const input = await openDataInput();
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
export async function correctionsFeed(lang: Lang): Promise<Response> {
  const input = await openDataInput();
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
