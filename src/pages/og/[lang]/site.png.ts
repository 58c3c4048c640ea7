/** The share image of every page that is not a cohort, per language (1200×630 PNG). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../../i18n/lang.ts';
import { renderPng } from '../../../lib/opendata/png.ts';
import { shareImageSvg, siteShareImage } from '../../../lib/opendata/share-image.ts';

export const getStaticPaths = (() =>
  LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await renderPng(shareImageSvg(siteShareImage(params.lang as Lang))), {
    headers: { 'Content-Type': 'image/png' },
  });
