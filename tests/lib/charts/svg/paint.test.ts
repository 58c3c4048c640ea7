import { describe, expect, test } from 'vitest';
import { FILE, INLINE, colourOf, rim } from '../../../../src/lib/charts/svg/paint.ts';

describe('paint', () => {
  test('inline follows the page, a file has fixed colours', () => {
    expect(colourOf('currentColor', INLINE)).toBe('currentColor');
    expect(colourOf('currentColor', FILE)).toBe(FILE.ink);
    expect(colourOf('#0072B2', FILE)).toBe('#0072B2');
    expect(FILE.ink).toMatch(/^#[0-9a-f]{6}$/i);
  });

  test('a rim is a class inline and attributes in a file', () => {
    expect(rim(INLINE, 'seg')).toEqual({ class: 'seg' });
    expect(rim(FILE, 'seg', 1)).toEqual({
      'paint-order': 'stroke',
      stroke: FILE.paper,
      'stroke-width': 1,
      'stroke-linejoin': 'round',
    });
  });
});
