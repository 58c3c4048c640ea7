/** What the watch checks, read from the real content: addresses and every cited passage. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { citedQuotes, userAgent, watchItems } from '../../../src/lib/sources/items.ts';
import { PROJECT_ROOT, REAL_CONTENT } from '../../helpers/corpus.ts';

const content = loadContent(PROJECT_ROOT, REAL_CONTENT);

describe('citedQuotes', () => {
  it('gathers every quote of cohorts (sources and variants), claims and context, once each', () => {
    const map = citedQuotes(content);
    const all = [
      ...content.cohorts.flatMap((c) => [...c.data.sources, ...(c.data.variants ?? [])]),
      ...content.claims.flatMap((c) => c.data.sources),
      ...content.context.flatMap((c) => c.data.sources),
    ];
    for (const { article, quote } of all) expect(map.get(article)).toContain(quote);
    for (const quotes of map.values()) expect(new Set(quotes).size).toBe(quotes.length);
  });
  it('keeps a quote cited twice once', () => {
    const cite = { article: 'a', quote: 'Contoh latihan kutipan', supports: ['period'] };
    const record = { data: { sources: [cite, cite] } };
    const map = citedQuotes({ cohorts: [], claims: [record], context: [record] } as never);
    expect(map.get('a')).toEqual(['Contoh latihan kutipan']);
  });
});

describe('watchItems', () => {
  it('lists every article with its address, date and quotes; no recorded archive yet', () => {
    const items = watchItems(content);
    expect(items.map((i) => i.id)).toEqual(content.articles.map((a) => a.id));
    for (const item of items) {
      const article = content.articles.find((a) => a.id === item.id);
      expect(item).toMatchObject({ url: article?.data.url, published: article?.data.published });
      expect(item.archive).toBeUndefined();
    }
    expect(items.some((i) => i.url === 'unknown')).toBe(true);
    expect(items.every((i) => i.quotes.length > 0)).toBe(true);
  });
});

describe('userAgent', () => {
  it('names the site and its address', () => {
    expect(userAgent({ name: 'Jejak Contoh', url: 'https://contoh.example' })).toBe(
      'JejakContoh-SourceWatch/1.0 (+https://contoh.example)',
    );
  });
});
