import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { BarRowInput } from '../../../src/lib/charts/bar-lanes.ts';
import { layoutBars } from '../../../src/lib/charts/bars.ts';
import { inside, overlaps, textBox, textWidth } from '../../../src/lib/charts/labels.ts';
import { PALETTE } from '../../../src/lib/charts/palette.ts';
import { TARGET, rectBox } from '../../../src/lib/charts/targets.ts';

const seg = (
  key: string,
  value: number,
  extra: { hasUnknown?: boolean; tentative?: boolean } = {},
) => ({
  key,
  value,
  hasUnknown: extra.hasUnknown ?? false,
  ...(extra.tentative ? { tentative: true } : {}),
  colour: '#0072B2',
  href: `/${key}/`,
  title: key,
});

const ROWS: BarRowInput[] = [
  { key: '2017', label: '2017', segments: [seg('a', 20)] },
  { key: '2018', label: '2018', segments: [], emptyText: 'nothing documented' },
  {
    key: '2019',
    label: '2019',
    segments: [seg('a', 25), seg('b', 10, { hasUnknown: true }), seg('c', 25, { tentative: true })],
  },
  { key: '2020', label: '2020', segments: [seg('d', 0, { hasUnknown: true })] },
  { key: '2021', label: '2021', segments: [seg('e', 30, { tentative: true })] },
];

