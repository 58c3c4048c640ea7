/**
 * Writes the redirects of renamed cohorts (src/lib/site/redirects.ts) into
 * the built site, after the pages: a redirect page at each old address
 * (src/lib/site/redirect-page.ts) and the whole list as `_redirects`, for
 * hosts that answer with a real 301. They are files, not routes of the
 * site, so the sitemap lists none of them; nothing is written when no
 * record was renamed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkOnce } from '../lib/check/index.ts';
import { contentDir } from '../lib/content/location.ts';
import { redirectPage } from '../lib/site/redirect-page.ts';
import { redirectsFile, siteRedirects, type Redirect } from '../lib/site/redirects.ts';

/** Writes a redirect page per redirect and `_redirects` into `dir`; a page already there is an error. */
export function writeRedirects(dir: string, redirects: readonly Redirect[], site: string): void {
  for (const redirect of redirects) {
    const folder = join(dir, ...redirect.from.split('/').filter(Boolean));
    const file = join(folder, 'index.html');
    // The check refuses an old id that is a current id; this guards the built site all the same.
    if (existsSync(file)) throw new Error(`redirect ${redirect.from}: a page is already there`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, redirectPage(redirect, site));
  }
  writeFileSync(join(dir, '_redirects'), redirectsFile(redirects));
}

/** Astro integration: the redirects of renamed cohorts, once the pages are written. */
export default function redirects(): AstroIntegration {
  let root = '';
  return {
    name: 'jejak-scp:redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { content } = checkOnce(root, contentDir(root));
        // The content check stops the build before this without a valid profile.
        const profile = content.profile?.data;
        if (!profile) return;
        const list = siteRedirects(content.cohorts, profile.languages);
        if (list.length === 0) return;
        writeRedirects(fileURLToPath(dir), list, profile.url);
        logger.info(`${list.length} redirect pages and _redirects for renamed cohorts`);
      },
    },
  };
}
