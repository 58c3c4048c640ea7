import { describe, expect, test } from 'vitest';
import {
  bracketsOf,
  dodge,
  labelUnits,
  plotWidthFor,
} from '../../../src/lib/charts/claims-marks.ts';
import type { ClaimPointInput } from '../../../src/lib/charts/claims-vs-record.ts';

const claim = (key: string, extra: Partial<ClaimPointInput> = {}): ClaimPointInput => ({
  key,
  date: '2023-05-15',
  value: 300,
  qualifier: 'exact',
  label: key,
  title: key,
  ...extra,
});

describe('dodge', () => {
  test('sets points that sit on one another side by side, centred on their place', () => {
    expect(
      dodge(
        [
          { x: 100, y: 50 },
          { x: 101, y: 50 },
          { x: 300, y: 50 },
        ],
        12,
      ),
    ).toEqual([-6, 6, 0]);
  });
});

describe('bracketsOf', () => {
  const yOf = (v: number) => 300 - v;

  test('one bracket per claimed number and date, from under the ring down to the record', () => {
    const claims = [
      claim('a', { documented: 54 }),
      claim('b', { documented: 54, qualifier: 'more-than' }),
      claim('c', { date: '2019-02', value: 150, documented: 25 }),
    ];
    const b = bracketsOf(
      claims,
      [
        { x: 94, y: 0 },
        { x: 106, y: 0 },
        { x: 40, y: 150 },
      ],
      yOf,
      5,
      { format: String, text: 'selisih {gap}' },
    );
    expect(b.map((x) => x.label)).toEqual(['selisih 246', 'selisih 125']);
    expect(b[0]).toMatchObject({ x: 116, y0: 6, y1: 246, gap: 246, date: '2023-05-15' });
  });

  test('draws none where the record reaches the claim, nothing is known, or the gap is too small to see', () => {
    const claims = [
      claim('a', { documented: 300 }),
      claim('b', {}),
      claim('c', { value: 56, documented: 54 }),
    ];
    const points = claims.map(() => ({ x: 0, y: 0 }));
    expect(bracketsOf(claims, points, yOf, 5, { format: String, text: '{gap}' })).toEqual([]);
  });
});

describe('labelUnits', () => {
  const claims = [
    claim('300'),
    claim('lebih dari 300'),
    claim('150', { date: '2019-02', value: 150 }),
  ];
  const points = [
    { x: 94, y: 10 },
    { x: 106, y: 10 },
    { x: 40, y: 150 },
  ];

  test('gives each claim its own label unless asked to merge', () => {
    const { units, unitOf } = labelUnits(claims, points, 5, new Set());
    expect(units.map((u) => u.text)).toEqual(['300', 'lebih dari 300', '150']);
    expect(unitOf).toEqual([0, 1, 2]);
  });

  test('gives claims of one day and number one label, across both their rings', () => {
    const { units, unitOf } = labelUnits(claims, points, 5, new Set(['2023-05-15|300']));
    expect(units.map((u) => u.text)).toEqual(['300 · lebih dari 300', '150']);
    expect(unitOf).toEqual([0, 0, 1]);
    expect(units[0]).toMatchObject({ x: 100, r: 11 });
  });
});

describe('plotWidthFor', () => {
  const o = {
    width: 328,
    plotX: 40,
    radius: 5,
    fontSize: 13,
    format: String,
    gapText: 'selisih {gap}',
  };

  test('takes the whole width when no gap is drawn', () => {
    expect(plotWidthFor([claim('a')], [2016, 2024], o)).toBe(328 - 40 - 24);
  });

  test('narrows the plot so the latest gap’s label fits right of its bracket', () => {
    const w = plotWidthFor([claim('a', { documented: 54 })], [2016, 2024], o);
    expect(w).toBeLessThan(328 - 40 - 24);
    expect(w).toBeGreaterThanOrEqual((328 - 40 - 24) / 2);
  });
});
