/**
 * Builds the site search index with Pagefind after `astro build`, into
 * dist/pagefind/. Pagefind reads each page's <main data-pagefind-body>,
 * splits the index by the page's <html lang> (Indonesian and English), and
 * takes the filters and metadata the pages mark (data-pagefind-filter,
 * data-pagefind-meta). Only the files pagefind.js needs are written: the
 * search page has its own small UI, so Pagefind's prebuilt UI bundles
 * (which set inline styles) are left out. What only makes sense on its page
 * (SEARCH_EXCLUDED) is not indexed, so results show no debris.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Parts of a page kept out of the index: citation markers ("[1]"), tables
 * (their cells read as run-on words in an excerpt; the same facts are in the
 * page's text and in the open data), navigation and pagers, and the totals
 * section, whose heading ("Jumlah") would be offered as a section link.
 */
export const SEARCH_EXCLUDED = [
  '.marker',
  'table',
  'nav',
  '.pager',
  '.chart-take-away',
  '[aria-labelledby="totals-heading"]',
];

/** Pagefind output the site does not use: the prebuilt UIs and the highlighter. */
export function isUnusedBundleFile(path: string): boolean {
  return /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(path);
}

/** Index every HTML page under `dir` and write the bundle to `dir/pagefind`; returns the page count. */
export async function buildSearchIndex(dir: string): Promise<number> {
  const out = join(dir, 'pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDED });
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    rmSync(out, { recursive: true, force: true });
    // Pagefind's own process writes the files: the index never passes through this one's memory
    // (getFiles() would hand every file back as a buffer, ~330 MiB at 4000 articles).
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
    for (const name of readdirSync(out))
      if (isUnusedBundleFile(name)) rmSync(join(out, name), { recursive: true, force: true });
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Astro integration: the search index, after the pages are written. */
export default function search(): AstroIntegration {
  return {
    name: 'jejak-scp:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Pagefind: ${pages} pages indexed (Indonesian and English) in pagefind/`);
      },
    },
  };
}
