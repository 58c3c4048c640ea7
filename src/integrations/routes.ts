/**
 * Injects the pages of the route table (src/lib/site/page-routes.ts): one
 * Astro route per page and language, all routes of a page rendered by the
 * same entry point under src/routes/. Indonesian and English pages thus come
 * from one definition, not from pairs of files that differ only in `lang`.
 */
import type { AstroIntegration } from 'astro';
import { injectedRoutes } from '../lib/site/page-routes.ts';

export default function pageRoutes(): AstroIntegration {
  return {
    name: 'jejak-scp:routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const { pattern, route } of injectedRoutes()) {
          const ext = route.entry.endsWith('feed') ? 'ts' : 'astro';
          injectRoute({ pattern, entrypoint: `./src/routes/${route.entry}.${ext}` });
        }
      },
    },
  };
}
