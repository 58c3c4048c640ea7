import { describe, expect, test } from 'vitest';
import { draftLanes, type BarSegmentInput } from '../../../src/lib/charts/bar-lanes.ts';

const seg = (key: string, value: number, extra: Partial<BarSegmentInput> = {}) => ({
  key,
  value,
  hasUnknown: false,
  colour: '#0072B2',
  title: key,
  ...extra,
});

const lanes = (segments: BarSegmentInput[]) =>
  draftLanes({ key: 'r', label: 'r', segments }, String, '+?');

describe('draftLanes', () => {
  test('puts counted segments in the first lane and tentative ones in a lane of their own', () => {
    const [counted, tentative] = lanes([
      seg('a', 20),
      seg('b', 25, { tentative: true }),
      seg('c', 5),
    ]);
    expect(counted?.tentative).toBe(false);
    expect(counted?.inputs.map((s) => s.key)).toEqual(['a', 'c']);
    expect(counted?.total).toBe(25);
    expect(tentative?.tentative).toBe(true);
    expect(tentative?.total).toBe(25);
  });

  test('labels a lane with a segment of unknown size as a minimum', () => {
    const [lane] = lanes([seg('a', 20), seg('b', 10, { hasUnknown: true })]);
    expect(lane?.hasUnknown).toBe(true);
    expect(lane?.totalLabel).toBe('30+?');
  });

  test('keeps a segment with nothing known but an unknown group; drops one with nothing at all', () => {
    expect(lanes([seg('a', 0, { hasUnknown: true })]).map((l) => l.inputs.length)).toEqual([1]);
    expect(lanes([seg('a', 0)])).toEqual([]);
    expect(lanes([])).toEqual([]);
  });

  test('leaves out a lane with no segment', () => {
    expect(lanes([seg('a', 3, { tentative: true })]).map((l) => l.tentative)).toEqual([true]);
  });
});
