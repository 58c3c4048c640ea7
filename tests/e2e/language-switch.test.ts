/** The language switch leads to the same page in the other language and back. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/site/routes.ts';
import { useSite } from './site.ts';

const COHORT = '2023-03-public-service';
const site = useSite();
const ID_PATH = routes.cohort('id', COHORT);
const EN_PATH = routes.cohort('en', COHORT);

/** Path of each hreflang alternate of the page. */
async function alternates(page: Page): Promise<Record<string, string>> {
  const links = await page
    .locator('head link[rel~="alternate"][hreflang]')
    .evaluateAll((els) =>
      els.map((l) => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? '']),
    );
  return Object.fromEntries(
    links.map(([lang, href]) => [lang, new URL(href ?? '', 'http://x').pathname]),
  );
}

describe('language switch', () => {
  it(`goes from ${ID_PATH} to ${EN_PATH} and back, changing html[lang]`, async () => {
    const page = site.page;
    await site.open(ID_PATH);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('id');
    expect(await alternates(page)).toMatchObject({ id: ID_PATH, en: EN_PATH });

    const toEn = page.locator(`body a[hreflang="en"][href="${EN_PATH}"]`);
    await expect(toEn.count(), `a link with hreflang="en" to ${EN_PATH}`).resolves.toBe(1);
    await toEn.click();
    await page.waitForURL(site.url(EN_PATH));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    expect(await alternates(page)).toMatchObject({ id: ID_PATH, en: EN_PATH });

    const toId = page.locator(`body a[hreflang="id"][href="${ID_PATH}"]`);
    await expect(toId.count(), `a link with hreflang="id" to ${ID_PATH}`).resolves.toBe(1);
    await toId.click();
    await page.waitForURL(site.url(ID_PATH));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('id');
  });
});
