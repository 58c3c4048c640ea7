/**
 * The Content-Security-Policy as built: every page carries exactly one
 * <meta http-equiv="Content-Security-Policy">, and it is the pages' policy
 * (CSP_META), which tests/security/csp.test.ts holds to public/_headers.
 */
import { describe, expect, it } from 'vitest';
import { CSP_META } from '../../src/lib/site/csp.ts';
import { attr, findElements, htmlPages, pageDocument } from '../helpers/dist.ts';

const pages = htmlPages();

describe('Content-Security-Policy of every built page', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => [p.file] as const))('%s carries the pages’ policy once', (file) => {
    const policies = findElements(
      pageDocument(file),
      (el) =>
        el.tagName === 'meta' &&
        attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy',
    ).map((el) => attr(el, 'content'));
    expect(policies, `dist/${file}`).toEqual([CSP_META]);
  });
});
