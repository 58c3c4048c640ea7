import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  fractionalYear,
  layoutClaimsVsRecord,
  type ClaimPointInput,
  type StepInput,
} from '../../../src/lib/charts/claims-vs-record.ts';
import { inside, overlaps, textBox, textWidth } from '../../../src/lib/charts/labels.ts';
import { TARGET, rectBox } from '../../../src/lib/charts/targets.ts';

describe('fractionalYear', () => {
  test('reads a date as a year with a fraction, coarse dates at their first day', () => {
    expect(fractionalYear('2019')).toBe(2019);
    expect(fractionalYear('2019-01')).toBe(2019);
    expect(fractionalYear('2019-07-02')).toBeCloseTo(2019.5, 2);
  });
});

const STEPS: StepInput[] = [
  { date: '2017-05-01', total: 20, title: 'a', href: '/a/' },
  { date: '2019-02-17', total: 45, title: 'b', href: '/b/' },
];

const CLAIMS: ClaimPointInput[] = [
  {
    key: 'k-150',
    date: '2019-02',
    value: 150,
    from: '2016-02',
    qualifier: 'exact',
    label: '150',
    title: 'k-150',
    href: '/k-150/',
  },
  {
    key: 'k-300',
    date: '2023-05-15',
    value: 300,
    qualifier: 'exact',
    label: '300',
    title: 'k-300',
  },
  {
    key: 'k-300-more',
    date: '2023-05-15',
    value: 300,
    qualifier: 'more-than',
    label: '> 300',
    title: 'k-300-more',
  },
];

/** Left edge and width of a placed label's text, from its anchor. */
function labelLeft(
  label: { x: number; text: string; anchor: 'start' | 'middle' | 'end' },
  fontSize: number,
): { x0: number; w: number } {
  const w = textWidth(label.text, fontSize);
  const x0 =
    label.anchor === 'end' ? label.x - w : label.anchor === 'middle' ? label.x - w / 2 : label.x;
  return { x0, w };
}

describe('layoutClaimsVsRecord', () => {
  const l = layoutClaimsVsRecord(STEPS, CLAIMS, { until: '2023-05-15', stepLabel: 'doc: {total}' });
  const bottom = l.plot.y + l.plot.height;

  test('spans whole years from the earliest window start to the latest date', () => {
    expect(l.xTicks[0]?.label).toBe('2016');
    expect(l.xTicks.at(-1)?.label).toBe('2024');
    // More than six years: every other year, so labels never collide at 340 units.
    expect(l.xTicks.map((t) => t.label)).toEqual(['2016', '2018', '2020', '2022', '2024']);
  });

  test('places values on a shared y scale from zero', () => {
    const [s20, s45] = l.steps;
    expect((bottom - (s45?.y ?? 0)) / (bottom - (s20?.y ?? 0))).toBeCloseTo(45 / 20, 2);
    const c150 = l.claims[0];
    expect((bottom - (c150?.y ?? 0)) / (bottom - (s20?.y ?? 0))).toBeCloseTo(150 / 20, 2);
    expect(l.yTicks[0]).toMatchObject({ value: 0, y: bottom });
  });

  test('draws the documented total as a step line from zero up to the last date', () => {
    expect(l.stepPath.startsWith(`M${l.plot.x},${bottom}`)).toBe(true);
    const lastX = Number(/L([\d.]+),[\d.]+$/.exec(l.stepPath)?.[1]);
    // The two claims of 2023-05-15 are dodged symmetrically around that date.
    const until = ((l.claims[1]?.x ?? 0) + (l.claims[2]?.x ?? 0)) / 2;
    expect(lastX).toBeCloseTo(until, 1);
    expect(l.stepLabel?.text).toBe('doc: 45');
  });

  test('draws a claim window from its start to the date the claim was made', () => {
    const c = l.claims[0];
    expect(c?.fromX).toBeDefined();
    expect(c?.fromX).toBeLessThan(c?.x ?? 0);
    expect(l.claims[1]?.fromX).toBeUndefined();
  });

  test('spreads claims made on the same day with the same value side by side', () => {
    const [, a, b] = l.claims;
    expect(a?.y).toBe(b?.y);
    expect(Math.abs((a?.x ?? 0) - (b?.x ?? 0))).toBeGreaterThanOrEqual(2 * l.pointRadius);
  });

  test('keeps labels off the points and the claim windows', () => {
    for (const c of l.claims) {
      const { x0, w } = labelLeft(c.labelPos, l.fontSize);
      const y0 = c.labelPos.y - l.fontSize * 0.8;
      const y1 = c.labelPos.y + l.fontSize * 0.25;
      for (const p of l.claims) {
        const onPoint =
          x0 < p.x + l.pointRadius &&
          p.x - l.pointRadius < x0 + w &&
          y0 < p.y + l.pointRadius &&
          p.y - l.pointRadius < y1;
        expect(onPoint).toBe(false);
        if (p.fromX !== undefined) {
          const onWindow = x0 < p.x && p.fromX < x0 + w && y0 < p.y && p.y < y1;
          expect(onWindow).toBe(false);
        }
      }
    }
  });

  test('keeps labels apart and inside the chart', () => {
    const boxes = l.claims.map((c) => {
      const { x0, w } = labelLeft(c.labelPos, l.fontSize);
      return { x0, x1: x0 + w, y0: c.labelPos.y - l.fontSize * 0.8, y1: c.labelPos.y };
    });
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(l.width);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (!a || !b) continue;
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap).toBe(false);
      }
    expect(l.claims.map((c) => c.labelPos.text)).toEqual(['150', '300', '> 300']);
  });
});

