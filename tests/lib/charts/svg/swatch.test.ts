import { describe, expect, test } from 'vitest';
import type { LegendItem } from '../../../../src/lib/charts/models.ts';
import { DASHES } from '../../../../src/lib/charts/palette.ts';
import { markup } from '../../../../src/lib/charts/svg/marks.ts';
import { FILE, INLINE } from '../../../../src/lib/charts/svg/paint.ts';
import { swatchShapes } from '../../../../src/lib/charts/svg/swatch.ts';

const item = (pattern?: LegendItem['pattern']): LegendItem => ({
  key: 'k',
  label: 'k',
  colour: '#0072B2',
  ...(pattern ? { pattern } : {}),
});

describe('swatchShapes', () => {
  test('a theme is a solid block of its colour', () => {
    expect(markup(swatchShapes(item(), INLINE))).toBe(
      '<rect x="1" y="1" width="18" height="10" fill="#0072B2"></rect>',
    );
  });

  test('statuses differ by outline: planned dashed, announced dotted', () => {
    expect(markup(swatchShapes(item('tentative'), INLINE))).toContain(
      `stroke-dasharray="${DASHES.dashed}"`,
    );
    expect(markup(swatchShapes(item('dotted'), INLINE))).toContain(
      `stroke-dasharray="${DASHES.dotted}"`,
    );
  });

  test('a claim is an open ring, the record a step line, a gap a bracket', () => {
    const ring = markup(swatchShapes({ ...item('point'), colour: 'currentColor' }, FILE));
    expect(ring).toContain('<circle class="claim"');
    expect(ring).toContain(`fill="${FILE.paper}"`);
    expect(ring).toContain(`stroke="${FILE.ink}"`);
    expect(markup(swatchShapes(item('line'), INLINE))).toContain('d="M1 9h7V3h11"');
    expect(markup(swatchShapes(item('bracket'), INLINE))).toContain('d="M6 1.5h4v9h-4"');
    expect(markup(swatchShapes(item('window'), INLINE))).toContain('d="M1 2v8M1 6h18"');
    expect(markup(swatchShapes(item('unknown'), INLINE))).toContain('stroke-dasharray="2 2"');
  });
});
