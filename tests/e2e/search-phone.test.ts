/**
 * Search on a 360 px phone: results appear as the reader types (no submit),
 * excerpts and section links carry no debris (citation markers, table cells,
 * the "Jumlah"/"Total" section), and the language switch keeps the query.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

const site = useSite({ viewport: { width: 360, height: 800 } });

describe('search at 360 px', () => {
  it('shows results as the reader types, without pressing search', async () => {
    const page = site.page;
    await site.open('/cari/');
    await page.locator('input[type="search"]').pressSequentially('Temasek', { delay: 30 });
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /“Temasek”/ })
      .waitFor();
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
  });

  it.each([
    ['/cari/?q=peserta', /Jumlah/],
    ['/en/search/?q=participants', /^Total/],
  ])('%s: results without markers, table cells or the totals section', async (path, totals) => {
    const page = site.page;
    await site.open(path);
    await page.locator('[data-search-status]').filter({ hasText: /“/ }).waitFor();
    const excerpts = await page
      .locator('.search-result > p:not(.search-result-title)')
      .allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) expect(text).not.toMatch(/\[\d+\]/u);
    const sections = await page.locator('.search-result-sections a').allInnerTexts();
    for (const title of sections) expect(title).not.toMatch(totals);
  });

  it('keeps the query when switching language', async () => {
    const page = site.page;
    await site.open('/cari/?q=Temasek');
    await page.locator('[data-search-status]').filter({ hasText: /“/ }).waitFor();
    // A slow connection: the index arrives two seconds late.
    await page.route('**/pagefind/**', async (route) => {
      await new Promise((done) => setTimeout(done, 2000));
      await route.continue();
    });
    await page.locator('a.lang-switch').click();
    await page.waitForURL(/\/en\/search\/\?q=Temasek$/u);
    // The query is in the box as soon as the page's script runs, before the index has loaded.
    await expect(page.locator('input[type="search"]').inputValue()).resolves.toBe('Temasek');
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /“Temasek”/ })
      .waitFor();
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    await page.unroute('**/pagefind/**');
  });
});
