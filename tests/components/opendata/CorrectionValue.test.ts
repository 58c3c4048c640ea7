import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import CorrectionValue from '../../../src/components/opendata/CorrectionValue.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (props: { lang: 'id' | 'en'; field: string; value: string }) =>
  container.renderToString(CorrectionValue, { props });

describe('CorrectionValue', () => {
  it('shows a date in words and keeps the ISO date in datetime, never as text', async () => {
    const html = await render({ lang: 'en', field: 'sendoff.date', value: '2023-03-21' });
    expect(html).toContain('<time datetime="2023-03-21">21 March 2023</time>');
    expect(html.replace(/datetime="[^"]*"/gu, '')).not.toContain('2023-03-21');
  });
  it('shows a period in words and keeps its ends as attributes', async () => {
    const html = await render({ lang: 'id', field: 'period', value: '2019-02-17/2019-02-23' });
    expect(html).toContain('data-start="2019-02-17"');
    expect(html).toContain('data-end="2019-02-23"');
    expect(html).toContain('17–23 Februari 2019');
    expect(html).not.toContain('/2019');
  });
  it('shows other values as written', async () => {
    const html = await render({ lang: 'id', field: 'participants.asn', value: '20' });
    expect(html.trim()).toBe('20');
  });
});
