/**
 * The site model's parts that tell the story first: the headline contrast
 * (chosen from the claim reconciliation) and the credit under every chart
 * and under the contrast, in each language, from one read of the content.
 */
import type { Lang } from '../i18n/lang.ts';
import { CHART_IDS, type ChartId } from '../lib/charts/models.ts';
import { chartRecords } from '../lib/charts/sources.ts';
import type { Reconciliation } from '../lib/data/reconcile.ts';
import type { SiteData } from '../lib/data/types.ts';
import { citedOutlets, credit, type Credit, type SiteCredits } from '../lib/site/credit.ts';

/** The credits of every language of the site. */
export function buildCredits(
  data: SiteData,
  contrast: readonly Reconciliation[],
  updated: string,
): Record<Lang, SiteCredits> {
  const outletsOf = (records: Parameters<typeof citedOutlets>[0]) =>
    citedOutlets(records, data.articleById);
  const chartOutlets = CHART_IDS.map((id) => [id, outletsOf(chartRecords(id, data))] as const);
  const contrastOutlets = outletsOf([
    ...contrast.map((r) => r.claim),
    ...new Set(contrast.flatMap((r) => r.counted)),
  ]);
  const of = (keys: readonly string[], lang: Lang): Credit =>
    credit(keys, data.vocabularies.outlets, data.profile.name, updated, lang);
  return Object.fromEntries(
    data.profile.languages.map((lang) => [
      lang,
      {
        charts: Object.fromEntries(
          chartOutlets.map(([id, keys]) => [id, of(keys, lang)]),
        ) as Record<ChartId, Credit>,
        contrast: of(contrastOutlets, lang),
      },
    ]),
  ) as Record<Lang, SiteCredits>;
}
