/** The Frictionless Data Package descriptor of every file under /data/. */
import type { APIRoute } from 'astro';
import { siteOpenData } from '../../lib/opendata/site.ts';

export const GET: APIRoute = async () => {
  const { datapackage } = await siteOpenData();
  return new Response(`${JSON.stringify(datapackage, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
