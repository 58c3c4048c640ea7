import { describe, expect, it } from 'vitest';
import { articlePassages, recordCitations } from '../../../src/lib/data/provenance.ts';
import { quoteAnchor } from '../../../src/lib/site/anchors.ts';
import { citation, claim, cohort } from '../../helpers/records.ts';

describe('recordCitations', () => {
  it('numbers sources from 1 and indexes them by field', () => {
    const { list, byField } = recordCitations({
      kind: 'cohort',
      ...cohort('c', {
        sources: [
          citation({ article: 'a', quote: 'satu dua', supports: ['period', 'theme'] }),
          citation({ article: 'b', quote: 'tiga empat', supports: ['theme'] }),
        ],
      }),
    });
    expect(list.map((c) => c.n)).toEqual([1, 2]);
    expect(list[0]?.anchor).toBe(quoteAnchor('satu dua'));
    expect(byField.get('theme')).toEqual([1, 2]);
    expect(byField.get('period')).toEqual([1]);
  });
});

describe('articlePassages', () => {
  it('merges records citing the same words into one passage, in text order', () => {
    const text = 'Awal. Dua puluh lima ASN berangkat. Tengah. Sejak 2016 lalu.';
    const passages = articlePassages('a', text, [
      {
        kind: 'claim',
        ...claim('k', {
          sources: [citation({ article: 'a', quote: 'Sejak 2016', supports: ['value'] })],
        }),
      },
      {
        kind: 'cohort',
        ...cohort('c', {
          sources: [
            citation({ article: 'a', quote: 'Dua puluh lima ASN' }),
            citation({ article: 'other', quote: 'Sejak 2016', supports: ['theme'] }),
          ],
        }),
      },
      {
        kind: 'claim',
        ...claim('k2', {
          sources: [citation({ article: 'a', quote: 'Sejak  2016', supports: ['scope.since'] })],
        }),
      },
    ]);
    expect(passages.map((p) => p.quote)).toEqual(['Dua puluh lima ASN', 'Sejak 2016']);
    expect(passages[1]?.uses).toEqual([
      { kind: 'claim', id: 'k', fields: ['value'], disputes: [] },
      { kind: 'claim', id: 'k2', fields: ['scope.since'], disputes: [] },
    ]);
  });
});

describe('recordCitations with variants', () => {
  it('numbers variants after the sources and indexes them apart', () => {
    const r = {
      kind: 'cohort' as const,
      ...cohort('c', {
        sources: [citation({ article: 'a', quote: 'satu dua', supports: ['period'] })],
        variants: [{ field: 'period', value: 'sepekan', article: 'a', quote: 'selama sepekan' }],
      }),
    };
    const { list, byField, variantsByField } = recordCitations(r);
    expect(list.map((c) => [c.n, c.variant?.value])).toEqual([
      [1, undefined],
      [2, 'sepekan'],
    ]);
    expect(byField.get('period')).toEqual([1]);
    expect(variantsByField.get('period')).toEqual([2]);
    const passages = articlePassages('a', 'satu dua, selama sepekan', [r]);
    expect(passages[1]?.uses).toEqual([
      { kind: 'cohort', id: 'c', fields: [], disputes: ['period'] },
    ]);
  });
});
