/**
 * From a highlighted passage back to the facts it supports: source page →
 * the passage's list of uses → the cohort field it documents.
 */
import { describe, expect, it } from 'vitest';
import { fieldAnchor, quoteAnchor, usesAnchor } from '../../src/lib/site/anchors.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { cohort, pathAndHash, useSite } from './site.ts';

const COHORT = '2023-03-public-service';
const site = useSite();

describe('reverse', () => {
  it('goes from a highlighted passage to its facts list and back to the cohort field', async () => {
    const citation = cohort(COHORT).sources[0];
    if (!citation) throw new Error(`${COHORT} has no sources`);
    const quoteId = quoteAnchor(citation.quote);
    const field = citation.supports[0] ?? '';
    const page = site.page;
    await site.open(routes.source('id', citation.article));

    const passage = page.locator(`mark.quote[id="${quoteId}"] a`);
    await expect(passage.count(), `a link inside mark.quote#${quoteId}`).resolves.toBe(1);
    await passage.click();
    const uses = `${routes.source('id', citation.article)}#${usesAnchor(quoteId)}`;
    await page.waitForURL((url) => url.pathname + url.hash === uses);

    const list = page.locator(`[id="${usesAnchor(quoteId)}"]`);
    await expect(list.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    const fieldHref = `${routes.cohort('id', COHORT)}#${fieldAnchor(field)}`;
    const back = list.locator(`a[href="${fieldHref}"]`).first();
    await expect(back.count(), `the facts list links to ${fieldHref}`).resolves.toBeGreaterThan(0);
    await back.click();
    await page.waitForURL((url) => url.pathname + url.hash === fieldHref);
    expect(pathAndHash(page)).toBe(fieldHref);

    const fieldEl = page.locator(`[id="${fieldAnchor(field)}"]`);
    await expect(fieldEl.count(), `#${fieldAnchor(field)} exists`).resolves.toBe(1);
    await expect(fieldEl.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    await expect(fieldEl.isVisible()).resolves.toBe(true);
    // The field cites the passage we came from: the round trip closes.
    await expect(
      fieldEl
        .locator(`.marker a[href="${routes.source('id', citation.article)}#${quoteId}"]`)
        .count(),
    ).resolves.toBeGreaterThan(0);
  });
});
