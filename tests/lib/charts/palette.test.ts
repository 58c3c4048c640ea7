import { describe, expect, test } from 'vitest';
import { VISIONS, difference } from '../../../src/lib/charts/colour-vision.ts';
import {
  BACKGROUNDS,
  DASHES,
  NEUTRAL,
  PALETTE,
  STATUS_OUTLINE,
  colourIndex,
  contrast,
  seriesColours,
  textOn,
} from '../../../src/lib/charts/palette.ts';

/** The colours the real content needs (four themes) and the colours beside them on every chart. */
const THEMES = PALETTE.slice(0, 4);
const INK_LIGHT = '#1b1b1f';
const MIN_DIFFERENCE = 10;

describe('PALETTE', () => {
  test('gives each theme its own colour, none of them the ink or the neutral grey', () => {
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
    expect(PALETTE).not.toContain('#000000');
    expect(PALETTE).not.toContain(NEUTRAL);
  });

  test('the first four colours have 3:1 contrast on the light and the dark page', () => {
    for (const c of [...THEMES, NEUTRAL]) {
      expect(contrast(c, BACKGROUNDS.light), `${c} on light`).toBeGreaterThanOrEqual(3);
      expect(contrast(c, BACKGROUNDS.dark), `${c} on dark`).toBeGreaterThanOrEqual(3);
    }
  });

  test.each(VISIONS)(
    'the first four colours, the grey and the ink stay apart with %s (CIEDE2000 ≥ 10)',
    (vision) => {
      const colours = [...THEMES, NEUTRAL, INK_LIGHT];
      for (let i = 0; i < colours.length; i++)
        for (let j = i + 1; j < colours.length; j++) {
          const a = colours[i] ?? '';
          const b = colours[j] ?? '';
          expect(difference(a, b, vision), `${a} vs ${b}`).toBeGreaterThanOrEqual(MIN_DIFFERENCE);
        }
    },
  );
});

describe('STATUS_OUTLINE', () => {
  test('tells statuses apart by outline alone', () => {
    const outlines = Object.values(STATUS_OUTLINE);
    expect(new Set(outlines).size).toBe(outlines.length);
    expect(DASHES[STATUS_OUTLINE.held]).toBeUndefined();
    expect(DASHES[STATUS_OUTLINE.planned]).not.toBe(DASHES[STATUS_OUTLINE.announced]);
  });
});

describe('seriesColours and colourIndex', () => {
  test('assign colours by order and wrap past the end of the palette', () => {
    const keys = Array.from({ length: PALETTE.length + 1 }, (_, i) => `k${i}`);
    const colours = seriesColours(keys);
    expect(colours.get('k0')).toBe(PALETTE[0]);
    expect(colours.get(`k${PALETTE.length}`)).toBe(PALETTE[0]);
    expect(colourIndex(keys).get('k1')).toBe(1);
  });
});

describe('contrast and textOn', () => {
  test('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767680', '#ffffff')).toBeCloseTo(4.49, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });

  test('writes inside every theme colour with 4.5:1 contrast', () => {
    for (const c of PALETTE) expect(contrast(textOn(c), c), c).toBeGreaterThanOrEqual(4.5);
    expect(textOn('#0072B2')).toBe('#ffffff');
    expect(textOn('#F0E442')).toBe('#000000');
  });
});
