/**
 * Astro integration: on `astro dev` only, serves the browser editor at
 * /admin/ (see admin/handler.ts). The build never sees it: nothing of the
 * editor is in dist/, so no public page can load its scripts.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCAL_BACKEND_PORT } from '../lib/cms/config.ts';
import { contentDir } from '../lib/content/location.ts';
import { adminHandler } from './admin/handler.ts';

export default function admin(): AstroIntegration {
  return {
    name: 'jejak-scp:admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const root = fileURLToPath(new URL('../..', import.meta.url));
        const port = Number(process.env['DECAP_PORT'] ?? LOCAL_BACKEND_PORT);
        server.middlewares.use(
          adminHandler({ root, contentDir: contentDir(root), localPort: port }),
        );
      },
    },
  };
}
