/** Site-wide constants shared by astro.config.mjs and the pages. */

/** Canonical origin of the published site (placeholder until the domain is settled). */
export const SITE_URL = 'https://jejak-scp.id';
