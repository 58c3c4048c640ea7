import { describe, expect, test } from 'vitest';
import { CHART_IDS, buildChartModels } from '../../../../src/lib/charts/models.ts';
import { chartFileSvg } from '../../../../src/lib/charts/svg/standalone.ts';
import { xmlProblems } from '../../../helpers/dist.ts';
import { INPUT } from '../fixtures.ts';

const models = buildChartModels(INPUT, 'en');
const footer = ['Source: Example News, processed by Example', 'https://example.org/charts/x/'];

describe('chartFileSvg', () => {
  test.each(CHART_IDS)('%s: a well-formed SVG document with its title, legend and footer', (id) => {
    const svg = chartFileSvg(models[id], footer);
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain(`<title>${models[id].title}</title>`);
    for (const item of models[id].legend) expect(svg).toContain(item.label.split(' ')[0]);
    expect(svg).toContain('processed by Example');
    expect(svg).toContain('https://example.org/charts/x/');
  });

  test('needs no stylesheet and no page: fixed colours, no class-dependent paint, no links, no script', () => {
    const svg = chartFileSvg(models['participants-by-year'], footer);
    expect(svg).not.toContain('currentColor');
    expect(svg).not.toContain('Canvas');
    expect(svg).not.toMatch(/<(a|script|style)[\s>]/);
    expect(svg).not.toMatch(/\sstyle="/);
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/,
    );
  });

  test('escapes what the content says', () => {
    const model = { ...models['participants-by-theme'], title: 'A & <b>' };
    const svg = chartFileSvg(model, ['<i>']);
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<i>');
  });
});
