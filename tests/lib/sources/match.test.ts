/** Finding cited passages on a page: whitespace and typography forgiven, nothing else. */
import { describe, expect, it } from 'vitest';
import { foldTypography, missingQuotes } from '../../../src/lib/sources/match.ts';

describe('foldTypography', () => {
  it('makes quotes, dashes, ellipses and soft hyphens plain, and spacing single', () => {
    expect(foldTypography('  “a”  ‘b’ – c — d … pe\u00adlatihan\u00a0x ')).toBe(
      '"a" \'b\' - c - d ... pelatihan x',
    );
  });
});

describe('missingQuotes', () => {
  const page = 'Contoh latihan:\n  “design thinking” – cara baru.\nPelatihan lima hari.';
  it('finds passages whatever their spacing and typography', () => {
    expect(missingQuotes(page, ['"design thinking" - cara baru', 'Pelatihan lima hari'])).toEqual(
      [],
    );
  });
  it('returns, as written, the passages that are not there', () => {
    expect(missingQuotes(page, ['Pelatihan enam hari', 'cara baru'])).toEqual([
      'Pelatihan enam hari',
    ]);
  });
  it('does not forgive case or other words', () => {
    expect(missingQuotes(page, ['pelatihan lima hari'])).toEqual(['pelatihan lima hari']);
  });
});
