import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import ChartFigure from '../../../src/components/charts/ChartFigure.astro';
import { CHART_IDS, buildChartModels, type ChartId } from '../../../src/lib/charts/models.ts';
import type { Credit } from '../../../src/lib/site/credit.ts';
import { routes } from '../../../src/lib/site/routes.ts';
import { INPUT } from '../../lib/charts/fixtures.ts';
import { ids, tags, withClass } from './html.ts';

const models = { id: buildChartModels(INPUT, 'id'), en: buildChartModels(INPUT, 'en') };
/** A credit as the site model gives it (Contoh latihan). */
const credit: Credit = {
  source: 'Sumber: Warta Contoh, diolah Situs Latihan.',
  updated: '2023-05-15',
  updatedText: 'Terakhir diperbarui: 15 Mei 2023',
};
const html = new Map<string, string>();
let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
  for (const lang of ['id', 'en'] as const)
    for (const chart of CHART_IDS)
      html.set(
        `${lang}:${chart}`,
        await container.renderToString(ChartFigure, {
          props: { model: models[lang][chart], credit, lang },
        }),
      );
});

const get = (chart: ChartId, lang: 'id' | 'en' = 'id'): string =>
  html.get(`${lang}:${chart}`) ?? '';

/** The markup of each <svg class="chart-svg …"> of a figure, in order. */
const drawings = (out: string): string[] =>
  [...out.matchAll(/<svg class="chart-svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);

/** The markup of a figure's narrow or wide drawing. */
const drawing = (out: string, variant: 'narrow' | 'wide'): string =>
  drawings(out).find((d) => d.startsWith(`<svg class="chart-svg chart-${variant}"`)) ?? '';

describe('ChartFigure', () => {
  test.each(CHART_IDS)('%s: role="img" is named by the title and the description', (chart) => {
    const out = get(chart);
    const img = tags(out, 'g').find((g) => g.role === 'img');
    const refs = (img?.['aria-labelledby'] ?? '').split(' ');
    expect(refs).toEqual([`chart-${chart}-title`, `chart-${chart}-desc`]);
    const present = ids(out);
    for (const r of refs) expect(present.filter((i) => i === r)).toHaveLength(1);
    expect(out).toMatch(
      new RegExp(`<h2 id="chart-${chart}-title"[^>]*>\\s*${models.id[chart].title}`),
    );
    expect(out).toContain(models.id[chart].description);
  });

  test.each(CHART_IDS)('%s: the data table has a caption, header cells and every row', (chart) => {
    const out = get(chart);
    const model = models.id[chart];
    expect(out).toMatch(/<details[^>]*>\s*<summary/);
    expect(out).toContain(`>${model.table.caption}</caption>`);
    expect(tags(out, 'th').filter((t) => t.scope === 'col')).toHaveLength(
      model.table.columns.length,
    );
    expect(tags(out, 'th').filter((t) => t.scope === 'row')).toHaveLength(model.table.rows.length);
    const body = out.slice(out.indexOf('<tbody'), out.indexOf('</tbody>'));
    expect(body.match(/<tr[\s>]/g)).toHaveLength(model.table.rows.length);
  });

  test.each(CHART_IDS)(
    '%s: a table that stacks on a phone, each cell labelled with its column',
    (chart) => {
      const out = get(chart);
      const model = models.id[chart];
      expect(withClass(out, 'table', 'stack')).toHaveLength(1);
      const body = out.slice(out.indexOf('<tbody'), out.indexOf('</tbody>'));
      const labels = [...tags(body, 'th'), ...tags(body, 'td')].map((c) => c['data-label']);
      expect(new Set(labels)).toEqual(new Set(model.table.columns));
      expect(labels).toHaveLength(model.table.rows.length * model.table.columns.length);
    },
  );

  test.each(CHART_IDS)('%s: ends with its source line and the last update', (chart) => {
    const out = get(chart);
    const end = out.slice(out.lastIndexOf('<p class="credit"'));
    expect(end).toContain(credit.source);
    expect(end).toMatch(
      /<time datetime="2023-05-15"[^>]*>Terakhir diperbarui: 15 Mei 2023<\/time>/,
    );
    expect(end).toMatch(/<\/p>\s*<\/figure>/);
  });

  test.each(CHART_IDS)('%s: links to the CSV and lists legend and notes', (chart) => {
    const out = get(chart);
    const model = models.id[chart];
    const csv = tags(out, 'a').find((a) => a.href === routes.chartCsv(chart));
    expect(csv?.download).toBe(`${chart}.csv`);
    for (const item of model.legend) expect(out).toContain(item.label);
    for (const note of model.notes) expect(out).toContain(note.replaceAll('"', '&quot;'));
    expect(withClass(out, 'svg', 'swatch').every((s) => s['aria-hidden'] === 'true')).toBe(true);
  });

  test.each(CHART_IDS)('%s: draws every label at 12 units or more', (chart) => {
    const labels = tags(get(chart), 'text');
    expect(labels.length).toBeGreaterThan(0);
    for (const t of labels)
      expect(Number(t['font-size']), `${chart}: ${JSON.stringify(t)}`).toBeGreaterThanOrEqual(12);
  });

  test('renders the same model to the same HTML (no random ids), without scripts or style attributes', async () => {
    for (const chart of CHART_IDS) {
      const again = await container.renderToString(ChartFigure, {
        props: { model: models.id[chart], credit, lang: 'id' },
      });
      expect(again).toBe(get(chart));
      expect(again).not.toContain('<script');
      expect(again).not.toMatch(/\sstyle="/);
    }
  });

  test('draws the chart twice, narrow for phones and wide, each as a whole', () => {
    for (const chart of CHART_IDS) {
      const svgs = withClass(get(chart), 'svg', 'chart-svg');
      expect(svgs.map((s) => s.class)).toEqual(['chart-svg chart-narrow', 'chart-svg chart-wide']);
      expect(drawings(get(chart))).toHaveLength(2);
    }
  });

  test.each(['narrow', 'wide'] as const)(
    'participants-by-year (%s): bars in order, proportional, with the unknown marker',
    (variant) => {
      const out = drawing(get('participants-by-year'), variant);
      const bars = withClass(out, 'rect', 'seg');
      expect(bars.map((b) => b['data-key'])).toEqual([
        'smart-city',
        'public-service',
        'announced:water',
        'planned:digital',
      ]);
      const ratio = Number(bars[1]?.width) / Number(bars[0]?.width);
      expect(ratio).toBeCloseTo(35 / 20, 1);
      expect(withClass(out, 'path', 'unknown-marker')).toHaveLength(1);
      expect(out).toContain('35+?');
    },
  );

  test('table rows link to the records behind them', () => {
    const out = get('participants-by-year');
    const body = out.slice(out.indexOf('<tbody'), out.indexOf('</tbody>'));
    const hrefs = tags(body, 'a').map((a) => a.href);
    expect(hrefs).toContain(routes.cohort('id', 'c-2017-smart'));
    expect(hrefs).toContain(routes.timelineTheme('id', 'public-service'));
  });

  test('speaks the page language', () => {
    const out = get('participants-by-year', 'en');
    expect(out).toContain('Participants per year, by theme');
    expect(out).toContain('no documented cohort');
    expect(out).toContain('Download the data (CSV)');
    expect(tags(out, 'a').map((a) => a.href)).toContain(routes.cohort('en', 'c-2017-smart'));
  });

  test('can take a level-3 heading', async () => {
    const out = await container.renderToString(ChartFigure, {
      props: { model: models.id['cohorts-by-year'], credit, lang: 'id', headingLevel: 3 },
    });
    expect(out).toMatch(/<h3 id="chart-cohorts-by-year-title"/);
  });
});

describe('ClaimsChart (through ChartFigure)', () => {
  test.each(['narrow', 'wide'] as const)(
    '%s: draws the step line, one linked point per participant claim and their labels',
    (variant) => {
      const out = drawing(get('claims-vs-record'), variant);
      const model = models.id['claims-vs-record'];
      expect(withClass(out, 'path', 'step')).toHaveLength(1);
      const points = tags(out, 'circle').filter((c) => c['data-key']);
      expect(points.map((p) => p['data-key'])).toEqual(['k-100', 'k-50']);
      const links = tags(out, 'a').map((a) => a.href);
      expect(links).toContain(routes.claim('id', 'k-100'));
      expect(links).toContain(routes.claim('id', 'k-50'));
      expect(out).toMatch(/>\s*lebih dari 50\s*</);
      expect(withClass(out, 'g', 'window')).toHaveLength(1);
      expect(model.layout.steps).toHaveLength(3);
      expect(model.narrowLayout.steps).toHaveLength(3);
      expect(tags(out, 'a').filter((a) => a.class === 'step-point')).toHaveLength(3);
    },
  );
});
