/** The share image of every page that is not a cohort, per language (1200×630 PNG). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../../i18n/lang.ts';
import { renderPng } from '../../../lib/opendata/png.ts';
import { shareImageSvg, siteShareImage } from '../../../lib/opendata/share-image.ts';
import { getSite } from '../../../site-data/index.ts';

export const getStaticPaths = (async () =>
  (await getSite()).data.profile.languages.map((lang) => ({
    params: { lang },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { profile } = (await getSite()).data;
  const svg = shareImageSvg(siteShareImage(profile, params.lang as Lang));
  return new Response(await renderPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
