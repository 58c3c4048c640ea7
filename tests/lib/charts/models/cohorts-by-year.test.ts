import { describe, expect, test } from 'vitest';
import { buildChartModels } from '../../../../src/lib/charts/models/index.ts';
import { NEUTRAL } from '../../../../src/lib/charts/palette.ts';
import { INPUT } from '../fixtures.ts';

const id = buildChartModels(INPUT, 'id');

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

  test('tells statuses apart by outline, not colour: held solid, planned dashed, announced dotted', () => {
    const segments = m.layout.rows.flatMap((r) => r.lanes.flatMap((l) => l.segments));
    expect(new Set(segments.map((s) => s.colour))).toEqual(new Set([NEUTRAL]));
    expect(segments.map((s) => [s.key, s.outline])).toEqual([
      ['held', undefined],
      ['held', undefined],
      ['announced', 'dotted'],
      ['planned', 'dashed'],
    ]);
    expect(m.legend.map((l) => [l.key, l.pattern])).toEqual([
      ['held', undefined],
      ['planned', 'tentative'],
      ['announced', 'dotted'],
    ]);
  });
});
