import { describe, expect, test } from 'vitest';
import {
  fractionalYear,
  layoutClaimsVsRecord,
  type ClaimPointInput,
  type StepInput,
} from '../../../src/lib/charts/claims-vs-record.ts';
import { textWidth } from '../../../src/lib/charts/labels.ts';

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
