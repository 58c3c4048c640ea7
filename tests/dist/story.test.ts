/**
 * The story first, in the built site: the home pages' contrast carries the
 * claim table's figures, every chart and the contrast carry the same "last
 * updated" date as the data package, and the claim check keeps one anchor
 * per claim, its share image the contrast.
 */
import { csvParse, type DSVRowString } from 'd3';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assertBuilt,
  attr,
  findElements,
  htmlPages,
  pageDocument,
  readDist,
  readDistBytes,
  textOf,
  type HtmlElement,
} from '../helpers/dist.ts';

const HOMES = { id: 'index.html', en: 'en/index.html' } as const;
const CLAIM_CHECKS = { id: 'cek-klaim/index.html', en: 'en/claim-check/index.html' } as const;
const hasClass = (el: HtmlElement, cls: string) =>
  (attr(el, 'class') ?? '').split(/\s+/).includes(cls);
const byClass = (root: Parameters<typeof findElements>[0], cls: string) =>
  findElements(root, (el) => hasClass(el, cls));
const text = (el: HtmlElement) => textOf(el).replace(/\s+/g, ' ').trim();

let version = '';
let claims: DSVRowString[] = [];
beforeAll(() => {
  assertBuilt();
  version = (JSON.parse(readDist('data/datapackage.json')) as { version: string }).version;
  claims = csvParse(readDist('data/claims.csv'));
});

describe('the home pages’ contrast', () => {
  it.each(Object.values(HOMES))('%s: comes first, with the claims table’s figures', (file) => {
    const doc = pageDocument(file);
    const [main] = findElements(doc, (el) => el.tagName === 'main');
    if (!main) throw new Error(`${file}: no main`);
    const blocks = main.childNodes.filter((n): n is HtmlElement => 'tagName' in n);
    expect(blocks.map((b) => b.tagName).slice(0, 2)).toEqual(['h1', 'section']);
    expect(hasClass(blocks[1] as HtmlElement, 'contrast'), `${file}: contrast after h1`).toBe(true);
    const rows = byClass(doc, 'contrast-row');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const link = findElements(row, (el) => el.tagName === 'a')[0];
      const id = decodeURIComponent((attr(link as HtmlElement, 'href') ?? '').split('#')[1] ?? '');
      const claim = claims.find((c) => c['id'] === id);
      expect(claim, `${file}: row links to claim ${id}`).toBeDefined();
      const words = text(row);
      expect(words, `${file}: ${id}`).toContain(`${claim?.['value']}`);
      expect(words, `${file}: ${id}`).toMatch(
        new RegExp(`(tercatat|documented) (sedikitnya |at least )?${claim?.['documented']}$`),
      );
    }
    const sentence = text(byClass(doc, 'contrast-sentence')[0] as HtmlElement);
    for (const row of rows)
      expect(sentence).toContain(
        text(findElements(row, (el) => el.tagName === 'a')[0] as HtmlElement),
      );
    const alt = findElements(doc, (el) => attr(el, 'property') === 'og:image:alt')[0];
    expect(alt && attr(alt, 'content'), `${file}: share image text`).toBe(sentence);
  });
});

describe('credits', () => {
  it('every chart on every page ends with its source line and the data’s date', () => {
    let charts = 0;
    for (const page of htmlPages()) {
      const doc = pageDocument(page.file);
      const en = page.file.startsWith('en/');
      for (const figure of byClass(doc, 'chart')) {
        charts++;
        const credit = byClass(figure, 'credit')[0];
        expect(credit, `${page.file}: ${attr(figure, 'id')} has no credit`).toBeDefined();
        expect(text(credit as HtmlElement)).toMatch(
          en ? /^Source: .+, processed by / : /^Sumber: .+, diolah /,
        );
        const time = findElements(credit as HtmlElement, (el) => el.tagName === 'time')[0];
        expect(time && attr(time, 'datetime'), `${page.file}: ${attr(figure, 'id')}`).toBe(version);
      }
    }
    expect(charts).toBeGreaterThanOrEqual(8);
  });

  it.each(Object.values(HOMES))('%s: the contrast is dated like the data', (file) => {
    const credit = byClass(byClass(pageDocument(file), 'contrast')[0] as HtmlElement, 'credit')[0];
    const time = findElements(credit as HtmlElement, (el) => el.tagName === 'time')[0];
    expect(time && attr(time, 'datetime')).toBe(version);
  });
});

describe('the claim check', () => {
  it.each(Object.values(CLAIM_CHECKS))(
    '%s: one element per claim id, each card’s details closed',
    (file) => {
      const doc = pageDocument(file);
      const ids = findElements(doc, () => true).map((el) => attr(el, 'id'));
      for (const c of claims)
        expect(
          ids.filter((id) => id === c['id']),
          `${file}: #${c['id']}`,
        ).toHaveLength(1);
      const details = byClass(doc, 'claim-details');
      expect(details.length).toBeGreaterThan(0);
      expect(details.length).toBeLessThan(claims.length);
      for (const d of details) expect(attr(d, 'open')).toBeUndefined();
    },
  );

  it.each(Object.entries(CLAIM_CHECKS))('%s: shares the contrast image', (lang, file) => {
    const doc = pageDocument(file);
    const image = findElements(doc, (el) => attr(el, 'property') === 'og:image')[0];
    const path = new URL(attr(image as HtmlElement, 'content') ?? '').pathname;
    expect(path).toBe(`/og/${lang}/claims.png`);
    expect(readDistBytes(path.slice(1)).subarray(1, 4).toString()).toBe('PNG');
  });
});
