import { describe, expect, test } from 'vitest';
import { buildChartModels } from '../../../../src/lib/charts/models.ts';
import { barSvg } from '../../../../src/lib/charts/svg/bar-svg.ts';
import { markup } from '../../../../src/lib/charts/svg/marks.ts';
import { FILE, INLINE } from '../../../../src/lib/charts/svg/paint.ts';
import { tags, withClass } from '../../../components/charts/html.ts';
import { INPUT } from '../fixtures.ts';

const models = buildChartModels(INPUT, 'id');

describe('barSvg', () => {
  const model = models['participants-by-year'];
  const inline = markup(barSvg(model.layout, { paint: INLINE, labelledBy: 't d' }));

  test('draws every text of the layout, once', () => {
    const texts = tags(inline, 'text');
    expect(texts).toHaveLength(model.layout.texts.length);
    for (const t of model.layout.texts) expect(inline).toContain(`>${t.text}</text>`);
  });

  test('draws a link per layout link, over its target', () => {
    const hits = withClass(inline, 'rect', 'hit');
    expect(hits.map((h) => [Number(h.x), Number(h.width)])).toEqual(
      model.layout.links.map((k) => [k.rect.x, k.rect.width]),
    );
  });

  test('draws tentative segments as outlines, dashed or dotted by status', () => {
    const cohorts = markup(
      barSvg(models['cohorts-by-year'].layout, { paint: INLINE, labelledBy: 'x' }),
    );
    const tentative = withClass(cohorts, 'rect', 'tentative');
    expect(tentative.map((t) => t['stroke-dasharray'])).toEqual(['1.5 2.5', '5 3']);
    expect(tentative.map((t) => t['data-key'])).toEqual(['announced', 'planned']);
  });

  test('as a file: no links, no page colours', () => {
    const file = markup(barSvg(model.layout, { paint: FILE }));
    expect(file).not.toContain('<a ');
    expect(file).not.toContain('currentColor');
    expect(file).not.toContain('class="links"');
  });
});
