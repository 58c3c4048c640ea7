import { describe, expect, it } from 'vitest';
import {
  containsTerm,
  findQuote,
  foldForSearch,
  normalizeText,
  occurrences,
} from '../../../src/lib/text/normalize.ts';

const COMPOSED = 'caf\u00e9';
const DECOMPOSED = 'cafe\u0301';

describe('normalizeText', () => {
  it('makes a decomposed é equal to the composed one (NFC)', () => {
    expect(DECOMPOSED).not.toBe(COMPOSED);
    expect(normalizeText(DECOMPOSED)).toBe(COMPOSED);
  });

  it('turns no-break spaces into ordinary spaces', () => {
    expect(normalizeText('25\u00a0orang')).toBe('25 orang');
  });

  it('turns zero-width spaces, word joiners and BOMs into spaces', () => {
    expect(normalizeText('a\u200bb\u2060c\ufeffd')).toBe('a b c d');
  });

  it('collapses runs of spaces, tabs and newlines and trims', () => {
    expect(normalizeText('  satu \t dua\n\n tiga\r\nempat  ')).toBe('satu dua tiga empat');
  });

  it('keeps case and punctuation', () => {
    expect(normalizeText('JAMBI – “Smart City”.')).toBe('JAMBI – “Smart City”.');
  });
});

describe('occurrences', () => {
  it('finds every start offset', () => {
    expect(occurrences('abcabc', 'bc')).toEqual([1, 4]);
  });

  it('includes overlapping occurrences', () => {
    expect(occurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
  });

  it('returns nothing for a missing or empty needle', () => {
    expect(occurrences('abc', 'x')).toEqual([]);
    expect(occurrences('abc', '')).toEqual([]);
  });
});

describe('findQuote', () => {
  const text = 'Sebanyak 25\u00a0orang ASN\nmengikuti pelatihan di caf\u00e9.\n\nLalu pulang.';

  it('finds a quote that differs only in spacing and line breaks', () => {
    expect(findQuote(text, 'Sebanyak   25 orang ASN mengikuti')).toEqual([0]);
  });

  it('finds a quote that differs only in Unicode composition', () => {
    expect(findQuote(text, `pelatihan di ${DECOMPOSED}.`)).toHaveLength(1);
  });

  it('does not match a quote that differs in case', () => {
    expect(findQuote(text, 'sebanyak 25 orang ASN')).toEqual([]);
  });

  it('does not match a quote that differs in punctuation', () => {
    expect(findQuote(text, 'di café, Lalu pulang')).toEqual([]);
  });

  it('returns every occurrence of an ambiguous quote', () => {
    expect(findQuote('ASN Pemkot Jambi dan ASN Pemkot Jambi', 'ASN Pemkot Jambi')).toEqual([0, 21]);
  });

  it('spans paragraphs separated by a blank line', () => {
    expect(findQuote(text, 'café. Lalu pulang.')).toHaveLength(1);
  });
});

describe('foldForSearch', () => {
  it('removes accents, lower-cases and normalises spacing', () => {
    expect(foldForSearch('  ÉCOLE\u00a0Café ')).toBe('ecole cafe');
  });
});

describe('containsTerm', () => {
  it('ignores case', () => {
    expect(containsTerm('pelatihan Smart City di Singapura', 'smart city')).toBe(true);
  });

  it('ignores accents and composition', () => {
    expect(containsTerm(`Kunjungan ke ${DECOMPOSED}`, 'Cafe')).toBe(true);
    expect(containsTerm('Kunjungan ke Cafe', COMPOSED)).toBe(true);
  });

  it('ignores spacing differences', () => {
    expect(containsTerm('Pelayanan\u00a0 Publik', 'Pelayanan Publik')).toBe(true);
  });

  it('matches only on word boundaries', () => {
    expect(containsTerm('SmartCity', 'smart')).toBe(false);
    expect(containsTerm('Singapura', 'Singapur')).toBe(false);
    expect(containsTerm('SCP2', 'SCP')).toBe(false);
    expect(containsTerm('250 orang', '25')).toBe(false);
  });

  it('treats punctuation and hyphens as boundaries', () => {
    expect(containsTerm('ASN-nya', 'ASN')).toBe(true);
    expect(containsTerm('(SCP),', 'SCP')).toBe(true);
    expect(containsTerm('SCP', 'SCP')).toBe(true);
  });

  it('finds a later occurrence when the first is inside a word', () => {
    expect(containsTerm('ASNnya dan ASN', 'ASN')).toBe(true);
  });

  it('never matches an empty term', () => {
    expect(containsTerm('apa saja', '')).toBe(false);
    expect(containsTerm('apa saja', '  ')).toBe(false);
  });
});
