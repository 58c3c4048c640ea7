/**
 * What a reader takes away from a chart: the addresses and names of its
 * files, the line saying where its figures come from, its citation and the
 * code that embeds it in another site. The sources are the outlets of the
 * articles the cohorts and claims cite; the date of the data is the latest
 * publication date among them. Pure.
 */
import type { Lang } from '../../i18n/lang.ts';
import { dateLabel } from '../site/format.ts';
import { routes } from '../site/routes.ts';
import type { SiteData } from '../data/types.ts';
import { compareDates } from '../dates/partial-date.ts';
import type { ChartModel } from './models.ts';
import { listText } from './strings.ts';
import { TAKE_AWAY_WORDS } from './take-away-strings.ts';

/** Where the charts' figures come from. */
export interface ChartSources {
  /** Outlet keys of the cited articles, in vocabulary order (articles of no known outlet left out). */
  outlets: string[];
  /** The latest publication date among the cited articles. */
  latest?: string;
}

/** The outlets and the latest date of the articles the cohorts and claims cite. */
export function chartSources(data: SiteData): ChartSources {
  const cited = new Set(
    [...data.cohorts, ...data.claims].flatMap((r) => r.data.sources.map((s) => s.article)),
  );
  const articles = [...cited].flatMap((id) => {
    const a = data.articleById.get(id);
    return a ? [a] : [];
  });
  const keys = new Set(articles.map((a) => a.data.outlet));
  const outlets = [...data.vocabularies.outlets.keys()].filter((k) => keys.has(k));
  const latest = articles
    .map((a) => a.data.published)
    .sort(compareDates)
    .at(-1);
  return { outlets, ...(latest ? { latest } : {}) };
}

export interface TakeAway {
  svg: { href: string; name: string };
  png: { href: string; name: string };
  /** The chart's page and its embeddable page, as absolute addresses. */
  pageUrl: string;
  embedUrl: string;
  /** "Sumber: …; diolah …". */
  source: string;
  /** "Data hingga …", or '' when no article is dated. */
  dataDate: string;
  citation: string;
  /** The <iframe> another site pastes. */
  embedCode: string;
  /** The lines under the chart in its files. */
  footer: string[];
}

export interface TakeAwaySite {
  lang: Lang;
  siteName: string;
  /** The site's address (the profile's url). */
  siteUrl: string;
  /** Outlet labels by key, in the page's language. */
  outletLabel: (key: string) => string;
  sources: ChartSources;
}

/** Height of the frame the embed code asks for: the tallest drawing, its title, legend and source. */
export function embedHeight(model: ChartModel): number {
  const drawing = Math.max(
    model.layout.height,
    model.narrowLayout.height * ((26 * 16) / model.narrowLayout.width),
  );
  return Math.ceil((drawing + 96 + 28 * model.legend.length + 80) / 10) * 10;
}

const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Everything the chart's page offers to take away. */
export function takeAway(model: ChartModel, site: TakeAwaySite): TakeAway {
  const w = TAKE_AWAY_WORDS[site.lang];
  const abs = (path: string): string => new URL(path, site.siteUrl).href;
  const pageUrl = abs(routes.chart(site.lang, model.id));
  const embedUrl = abs(routes.chartEmbed(site.lang, model.id));
  const outlets = listText(site.sources.outlets.map(site.outletLabel), site.lang);
  const source = w.source(outlets || '–', site.siteName);
  const date = site.sources.latest ? dateLabel(site.sources.latest, site.lang) : '';
  const file = (ext: 'svg' | 'png') => ({
    href: routes.chartFile(site.lang, model.id, ext),
    name: `${model.id}-${site.lang}.${ext}`,
  });
  return {
    svg: file('svg'),
    png: file('png'),
    pageUrl,
    embedUrl,
    source,
    dataDate: date ? w.dataDate(date) : '',
    citation: w.citation(site.siteName, model.title, date || '–', pageUrl),
    embedCode: `<iframe src="${escapeAttr(embedUrl)}" title="${escapeAttr(model.title)}" width="100%" height="${embedHeight(model)}" style="border:0" loading="lazy"></iframe>`,
    footer: [source, ...(date ? [w.dataDate(date)] : []), `${site.siteName} · ${pageUrl}`],
  };
}

/** The site's side of a chart's take-away, for one language. */
export function takeAwaySite(data: SiteData, lang: Lang, siteName: string): TakeAwaySite {
  return {
    lang,
    siteName,
    siteUrl: data.profile.url,
    outletLabel: (key) => data.vocabularies.outlets.get(key)?.label[lang] ?? key,
    sources: chartSources(data),
  };
}
