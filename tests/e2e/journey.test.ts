/**
 * From the home page to a figure's source: timeline → cohort → citation
 * marker → the highlighted passage in the source article.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../src/lib/site/anchors.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import { cohort, useSite } from './site.ts';

const COHORT = '2023-03-public-service';
const site = useSite({ viewport: { width: 1280, height: 800 } });

interface TargetState {
  tag: string;
  className: string;
  isTarget: boolean;
  text: string;
  inViewport: boolean;
  onTop: boolean;
}

/** The element the address's fragment points at, as the reader sees it. */
function target(page: Page): Promise<TargetState | null> {
  return page.evaluate(() => {
    const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!el) return null;
    const rect = el.getClientRects()[0] ?? el.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    const hit = document.elementFromPoint(x, y);
    return {
      tag: el.localName,
      className: el.className,
      isTarget: el.matches(':target'),
      text: el.textContent ?? '',
      inViewport:
        rect.width > 0 &&
        rect.height > 0 &&
        rect.top >= 0 &&
        rect.left >= 0 &&
        rect.bottom <= window.innerHeight &&
        rect.right <= window.innerWidth,
      onTop: hit !== null && (hit === el || el.contains(hit)),
    };
  });
}

/** Checks that the page shows the highlighted passage of one of the cohort's citations. */
async function expectLandedOnQuote(page: Page): Promise<void> {
  const url = new URL(page.url());
  const c = cohort(COHORT);
  const passages = [...c.sources, ...(c.variants ?? [])];
  const citations = new Map(passages.map((s) => [quoteAnchor(s.quote), s]));
  const anchor = decodeURIComponent(url.hash.slice(1));
  expect(anchor, `fragment of ${url.pathname}${url.hash}`).toMatch(/^q-/);
  const citation = citations.get(anchor);
  expect(citation, `#${anchor} is the anchor of one of ${COHORT}'s quotes`).toBeDefined();
  expect(url.pathname).toBe(routes.source('id', citation?.article ?? ''));
  // The site scrolls smoothly when motion is not reduced: wait for the passage to arrive.
  let state = await target(page);
  for (let i = 0; i < 30 && state && !(state.inViewport && state.onTop); i++) {
    await page.waitForTimeout(100);
    state = await target(page);
  }
  expect(state, `an element with id "${anchor}" on ${url.pathname}`).not.toBeNull();
  expect({ tag: state?.tag, quote: state?.className.split(/\s+/).includes('quote') }).toEqual({
    tag: 'mark',
    quote: true,
  });
  expect(state?.isTarget, ':target matches the highlighted passage').toBe(true);
  expect(state?.inViewport, 'the passage is scrolled into the viewport').toBe(true);
  expect(state?.onTop, 'the passage is not covered by another element').toBe(true);
  const text = normalizeText(state?.text ?? '');
  expect(text).not.toBe('');
  expect(normalizeText(citation?.quote ?? '')).toContain(text);
}

describe('journey', () => {
  it('goes home → timeline → cohort → citation marker → highlighted source passage', async () => {
    const page = site.page;
    await site.open(routes.home('id'));

    await page
      .locator(`a[href="${routes.timeline('id')}"]`)
      .first()
      .click();
    await page.waitForURL(site.url(routes.timeline('id')));

    await page
      .locator(`main a[href="${routes.cohort('id', COHORT)}"]`)
      .first()
      .click();
    await page.waitForURL(site.url(routes.cohort('id', COHORT)));
    await expect(page.locator('h1').innerText()).resolves.not.toBe('');

    const marker = page.locator('.marker a').first();
    const href = await marker.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${routes.sources('id')}[^/]+/#q-`));
    await marker.click();
    await page.waitForURL((url) => url.pathname + url.hash === href);
    await expectLandedOnQuote(page);
  });

  it('every citation marker on the cohort page lands on a highlighted passage of its quote', async () => {
    const page = site.page;
    // Many jumps in a row: without smooth scrolling, so a busy machine cannot make them late.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await site.open(routes.cohort('id', COHORT));
    const hrefs = [
      ...new Set(
        await page
          .locator('.marker a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
      ),
    ];
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      // A fragment change on the same page is a same-document navigation (no response).
      await page.goto(site.url(href));
      await expectLandedOnQuote(page);
    }
  });
});
