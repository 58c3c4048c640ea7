import { csvParse } from 'd3';
import { describe, expect, test } from 'vitest';
import { PALETTE } from '../../../src/lib/charts/palette.ts';
import { CHART_IDS, buildChartModels, type ChartModel } from '../../../src/lib/charts/models.ts';
import { routes } from '../../../src/lib/site/routes.ts';
import { COHORTS, INPUT } from './fixtures.ts';

const id = buildChartModels(INPUT, 'id');
const en = buildChartModels(INPUT, 'en');
const all = (m: typeof id): ChartModel[] => CHART_IDS.map((k) => m[k]);

const countedSegments = (m: ChartModel) =>
  m.kind === 'bars'
    ? m.layout.rows.flatMap((r) => r.lanes.filter((l) => !l.tentative).flatMap((l) => l.segments))
    : [];

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

  test('keeps every label at 12 units or more', () => {
    for (const m of all(id)) expect(m.layout.fontSize).toBeGreaterThanOrEqual(12);
  });
});

describe('participants-by-year', () => {
  const m = id['participants-by-year'];
  const rows = m.layout.rows;

  test('has a row for every year from the first cohort to the last, ascending', () => {
    expect(rows.map((r) => r.label)).toEqual(['2017', '2018', '2019', '2020', '2021']);
  });

  test('keeps years without cohorts as empty rows, labelled as such, in the chart and table', () => {
    for (const year of ['2018', '2020']) {
      const row = rows.find((r) => r.label === year);
      expect(row?.empty).toBe(true);
      expect(row?.emptyText).toBe('tidak ada angkatan tercatat');
      const tableRow = m.table.rows.find((r) => r.cells[0] === Number(year));
      expect(tableRow?.cells).toEqual([Number(year), '', '', 0, '', '']);
      expect(tableRow?.text[1]).toBe('tidak ada angkatan tercatat');
    }
  });

  test('sums only held cohorts into totals; planned and announced are drawn apart', () => {
    const totals = rows.map((r) => r.total);
    expect(totals).toEqual([20, 0, 35, 0, 0]);
    const heldKnown = 20 + 25 + 10;
    expect(countedSegments(m).reduce((s, x) => s + x.value, 0)).toBe(heldKnown);
    const y2019 = rows[2];
    const tentative = y2019?.lanes.find((l) => l.tentative);
    expect(tentative?.segments.map((s) => s.key)).toEqual(['announced:water']);
    expect(tentative?.totalLabel).toBe('25');
    const y2021 = rows[4];
    expect(y2021?.empty).toBe(false);
    expect(y2021?.lanes.every((l) => l.tentative)).toBe(true);
  });

  test('marks a count with a group of unknown size "+?", never as a zero bar', () => {
    const lane = rows[2]?.lanes.find((l) => !l.tentative);
    expect(lane?.hasUnknown).toBe(true);
    expect(lane?.totalLabel).toBe('35+?');
    expect(lane?.marker?.title).toContain('tidak diketahui');
    for (const r of rows)
      for (const l of r.lanes) for (const s of l.segments) expect(s.width).toBeGreaterThan(0);
    const tableRow = m.table.rows.find((r) => r.cells[1] === 'public-service');
    expect(tableRow?.cells.slice(3)).toEqual([2, 35, 'true']);
    expect(tableRow?.text[4]).toBe('35+?');
  });

  test('orders themes and colours by the vocabulary, the same on every chart', () => {
    const y2019 = rows[2]?.lanes[0]?.segments ?? [];
    expect(y2019.map((s) => s.key)).toEqual(['public-service']);
    expect(y2019[0]?.colour).toBe(PALETTE[1]);
    expect(rows[0]?.lanes[0]?.segments[0]?.colour).toBe(PALETTE[2]);
    const legend = m.legend.filter((l) => !l.pattern);
    expect(legend.map((l) => l.key)).toEqual(['digital', 'public-service', 'smart-city', 'water']);
    const theme = id['participants-by-theme'].legend.find((l) => l.key === 'smart-city');
    expect(theme?.colour).toBe(PALETTE[2]);
    expect(m.legend.map((l) => l.pattern).filter(Boolean)).toEqual(['tentative', 'unknown']);
    expect(m.legend.find((l) => l.pattern === 'tentative')?.label).toBe(
      'direncanakan/diumumkan (tidak dihitung dalam total)',
    );
  });

  test('links each bar to its cohort, or to the theme timeline when several', () => {
    expect(rows[0]?.lanes[0]?.segments[0]?.href).toBe(routes.cohort('id', 'c-2017-smart'));
    expect(rows[2]?.lanes[0]?.segments[0]?.href).toBe(routes.timelineTheme('id', 'public-service'));
    expect(en['participants-by-year'].layout.rows[0]?.lanes[0]?.segments[0]?.href).toBe(
      routes.cohort('en', 'c-2017-smart'),
    );
  });

  test('describes the data, the empty years and what is left out', () => {
    expect(m.description).toContain('Pada 2017 tercatat 20 peserta (Kota Cerdas).');
    expect(m.description).toContain('Pada 2019 tercatat sedikitnya 35 peserta (Pelayanan Publik).');
    expect(m.description).toContain('Tidak ada angkatan terdokumentasi pada 2018 dan 2020.');
    expect(m.description).toContain(
      'Angka tidak mencakup 1 angkatan yang baru direncanakan dan 1 yang baru diumumkan; 1 angkatan memiliki kelompok peserta yang jumlahnya tidak diketahui',
    );
    const d = en['participants-by-year'].description;
    expect(d).toContain('In 2019, at least 35 participants are documented');
    expect(d).toContain('only planned and 1 that was only announced');
    expect(m.notes.join(' ')).toContain('Air, November 2019 (diumumkan)');
    expect(m.notes.join(' ')).toContain('Digital, 1 Maret 2021 (direncanakan)');
  });
});

