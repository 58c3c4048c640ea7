/** articles, context-events, vocabularies and corrections: one row per record or term of the content. */
import { describe, expect, it } from 'vitest';
import { siteContent } from '../../helpers/dist.ts';
import { jsonTable, sorted } from './tables.ts';

const { content } = siteContent();

describe('articles, context-events, vocabularies and corrections files', () => {
  it('articles.csv has one row per article, the url empty when unknown', () => {
    const json = jsonTable('articles');
    expect(sorted(json.rows.map((r) => String(r['id']))), json.file).toEqual(
      sorted(content.articles.map((a) => a.id)),
    );
    for (const a of content.articles) {
      const row = json.rows.find((r) => r['id'] === a.id);
      expect(row?.['url'], `${json.file}: ${a.id} url`).toBe(
        a.data.url === 'unknown' ? null : a.data.url,
      );
      expect(row?.['published'], `${json.file}: ${a.id} published`).toBe(a.data.published);
    }
  });

  it('context-events.csv has one row per context event', () => {
    const json = jsonTable('context-events');
    expect(sorted(json.rows.map((r) => String(r['id']))), json.file).toEqual(
      sorted(content.context.map((e) => e.id)),
    );
  });

  it('vocabularies.csv has one row per term of every vocabulary', () => {
    const json = jsonTable('vocabularies');
    const expected = Object.entries(content.vocabularies).flatMap(([name, terms]) =>
      [...terms.keys()].map((key) => `${name}|${key}`),
    );
    expect(
      sorted(json.rows.map((r) => `${String(r['vocabulary'])}|${String(r['key'])}`)),
      json.file,
    ).toEqual(sorted(expected));
  });

  it('corrections.csv has one row per correction in the cohort and claim files', () => {
    const json = jsonTable('corrections');
    const expected = [...content.cohorts, ...content.claims].reduce(
      (n, r) => n + (r.data.corrections?.length ?? 0),
      0,
    );
    expect(json.rows.length, json.file).toBe(expected);
  });
});
