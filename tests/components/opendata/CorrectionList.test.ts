import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import CorrectionList from '../../../src/components/opendata/CorrectionList.astro';
import { correction } from '../../helpers/records.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const corrections = [correction({ source: { article: 'a-1', quote: 'Sebanyak 25 orang ASN' } })];
const render = (props: Record<string, unknown>) =>
  container.renderToString(CorrectionList, {
    props: { groupLabel: (k: string) => `<${k}>`, level: 2, id: 'corrections', ...props },
  });

describe('CorrectionList', () => {
  it('renders nothing for a record without corrections', async () => {
    expect((await render({ lang: 'id', corrections: undefined })).trim()).toBe('');
    expect((await render({ lang: 'id', corrections: [] })).trim()).toBe('');
  });
  it('says what changed, when and why, with a link to the log', async () => {
    const html = await render({ lang: 'en', corrections });
    expect(html).toContain('<section class="corrections" id="corrections"');
    expect(html).toMatch(/<h2 id="corrections-heading"[^>]*>Corrections<\/h2>/);
    expect(html).toContain('<time datetime="2023-06-02">2 June 2023</time>');
    expect(html).toContain('Participants: &lt;asn-kota-jambi&gt;');
    expect(html).toMatch(/Previously: +<q>20<\/q>/u);
    expect(html).toContain('A typing error.');
    expect(html).toContain('href="/en/sources/a-1/"');
    expect(html).toContain('href="/en/corrections/"');
  });
  it('shows a corrected date in words, its ISO form only in datetime', async () => {
    const dated = [correction({ field: 'sendoff.date', previous: '2023-03-20' })];
    const html = await render({ lang: 'en', corrections: dated });
    expect(html).toMatch(/Previously: +<q><time datetime="2023-03-20">20 March 2023<\/time><\/q>/u);
  });
  it('uses the heading level it is given', async () => {
    const html = await render({ lang: 'id', corrections, level: 4, id: 'c-1-corrections' });
    expect(html).toMatch(/<h4 id="c-1-corrections-heading"[^>]*>Koreksi<\/h4>/);
  });
});
