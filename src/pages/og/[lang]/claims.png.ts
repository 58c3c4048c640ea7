/** The claim check's share image, per language: the headline contrast (1200×630 PNG). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../../i18n/lang.ts';
import { recordText } from '../../../i18n/records.ts';
import { renderSharePng } from '../../../lib/opendata/png.ts';
import { contrastShareImage, contrastShareImageSvg } from '../../../lib/opendata/share-contrast.ts';
import { getSite } from '../../../site-data/index.ts';

export const getStaticPaths = (async () =>
  (await getSite()).data.profile.languages.map((lang) => ({
    params: { lang },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const lang = params.lang as Lang;
  const image = contrastShareImage(
    site.data.profile,
    lang,
    site.contrast,
    site.credits[lang].contrast.updatedText,
    recordText.claimCheck[lang],
  );
  const svg = contrastShareImageSvg(image);
  return new Response(await renderSharePng(svg), { headers: { 'Content-Type': 'image/png' } });
};
