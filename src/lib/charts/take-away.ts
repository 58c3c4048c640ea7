/**
 * What a reader takes away from a chart: the addresses and names of its
 * files, the line saying where its figures come from, its citation and the
 * code that embeds it in another site. Its source line and date are the
 * chart's credit (src/lib/site/credit.ts), the same as under the chart on
 * every page. Pure.
 */
import type { Lang } from '../../i18n/lang.ts';
import { siteText } from '../../i18n/site.ts';
import type { Credit } from '../site/credit.ts';
import type { SiteModel } from '../site/model.ts';
import { dateLabel } from '../site/format.ts';
import { routes } from '../site/routes.ts';
import type { SiteData } from '../data/types.ts';
import type { ChartId, ChartModel } from './models.ts';
import { TAKE_AWAY_WORDS } from './take-away-strings.ts';

export interface TakeAway {
  svg: { href: string; name: string };
  png: { href: string; name: string };
  /** The chart's page and its embeddable page, as absolute addresses. */
  pageUrl: string;
  embedUrl: string;
  /** "Sumber: …, diolah …." (the chart's `Credit`). */
  source: string;
  /** "Terakhir diperbarui: …" (the chart's `Credit`). */
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
  /** The chart's source and "last updated" line (`SiteModel.credits`), as under it on every page. */
  credit: Credit;
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
  const { source, updated, updatedText } = site.credit;
  const date = dateLabel(updated, site.lang);
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
    dataDate: updatedText,
    citation: w.citation(site.siteName, model.title, date, pageUrl),
    embedCode: `<iframe src="${escapeAttr(embedUrl)}" title="${escapeAttr(model.title)}" width="100%" height="${embedHeight(model)}" style="border:0" loading="lazy"></iframe>`,
    footer: [source, updatedText, `${site.siteName} · ${pageUrl}`],
  };
}

/** The site's side of a chart's take-away, for one language. */
export function takeAwaySite(
  data: SiteData,
  lang: Lang,
  siteName: string,
  credit: Credit,
): TakeAwaySite {
  return { lang, siteName, siteUrl: data.profile.url, credit };
}

/** The take-away of chart `id` in `lang`, from the site model: its page, its embed page and its files ask here. */
export function chartTakeAway(
  site: Pick<SiteModel, 'data' | 'charts' | 'credits'>,
  lang: Lang,
  id: ChartId,
): TakeAway {
  const siteName = siteText(site.data.profile, lang).siteName;
  const credit = site.credits[lang].charts[id];
  return takeAway(site.charts[lang][id], takeAwaySite(site.data, lang, siteName, credit));
}
