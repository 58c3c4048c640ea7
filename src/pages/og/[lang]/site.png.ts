/**
 * The share image of every page that is not a cohort, per language (1200×630
 * PNG): the headline contrast, or the site's name and purpose while no claim
 * can be set against the record.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../../i18n/lang.ts';
import { renderSharePng } from '../../../lib/opendata/png.ts';
import { contrastShareImage, contrastShareImageSvg } from '../../../lib/opendata/share-contrast.ts';
import { shareImageSvg, siteShareImage } from '../../../lib/opendata/share-image.ts';
import { getSite } from '../../../site-data/index.ts';

export const getStaticPaths = (async () =>
  (await getSite()).data.profile.languages.map((lang) => ({
    params: { lang },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const { profile } = site.data;
  const lang = params.lang as Lang;
  const svg =
    site.contrast.length > 0
      ? contrastShareImageSvg(
          contrastShareImage(profile, lang, site.contrast, site.credits[lang].contrast.updatedText),
        )
      : shareImageSvg(siteShareImage(profile, lang));
  return new Response(await renderSharePng(svg), { headers: { 'Content-Type': 'image/png' } });
};
