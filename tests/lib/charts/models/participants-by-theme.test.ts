import { csvParse } from 'd3';
import { describe, expect, test } from 'vitest';
import { buildChartModels } from '../../../../src/lib/charts/models/index.ts';
import { participantsByTheme } from '../../../../src/lib/data/aggregate.ts';
import { routes } from '../../../../src/lib/site/routes.ts';
import { COHORTS, GROUPS, INPUT, UNKNOWN_ONLY_INPUT } from '../fixtures.ts';

const id = buildChartModels(INPUT, 'id');

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

  test("draws each theme's held total as participantsByTheme counts it", () => {
    const held = participantsByTheme(
      COHORTS.filter((c) => c.data.status === 'held'),
      GROUPS,
    );
    for (const { theme, cell } of held) {
      const row = m.layout.rows.find((r) => r.key === theme);
      expect([row?.total, row?.hasUnknown]).toEqual([cell.value, cell.hasUnknown]);
    }
  });
});

describe('participants-by-theme: a count of unknown size is never 0', () => {
  const m = buildChartModels(UNKNOWN_ONLY_INPUT, 'en')['participants-by-theme'];

  test('leaves the participants empty, flagged, for a theme whose cohorts have only groups of unknown size', () => {
    const row = (theme: string) => m.table.rows.find((r) => r.cells[0] === theme);
    expect(row('water')?.cells).toEqual(['water', 'held', 1, '', 'true']);
    expect(row('water')?.text.slice(3)).toEqual(['–', 'yes']);
    expect(row('digital')?.cells).toEqual(['digital', 'planned', 1, '', 'true']);
    expect(row('smart-city')?.cells).toEqual(['smart-city', 'held', 1, 20, 'false']);
    expect(csvParse(m.csv).find((r) => r.theme === 'water')?.participants).toBe('');
  });

  test('says that the held participants are of unknown number when no held count is known', () => {
    const held = UNKNOWN_ONLY_INPUT.cohorts.filter((c) => c.id !== 'c-2017-smart');
    const only = (lang: 'id' | 'en') =>
      buildChartModels({ ...UNKNOWN_ONLY_INPUT, cohorts: held }, lang)['participants-by-theme'];
    expect(only('id').description).toContain(
      'Tercatat peserta yang jumlahnya tidak diketahui dari 1 angkatan terlaksana: Air ?.',
    );
    expect(only('en').description).toContain(
      'participants of unknown number are documented from 1 cohort held',
    );
    expect(`${only('id').description} ${only('en').description}`).not.toMatch(
      /sedikitnya 0|at least 0|0\+\?/,
    );
  });
});
