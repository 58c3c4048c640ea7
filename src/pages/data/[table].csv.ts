/** Each open data table as CSV (/data/<table>.csv); columns in /data/datapackage.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataInput } from '../../lib/opendata/site.ts';
import { toCsv } from '../../lib/opendata/table.ts';
import { TABLE_NAMES, buildTable, type TableName } from '../../lib/opendata/tables.ts';

export const getStaticPaths = (() =>
  TABLE_NAMES.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = buildTable(await openDataInput(), params.table as TableName);
  return new Response(toCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
