/**
 * Cohort pages as built (src/components/records/CohortPage.astro): the
 * programme named above the title links to that programme's page.
 */
import { describe, expect, it } from 'vitest';
import { attr, distFiles, findElements, pageDocument, textOf } from '../helpers/dist.ts';

const COHORT_PAGES = [/^angkatan\/[^/]+\/index\.html$/u, /^en\/cohorts\/[^/]+\/index\.html$/u];
const PROGRAMME_PAGE = /^\/(?:en\/programmes|program)\/[^/]+\/$/u;

describe('cohort pages', () => {
  const files = distFiles().filter((f) => COHORT_PAGES.some((re) => re.test(f)));
  it('exist in both languages', () => {
    expect(files.filter((f) => f.startsWith('en/')).length).toBeGreaterThan(0);
    expect(files.filter((f) => !f.startsWith('en/')).length).toBeGreaterThan(0);
  });
  it.each(files)('%s: the programme above the title links to its page', (file) => {
    const [eyebrow] = findElements(pageDocument(file), (el) => attr(el, 'class') === 'eyebrow');
    const [link] = eyebrow ? findElements(eyebrow, (el) => el.tagName === 'a') : [];
    if (!link) throw new Error(`${file}: no programme link above the title`);
    expect(attr(link, 'href')).toMatch(PROGRAMME_PAGE);
    expect(textOf(link).trim()).not.toBe('');
  });
});
