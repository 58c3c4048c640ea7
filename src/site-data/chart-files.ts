/**
 * The chart files of the site (SVG and PNG, per chart and language), from
 * the site model: their static paths, next to each chart's page, and the SVG
 * document of each.
 */
import type { GetStaticPathsItem } from 'astro';
import type { Lang } from '../i18n/lang.ts';
import { CHART_IDS, type ChartId } from '../lib/charts/models.ts';
import { chartFileSvg } from '../lib/charts/svg/standalone.ts';
import { chartTakeAway } from '../lib/charts/take-away.ts';
import { chartCacheKey } from '../lib/site/chart-keys.ts';
import { routes } from '../lib/site/routes.ts';
import { getSite } from './index.ts';

export interface ChartFileProps {
  lang: Lang;
  id: ChartId;
}

/**
 * One path per chart and language, the `chart` rest parameter being the
 * file's address without its extension, keyed like the chart's page.
 */
export async function chartFilePaths(ext: 'svg' | 'png'): Promise<GetStaticPathsItem[]> {
  const site = await getSite();
  return site.data.profile.languages.flatMap((lang) =>
    CHART_IDS.map((id) => ({
      params: { chart: routes.chartFile(lang, id, ext).slice(1, -(ext.length + 1)) },
      props: { lang, id } satisfies ChartFileProps,
      cacheKey: chartCacheKey(site, lang, id),
    })),
  );
}

/** The SVG document of a chart in a language. */
export async function chartFileSvgOf({ lang, id }: ChartFileProps): Promise<string> {
  const site = await getSite();
  return chartFileSvg(site.charts[lang][id], chartTakeAway(site, lang, id).footer);
}
