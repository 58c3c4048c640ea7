/**
 * The site's chart models, built from the site data. The one bridge between
 * getSiteData() and the pure chart code, for pages, the chart slot and the
 * CSV endpoints.
 */
import type { Lang } from '../../i18n/lang.ts';
import { getSiteData } from '../site/data.ts';
import { buildChartModels, type ChartModels } from './models.ts';

/** Every chart model for one language, from the site's content. */
export async function siteChartModels(lang: Lang): Promise<ChartModels> {
  const { cohorts, claims, vocabularies } = await getSiteData();
  return buildChartModels(
    { cohorts, claims, themes: vocabularies.themes, programmes: vocabularies.programmes },
    lang,
  );
}