describe('layoutBars', () => {
  const layout = layoutBars(ROWS);
  const segments = layout.rows.flatMap((r) => r.lanes.flatMap((l) => l.segments));

  test('places one row per input row, in input order, top to bottom', () => {
    expect(layout.rows.map((r) => r.key)).toEqual(['2017', '2018', '2019', '2020', '2021']);
    const ys = layout.rows.map((r) => r.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    for (let i = 1; i < layout.rows.length; i++) {
      const prev = layout.rows[i - 1];
      const row = layout.rows[i];
      expect(row && prev && row.y >= prev.y + prev.height).toBe(true);
    }
  });

  test('draws one rectangle per segment with a known value above zero', () => {
    expect(segments.map((s) => s.key)).toEqual(['a', 'a', 'b', 'c', 'e']);
  });

  test('lengths are proportional to values on one scale from zero', () => {
    const a20 = segments[0];
    const a25 = segments[1];
    const b10 = segments[2];
    expect(a20 && a25 && b10).toBeTruthy();
    if (!a20 || !a25 || !b10) return;
    expect(a25.width / a20.width).toBeCloseTo(25 / 20, 2);
    expect(b10.width / a20.width).toBeCloseTo(10 / 20, 2);
    for (const s of segments) expect(s.x).toBeGreaterThanOrEqual(layout.plotX);
    const zero = layout.ticks.find((t) => t.value === 0);
    expect(zero?.x).toBe(layout.plotX);
  });

  test('stacks the counted segments of a row left to right without gaps', () => {
    const lane = layout.rows[2]?.lanes[0];
    const [first, second] = lane?.segments ?? [];
    expect(first && second && second.x).toBeCloseTo((first?.x ?? 0) + (first?.width ?? 0), 1);
  });

  test('keeps planned and announced segments out of the total, in a lane of their own from zero', () => {
    const row = layout.rows[2];
    expect(row?.total).toBe(35);
    expect(row?.lanes.map((l) => l.tentative)).toEqual([false, true]);
    const tentative = row?.lanes[1];
    expect(tentative?.total).toBe(25);
    expect(tentative?.segments[0]?.x).toBe(layout.plotX);
    expect(tentative?.y).toBeGreaterThan(row?.lanes[0]?.y ?? Infinity);
    const onlyPlanned = layout.rows[4];
    expect(onlyPlanned?.total).toBe(0);
    expect(onlyPlanned?.empty).toBe(false);
    expect(onlyPlanned?.lanes.map((l) => l.tentative)).toEqual([true]);
  });

  test('never draws an unknown count as a zero-width bar: it gets a marker and a "+?" total ("?" when nothing is known)', () => {
    expect(segments.every((s) => s.width > 0)).toBe(true);
    const unknownOnly = layout.rows[3];
    expect(unknownOnly?.empty).toBe(false);
    expect(unknownOnly?.lanes[0]?.segments).toEqual([]);
    expect(unknownOnly?.lanes[0]?.marker).toBeDefined();
    expect(unknownOnly?.lanes[0]?.totalLabel).toBe('?');
    const partial = layout.rows[2]?.lanes[0];
    expect(partial?.hasUnknown).toBe(true);
    expect(partial?.totalLabel).toBe('35+?');
    const last = partial?.segments.at(-1);
    expect(partial?.marker?.x).toBeGreaterThanOrEqual((last?.x ?? 0) + (last?.width ?? 0));
    expect(partial?.marker?.width).toBeGreaterThan(0);
    expect(partial?.totalX).toBeGreaterThan(
      (partial?.marker?.x ?? 0) + (partial?.marker?.width ?? 0),
    );
    expect(layout.rows[0]?.lanes[0]?.marker).toBeUndefined();
  });

  test('keeps rows with nothing documented, labelled as such', () => {
    const empty = layout.rows[1];
    expect(empty?.empty).toBe(true);
    expect(empty?.lanes).toEqual([]);
    expect(empty?.emptyText).toBe('nothing documented');
    expect(empty?.emptyX).toBeGreaterThan(layout.plotX);
  });

  test('fits every total label inside the width', () => {
    for (const row of layout.rows)
      for (const lane of row.lanes)
        expect(lane.totalX + textWidth(lane.totalLabel, layout.fontSize)).toBeLessThanOrEqual(
          layout.width,
        );
  });

  test('formats totals and ticks with the given formatter', () => {
    const f = new Intl.NumberFormat('id-ID');
    const big = layoutBars([{ key: 'x', label: 'x', segments: [seg('a', 1234)] }], {
      format: (n) => f.format(n),
    });
    expect(big.rows[0]?.lanes[0]?.totalLabel).toBe('1.234');
    expect(big.ticks.some((t) => t.label.includes('.'))).toBe(true);
  });

  test('gives whole-number ticks only when asked (counts of cohorts)', () => {
    const small = [{ key: 'x', label: 'x', segments: [seg('a', 2)] }];
    expect(layoutBars(small).ticks.some((t) => !Number.isInteger(t.value))).toBe(true);
    const ints = layoutBars(small, { integerTicks: true }).ticks.map((t) => t.value);
    expect(ints).toEqual([0, 1, 2]);
  });

  test('puts long labels above the bars when asked', () => {
    const above = layoutBars(
      [{ key: 'long', label: 'Smart City and Cybersecurity', segments: [seg('a', 5)] }],
      { labelPosition: 'above' },
    );
    const row = above.rows[0];
    expect(row?.labelAnchor).toBe('start');
    expect(row?.labelY).toBeLessThan(row?.lanes[0]?.y ?? 0);
    expect(above.plotWidth).toBeGreaterThan(250);
  });

  test('is deterministic', () => {
    expect(layoutBars(ROWS)).toEqual(layout);
  });
});

describe('layoutBars: texts and tap targets (random data)', () => {
  const segment = fc.record({
    key: fc.string({ minLength: 1, maxLength: 8 }),
    value: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5000 })),
    hasUnknown: fc.boolean(),
    tentative: fc.boolean(),
    colour: fc.constantFrom(...PALETTE),
    href: fc.option(fc.constant('/x/'), { nil: undefined }),
    title: fc.constant('t'),
  });
  const row = (labels: fc.Arbitrary<string>) =>
    fc.record({
      key: fc.string(),
      label: labels,
      href: fc.option(fc.constant('/r/'), { nil: undefined }),
      segments: fc.array(segment, { maxLength: 6 }),
      emptyText: fc.option(fc.lorem({ maxCount: 8 }), { nil: undefined }),
    });
  const word = fc.stringMatching(/^[A-Za-z]{1,14}$/);
  const cases = fc.oneof(
    fc.record({
      rows: fc.array(row(fc.integer({ min: 1990, max: 2100 }).map(String)), {
        minLength: 1,
        maxLength: 8,
      }),
      position: fc.constant('left' as const),
      width: fc.integer({ min: 280, max: 700 }),
      fontSize: fc.constantFrom(12, 13),
    }),
    fc.record({
      rows: fc.array(row(fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '))), {
        minLength: 1,
        maxLength: 6,
      }),
      position: fc.constant('above' as const),
      width: fc.integer({ min: 280, max: 700 }),
      fontSize: fc.constantFrom(12, 13),
    }),
  );
  interface Case {
    rows: (Omit<BarRowInput, 'href' | 'emptyText'> & {
      href?: string | undefined;
      emptyText?: string | undefined;
    })[];
    position: 'left' | 'above';
    width: number;
    fontSize: number;
  }
  const layoutOf = (c: Case) =>
    layoutBars(
      c.rows.map((r) => ({
        key: r.key,
        label: r.label,
        ...(r.href ? { href: r.href } : {}),
        ...(r.emptyText ? { emptyText: r.emptyText } : {}),
        segments: r.segments.map((s) => ({
          ...s,
          ...(s.href ? { href: s.href } : {}),
        })),
      })),
      {
        width: c.width,
        fontSize: c.fontSize,
        labelPosition: c.position,
        format: new Intl.NumberFormat('id-ID').format,
        axisLabel: 'peserta',
      },
    );

  test('every text lies inside the drawing and no two texts overlap', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const l = layoutOf(c as Case);
        const boxes = l.texts.map((t) => textBox(t, l.fontSize));
        for (const b of boxes) expect(inside(b, l)).toBe(true);
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            if (a && b)
              expect(overlaps(a, b), `${l.texts[i]?.text} / ${l.texts[j]?.text}`).toBe(false);
          }
      }),
      { numRuns: 300 },
    );
  });

  test('every link has a target of 44 × 44 or more, inside the drawing, apart from the others', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const l = layoutOf(c as Case);
        const boxes = l.links.map((k) => rectBox(k.rect));
        for (const k of l.links) {
          expect(k.rect.width).toBeGreaterThanOrEqual(TARGET);
          expect(k.rect.height).toBeGreaterThanOrEqual(TARGET);
        }
        for (const b of boxes) expect(inside(b, l)).toBe(true);
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            if (a && b) expect(overlaps(a, b)).toBe(false);
          }
      }),
      { numRuns: 300 },
    );
  });
});
