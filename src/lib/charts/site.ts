/**
 * The site's chart models, built from the site data. The one bridge between
 * getSiteData() and the pure chart code, for pages, the chart slot and the
 * CSV endpoints.
 */
import type { Lang } from '../../i18n/lang.ts';
import { getSiteData } from '../site/data.ts';
import { buildChartModels, type ChartModels } from './models.ts';

const built = new WeakMap<object, Partial<Record<Lang, ChartModels>>>();

/** Every chart model for one language, from the site's content; built once per site data. */
export async function siteChartModels(lang: Lang): Promise<ChartModels> {
  const site = await getSiteData();
  const byLang = built.get(site) ?? {};
  built.set(site, byLang);
  const { cohorts, claims, vocabularies } = site;
  byLang[lang] ??= buildChartModels(
    { cohorts, claims, themes: vocabularies.themes, programmes: vocabularies.programmes },
    lang,
  );
  return byLang[lang];
}
