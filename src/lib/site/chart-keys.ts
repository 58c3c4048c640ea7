/**
 * Cache key of a chart's page, its embed page and its SVG and PNG files
 * (src/lib/site/cache-keys.ts says what a key is): the chart's model in the
 * page's language (drawings, table, description, notes), its source and
 * "last updated" line, what the page offers to take away (citation, embed
 * code, file names), the labels and the profile. A record that changes no
 * figure of a chart leaves its key, and its files are copied.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { ChartId } from '../charts/models.ts';
import { chartTakeAway } from '../charts/take-away.ts';
import { digest, sharedDigest } from './cache-keys.ts';
import type { SiteModel } from './model.ts';

export function chartCacheKey(
  site: Pick<SiteModel, 'data' | 'charts' | 'credits'>,
  lang: Lang,
  id: ChartId,
): string {
  return digest([
    'chart',
    lang,
    site.charts[lang][id],
    site.credits[lang].charts[id],
    chartTakeAway(site, lang, id),
    sharedDigest(site.data),
  ]);
}
