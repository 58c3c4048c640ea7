/**
 * The timeline on a 360 px phone without JavaScript: the filter panel is one
 * line that opens on demand, so the first year shows on the first screen; a
 * year with nothing recorded says so; the year links jump to their section;
 * a status chosen in the panel shows only the cohorts of that status, names
 * itself outside the folded panel and can be cleared.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/lang.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { cohorts, pathAndHash, useSite } from './site.ts';

const VIEWPORT = { width: 360, height: 800 };
const site = useSite({ javaScriptEnabled: false, viewport: VIEWPORT });
const LANGS: Lang[] = ['id', 'en'];

describe('timeline at 360 px', () => {
  it.each(LANGS)('%s: the filter panel is folded and the first year is on screen', async (lang) => {
    const page = site.page;
    await site.open(routes.timeline(lang));
    const panel = page.locator('main .filter-panel');
    expect(await panel.getAttribute('open')).toBeNull();
    const summary = await page.locator('main .filter-summary').boundingBox();
    expect(summary?.height ?? 0).toBeGreaterThanOrEqual(44);
    const firstYear = await page.locator('main .timeline-year h2').first().boundingBox();
    expect(firstYear && firstYear.y + firstYear.height).toBeLessThanOrEqual(VIEWPORT.height);

    await page.locator('main .filter-summary').click();
    expect(await panel.getAttribute('open')).not.toBeNull();
    const yearLinks = page.locator('main .filter-panel a[href*="#y-"]');
    expect(await yearLinks.count()).toBeGreaterThan(0);
    const last = yearLinks.last();
    const href = (await last.getAttribute('href')) ?? '';
    await last.click();
    expect(pathAndHash(page)).toBe(href);
  });

  it.each(LANGS)('%s: a year with nothing recorded says so', async (lang) => {
    const page = site.page;
    await site.open(routes.timeline(lang));
    const years = await page
      .locator('main .timeline-year h2')
      .evaluateAll((hs) => hs.map((h) => Number(h.textContent)).filter((y) => y > 0));
    const empty = page.locator('main .timeline-year:has(.timeline-empty)');
    // Every year between the first and the last has a section.
    const first = years[0] ?? 0;
    expect(years).toEqual(years.map((_, i) => first + i));
    expect(await empty.count()).toBeGreaterThan(0);
    for (const section of await empty.all()) {
      expect(await section.locator('.timeline-item').count()).toBe(0);
      expect((await section.locator('.timeline-empty').innerText()).length).toBeGreaterThan(10);
    }
  });

  it.each(LANGS)(
    '%s: choosing "planned" shows only planned cohorts, and the panel stays folded',
    async (lang) => {
      const page = site.page;
      const href = routes.timelineStatus(lang, 'planned');
      const cohortPrefix = routes.cohort(lang, 'x').slice(0, -'x/'.length);
      await site.open(routes.timeline(lang));
      await page.locator('main .filter-summary').click();
      const option = page.locator(`main .filter-panel a[href="${href}"]`);
      const planned = cohorts().filter((c) => c.status === 'planned');
      expect(await option.innerText()).toMatch(new RegExp(`\\(${planned.length}\\)$`));
      await option.click();
      await page.waitForURL(site.url(href));

      const shown = await page
        .locator(`main .timeline a[href^="${cohortPrefix}"]`)
        .evaluateAll((as) =>
          as.map((a) => new URL(a.getAttribute('href') ?? '', 'http://x').pathname),
        );
      const ids = [...new Set(shown.map((p) => p.slice(cohortPrefix.length, -1)))];
      expect(ids.sort()).toEqual(planned.map((c) => c.id).sort());

      // The panel is folded on the filtered page too: the first year is on the first screen,
      // under a line that names the filter and links back to every cohort.
      const panel = page.locator('main .filter-panel');
      expect(await panel.getAttribute('open')).toBeNull();
      const firstYear = await page.locator('main .timeline-year h2').first().boundingBox();
      expect(firstYear && firstYear.y + firstYear.height).toBeLessThanOrEqual(VIEWPORT.height);
      const status = page.locator('main .filter-status');
      expect(await status.isVisible()).toBe(true);
      const clear = status.locator(`a[href="${routes.timeline(lang)}"]`);
      expect(await clear.count()).toBe(1);

      await page.locator('main .filter-summary').click();
      expect(await panel.getAttribute('open')).not.toBeNull();
      expect(await option.getAttribute('aria-current')).toBe('page');
      await clear.click();
      await page.waitForURL(site.url(routes.timeline(lang)));
    },
  );
});
