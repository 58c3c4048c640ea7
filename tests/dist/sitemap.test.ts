/**
 * The sitemap of the built site: every page (as astro.config.mjs filters
 * them) listed once, with hreflang alternates that exist and agree with the
 * pages' own.
 */
import { describe, expect, it } from 'vitest';
import { isSitemapPage } from '../../src/lib/opendata/sitemap.ts';
import {
  attr,
  distFileOf,
  findElements,
  htmlPages,
  pageDocument,
  readDist,
  xmlBlocks,
  xmlProblems,
  xmlTagAttrs,
  xmlTexts,
} from '../helpers/dist.ts';

const pages = htmlPages();

interface SitemapEntry {
  loc: string;
  links: Record<string, string>[];
}

function sitemapEntries(): SitemapEntry[] {
  const index = readDist('sitemap-index.xml');
  expect(xmlProblems(index), 'dist/sitemap-index.xml is not well-formed XML').toEqual([]);
  const maps = xmlTexts(index, 'loc');
  expect(maps.length, 'dist/sitemap-index.xml lists no sitemap').toBeGreaterThan(0);
  return maps.flatMap((loc) => {
    const file = distFileOf(loc);
    if (!file) throw new Error(`dist/sitemap-index.xml: ${loc} is not in dist`);
    const xml = readDist(file);
    expect(xmlProblems(xml), `dist/${file} is not well-formed XML`).toEqual([]);
    return xmlBlocks(xml, 'url').map((block) => ({
      loc: xmlTexts(block, 'loc')[0] ?? '',
      links: xmlTagAttrs(block, 'xhtml:link'),
    }));
  });
}

describe('sitemap', () => {
  const entries = sitemapEntries();

  it('lists every HTML page the sitemap filter keeps, once, and nothing else', () => {
    const expected = pages.map((p) => p.url).filter(isSitemapPage);
    const locs = entries.map((e) => e.loc);
    expect(new Set(locs).size, 'dist/sitemap-0.xml: a page is listed twice').toBe(locs.length);
    expect([...locs].sort(), 'sitemap pages vs HTML pages in dist').toEqual([...expected].sort());
  });

  it('gives each page hreflang alternates for id and en that exist and match the page’s own', () => {
    for (const e of entries) {
      const file = distFileOf(e.loc);
      if (!file) throw new Error(`sitemap: ${e.loc} is not in dist`);
      const byLang = new Map(e.links.map((l) => [l['hreflang'] ?? '', l['href'] ?? '']));
      expect(
        e.links.every((l) => l['rel'] === 'alternate'),
        `sitemap ${e.loc}: a link that is not rel=alternate`,
      ).toBe(true);
      const pageAlternates = new Map(
        findElements(
          pageDocument(file),
          (el) =>
            el.tagName === 'link' && attr(el, 'rel') === 'alternate' && !!attr(el, 'hreflang'),
        ).map((el) => [attr(el, 'hreflang') ?? '', attr(el, 'href') ?? '']),
      );
      if (!pageAlternates.has('en') && !pageAlternates.has('id')) {
        expect(e.links, `sitemap ${e.loc}: alternates for a page without any`).toEqual([]);
        continue;
      }
      for (const [sitemapLang, pageLang] of [
        ['id-ID', 'id'],
        ['en-GB', 'en'],
      ] as const) {
        const href = byLang.get(sitemapLang);
        expect(href, `sitemap ${e.loc}: no ${sitemapLang} alternate`).toBeTruthy();
        expect(distFileOf(href ?? ''), `sitemap ${e.loc}: ${href} is not in dist`).toBeTruthy();
        expect(href, `sitemap ${e.loc}: ${sitemapLang} differs from dist/${file}`).toBe(
          pageAlternates.get(pageLang),
        );
      }
      expect([...byLang.values()], `sitemap ${e.loc}: no alternate to itself`).toContain(e.loc);
    }
  });
});
