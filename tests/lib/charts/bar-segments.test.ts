import { scaleLinear } from 'd3';
import { describe, expect, test } from 'vitest';
import { draftLanes } from '../../../src/lib/charts/bar-lanes.ts';
import { placeLane } from '../../../src/lib/charts/bar-segments.ts';
import { TARGET } from '../../../src/lib/charts/targets.ts';

const seg = (key: string, value: number, hasUnknown = false, href?: string) => ({
  key,
  value,
  hasUnknown,
  colour: '#0072B2',
  title: key,
  ...(href ? { href } : {}),
});
const geometry = {
  plotX: 40,
  x: scaleLinear().domain([0, 100]).range([0, 200]),
  barHeight: 22,
  tentativeHeight: 16,
  markerWidth: 10,
  fontSize: 13,
  width: 300,
};
const lane = (segments: ReturnType<typeof seg>[]) => {
  const [draft] = draftLanes({ key: 'r', label: 'r', segments }, String, '+?');
  if (!draft) throw new Error('no lane');
  return placeLane(draft, 100, geometry);
};

describe('placeLane', () => {
  test('centres the bar in its band, which is a tap target tall', () => {
    const { lane: l } = lane([seg('a', 50)]);
    expect(l.bandY).toBe(100);
    expect(l.y).toBe(100 + (TARGET - 22) / 2);
    expect(l.segments[0]).toMatchObject({ x: 40, width: 100 });
  });

  test('links each linked segment and the marker through targets in the band', () => {
    const { links } = lane([seg('a', 2, false, '/a/'), seg('b', 30, true, '/b/')]);
    expect(links.map((k) => [k.cls, k.href])).toEqual([
      ['bar', '/a/'],
      ['bar', '/b/'],
      ['unknown', '/b/'],
    ]);
    for (const k of links) {
      expect(k.rect.width).toBeGreaterThanOrEqual(TARGET);
      expect(k.rect).toMatchObject({ y: 100, height: TARGET });
    }
  });

  test('keeps no link when the targets cannot all fit across the drawing', () => {
    const many = Array.from({ length: 8 }, (_, i) => seg(`s${i}`, 5, false, `/${i}/`));
    expect(lane(many).links).toEqual([]);
  });
});
