/** The share image of each cohort, per language (1200×630 PNG). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../../../i18n/lang.ts';
import { renderSharePng } from '../../../../lib/opendata/png.ts';
import { cohortShareImage, shareImageSvg } from '../../../../lib/opendata/share-image.ts';
import { cohortCacheKey } from '../../../../lib/site/cache-keys.ts';
import { getSite } from '../../../../site-data/index.ts';

export const getStaticPaths = (async () => {
  const site = (await getSite()).data;
  return site.profile.languages.flatMap((lang) =>
    site.cohorts.map((c) => ({
      params: { lang, id: c.id },
      // Incremental builds copy an unchanged image from the cache instead of rendering it.
      cacheKey: cohortCacheKey(site, c.id, lang),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { cohortById, vocabularies, profile } = (await getSite()).data;
  const cohort = cohortById.get(params.id ?? '');
  if (!cohort) throw new Error(`cohort ${params.id} not found`);
  const image = cohortShareImage(cohort.data, params.lang as Lang, vocabularies, profile);
  const svg = shareImageSvg(image);
  return new Response(await renderSharePng(svg), { headers: { 'Content-Type': 'image/png' } });
};
