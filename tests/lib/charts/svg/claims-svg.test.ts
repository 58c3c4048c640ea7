import { describe, expect, test } from 'vitest';
import { buildChartModels } from '../../../../src/lib/charts/models.ts';
import { claimsSvg } from '../../../../src/lib/charts/svg/claims-svg.ts';
import { markup } from '../../../../src/lib/charts/svg/marks.ts';
import { FILE, INLINE } from '../../../../src/lib/charts/svg/paint.ts';
import { tags, withClass } from '../../../components/charts/html.ts';
import { INPUT } from '../fixtures.ts';

const model = buildChartModels(INPUT, 'id')['claims-vs-record'];

describe('claimsSvg', () => {
  const out = markup(claimsSvg(model.layout, { paint: INLINE, labelledBy: 't d' }));

  test('draws claims as open rings and the record as dots on a step line, all in the ink', () => {
    const rings = withClass(out, 'circle', 'claim');
    expect(rings.map((r) => r['data-key'])).toEqual(['k-100', 'k-50']);
    expect(rings.every((r) => r.stroke === 'currentColor' && r.fill === INLINE.paper)).toBe(true);
    expect(withClass(out, 'circle', 'step-dot')).toHaveLength(model.layout.steps.length);
    expect(withClass(out, 'path', 'step')[0]?.stroke).toBe('currentColor');
  });

  test('draws each gap as a bracket, and every text of the layout', () => {
    expect(withClass(out, 'path', 'gap')).toHaveLength(model.layout.brackets.length);
    expect(tags(out, 'text')).toHaveLength(model.layout.texts.length);
  });

  test('as a file: no links and fixed colours', () => {
    const file = markup(claimsSvg(model.layout, { paint: FILE }));
    expect(file).not.toContain('<a ');
    expect(file).not.toContain('currentColor');
  });
});
