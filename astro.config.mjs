// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSanitize from 'rehype-sanitize';
import contentCheck from './src/integrations/content-check.ts';
import { SITE_URL } from './src/site.config.ts';

/**
 * Source articles are not rendered through `markdown.processor` (pages call
 * src/lib/markdown/render.ts); the sanitising processor guards any other .md
 * that Astro renders. Editorial .mdx pieces are our own code and use a plain
 * unified() processor. In Astro 7, remark/rehype plugins only run through
 * `unified()` from @astrojs/markdown-remark (the default processor is Sätteri).
 */
export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory' },
  compressHTML: true,
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({ rehypePlugins: [rehypeSanitize] }),
  },
  integrations: [contentCheck(), mdx({ processor: unified() })],
});
