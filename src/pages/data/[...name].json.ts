/**
 * Every open data file under /data/ ending in .json: each table, and the data package descriptor (datapackage.json),
 * exactly the texts the site model built once for this read of the content.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site-data/index.ts';
import { dataFilesByExtension } from '../../site-data/opendata.ts';

export const getStaticPaths = (async () =>
  dataFilesByExtension((await getSite()).openData, 'json').map((f) => ({
    params: { name: f.name },
    props: { text: f.text },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props['text'] as string, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
