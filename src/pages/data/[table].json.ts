/** Each open data table as JSON (/data/<table>.json): the CSV's rows with typed values. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataInput } from '../../lib/opendata/site.ts';
import { toJson } from '../../lib/opendata/table.ts';
import { TABLE_NAMES, buildTable, type TableName } from '../../lib/opendata/tables.ts';

export const getStaticPaths = (() =>
  TABLE_NAMES.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = buildTable(await openDataInput(), params.table as TableName);
  return new Response(toJson(table), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
