/**
 * The open data of the site: the tables, each chart's CSV, every file under
 * /data/ and the data package descriptor, built from the site data and the
 * chart models already built for the pages.
 */
import type { Lang } from '../i18n/lang.ts';
import type { ChartModels } from '../lib/charts/models.ts';
import { CHART_IDS } from '../lib/charts/models.ts';
import type { Reconciliation } from '../lib/data/reconcile.ts';
import type { SiteData } from '../lib/data/types.ts';
import { dataFiles, dataPackage, type ChartFile } from '../lib/opendata/datapackage.ts';
import { buildTables } from '../lib/opendata/tables.ts';
import { ANNOTATIONS_FILE, annotationsText, withAnnotations } from '../lib/opendata/annotations.ts';
import type { OpenDataInput } from '../lib/opendata/types.ts';
import type { SiteOpenData } from '../lib/site/model.ts';

/** The collections as the open data builders take them. */
export function openDataInput(
  data: SiteData,
  reconciled: readonly Reconciliation[],
): OpenDataInput {
  const { articles, cohorts, claims, context, vocabularies, profile } = data;
  return {
    articles,
    cohorts,
    claims,
    context,
    vocabularies,
    reconciled,
    profile,
    site: profile.url,
  };
}

/** Each chart's CSV with its columns' headers in both languages. */
function chartFiles(charts: Readonly<Record<Lang, ChartModels>>): ChartFile[] {
  const { id, en } = charts;
  return CHART_IDS.map((chart) => ({
    id: chart,
    title: { id: id[chart].title, en: en[chart].title },
    columns: id[chart].table.csvColumns,
    headers: { id: id[chart].table.columns, en: en[chart].table.columns },
    rows: id[chart].table.rows.map((r) => r.cells),
    csv: id[chart].csv,
  }));
}

/**
 * Everything the open data pages and endpoints need, from one read of the
 * content; `version` is the latest date in the content (`dataVersion`).
 */
export function buildSiteOpenData(
  data: SiteData,
  reconciled: readonly Reconciliation[],
  charts: Readonly<Record<Lang, ChartModels>>,
  version: string,
): SiteOpenData {
  const input = openDataInput(data, reconciled);
  const tables = buildTables(input);
  const chartList = chartFiles(charts);
  const annotations = annotationsText(input);
  return {
    input,
    version,
    tables,
    charts: chartList,
    files: [...dataFiles(tables, chartList), { path: ANNOTATIONS_FILE, text: annotations }],
    datapackage: withAnnotations(dataPackage(input, version, tables, chartList), annotations),
  };
}

/**
 * The files under /data/ with one extension, named without it ("cohorts",
 * "charts/participants-by-year"); the JSON files include the data package
 * descriptor.
 */
export function dataFilesByExtension(
  openData: SiteOpenData,
  ext: 'csv' | 'json',
): { name: string; text: string }[] {
  const files = [
    ...openData.files,
    { path: 'datapackage.json', text: `${JSON.stringify(openData.datapackage, null, 2)}\n` },
  ];
  return files
    .filter((f) => f.path.endsWith(`.${ext}`))
    .map((f) => ({ name: f.path.slice(0, -ext.length - 1), text: f.text }));
}
