/**
 * The charts as a reader sees them in Chromium, on a 360 px phone and on a
 * 1280 px screen, on every page that shows charts and on a chart's own and
 * embed pages: one drawing of each chart is shown, drawn at about a pixel a
 * unit, its text 12 px or more on the phone and not larger than the body
 * text on the wide screen, its texts apart in the real font, its links and
 * the take-away links tap targets of 44 × 44 px or more, and nothing that
 * holds text hidden except the drawing made for the other width.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/lib/charts/models.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { useSite, type Site } from './site.ts';

const PAGES = [
  routes.charts('id'),
  routes.charts('en'),
  routes.home('id'),
  routes.claims('id'),
  routes.chart('id', 'claims-vs-record'),
  routes.chart('en', 'participants-by-year'),
  routes.chartEmbed('id', 'claims-vs-record'),
  routes.chartEmbed('en', 'participants-by-theme'),
];

interface Drawing {
  variant: string;
  /** Rendered px per drawing unit. */
  scale: number;
  width: number;
  /** Smallest and largest rendered text, px. */
  minText: number;
  maxText: number;
  /** Texts whose rendered boxes overlap. */
  clashes: string[];
  /** Link targets: rendered width and height. */
  targets: { w: number; h: number }[];
  /** Link targets that overlap one another. */
  targetClashes: number;
}

/** Measures every shown chart drawing of the open page. */
async function drawings(site: Site): Promise<{ shown: Drawing[]; hiddenPerChart: number[] }> {
  return site.page.evaluate(() => {
    const overlap = (a: DOMRect, b: DOMRect, slack: number): boolean =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
    const shown = [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg')]
      .filter((svg) => svg.checkVisibility())
      .map((svg) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const texts = [...svg.querySelectorAll<SVGTextElement>('text')];
        const sizes = texts.map(
          (t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0),
        );
        const boxes = texts.map((t) => t.getBoundingClientRect());
        const clashes: string[] = [];
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b, j) => {
            if (overlap(a, b, 0.5))
              clashes.push(`${texts[i]?.textContent} / ${texts[i + 1 + j]?.textContent}`);
          }),
        );
        const links = [...svg.querySelectorAll('a')].map((a) => a.getBoundingClientRect());
        let targetClashes = 0;
        links.forEach((a, i) =>
          links.slice(i + 1).forEach((b) => {
            if (overlap(a, b, 0.5)) targetClashes++;
          }),
        );
        return {
          variant: svg.getAttribute('class') ?? '',
          scale,
          width: svg.getBoundingClientRect().width,
          minText: Math.min(...sizes),
          maxText: Math.max(...sizes),
          clashes,
          targets: links.map((r) => ({ w: r.width, h: r.height })),
          targetClashes,
        };
      });
    const hiddenPerChart = [...document.querySelectorAll('.chart-drawing')].map(
      (d) => [...d.querySelectorAll('svg.chart-svg')].filter((s) => !s.checkVisibility()).length,
    );
    return { shown, hiddenPerChart };
  });
}

/** Height and width of the links and controls around the charts (take-away links, table toggles, CSV links). */
async function takeAwayLinks(site: Site): Promise<{ text: string; w: number; h: number }[]> {
  return site.page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '.chart-take-away a, .take-away-files a, .embed-note a, .chart-data > summary, .chart-csv a',
      ),
    ].map((a) => {
      const r = a.getBoundingClientRect();
      return { text: a.textContent ?? '', w: r.width, h: r.height };
    }),
  );
}

