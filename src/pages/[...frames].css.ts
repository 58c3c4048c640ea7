/**
 * One stylesheet per cited article (/sumber/<id>/kutipan.css), linked from
 * its page in both languages: after a jump to a passage, every piece of it is
 * framed, not only the piece carrying its id (src/lib/markdown/passage-frames.ts).
 * Keyed by its own text for the incremental build: an article whose passages
 * did not change keeps its stylesheet from the last build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { passageFramesCss } from '../lib/markdown/passage-frames.ts';
import { framesCacheKey } from '../lib/site/cache-keys.ts';
import { routes } from '../lib/site/routes.ts';
import { getSite } from '../site-data/index.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return [...site.indexes.passages]
    .filter(([, passages]) => passages.length > 0)
    .map(([id, passages]) => {
      const css = passageFramesCss(passages.map((p) => p.anchor));
      return {
        params: { frames: routes.passageFrames(id).slice(1, -'.css'.length) },
        props: { css },
        cacheKey: framesCacheKey(css),
      };
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { css: string }).css, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