describe('layoutClaimsVsRecord: the gap to the record', () => {
  const steps: StepInput[] = [
    { date: '2019-02-17', total: 25, title: 'a', href: '/a/' },
    { date: '2023-03-23', total: 54, title: 'b', href: '/b/' },
  ];
  const claims: ClaimPointInput[] = [
    { ...CLAIMS[1], documented: 54 } as ClaimPointInput,
    { ...CLAIMS[2], documented: 54 } as ClaimPointInput,
  ];

  test.each([
    [328, 300],
    [592, 340],
  ])(
    'at %i units, brackets the claims of one day down to the record, labelled with the gap',
    (width, height) => {
      const l = layoutClaimsVsRecord(steps, claims, {
        width,
        height,
        fontSize: 13,
        until: '2023-05-15',
        gapLabel: 'selisih {gap}',
      });
      expect(l.brackets).toHaveLength(1);
      expect(l.brackets[0]).toMatchObject({ gap: 246, label: 'selisih 246' });
      expect(l.brackets[0]?.y1).toBeCloseTo(
        l.plot.y + l.plot.height - (54 / 300) * l.plot.height,
        0,
      );
      const label = l.texts.find((t) => t.cls === 'gap-label');
      expect(label?.text).toBe('selisih 246');
    },
  );
});

describe('layoutClaimsVsRecord: texts and tap targets (random data)', () => {
  const date = fc
    .record({ y: fc.integer({ min: 2015, max: 2024 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`);
  const cases = fc.record({
    steps: fc.array(fc.record({ date, add: fc.integer({ min: 1, max: 200 }) }), { maxLength: 8 }),
    claims: fc.array(
      fc.record({
        date,
        value: fc.integer({ min: 1, max: 3000 }),
        documented: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
        words: fc.constantFrom('', 'lebih dari ', 'sekitar ', 'hampir '),
        from: fc.option(date, { nil: undefined }),
      }),
      { maxLength: 7 },
    ),
    width: fc.constantFrom(328, 592, 400),
  });

  const layoutOf = (c: {
    steps: { date: string; add: number }[];
    claims: {
      date: string;
      value: number;
      documented?: number | undefined;
      words: string;
      from?: string | undefined;
    }[];
    width: number;
  }) => {
    const sorted = [...c.steps].sort((a, b) => a.date.localeCompare(b.date));
    let total = 0;
    const steps = sorted.map((s) => ({
      date: s.date,
      total: (total += s.add),
      title: 't',
      href: '/c/',
    }));
    const claims: ClaimPointInput[] = c.claims.map((k, i) => ({
      key: `k${i}`,
      date: k.date,
      value: k.value,
      qualifier: 'exact',
      label: `${k.words}${k.value}`,
      ...(k.documented !== undefined ? { documented: k.documented } : {}),
      ...(k.from && k.from < k.date ? { from: k.from } : {}),
      title: 't',
      href: '/k/',
    }));
    return layoutClaimsVsRecord(steps, claims, {
      width: c.width,
      height: c.width < 400 ? 300 : 340,
      fontSize: 13,
      stepLabel: 'tercatat: {total}',
      gapLabel: 'selisih {gap}',
      yAxisLabel: 'peserta (kumulatif)',
      format: new Intl.NumberFormat('id-ID').format,
    });
  };

  test('every text lies inside the drawing and no two texts overlap', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const l = layoutOf(c);
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
        const l = layoutOf(c);
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
