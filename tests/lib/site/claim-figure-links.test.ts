import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../../src/lib/site/anchors.ts';
import { claimedFigureHref, countedAnchor } from '../../../src/lib/site/claim-figure-links.ts';
import { citation, claim } from '../../helpers/records.ts';

/** Contoh latihan: passages of a practice release. */
const SCOPE = citation({ article: 'a', quote: 'dalam tiga tahun terakhir', supports: ['scope'] });
const VALUE = citation({ article: 'b', quote: 'telah mengirim 90 pegawai', supports: ['value'] });

describe('claimedFigureHref', () => {
  it('leads to the passage supporting the value, not the first source', () => {
    const c = claim('k', { sources: [SCOPE, VALUE] });
    expect(claimedFigureHref('id', c)).toBe(`/sumber/b/#${quoteAnchor(VALUE.quote)}`);
    expect(claimedFigureHref('en', c)).toBe(`/en/sources/b/#${quoteAnchor(VALUE.quote)}`);
  });

  it('falls back to the first source when none names the value', () => {
    expect(claimedFigureHref('id', claim('k', { sources: [SCOPE] }))).toBe(
      `/sumber/a/#${quoteAnchor(SCOPE.quote)}`,
    );
  });

  it('gives no address for a claim without sources', () => {
    expect(claimedFigureHref('id', claim('k', { sources: [] }))).toBeUndefined();
  });
});

describe('countedAnchor', () => {
  it('names the counted cohorts of a claim apart from its other ids', () => {
    expect(countedAnchor('2019-02-contoh')).toBe('2019-02-contoh-counted');
  });
});
