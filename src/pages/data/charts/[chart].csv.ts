/**
 * The data behind each chart as CSV (/data/charts/<chart>.csv): exactly the
 * rows of the chart's table. Language-neutral: English snake_case headers,
 * keys and ISO dates, taken from the Indonesian model.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IDS, type ChartId } from '../../../lib/charts/models.ts';
import { siteChartModels } from '../../../lib/charts/site.ts';

export const getStaticPaths = (() =>
  CHART_IDS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const models = await siteChartModels('id');
  const model = models[params.chart as ChartId];
  return new Response(model.csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
