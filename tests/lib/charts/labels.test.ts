import { describe, expect, test } from 'vitest';
import {
  freePlacer,
  inside,
  labelBox,
  labelCandidates,
  labelPlacer,
  lineBox,
  lineHeight,
  overlaps,
  pointBox,
  textBox,
  textWidth,
  wrapLines,
} from '../../../src/lib/charts/labels.ts';

describe('textWidth', () => {
  test('grows with the number of characters and the font size', () => {
    expect(textWidth('')).toBe(0);
    expect(textWidth('abcd', 12)).toBe(2 * textWidth('ab', 12));
    expect(textWidth('ab', 24)).toBe(2 * textWidth('ab', 12));
  });
});

describe('textWidth in bold', () => {
  test('reserves more room for bold text', () => {
    expect(textWidth('300', 13, true)).toBeGreaterThan(textWidth('300', 13));
  });
});

describe('labelBox', () => {
  test('sits left of, around or right of the anchor point, over the baseline', () => {
    const w = textWidth('300', 12);
    const at = { x: 100, y: 50, text: '300' };
    expect(labelBox({ ...at, anchor: 'start' }, 12).x0).toBe(100);
    expect(labelBox({ ...at, anchor: 'middle' }, 12).x0).toBe(100 - w / 2);
    expect(labelBox({ ...at, anchor: 'end' }, 12).x1).toBe(100);
    const b = labelBox({ ...at, anchor: 'start' }, 12);
    expect(b.y0).toBeLessThan(50);
    expect(b.y1).toBeGreaterThan(50);
  });
});

describe('pointBox and lineBox', () => {
  test('cover a point by its radius and a line by one unit either side', () => {
    expect(pointBox(10, 20, 4)).toEqual({ x0: 6, x1: 14, y0: 16, y1: 24 });
    expect(lineBox(30, 10, 5, 5)).toEqual({ x0: 9, x1: 31, y0: 4, y1: 6 });
  });
});

describe('labelCandidates', () => {
  test('starts above the point, then left and right of it', () => {
    const [above, left, right] = labelCandidates(100, 100, 4, 'x', 12);
    expect(above).toMatchObject({ x: 100, anchor: 'middle' });
    expect(above?.y).toBeLessThan(100 - 4);
    expect(left).toMatchObject({ anchor: 'end' });
    expect(left?.x).toBeLessThan(100 - 4);
    expect(right).toMatchObject({ anchor: 'start' });
    expect(right?.x).toBeGreaterThan(100 + 4);
  });
});

describe('labelPlacer', () => {
  const size = { width: 200, height: 200 };

  test('takes the first candidate that overlaps nothing', () => {
    const place = labelPlacer([pointBox(100, 100, 4)], size, 12);
    const candidates = labelCandidates(100, 100, 4, '300', 12);
    expect(place(candidates)).toEqual(candidates[0]);
  });

  test('moves on when a spot is taken by an obstacle or an earlier label', () => {
    const candidates = labelCandidates(100, 100, 4, '300', 12);
    const first = candidates[0];
    if (!first) throw new Error('no candidate');
    const place = labelPlacer([labelBox(first, 12)], size, 12);
    const a = place(candidates);
    expect(a).not.toEqual(first);
    const b = place(candidates);
    expect(b).not.toEqual(a);
  });

  test('keeps labels inside the drawing when it can', () => {
    const place = labelPlacer([], size, 12);
    const l = place(labelCandidates(198, 100, 4, 'a long label', 12));
    const b = labelBox(l, 12);
    expect(b.x0).toBeGreaterThanOrEqual(0);
    expect(b.x1).toBeLessThanOrEqual(size.width);
  });

  test('rounds the placed position to hundredths', () => {
    const place = labelPlacer([], size, 12);
    expect(place([{ x: 10.123456, y: 20.98765, text: 'a', anchor: 'start' }])).toEqual({
      x: 10.12,
      y: 20.99,
      text: 'a',
      anchor: 'start',
    });
  });
});

describe('textBox and lineHeight', () => {
  test('cover the text’s ascent and descent, and one line is at least as tall as a box', () => {
    const t = { x: 0, y: 100, text: 'Ag', anchor: 'start' as const, cls: 'x' };
    const b = textBox(t, 13);
    expect(b.y0).toBeLessThanOrEqual(100 - 13 * 0.9);
    expect(b.y1).toBeGreaterThanOrEqual(100 + 13 * 0.2);
    expect(lineHeight(13)).toBeGreaterThanOrEqual(b.y1 - b.y0);
    expect(textBox({ ...t, bold: true }, 13).x1).toBeGreaterThan(b.x1);
  });
});

describe('overlaps and inside', () => {
  test('boxes that only touch do not overlap', () => {
    const a = { x0: 0, x1: 10, y0: 0, y1: 10 };
    expect(overlaps(a, { x0: 10, x1: 20, y0: 0, y1: 10 })).toBe(false);
    expect(overlaps(a, { x0: 9, x1: 20, y0: 9, y1: 10 })).toBe(true);
    expect(inside(a, { width: 10, height: 10 })).toBe(true);
    expect(inside({ ...a, x0: -1 }, { width: 10, height: 10 })).toBe(false);
  });
});

describe('wrapLines', () => {
  test('fills lines up to the width by the estimate, word by word', () => {
    const lines = wrapLines('Kota Cerdas dan Keamanan Siber', 120, 13);
    expect(lines.join(' ')).toBe('Kota Cerdas dan Keamanan Siber');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(120);
  });

  test('cuts a word longer than the width', () => {
    const lines = wrapLines('Pengelolaanairlimbahdomestik', 60, 13);
    expect(lines.join('')).toBe('Pengelolaanairlimbahdomestik');
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(60);
  });
});

describe('freePlacer', () => {
  const size = { width: 200, height: 200 };

  test('never places a label over an obstacle or another label', () => {
    const place = freePlacer([pointBox(100, 100, 4)], size, 12);
    const candidates = labelCandidates(100, 100, 4, '300', 12);
    const a = place(candidates);
    const b = place(candidates);
    expect(a && b).toBeTruthy();
    if (a && b) expect(overlaps(labelBox(a, 12), labelBox(b, 12))).toBe(false);
  });

  test('returns undefined when every candidate is taken or outside', () => {
    const place = freePlacer([{ x0: 0, x1: 200, y0: 0, y1: 200 }], size, 12);
    expect(place(labelCandidates(100, 100, 4, '300', 12))).toBeUndefined();
    const empty = freePlacer([], size, 12);
    expect(empty([{ x: 199, y: 100, text: 'a long label', anchor: 'start' }])).toBeUndefined();
  });
});
