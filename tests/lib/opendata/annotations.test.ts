import { describe, expect, it } from 'vitest';
import { annotationCollection, quoteSelectors } from '../../../src/lib/opendata/annotations.ts';
import { realInput } from './fixtures.ts';

const input = realInput();
type Json = Record<string, unknown>;

describe('quoteSelectors', () => {
  const text = 'Contoh latihan: sebanyak 25 ASN  mengikuti pelatihan di kota contoh.';
  it('gives exact, prefix, suffix and code-point positions in the normalised text', () => {
    expect(quoteSelectors(text, '25 ASN mengikuti')).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: '25 ASN mengikuti',
        prefix: 'Contoh latihan: sebanyak ',
        suffix: ' pelatihan di kota contoh.',
      },
      position: { type: 'TextPositionSelector', start: 25, end: 41 },
    });
  });

  it('counts a character outside the BMP as one position', () => {
    expect(quoteSelectors('😀 Contoh latihan.', 'Contoh')?.position).toEqual({
      type: 'TextPositionSelector',
      start: 2,
      end: 8,
    });
  });

  it('keeps 32 code points of context on each side', () => {
    const long = `${'a'.repeat(40)} kutipan ${'b'.repeat(40)}`;
    expect(quoteSelectors(long, 'kutipan')?.quote).toMatchObject({
      prefix: `${'a'.repeat(31)} `,
      suffix: ` ${'b'.repeat(31)}`,
    });
  });

  it('gives nothing for a quote that is not in the text', () => {
    expect(quoteSelectors(text, '26 ASN')).toBeUndefined();
  });
});

describe('annotationCollection', () => {
  const collection = annotationCollection(input);
  const items = (collection['first'] as { items: Json[] }).items;

  it('is a W3C annotation collection with one annotation per citation', () => {
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: items.length,
    });
    const citations = [...input.cohorts, ...input.claims, ...input.context].reduce(
      (n, r) =>
        n + r.data.sources.length + ('variants' in r.data ? (r.data.variants?.length ?? 0) : 0),
      0,
    );
    expect(items).toHaveLength(citations);
    expect(new Set(items.map((a) => a['id'])).size).toBe(items.length);
  });

  it('targets the original with the quote and our copy with quote and position', () => {
    const a = items.find((x) => String(x['id']).endsWith('#cohort-2023-05-water-management-1'));
    const [original, copy] = a?.['target'] as Json[];
    expect(original?.['source']).toMatch(/^https:\/\/www\.jambiupdate\.co\//);
    expect(original?.['selector']).toMatchObject({ type: 'TextQuoteSelector' });
    expect(original).not.toHaveProperty('state');
    expect(copy?.['source']).toBe(
      'https://jejak-scp.id/sumber/2023-05-jambi-update-water-management/',
    );
    const [quote, position] = copy?.['selector'] as Json[];
    expect(position?.['type']).toBe('TextPositionSelector');
    expect(Number(position?.['end']) - Number(position?.['start'])).toBe(
      [...String(quote?.['exact'])].length,
    );
  });

  it('gives an article of unknown address only our copy as target', () => {
    const a = items.find((x) => JSON.stringify(x).includes('2022-09-penghargaan-kepegawaian'));
    expect(a?.['target']).toHaveLength(1);
  });

  it('states the capture day and archived copy of the original when known', () => {
    const known = {
      ...input,
      articles: input.articles.map((x) => ({
        ...x,
        data: {
          ...x.data,
          captured: '2024-01-20',
          archive_url: 'https://web.archive.org/web/2024/x',
        },
      })),
    };
    const first = (annotationCollection(known)['first'] as { items: Json[] }).items.find(
      (x) => (x['target'] as Json[]).length === 2,
    );
    expect((first?.['target'] as Json[])[0]?.['state']).toEqual({
      type: 'TimeState',
      sourceDate: '2024-01-20T00:00:00+07:00',
      cached: 'https://web.archive.org/web/2024/x',
    });
  });
});
