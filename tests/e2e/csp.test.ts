/**
 * Every built page carries the site's Content-Security-Policy and breaks
 * none of it in a real browser: no `securitypolicyviolation` event and no
 * CSP message in the console, on load and, on the search pages, while a
 * search runs (Pagefind's script, worker and WebAssembly under the policy).
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CSP_META } from '../../src/lib/site/csp.ts';
import { distPages, useSite } from './site.ts';

const site = useSite();
/** CSP messages the console reported for the current test's page loads. */
let consoleReports: string[] = [];

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

beforeAll(async () => {
  await site.context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  site.page.on('console', (msg) => {
    if (/content security policy/i.test(msg.text())) consoleReports.push(msg.text());
  });
});
beforeEach(() => {
  consoleReports = [];
});

async function violations(): Promise<string[]> {
  const events = await site.page.evaluate(() => window.__cspViolations ?? []);
  return [...events, ...consoleReports];
}

describe('Content-Security-Policy', () => {
  it.each(distPages())('%s: carries the policy and violates none of it', async (path) => {
    await site.open(path);
    const policies = await site.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
    expect(policies).toEqual([CSP_META]);
    expect(await violations()).toEqual([]);
  });

  it.each(['/cari/', '/en/search/'])('%s: a search runs under the policy', async (path) => {
    await site.open(path);
    await site.page.locator('input[type="search"]').fill('Singapura');
    await site.page.locator('form[role="search"] button[type="submit"]').click();
    await site.page.locator('[data-search-status]').filter({ hasText: /“/ }).waitFor();
    expect(await site.page.locator('.search-result-title a').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });
});
