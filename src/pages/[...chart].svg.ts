/**
 * Every chart as an SVG file of its own, per language, next to its page
 * (/grafik/<id>/<id>.svg, /en/charts/<id>/<id>.svg): title, drawing, legend
 * and where its figures come from (src/lib/charts/svg/standalone.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFilePaths, chartFileSvgOf } from '../site-data/chart-files.ts';

export const getStaticPaths = (async () => chartFilePaths('svg')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await chartFileSvgOf(props as Parameters<typeof chartFileSvgOf>[0]), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
