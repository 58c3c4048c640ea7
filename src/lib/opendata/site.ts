/**
 * The open data of the site, built from getSiteData(): the one bridge
 * between the collections and the pure builders in this folder, for the
 * data endpoints, feeds, share images and pages.
 */
import { SITE_URL } from '../../site.config.ts';
import { CHART_IDS } from '../charts/models.ts';
import { siteChartModels } from '../charts/site.ts';
import { getSiteData } from '../site/data.ts';
import { dataVersion } from './citation.ts';
import { dataFiles, dataPackage, type ChartFile, type DataFile } from './datapackage.ts';
import type { Table } from './table.ts';
import { buildTables } from './tables.ts';
import type { OpenDataInput } from './types.ts';

/** The collections as the open data builders take them. */
export async function openDataInput(): Promise<OpenDataInput> {
  const { articles, cohorts, claims, context, vocabularies } = await getSiteData();
  return { articles, cohorts, claims, context, vocabularies, site: SITE_URL };
}

/** Each chart's CSV with its columns' headers in both languages. */
export async function chartFiles(): Promise<ChartFile[]> {
  const [id, en] = await Promise.all([siteChartModels('id'), siteChartModels('en')]);
  return CHART_IDS.map((chart) => ({
    id: chart,
    title: { id: id[chart].title, en: en[chart].title },
    columns: id[chart].table.csvColumns,
    headers: { id: id[chart].table.columns, en: en[chart].table.columns },
    rows: id[chart].table.rows.map((r) => r.cells),
    csv: id[chart].csv,
  }));
}

export interface SiteOpenData {
  input: OpenDataInput;
  version: string;
  tables: Table[];
  charts: ChartFile[];
  /** Every file under /data/ (tables as CSV and JSON, chart CSVs), with its text. */
  files: DataFile[];
  datapackage: ReturnType<typeof dataPackage>;
}

const built = new WeakMap<object, Promise<SiteOpenData>>();

/**
 * Everything the open data pages and endpoints need, built once per site data
 * (the build's data is one object; a dev request gets a fresh one): the
 * tables, hashes and sizes are the same for every page that shows them.
 */
export async function siteOpenData(): Promise<SiteOpenData> {
  const site = await getSiteData();
  let data = built.get(site);
  if (!data) {
    data = buildSiteOpenData();
    built.set(site, data);
  }
  return data;
}

async function buildSiteOpenData(): Promise<SiteOpenData> {
  const input = await openDataInput();
  const tables = buildTables(input);
  const charts = await chartFiles();
  const version = dataVersion(input);
  return {
    input,
    version,
    tables,
    charts,
    files: dataFiles(tables, charts),
    datapackage: dataPackage(input, version, tables, charts),
  };
}
