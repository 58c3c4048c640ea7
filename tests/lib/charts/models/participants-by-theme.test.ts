import { describe, expect, test } from 'vitest';
import { buildChartModels } from '../../../../src/lib/charts/models/index.ts';
import { routes } from '../../../../src/lib/site/routes.ts';
import { INPUT } from '../fixtures.ts';

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
});
