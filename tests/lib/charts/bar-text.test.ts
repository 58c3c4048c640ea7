import { describe, expect, test } from 'vitest';
import { draftLanes } from '../../../src/lib/charts/bar-lanes.ts';
import { totalRoom } from '../../../src/lib/charts/bar-text.ts';
import { layoutBars } from '../../../src/lib/charts/bars.ts';
import { contrast } from '../../../src/lib/charts/palette.ts';

const seg = (key: string, value: number, colour = '#0072B2', hasUnknown = false) => ({
  key,
  value,
  hasUnknown,
  colour,
  title: key,
});

describe('barTexts (through layoutBars)', () => {
  test('writes each stacked segment’s value inside it when it fits, readable on its colour', () => {
    const l = layoutBars(
      [{ key: 'r', label: '2023', segments: [seg('a', 4), seg('b', 25, '#D55E00', true)] }],
      { width: 328, fontSize: 13 },
    );
    const values = l.texts.filter((t) => t.cls === 'value');
    expect(values.map((t) => t.text)).toEqual(['4', '25+?']);
    expect(values[0]?.fill).toBe('#ffffff');
    for (const [i, t] of values.entries()) {
      const s = l.rows[0]?.lanes[0]?.segments[i];
      expect(contrast(t.fill ?? '', s?.colour ?? '')).toBeGreaterThanOrEqual(4.5);
      expect(t.x).toBeCloseTo((s?.x ?? 0) + (s?.width ?? 0) / 2, 1);
    }
  });

  test('leaves a value too long for its segment to the data table, and a lone segment to the total', () => {
    const l = layoutBars(
      [
        { key: 'r', label: '2023', segments: [seg('a', 1), seg('b', 900)] },
        { key: 's', label: '2024', segments: [seg('c', 900)] },
      ],
      { width: 328, fontSize: 13 },
    );
    expect(l.texts.filter((t) => t.cls === 'value').map((t) => t.text)).toEqual(['900']);
    expect(l.texts.filter((t) => t.cls.startsWith('total')).map((t) => t.text)).toEqual([
      '901',
      '900',
    ]);
  });

  test('thins tick labels until they stand apart, keeping zero', () => {
    const f = new Intl.NumberFormat('id-ID').format;
    const l = layoutBars([{ key: 'r', label: '2023', segments: [seg('a', 123456)] }], {
      width: 328,
      fontSize: 13,
      format: f,
    });
    expect(l.ticks[0]?.label).toBe('0');
    const ticks = l.texts.filter((t) => t.cls === 'tick');
    expect(ticks.length).toBe(l.ticks.length);
    expect(ticks.length).toBeLessThan(6);
  });

  test('draws the row labels, wrapped above the bars, and underlines the ones that are links', () => {
    const l = layoutBars(
      [
        {
          key: 'k',
          label: 'Kota Cerdas dan Keamanan Siber dan Pengelolaan Air Limbah',
          href: '/tema/k/',
          segments: [seg('a', 5)],
        },
      ],
      { width: 328, fontSize: 13, labelPosition: 'above' },
    );
    const labels = l.texts.filter((t) => t.cls === 'row-label');
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.every((t) => t.underline)).toBe(true);
    expect(l.rows[0]?.labelLines).toEqual(labels.map((t) => t.text));
  });
});

describe('totalRoom', () => {
  test('fits the widest total, with its marker when it is a minimum', () => {
    const lanes = draftLanes(
      { key: 'r', label: 'r', segments: [seg('a', 1234, '#0072B2', true)] },
      String,
      '+?',
    );
    const plain = draftLanes({ key: 'r', label: 'r', segments: [seg('a', 1234)] }, String, '+?');
    expect(totalRoom(lanes, 13, 10)).toBeGreaterThan(totalRoom(plain, 13, 10));
  });
});
