/**
 * The story on a 360 px phone, in Chromium: the contrast is read without
 * scrolling, no table hides a column (each is a table whose header cells are
 * on screen, or stacked with every value on screen), a stacked table is still
 * a table to screen readers, every claim's anchor lands in view, and a link
 * into a closed <details> opens it. At 1280 px no table is cut off.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/lib/charts/models.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { distPages, useSite } from './site.ts';

const PHONE = { width: 360, height: 640 };
const DESKTOP = { width: 1280, height: 800 };
const site = useSite({
  viewport: PHONE,
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  reducedMotion: 'reduce',
});

/** Pages with at least one table (every <details> opened, so tables in them count too). */
const TABLE_PAGES = [
  '/',
  '/en/',
  '/grafik/',
  '/en/charts/',
  '/cek-klaim/',
  '/en/claim-check/',
  '/tentang/',
  '/en/about/',
  // Each chart's own page shows its data table.
  ...CHART_IDS.flatMap((id) => [routes.chart('id', id), routes.chart('en', id)]),
];

/**
 * Problems of the page's tables as the reader sees them: a header cell off
 * screen or cut off by its scroll container, or, for a stacked table, a
 * value off screen or without its column label.
 */
function tableProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    /** The visible horizontal span of an element: the viewport, narrowed by clipping ancestors. */
    const visible = (el: Element): [number, number] => {
      let [left, right] = [0, width];
      for (let p = el.parentElement; p; p = p.parentElement) {
        if (getComputedStyle(p).overflowX === 'visible') continue;
        const r = p.getBoundingClientRect();
        [left, right] = [Math.max(left, r.left), Math.min(right, r.right)];
      }
      return [left, right];
    };
    const inside = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      const [left, right] = visible(el);
      return r.width > 0 && r.left >= left - 0.5 && r.right <= right + 0.5;
    };
    document.querySelectorAll('table').forEach((table, t) => {
      const name = `table ${t + 1} (${table.caption?.textContent?.trim() ?? 'no caption'})`;
      const row = table.tBodies[0]?.rows[0];
      const stacked = row !== undefined && getComputedStyle(row).display !== 'table-row';
      if (!stacked) {
        for (const th of table.querySelectorAll('thead th'))
          if (!inside(th)) problems.push(`${name}: header "${th.textContent?.trim()}" is cut off`);
        return;
      }
      for (const cell of table.querySelectorAll('tbody th, tbody td')) {
        if (cell.textContent?.trim() === '') continue;
        if (!inside(cell))
          problems.push(`${name}: value "${cell.textContent?.trim()}" is off screen`);
        const label = cell.getAttribute('data-label');
        if (cell.localName === 'td' && !label)
          problems.push(`${name}: value "${cell.textContent?.trim()}" has no column label`);
        if (label && !getComputedStyle(cell, '::before').content.includes(label))
          problems.push(`${name}: the label "${label}" is not shown`);
      }
    });
    return problems;
  });
}

/** How many nodes of each role Chromium's accessibility tree holds. */
async function axRoles(page: Page): Promise<Map<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string }; ignored?: boolean }[];
  };
  await cdp.detach();
  const counts = new Map<string, number>();
  for (const n of nodes) {
    const role = n.role?.value;
    if (role && !n.ignored) counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  return counts;
}

describe('the home page at 360 × 640', () => {
  it.each(['/', '/en/'])('%s: states the contrast and draws it without scrolling', async (path) => {
    await site.open(path);
    const seen = await site.page.evaluate(() =>
      ['.contrast-sentence', '.contrast-rows'].map((sel) => {
        const el = document.querySelector(sel);
        if (!el) return `${sel}: missing`;
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + 4, r.top + 4);
        const onTop = hit !== null && (hit === el || el.contains(hit));
        return `${sel}: ${r.top >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && onTop ? 'in view' : `at ${Math.round(r.top)}–${Math.round(r.bottom)}`}`;
      }),
    );
    expect(seen).toEqual(['.contrast-sentence: in view', '.contrast-rows: in view']);
  });
});

describe('tables at 360 px', () => {
  it('the pages listed are every page with a table', async () => {
    const withTables: string[] = [];
    for (const path of distPages()) {
      await site.open(path);
      if ((await site.page.locator('table').count()) > 0) withTables.push(path);
    }
    // Cohort pages with conflicting sources have a table too: checked below.
    expect(withTables.filter((p) => !/\/(angkatan|cohorts)\//.test(p)).sort()).toEqual(
      [...TABLE_PAGES].sort(),
    );
    expect(withTables.length).toBeGreaterThan(TABLE_PAGES.length);
  });

  it.each([...TABLE_PAGES, routes.cohort('id', '2023-05-water-management')])(
    '%s: no table hides a column',
    async (path) => {
      await site.open(path);
      await expect(tableProblems(site.page)).resolves.toEqual([]);
      const scrollWidth = await site.page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, 'the page does not scroll sideways').toBeLessThanOrEqual(PHONE.width);
    },
  );

  it('a stacked table is still a table to screen readers', async () => {
    await site.open(routes.claims('id'));
    const rows = await site.page.locator('.claims-summary tbody tr').count();
    expect(
      await site.page
        .locator('.claims-summary tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).not.toBe('table-row');
    const roles = await axRoles(site.page);
    expect(roles.get('table') ?? 0).toBeGreaterThanOrEqual(1);
    expect(roles.get('columnheader') ?? 0).toBeGreaterThanOrEqual(6);
    expect(roles.get('rowheader') ?? 0).toBeGreaterThanOrEqual(rows);
    expect(roles.get('cell') ?? 0).toBeGreaterThanOrEqual(rows * 5);
  });
});

describe('anchors on the claim check at 360 px', () => {
  it('every claim linked from the summary lands in view', async () => {
    await site.open(routes.claims('id'));
    const ids = await site.page
      .locator('.claims-summary tbody a')
      .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').slice(1)));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      await site.page.goto(site.url(`${routes.claims('id')}#${id}`));
      const top = await site.page.evaluate(
        (id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1,
        id,
      );
      expect(top, `#${id}`).toBeGreaterThanOrEqual(0);
      expect(top, `#${id}`).toBeLessThan(PHONE.height);
    }
  });

  it('a link into a closed <details> opens it and shows its target', async () => {
    const id = 'chart-claims-vs-record-caption';
    await site.open(routes.claims('id'));
    await expect(site.page.locator(`details:has(#${id})`).getAttribute('open')).resolves.toBeNull();
    await site.page.goto(site.url(`${routes.claims('id')}#${id}`));
    await expect(site.page.locator(`details:has(#${id})`).getAttribute('open')).resolves.toBe('');
    await expect(site.page.locator(`#${id}`).isVisible()).resolves.toBe(true);
  });
});

describe('tables at 1280 px', () => {
  it.each(TABLE_PAGES)('%s: no table is cut off', async (path) => {
    await site.page.setViewportSize(DESKTOP);
    try {
      await site.open(path);
      await expect(tableProblems(site.page)).resolves.toEqual([]);
      const overflowing = await site.page.evaluate(() =>
        [...document.querySelectorAll('table')]
          .map((t) => t.parentElement)
          .filter((p): p is HTMLElement => p !== null && p.scrollWidth > p.clientWidth + 1)
          .map((p) => p.className),
      );
      expect(overflowing).toEqual([]);
    } finally {
      await site.page.setViewportSize(PHONE);
    }
  });
});
