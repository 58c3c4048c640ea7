// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSanitize from 'rehype-sanitize';
import admin from './src/integrations/admin.ts';
import contentCheck from './src/integrations/content-check.ts';
import redirects from './src/integrations/redirects.ts';
import pageRoutes from './src/integrations/routes.ts';
import search from './src/integrations/search.ts';
import staleOutDir from './src/integrations/stale-out-dir.ts';
import { SITEMAP_LOCALES, isSitemapPage, withAlternates } from './src/lib/opendata/sitemap.ts';
import { SITE_PROFILE } from './src/site.config.ts';

/**
 * The site's address and languages come from the site profile
 * (content/site.yaml, read and validated by src/site.config.ts).
 *
 * Source articles are not rendered through `markdown.processor` (pages call
 * src/lib/markdown/render.ts); the sanitising processor guards any other .md
 * that Astro renders. Editorial .mdx pieces are our own code and use a plain
 * unified() processor. In Astro 7, remark/rehype plugins only run through
 * `unified()` from @astrojs/markdown-remark (the default processor is Sätteri).
 */
export default defineConfig({
  site: SITE_PROFILE.url,
  trailingSlash: 'always',
  // Stylesheets are files, never inline <style>: the Content-Security-Policy has no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() gives a cacheKey (record pages, share images) are copied
  // from the previous build when their data and code are unchanged (src/lib/site/cache-keys.ts).
  experimental: { incrementalBuild: true },
  markdown: {
    processor: unified({ rehypePlugins: [rehypeSanitize] }),
  },
  integrations: [
    contentCheck(),
    // The browser editor at /admin/, on `astro dev` only (nothing of it is built).
    admin(),
    pageRoutes(),
    mdx({ processor: unified() }),
    // hreflang alternates come from our route table (translated paths), see src/lib/opendata/sitemap.ts.
    sitemap({
      i18n: { defaultLocale: SITE_PROFILE.languages[0], locales: SITEMAP_LOCALES },
      filter: isSitemapPage,
      serialize: withAlternates,
    }),
    // Runs after the pages are written: Pagefind indexes dist/.
    search(),
    // Redirect pages for renamed cohorts: files after the pages, outside the sitemap and search.
    redirects(),
    // The previous output is deleted in the background, not file by file before bundling;
    // last, so that the build waits for the deletion only after everything else is written.
    staleOutDir(),
  ],
});
