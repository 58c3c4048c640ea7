/**
 * Search in a real browser: the search page loads Pagefind's index of its
 * own language and the expected cohorts are the top results for Indonesian
 * and English queries; filters narrow the results; a result in a section
 * links to that section.
 */
import { describe, expect, it } from 'vitest';
import { pathAndHash, useSite } from './site.ts';

const site = useSite();

/** Result titles' addresses, in order, for a query typed into the search form. */
async function search(path: string, query: string): Promise<string[]> {
  const page = site.page;
  await site.open(path);
  await page.locator('input[type="search"]').fill(query);
  await page.locator('form[role="search"] button[type="submit"]').click();
  await page.locator('[data-search-status]').filter({ hasText: /“/ }).waitFor();
  return page
    .locator('.search-result-title a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const cohortPrefix = { id: '/angkatan/', en: '/en/cohorts/' } as const;
const cases: [lang: 'id' | 'en', query: string, expected: string[]][] = [
  ['id', 'Water Management', ['2023-05-water-management']],
  ['id', 'pelayanan publik', ['2023-03-public-service', '2019-07-public-service']],
  ['id', 'Smart City', ['2019-02-smart-city-cybersecurity']],
  ['id', 'Temasek', ['2023-03-digital-transformation-temasek']],
  ['id', '2019', ['2019-02-smart-city-cybersecurity', '2019-07-public-service']],
  ['en', 'Water Management', ['2023-05-water-management']],
  ['en', 'public service', ['2023-03-public-service', '2019-07-public-service']],
  ['en', 'Smart City', ['2019-02-smart-city-cybersecurity']],
  ['en', 'Temasek', ['2023-03-digital-transformation-temasek']],
  ['en', '2019', ['2019-02-smart-city-cybersecurity', '2019-07-public-service']],
];

describe('search', () => {
  it.each(cases)(
    '%s: "%s" gives the expected cohorts as top results',
    async (lang, query, expected) => {
      const found = await search(lang === 'id' ? '/cari/' : '/en/search/', query);
      const want = expected.map((id) => `${cohortPrefix[lang]}${id}/`);
      expect(new Set(found.slice(0, want.length))).toEqual(new Set(want));
      // Every result is a page of the search page's language.
      for (const p of found) expect(p.startsWith('/en/')).toBe(lang === 'en');
    },
  );

  it('narrows results with a filter and keeps the query in the address', async () => {
    const page = site.page;
    await site.open('/en/search/?q=public%20service&kind=cohort');
    await page.locator('[data-search-status]').filter({ hasText: /“/ }).waitFor();
    const found = await page
      .locator('.search-result-title a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expect(p).toMatch(/^\/en\/cohorts\//);
    await expect(page.locator('#search-filter-kind').inputValue()).resolves.toBe('cohort');
    await page.locator('#search-filter-kind').selectOption('');
    await page.locator('.search-result-title a').nth(found.length).waitFor();
    expect(new URL(page.url()).search).toBe('?q=public+service');
  });

  it('links a result to the section that matched', async () => {
    const page = site.page;
    await search('/cari/', '150 ASN');
    const section = page.locator('.search-result-sections a').first();
    const href = (await section.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/cek-klaim\/#.+/);
    await section.click();
    await page.waitForURL((url) => url.hash !== '');
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${id}"]`).count()).resolves.toBe(1);
    expect(pathAndHash(page)).toBe(href);
  });

  it('keeps what a reader typed while the index was still loading', async () => {
    const page = site.page;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await gate;
      await route.continue();
    });
    try {
      await site.open('/cari/');
      await page.locator('input[type="search"]').fill('Temasek');
      release();
      await page
        .locator('[data-search-status]')
        .filter({ hasText: /“Temasek”/ })
        .waitFor();
      await expect(page.locator('input[type="search"]').inputValue()).resolves.toBe('Temasek');
    } finally {
      release();
      await page.unroute('**/pagefind/pagefind.js');
    }
  });
});
