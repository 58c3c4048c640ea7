import { describe, expect, test } from 'vitest';
import {
  MAX_LISTED,
  claimTexts,
  yTickRoom,
  type ClaimTextInput,
} from '../../../src/lib/charts/claims-text.ts';
import { overlaps, textBox, textWidth } from '../../../src/lib/charts/labels.ts';

const base: ClaimTextInput = {
  width: 328,
  height: 300,
  fontSize: 13,
  plot: { x: 40, y: 48, width: 264, height: 216 },
  obstacles: [],
  xTicks: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map((y, i) => ({
    x: 40 + i * 33,
    label: String(y),
  })),
  everyOther: true,
  yTicks: [
    { y: 264, value: 0, label: '0' },
    { y: 48, value: 300, label: '300' },
  ],
  yAxisTitle: 'peserta (kumulatif)',
  claims: [{ x: 150, y: 100, r: 5, text: '150', date: '2019-02' }],
  brackets: [],
  overflow: (date, label) => `${date}: ${label}`,
};

describe('claimTexts', () => {
  test('places the axes’ labels, every other year on a long span', () => {
    const out = claimTexts(base);
    const years = out.texts.filter((t) => t.cls === 'tick' && t.text.length === 4);
    expect(years.map((t) => t.text)).toEqual(['2016', '2018', '2020', '2022', '2024']);
    expect(out.yAxisLabel?.text).toBe('peserta (kumulatif)');
    expect(out.texts.find((t) => t.text === '300')?.anchor).toBe('end');
  });

  test('places a claim’s label beside its ring, bold, without listing it', () => {
    const out = claimTexts(base);
    expect(out.claimListed).toEqual([false]);
    expect(out.claimLabels[0]?.text).toBe('150');
    expect(out.texts.find((t) => t.cls === 'claim-label')?.bold).toBe(true);
    expect(out.height).toBe(300);
  });

  test('lists a label with no room beside its mark under the chart, with its date, and grows the drawing', () => {
    const out = claimTexts({
      ...base,
      obstacles: [{ x0: 0, x1: 328, y0: 20, y1: 280 }],
      brackets: [{ x: 200, y0: 110, y1: 250, date: '2019-02', gap: 125, label: 'selisih 125' }],
    });
    expect(out.claimListed).toEqual([true]);
    const listed = out.texts.filter((t) => t.cls === 'overflow').map((t) => t.text);
    expect(listed).toEqual(['2019-02: 150', '2019-02: selisih 125']);
    expect(out.height).toBeGreaterThan(300);
    const boxes = out.texts.map((t) => textBox(t, 13));
    for (const b of boxes) expect(b.y1).toBeLessThanOrEqual(out.height);
  });

  test('lists at most MAX_LISTED labels under the chart, then says how many more', () => {
    const claims = Array.from({ length: 1000 }, (_, i) => ({
      x: 150,
      y: 100,
      r: 5,
      text: String(i + 1),
      date: '2019-02',
    }));
    const out = claimTexts({
      ...base,
      obstacles: [{ x0: 0, x1: 328, y0: 20, y1: 280 }],
      claims,
      more: (n) => `… dan ${n} label lain`,
    });
    const listed = out.texts.filter((t) => t.cls === 'overflow').map((t) => t.text);
    expect(listed).toHaveLength(MAX_LISTED + 1);
    expect(listed.at(-1)).toBe(`… dan ${1000 - MAX_LISTED} label lain`);
    expect(out.height).toBeLessThan(300 + (MAX_LISTED + 2) * 20);
    expect(out.claimListed.every(Boolean)).toBe(true);
  });

  test('puts a gap’s label right beside its bracket', () => {
    const out = claimTexts({
      ...base,
      brackets: [{ x: 200, y0: 110, y1: 250, date: '2019-02', gap: 125, label: 'selisih 125' }],
    });
    const gap = out.texts.find((t) => t.cls === 'gap-label');
    expect(gap && (gap.x === 204 || gap.x === 194)).toBe(true);
    const box = gap ? textBox(gap, 13) : undefined;
    expect(box && box.y0 >= 110 && box.y1 <= 250 + 13).toBe(true);
    for (const t of out.texts)
      if (t !== gap && gap) expect(overlaps(textBox(t, 13), textBox(gap, 13))).toBe(false);
  });
});

describe('yTickRoom', () => {
  test('fits the widest tick label before the plot', () => {
    expect(yTickRoom(['0', '1.000'], 13)).toBeGreaterThan(textWidth('1.000', 13));
  });
});
