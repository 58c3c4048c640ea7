/**
 * The site profile as the configuration and the scripts read it, before the
 * site is built: astro.config.mjs takes the site's address from here, and
 * the command-line scripts the origin they check against. Read once, from
 * the content folder in use (`contentDir`: content/, or JEJAK_CONTENT_DIR);
 * a missing or invalid profile stops with the problems `npm run check` lists.
 * Pages never import this module: they get the profile from src/site-data.
 */
import { fileURLToPath } from 'node:url';
import { contentDir } from './lib/content/location.ts';
import { loadSiteProfile } from './lib/content/profile.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The site profile (content/site.yaml). */
export const SITE_PROFILE = loadSiteProfile(root, contentDir(root));

/** Canonical origin of the published site, from the profile. */
export const SITE_URL = SITE_PROFILE.url;
