import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import BarChart from '../../../src/components/charts/BarChart.astro';
import { buildChartModels } from '../../../src/lib/charts/models.ts';
import { routes } from '../../../src/lib/site/routes.ts';
import { INPUT } from '../../lib/charts/fixtures.ts';
import { tags, withClass } from './html.ts';

const model = buildChartModels(INPUT, 'id')['participants-by-year'];
let html = '';

beforeAll(async () => {
  const container = await AstroContainer.create();
  html = await container.renderToString(BarChart, {
    props: { layout: model.layout, labelledBy: 't d' },
  });
});

describe('BarChart', () => {
  test('draws one rect per segment, in layout order', () => {
    const bars = withClass(html, 'rect', 'seg');
    expect(bars.map((b) => b.class)).toEqual(['seg', 'seg', 'seg tentative', 'seg tentative']);
    expect(bars.map((b) => b['data-key'])).toEqual([
      'smart-city',
      'public-service',
      'announced:water',
      'planned:digital',
    ]);
  });

  test('bar widths are proportional to their values', () => {
    const bars = withClass(html, 'rect', 'seg');
    const perUnit = bars.map((b) => Number(b.width) / Number(b['data-value']));
    for (const r of perUnit) expect(r).toBeCloseTo(perUnit[0] ?? 0, 1);
    expect(Number(bars[0]?.width)).toBeGreaterThan(0);
  });

  test('marks the count with a group of unknown size with a "+?" marker and total', () => {
    expect(withClass(html, 'path', 'unknown-marker')).toHaveLength(1);
    expect(html).toContain('35+?');
    expect(html).toMatch(/<title>[^<]*tidak diketahui[^<]*<\/title>/);
  });

  test('labels empty years instead of leaving them out', () => {
    expect(withClass(html, 'text', 'empty')).toHaveLength(2);
    expect(html.match(/tidak ada angkatan tercatat/g)).toHaveLength(2);
    for (const y of ['2017', '2018', '2019', '2020', '2021'])
      expect(html).toMatch(new RegExp(`>\\s*${y}\\s*</text>`));
  });

  test('links every bar to the record(s) behind it, with a title', () => {
    const links = tags(html, 'a').map((a) => a.href);
    expect(links).toContain(routes.cohort('id', 'c-2017-smart'));
    expect(links).toContain(routes.timelineTheme('id', 'public-service'));
    expect(html.match(/<a [^>]*class="bar"[^>]*>\s*<title>[^<]+<\/title>/g)).toHaveLength(4);
  });

  test('names the drawing by the given ids and keeps links out of the image role', () => {
    const img = tags(html, 'g').find((g) => g.role === 'img');
    expect(img?.['aria-labelledby']).toBe('t d');
    const imgStart = html.indexOf('role="img"');
    const imgEnd = html.indexOf('class="links"');
    expect(html.slice(imgStart, imgEnd)).not.toContain('<a ');
  });

  test('uses presentation attributes, never style attributes, and no script', () => {
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toContain('<script');
    for (const t of tags(html, 'text')) expect(Number(t['font-size'])).toBeGreaterThanOrEqual(12);
  });
});
