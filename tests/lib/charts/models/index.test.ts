import { csvParse } from 'd3';
import { describe, expect, test } from 'vitest';
import {
  CHART_IDS,
  buildChartModels,
  type ChartModel,
} from '../../../../src/lib/charts/models/index.ts';
import { NARROW, WIDE } from '../../../../src/lib/charts/sizes.ts';
import { routes } from '../../../../src/lib/site/routes.ts';
import { COHORTS, INPUT, UNKNOWN_ONLY_INPUT } from '../fixtures.ts';

const id = buildChartModels(INPUT, 'id');
const en = buildChartModels(INPUT, 'en');
const all = (m: typeof id): ChartModel[] => CHART_IDS.map((k) => m[k]);

describe('buildChartModels', () => {
  test('returns one model per chart id, each with its CSV address', () => {
    for (const m of all(id)) {
      expect(CHART_IDS).toContain(m.id);
      expect(m.csvName).toBe(`${m.id}.csv`);
      expect(m.csvHref).toBe(routes.chartCsv(m.id));
    }
  });

  test('CSV parses back to exactly the table rows', () => {
    for (const m of [...all(id), ...all(en)]) {
      const parsed = csvParse(m.csv);
      expect(parsed.columns).toEqual(m.table.csvColumns);
      expect(parsed.length).toBe(m.table.rows.length);
      parsed.forEach((row, i) => {
        const cells = m.table.rows[i]?.cells.map(String);
        expect(m.table.csvColumns.map((c) => row[c])).toEqual(cells);
      });
      expect(m.table.columns.length).toBe(m.table.csvColumns.length);
      for (const r of m.table.rows) expect(r.text.length).toBe(m.table.columns.length);
    }
  });

  test('the CSV does not depend on the language of the page', () => {
    for (const k of CHART_IDS) {
      if (k === 'claims-vs-record') continue;
      expect(en[k].csv).toBe(id[k].csv);
    }
  });

  test('is deterministic', () => {
    expect(JSON.stringify(buildChartModels(INPUT, 'id'))).toBe(JSON.stringify(id));
  });
});

test('fixture sanity: the corpus has every status', () => {
  expect(new Set(COHORTS.map((c) => c.data.status))).toEqual(
    new Set(['held', 'planned', 'announced']),
  );
});

describe('buildChartModels: nothing known is never "at least 0"', () => {
  /** Every text a chart shows: description, notes, table, bar totals and tooltips. */
  const texts = (m: ChartModel): string[] => [
    m.description,
    ...m.notes,
    ...m.table.rows.flatMap((r) => r.text),
    ...(m.kind === 'bars'
      ? m.layout.rows.flatMap((r) =>
          r.lanes.flatMap((l) => [l.totalLabel, ...l.segments.map((s) => s.title)]),
        )
      : []),
  ];

  test('no chart of a corpus with counts of unknown size says "sedikitnya 0", "at least 0" or "0+?"', () => {
    for (const lang of ['id', 'en'] as const) {
      const shown = all(buildChartModels(UNKNOWN_ONLY_INPUT, lang)).flatMap(texts);
      expect(shown.length).toBeGreaterThan(20);
      for (const text of shown) expect(text).not.toMatch(/sedikitnya 0\b|at least 0\b|(^|\s)0\+\?/);
    }
  });
});

describe('buildChartModels: two drawings per chart', () => {
  test('lays every chart out wide and narrow, at the sizes of sizes.ts', () => {
    for (const m of all(id)) {
      expect(m.layout.width).toBe(WIDE.width);
      expect(m.narrowLayout.width).toBe(NARROW.width);
      expect(m.layout.fontSize).toBe(WIDE.fontSize);
      expect(m.narrowLayout.fontSize).toBe(NARROW.fontSize);
    }
  });

  test('colours only themes: the other charts draw in the neutral grey or the ink', () => {
    const themeColours = new Set(
      id['participants-by-year'].legend.filter((l) => !l.pattern).map((l) => l.colour),
    );
    for (const l of [...id['cohorts-by-year'].legend, ...id['claims-vs-record'].legend])
      expect(themeColours.has(l.colour)).toBe(false);
  });
});
