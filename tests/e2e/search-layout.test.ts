/**
 * The search page does not move when its script starts: the filters are drawn
 * in the page and only filled (a fieldset added later pushed the browse lists
 * down, a layout shift Lighthouse counted against the page), and without
 * scripts the empty filters are not shown at all.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

const VIEWPORT = { width: 360, height: 800 };
const site = useSite({ viewport: VIEWPORT });
const noScript = useSite({ viewport: VIEWPORT, javaScriptEnabled: false });

const browseTop = `document.querySelector('.search-browse').getBoundingClientRect().top`;

describe('search page layout', () => {
  it.each(['/cari/', '/en/search/'])(
    '%s: the browse lists stay where they were when the filters are filled',
    async (path) => {
      const page = site.page;
      // Where the browse lists sit as the page is first laid out, before any module runs.
      await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => {
        window.__browseTop = ${browseTop};
      });`);
      await site.open(path);
      await page.locator('#search-filter-year:not([disabled])').waitFor();
      const before = await page.evaluate('window.__browseTop');
      const after = await page.evaluate(browseTop);
      expect(typeof before).toBe('number');
      expect(after).toBe(before);
      expect(await page.locator('#search-filter-year option').count()).toBeGreaterThan(1);
    },
  );

  it('without scripts the empty filters are not shown', async () => {
    await noScript.open('/cari/');
    expect(await noScript.page.locator('[data-search-filters]').isVisible()).toBe(false);
    expect(await noScript.page.locator('.search-browse').isVisible()).toBe(true);
  });
});
