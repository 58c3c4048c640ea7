/**
 * Every chart as a PNG, per language, next to its page: the SVG file drawn
 * at two pixels per unit by sharp (librsvg) at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderPng } from '../lib/opendata/png.ts';
import { chartFilePaths, chartFileSvgOf } from '../site-data/chart-files.ts';

export const getStaticPaths = (async () => chartFilePaths('png')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(
    await renderPng(await chartFileSvgOf(props as Parameters<typeof chartFileSvgOf>[0]), 2),
    {
      headers: { 'Content-Type': 'image/png' },
    },
  );
