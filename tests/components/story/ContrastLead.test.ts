/** The home page's lead: the contrast in one sentence, the same numbers drawn, linked to the claim check. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ContrastLead from '../../../src/components/story/ContrastLead.astro';
import { contrastBars } from '../../../src/lib/charts/contrast-bars.ts';
import { headlineContrast } from '../../../src/lib/data/contrast.ts';
import type { Credit } from '../../../src/lib/site/credit.ts';
import { routes } from '../../../src/lib/site/routes.ts';
import { realInput } from '../../lib/opendata/fixtures.ts';
import { tags, withClass } from '../charts/html.ts';

const items = headlineContrast(realInput().reconciled);
const credit: Credit = {
  source: 'Sumber: Warta Contoh, diolah Situs Latihan.',
  updated: '2023-05-15',
  updatedText: 'Terakhir diperbarui: 15 Mei 2023',
};
const SENTENCE = 'Contoh latihan: kalimat kontras.';
let html = '';
let en = '';

beforeAll(async () => {
  const container = await AstroContainer.create();
  const render = (lang: 'id' | 'en') =>
    container.renderToString(ContrastLead, { props: { lang, items, sentence: SENTENCE, credit } });
  html = await render('id');
  en = await render('en');
});

describe('ContrastLead', () => {
  it('states the sentence it is given first, then one row per claim date', () => {
    expect(items.length).toBeGreaterThan(0);
    expect(html.indexOf(SENTENCE)).toBeLessThan(html.indexOf('contrast-rows'));
    expect(withClass(html, 'li', 'contrast-row')).toHaveLength(items.length);
  });

  it('links each row to its claim and the whole to the claim check', () => {
    const hrefs = tags(html, 'a').map((a) => a.href);
    expect(hrefs).toEqual([
      ...items.map((r) => routes.claim('id', r.claim.id)),
      routes.claims('id'),
    ]);
    expect(tags(en, 'a').map((a) => a.href)).toContain(routes.claims('en'));
  });

  it('writes every number the reconciliation gives, and draws them on one scale', () => {
    for (const r of items) {
      expect(html).toMatch(new RegExp(`klaim (lebih dari )?${r.claim.data.value}\\s*<`));
      expect(html).toMatch(new RegExp(`tercatat (sedikitnya )?${r.documented}\\s*<`));
    }
    const bars = contrastBars(
      items.map((r) => ({ claimed: r.claim.data.value, documented: r.documented })),
    );
    const svgs = [...html.matchAll(/<svg class="contrast-bar"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(items.length);
    const widths = svgs.flatMap((svg) => tags(svg, 'rect').map((r) => Number(r.width)));
    expect(widths).toEqual(bars.flatMap((b) => [b.claimed, b.documented]));
  });

  it('hides the bars from screen readers, whose text beside them says it all', () => {
    for (const svg of tags(html, 'svg')) expect(svg['aria-hidden']).toBe('true');
  });

  it('ends with its credit, and uses neither scripts nor style attributes', () => {
    expect(html).toContain(credit.source);
    expect(html).toMatch(/<time datetime="2023-05-15"[^>]*>Terakhir diperbarui: 15 Mei 2023</);
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/\sstyle="/);
  });
});
