/** The timeline's theme filter works without JavaScript: one static page per theme. */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/lang.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { cohorts, useSite } from './site.ts';

const site = useSite({ javaScriptEnabled: false });
const LANGS: Lang[] = ['id', 'en'];

/** The part of a route before its key ("/linimasa/tema/"). */
const prefixOf = (route: (key: string) => string): string =>
  route('\u0000').split('\u0000')[0] ?? '';

describe('timeline filter without JS', () => {
  it.each(LANGS)(
    "the theme links on the %s timeline show only that theme's cohorts",
    async (lang) => {
      const page = site.page;
      const all = cohorts();
      const themePrefix = prefixOf((key) => routes.timelineTheme(lang, key));
      const cohortPrefix = prefixOf((key) => routes.cohort(lang, key));
      await site.open(routes.timeline(lang));
      const links = [
        ...new Set(
          await page
            .locator(`main a[href^="${themePrefix}"]`)
            .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')),
        ),
      ];
      // Every theme that has a cohort has a filter link.
      const themes = [...new Set(all.map((c) => c.theme))].sort();
      expect(links.map((href) => href.slice(themePrefix.length, -1))).toEqual(
        expect.arrayContaining(themes),
      );

      for (const href of links) {
        const theme = href.slice(themePrefix.length, -1);
        await site.open(routes.timeline(lang));
        // The filter panel is folded in a <details>: open it as a reader would.
        await page.locator('main .filter-summary').click();
        await page.locator(`main a[href="${href}"]`).first().click();
        await page.waitForURL(site.url(href));
        const shown = await page
          .locator(`main a[href^="${cohortPrefix}"]`)
          .evaluateAll((as) =>
            as.map((a) => new URL(a.getAttribute('href') ?? '', 'http://x').pathname),
          );
        const ids = [
          ...new Set(shown.map((p) => p.slice(cohortPrefix.length).split('/')[0] ?? '')),
        ].sort();
        const expected = all
          .filter((c) => c.theme === theme)
          .map((c) => c.id)
          .sort();
        expect({ page: href, cohorts: ids }).toEqual({ page: href, cohorts: expected });
      }
    },
  );
});
