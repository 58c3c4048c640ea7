import { csvParse } from 'd3';
import { describe, expect, test } from 'vitest';
import { PALETTE } from '../../../../src/lib/charts/palette.ts';
import { participantsByYearAndTheme } from '../../../../src/lib/data/aggregate.ts';
import { buildChartModels, type ChartModel } from '../../../../src/lib/charts/models/index.ts';
import { routes } from '../../../../src/lib/site/routes.ts';
import { COHORTS, GROUPS, INPUT, UNKNOWN_ONLY_INPUT } from '../fixtures.ts';

const id = buildChartModels(INPUT, 'id');
const en = buildChartModels(INPUT, 'en');

const countedSegments = (m: ChartModel) =>
  m.kind === 'bars'
    ? m.layout.rows.flatMap((r) => r.lanes.filter((l) => !l.tentative).flatMap((l) => l.segments))
    : [];

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

  test("draws each year's held total as participantsByYearAndTheme counts it", () => {
    const held = participantsByYearAndTheme(
      COHORTS.filter((c) => c.data.status === 'held'),
      GROUPS,
      [2017, 2018, 2019, 2020, 2021],
    );
    expect(rows.map((r) => [r.total, r.hasUnknown])).toEqual(
      held.map((y) => [y.total, y.hasUnknown]),
    );
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

describe('participants-by-year: a count of unknown size is never 0', () => {
  const m = buildChartModels(UNKNOWN_ONLY_INPUT, 'id')['participants-by-year'];
  const row = (year: number, status: string) =>
    m.table.rows.find((r) => r.cells[0] === year && r.cells[2] === status);

  test('leaves the participants empty, flagged, for a year whose cohorts have only groups of unknown size', () => {
    expect(row(2016, 'held')?.cells).toEqual([2016, 'water', 'held', 1, '', 'true']);
    expect(row(2016, 'held')?.text.slice(3)).toEqual(['1', '–', 'ya']);
    expect(row(2019, 'planned')?.cells).toEqual([2019, 'digital', 'planned', 1, '', 'true']);
    expect(row(2017, 'held')?.cells).toEqual([2017, 'smart-city', 'held', 1, 20, 'false']);
    const csv = csvParse(m.csv);
    expect(csv.find((r) => r.year === '2016')).toMatchObject({
      participants: '',
      participants_is_minimum: 'true',
    });
    expect(csv.find((r) => r.year === '2019')?.participants).toBe('');
  });

  test('says a year whose held cohorts have only groups of unknown size has participants of unknown number', () => {
    expect(m.description).toContain(
      'Pada 2016 tercatat peserta yang jumlahnya tidak diketahui (Air).',
    );
    expect(m.layout.rows.find((r) => r.key === '2016')?.lanes[0]?.totalLabel).toBe('?');
    const en = buildChartModels(UNKNOWN_ONLY_INPUT, 'en')['participants-by-year'];
    expect(en.description).toContain('In 2016, participants of unknown number are documented');
    expect(`${m.description} ${en.description}`).not.toMatch(/sedikitnya 0|at least 0/);
  });

  test('leaves a year with no cohort without a participant count, as the open-data table does', () => {
    expect(m.table.rows.find((r) => r.cells[0] === 2018)?.cells).toEqual([2018, '', '', 0, '', '']);
    expect(csvParse(m.csv).find((r) => r.year === '2018')?.participants).toBe('');
  });
});