describe('charts on a 360 px phone', () => {
  const site = useSite({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });

  it.each(PAGES)('%s: the narrow drawings, text 12 px or more, texts apart', async (path) => {
    await site.open(path);
    const { shown, hiddenPerChart } = await drawings(site);
    expect(shown.length).toBeGreaterThan(0);
    expect(hiddenPerChart.every((n) => n === 1)).toBe(true);
    for (const d of shown) {
      expect(d.variant).toContain('chart-narrow');
      expect(d.minText, d.variant).toBeGreaterThanOrEqual(12);
      expect(d.clashes, d.variant).toEqual([]);
    }
  });

  it.each(PAGES)(
    '%s: every link of a chart is a tap target of 44 × 44 px or more, none overlapping',
    async (path) => {
      await site.open(path);
      const { shown } = await drawings(site);
      for (const d of shown) {
        for (const t of d.targets) {
          expect(t.w).toBeGreaterThanOrEqual(44);
          expect(t.h).toBeGreaterThanOrEqual(44);
        }
        expect(d.targetClashes).toBe(0);
      }
      for (const link of await takeAwayLinks(site))
        expect(link.h, link.text).toBeGreaterThanOrEqual(44);
    },
  );

  it('has the chart links every chart page needs, and the embed page none', async () => {
    await site.open(routes.charts('id'));
    const counts = await site.page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('svg.chart-narrow')].map(
        (s) => s.querySelectorAll('a').length,
      ),
    );
    expect(counts).toHaveLength(CHART_IDS.length);
    expect(counts.every((n) => n > 0)).toBe(true);
    await site.open(routes.chartEmbed('id', 'participants-by-year'));
    const links = await site.page.evaluate(
      () => document.querySelectorAll('svg.chart-svg a').length,
    );
    expect(links).toBe(0);
  });
});

describe('charts on a 1280 px screen', () => {
  const site = useSite({ viewport: { width: 1280, height: 900 } });

  it.each(PAGES)(
    '%s: the wide drawings, the column’s width, text no larger than the body’s',
    async (path) => {
      await site.open(path);
      const { shown, hiddenPerChart } = await drawings(site);
      const body = await site.page.evaluate(() =>
        parseFloat(getComputedStyle(document.body).fontSize),
      );
      expect(hiddenPerChart.every((n) => n === 1)).toBe(true);
      for (const d of shown) {
        expect(d.variant).toContain('chart-wide');
        expect(d.scale).toBeGreaterThanOrEqual(1);
        expect(d.minText).toBeGreaterThanOrEqual(12);
        expect(d.maxText).toBeLessThanOrEqual(body);
        expect(d.clashes, d.variant).toEqual([]);
        for (const t of d.targets) expect(Math.min(t.w, t.h)).toBeGreaterThanOrEqual(44);
      }
      const columns = await site.page.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>('svg.chart-wide')].map((s) => [
          s.getBoundingClientRect().width,
          (s.closest('figure')?.parentElement ?? document.body).getBoundingClientRect().width,
        ]),
      );
      for (const [svg = 0, column = 0] of columns)
        expect(svg).toBeCloseTo(Math.min(column, 720), -1);
    },
  );

  it('hides no text but the drawings made for the other width (as the no-JS test reads a page)', async () => {
    for (const path of PAGES) {
      await site.open(path);
      const hidden = await site.page.locator('body').evaluate((body) => {
        const skip = 'template, noscript, script, style, option, svg title, svg desc, svg defs';
        const found: string[] = [];
        for (const el of body.querySelectorAll('*')) {
          const ownText = [...el.childNodes].some(
            (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
          );
          if (!ownText || el.matches(skip) || el.closest(skip)) continue;
          if (el.closest('details:not([open])') && !el.closest('summary')) continue;
          const drawing = el.closest('svg.chart-svg');
          const shown = [...(drawing?.parentElement?.children ?? [])].filter(
            (d) => d !== drawing && d.matches('svg.chart-svg') && d.checkVisibility(),
          );
          if (drawing && shown.length === 1) continue;
          if (!el.checkVisibility() || el.getClientRects().length === 0)
            found.push(el.outerHTML.slice(0, 120));
        }
        return found;
      });
      expect(hidden, path).toEqual([]);
    }
  });
});
