/**
 * axe-core finds no WCAG 2.2 AA or best-practice violation on any page, in
 * either language; colour contrast is checked again in the dark colour scheme
 * (the site follows prefers-color-scheme).
 */
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distPages, useSite } from './site.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// axe is injected as a script the site's Content-Security-Policy would refuse
// (tests/e2e/csp.test.ts checks the pages under that policy).
const site = useSite({ colorScheme: 'light', bypassCSP: true });

/** Runs axe in the page; one readable line (plus the first node) per violation. */
async function violations(page: Page, path: string, options: RunOptions, label: string) {
  const found = await page.evaluate(async (opts) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
    };
    const results = await axe.run(document, opts);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.length,
      target: JSON.stringify(v.nodes[0]?.target ?? []),
      html: v.nodes[0]?.html ?? '',
      summary: v.nodes[0]?.failureSummary ?? '',
    }));
  }, options);
  return found.map(
    (v) =>
      `${path}${label}: ${v.id} (${v.impact}, ${v.nodes} node${v.nodes === 1 ? '' : 's'}) ${v.help}\n` +
      `  first: ${v.target} ${v.html}\n  ${v.summary.replace(/\n/g, '\n  ')}`,
  );
}

describe('axe', () => {
  it.each(distPages())('%s has no violations (light and dark)', async (path) => {
    const page = site.page;
    await page.emulateMedia({ colorScheme: 'light' });
    await site.open(path);
    await page.addScriptTag({ path: AXE });
    const light = await violations(
      page,
      path,
      { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] },
      '',
    );
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await violations(
      page,
      path,
      { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] },
      ' (dark)',
    );
    expect([...light, ...dark]).toEqual([]);
  });
});