describe('participants-by-theme', () => {
  const m = id['participants-by-theme'];

  test('orders themes by documented participants, then vocabulary order', () => {
    expect(m.layout.rows.map((r) => r.key)).toEqual([
      'public-service',
      'smart-city',
      'digital',
      'water',
    ]);
    expect(m.layout.rows[0]?.href).toBe(routes.theme('id', 'public-service'));
  });

  test('counts held cohorts only; themes with nothing held show only the tentative lane', () => {
    expect(m.layout.rows.map((r) => r.total)).toEqual([35, 20, 0, 0]);
    const digital = m.layout.rows[2];
    expect(digital?.lanes.map((l) => l.tentative)).toEqual([true]);
    expect(m.description).toContain('Tercatat sedikitnya 55 peserta dari 3 angkatan terlaksana');
  });
});

describe('cohorts-by-year', () => {
  const m = id['cohorts-by-year'];

  test('counts cohorts per year by status, held apart from planned and announced', () => {
    expect(m.layout.rows.map((r) => r.total)).toEqual([1, 0, 2, 0, 0]);
    expect(m.table.rows.map((r) => r.cells)).toEqual([
      [2017, 'held', 1],
      [2018, '', 0],
      [2019, 'held', 2],
      [2019, 'announced', 1],
      [2020, '', 0],
      [2021, 'planned', 1],
    ]);
    expect(m.layout.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(m.description).toContain('Tercatat 3 angkatan terlaksana: 1 pada 2017 dan 2 pada 2019.');
  });
});

describe('claims-vs-record', () => {
  const m = id['claims-vs-record'];

  test('draws the running total of held cohorts and only participant claims', () => {
    expect(m.layout.steps.map((s) => s.total)).toEqual([20, 45, 55]);
    expect(m.layout.steps.at(-1)?.hasUnknown).toBe(true);
    expect(m.layout.claims.map((c) => c.key)).toEqual(['k-100', 'k-50']);
    expect(m.layout.claims.map((c) => c.label)).toEqual(['100', '> 50']);
    expect(m.layout.claims[0]?.href).toBe(routes.claim('id', 'k-100'));
    expect(m.layout.steps[0]?.href).toBe(routes.cohort('id', 'c-2017-smart'));
  });

  test('sets each claim against the record under its own scope (reconcileClaims)', () => {
    const claimRows = m.table.rows.filter((r) => r.cells[1] === 'claim');
    // k-100: SCP only, 3 years up to 2019-09 → 20 (2017) + 25 (2019-02); the Temasek cohort is out.
    expect(claimRows[0]?.cells).toEqual(['2019-09', 'claim', 100, 'exact', '2016-09', 45, 'k-100']);
    expect(claimRows[1]?.cells).toEqual(['2021-01-10', 'claim', 50, 'more-than', '', 55, 'k-50']);
    expect(claimRows[1]?.text[5]).toBe('55+?');
    expect(m.layout.claims[0]?.fromX).toBeLessThan(m.layout.claims[0]?.x ?? 0);
    expect(m.notes.join(' ')).toContain('1 klaim lain');
  });

  test('says which scope the line counts', () => {
    expect(m.description).toContain('angkatan terlaksana (semua program dan tempat)');
    expect(en['claims-vs-record'].description).toContain(
      'held cohorts (all programmes and places)',
    );
  });
});

test('fixture sanity: the corpus has every status', () => {
  expect(new Set(COHORTS.map((c) => c.data.status))).toEqual(
    new Set(['held', 'planned', 'announced']),
  );
});
