import { describe, expect, test } from 'vitest';
import { deltaE2000, difference, lab, simulate } from '../../../src/lib/charts/colour-vision.ts';

describe('deltaE2000', () => {
  // Test pairs from Sharma, Wu & Dalal (2005), Table 1.
  test.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ] as const)('%j against %j is %f', (a, b, expected) => {
    expect(deltaE2000([...a], [...b])).toBeCloseTo(expected, 3);
  });
});

describe('lab', () => {
  test('puts white at L 100 and black at L 0, both without hue', () => {
    const white = lab(simulate('#ffffff', 'normal'));
    expect(white[0]).toBeCloseTo(100, 1);
    expect(Math.abs(white[1]) + Math.abs(white[2])).toBeLessThan(0.5);
    expect(lab(simulate('#000000', 'normal'))).toEqual([0, 0, 0]);
  });
});

describe('simulate', () => {
  test('leaves greys grey under every vision', () => {
    for (const vision of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const [r, g, b] = simulate('#808080', vision);
      expect(Math.abs(r - g)).toBeLessThan(1e-3);
      expect(Math.abs(g - b)).toBeLessThan(1e-3);
    }
  });

  test('makes red and green hard to tell apart without L or M cones, not without S cones', () => {
    const red = '#d62728';
    const green = '#2ca02c';
    expect(difference(red, green, 'normal')).toBeGreaterThan(50);
    expect(difference(red, green, 'deuteranopia')).toBeLessThan(15);
    expect(difference(red, green, 'protanopia')).toBeLessThan(25);
    expect(difference(red, green, 'tritanopia')).toBeGreaterThan(40);
  });
});
