/**
 * /data/annotations.jsonld: every citation as a W3C Web Annotation, the text
 * the site model built once (and whose size and hash datapackage.json gives).
 */
import type { APIRoute } from 'astro';
import { ANNOTATIONS_FILE } from '../../lib/opendata/annotations.ts';
import { getSite } from '../../site-data/index.ts';

export const GET: APIRoute = async () => {
  const file = (await getSite()).openData.files.find((f) => f.path === ANNOTATIONS_FILE);
  return new Response(file?.text ?? '', {
    headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
  });
};
