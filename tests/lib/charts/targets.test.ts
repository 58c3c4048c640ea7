import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { overlaps } from '../../../src/lib/charts/labels.ts';
import {
  TARGET,
  bandTargets,
  pointTargets,
  rectBox,
  spread,
} from '../../../src/lib/charts/targets.ts';

describe('spread', () => {
  test('leaves intervals that do not touch where they were wished', () => {
    expect(
      spread(
        [
          { start: 0, size: 44 },
          { start: 100, size: 44 },
        ],
        0,
        200,
      ),
    ).toEqual([0, 100]);
  });

  test('pushes touching intervals apart around the middle of their wishes', () => {
    expect(
      spread(
        [
          { start: 50, size: 44 },
          { start: 50, size: 44 },
        ],
        0,
        200,
      ),
    ).toEqual([28, 72]);
  });

  test('keeps every interval inside the bounds, in order', () => {
    expect(
      spread(
        [
          { start: -30, size: 44 },
          { start: 190, size: 44 },
        ],
        0,
        200,
      ),
    ).toEqual([0, 156]);
  });

  test('gives up when the intervals are longer than the room', () => {
    expect(
      spread(
        [
          { start: 0, size: 44 },
          { start: 10, size: 44 },
        ],
        0,
        87,
      ),
    ).toBeUndefined();
  });

  test('returns whole units, disjoint and inside, for any wishes that fit', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            start: fc.double({ min: -100, max: 600, noNaN: true }),
            size: fc.double({ min: 1, max: 80, noNaN: true }),
          }),
          { maxLength: 10 },
        ),
        fc.integer({ min: 100, max: 700 }),
        (wishes, hi) => {
          const starts = spread(wishes, 0, hi);
          const whole = (size: number) => Math.ceil(size - 1e-9);
          const total = wishes.reduce((s, w) => s + whole(w.size), 0);
          if (total > hi) {
            expect(starts).toBeUndefined();
            return;
          }
          expect(starts).toHaveLength(wishes.length);
          starts?.forEach((x, i) => {
            expect(Number.isInteger(x)).toBe(true);
            expect(x).toBeGreaterThanOrEqual(0);
            const end = x + whole(wishes[i]?.size ?? 0);
            expect(end).toBeLessThanOrEqual(hi);
            const next = starts[i + 1];
            if (next !== undefined) expect(next).toBeGreaterThanOrEqual(end);
          });
        },
      ),
    );
  });
});

describe('bandTargets', () => {
  test('gives a short span a target of TARGET around it, a long one its own length', () => {
    const rects = bandTargets(
      [
        { x0: 100, x1: 104 },
        { x0: 104, x1: 300 },
      ],
      { y: 10, height: TARGET },
      0,
      400,
    );
    expect(rects?.[0]).toMatchObject({ width: TARGET, y: 10, height: TARGET });
    expect(rects?.[1]?.width).toBe(196);
    expect((rects?.[0]?.x ?? 0) + TARGET).toBeLessThanOrEqual(rects?.[1]?.x ?? 0);
    expect(rects?.[0]?.x).toBeLessThanOrEqual(100);
  });

  test('gives none when the band cannot hold them all', () => {
    const spans = Array.from({ length: 5 }, (_, i) => ({ x0: i * 10, x1: i * 10 + 10 }));
    expect(bandTargets(spans, { y: 0, height: TARGET }, 0, 200)).toBeUndefined();
  });
});

describe('pointTargets', () => {
  test('centres a lone point’s square on it, within the drawing', () => {
    expect(pointTargets([{ x: 100, y: 100 }], { width: 300, height: 200 })).toEqual([
      { x: 78, y: 78, width: TARGET, height: TARGET },
    ]);
    expect(pointTargets([{ x: 2, y: 199 }], { width: 300, height: 200 })[0]).toEqual({
      x: 0,
      y: 156,
      width: TARGET,
      height: TARGET,
    });
  });

  test('stacks points of one column apart, higher point higher', () => {
    const [a, b] = pointTargets(
      [
        { x: 100, y: 100 },
        { x: 102, y: 90 },
      ],
      { width: 300, height: 300 },
    );
    expect(a && b && overlaps(rectBox(a), rectBox(b))).toBe(false);
    expect(b?.y).toBeLessThan(a?.y ?? 0);
  });

  test('leaves a point without a target when its column is full', () => {
    const points = Array.from({ length: 5 }, () => ({ x: 50, y: 50 }));
    expect(pointTargets(points, { width: 300, height: 200 }).every((r) => r === undefined)).toBe(
      true,
    );
  });

  test('never lets two targets overlap or leave the drawing (random points)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.integer({ min: 0, max: 340 }), y: fc.integer({ min: 0, max: 300 }) }),
          { maxLength: 12 },
        ),
        (points) => {
          const size = { width: 340, height: 300 };
          const rects = pointTargets(points, size).filter((r) => r !== undefined);
          for (const r of rects) {
            expect(r.x).toBeGreaterThanOrEqual(0);
            expect(r.y).toBeGreaterThanOrEqual(0);
            expect(r.x + r.width).toBeLessThanOrEqual(size.width);
            expect(r.y + r.height).toBeLessThanOrEqual(size.height);
          }
          for (let i = 0; i < rects.length; i++)
            for (let j = i + 1; j < rects.length; j++) {
              const a = rects[i];
              const b = rects[j];
              if (a && b) expect(overlaps(rectBox(a), rectBox(b))).toBe(false);
            }
        },
      ),
    );
  });
});
