/**
 * Each chart's own page and its page for other sites' frames, in both
 * languages: the page cites the chart (title, site, address, date of the
 * data) and gives the <iframe> code for the embed page; the embed page is
 * bare (no script of any kind, no site header, navigation or footer, not for
 * search engines or the sitemap) and carries the source line and a link back.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/lib/charts/models.ts';
import { routes } from '../../src/lib/site/routes.ts';
import {
  SITE_URL,
  attr,
  distFileOf,
  findElements,
  pageDocument,
  parseHtml,
  readDist,
  textOf,
} from '../helpers/dist.ts';

const CASES = (['id', 'en'] as const).flatMap((lang) => CHART_IDS.map((id) => [lang, id] as const));

const fileOf = (address: string): string => {
  const file = distFileOf(address);
  if (!file) throw new Error(`${address} is not in dist`);
  return file;
};
const classed = (cls: string) => (el: { attrs: { name: string; value: string }[] }) =>
  (attr(el as never, 'class') ?? '').split(/\s+/).includes(cls);

describe('chart pages', () => {
  it.each(CASES)(
    '%s %s: cites the chart with its title, the site, its address and the date of the data',
    (lang, id) => {
      const doc = pageDocument(fileOf(routes.chart(lang, id)));
      const [h1] = findElements(doc, (el) => el.tagName === 'h1');
      const [citation] = findElements(doc, classed('citation'));
      const text = citation ? textOf(citation) : '';
      expect(text).toContain(`“${h1 ? textOf(h1).trim() : '?'}”`);
      expect(text).toContain('Jejak SCP');
      expect(text).toContain(new URL(routes.chart(lang, id), SITE_URL).href);
      expect(text).toMatch(
        lang === 'id' ? /data hingga \d{1,2} \w+ \d{4}/ : /data up to \d{1,2} \w+ \d{4}/,
      );
    },
  );

  it.each(CASES)('%s %s: gives the <iframe> code of the embed page', (lang, id) => {
    const doc = pageDocument(fileOf(routes.chart(lang, id)));
    const [code] = findElements(doc, (el) => el.tagName === 'code');
    const snippet = code ? textOf(code) : '';
    const frames = findElements(parseHtml(snippet), (el) => el.tagName === 'iframe');
    expect(frames).toHaveLength(1);
    const frame = frames[0];
    expect(frame && attr(frame, 'src')).toBe(new URL(routes.chartEmbed(lang, id), SITE_URL).href);
    expect(frame && Number(attr(frame, 'height'))).toBeGreaterThan(300);
    expect(frame && attr(frame, 'title')).toBeTruthy();
  });

  it.each(CASES)(
    '%s %s: the embed page is bare, without any script, with its source line',
    (lang, id) => {
      const html = readDist(fileOf(routes.chartEmbed(lang, id)));
      const doc = parseHtml(html);
      expect(findElements(doc, (el) => el.tagName === 'script')).toEqual([]);
      expect(html).not.toMatch(/\son\w+=/i);
      for (const tag of ['header', 'nav', 'footer'])
        expect(
          findElements(doc, (el) => el.tagName === tag),
          tag,
        ).toEqual([]);
      const robots = findElements(
        doc,
        (el) => el.tagName === 'meta' && attr(el, 'name') === 'robots',
      );
      expect(robots.map((m) => attr(m, 'content'))).toEqual(['noindex']);
      expect(findElements(doc, (el) => attr(el, 'data-pagefind-body') !== undefined)).toEqual([]);
      const notes = findElements(doc, classed('embed-note')).map((p) => textOf(p));
      expect(notes.some((t) => /^\s*(Sumber|Source): /.test(t))).toBe(true);
      const back = findElements(
        doc,
        (el) =>
          el.tagName === 'a' && attr(el, 'href') === new URL(routes.chart(lang, id), SITE_URL).href,
      );
      expect(back.map((a) => [attr(a, 'target'), attr(a, 'rel')])).toEqual([
        ['_blank', 'noopener'],
      ]);
      expect(
        findElements(doc, (el) => el.tagName === 'svg' && classed('chart-svg')(el)).length,
      ).toBe(2);
      expect(findElements(doc, (el) => el.tagName === 'a' && classed('bar')(el))).toEqual([]);
    },
  );

  it('links each chart of the charts page to its own page', () => {
    for (const lang of ['id', 'en'] as const) {
      const doc = pageDocument(fileOf(routes.charts(lang)));
      const hrefs = findElements(doc, (el) => el.tagName === 'a').map((a) => attr(a, 'href'));
      for (const id of CHART_IDS) expect(hrefs).toContain(routes.chart(lang, id));
    }
  });
});
