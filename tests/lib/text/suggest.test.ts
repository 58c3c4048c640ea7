import { describe, expect, it } from 'vitest';
import { editDistance, nearest, suggestTerms } from '../../../src/lib/text/suggest.ts';
import { term, vocabulary } from '../../helpers/records.ts';

describe('editDistance', () => {
  it('is zero for equal strings', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('scp', 'scp')).toBe(0);
  });

  it('counts insertions and deletions against the empty string', () => {
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('gives the classic Levenshtein distances', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
    expect(editDistance('public-service', 'publik-service')).toBe(1);
  });

  it('is symmetric', () => {
    expect(editDistance('smart-city', 'smart-city-cybersecurity')).toBe(
      editDistance('smart-city-cybersecurity', 'smart-city'),
    );
  });

  it('is case-sensitive', () => {
    expect(editDistance('SCP', 'scp')).toBe(3);
  });
});

describe('nearest', () => {
  const themes = ['smart-city-cybersecurity', 'public-service', 'water-management'];

  it('puts the closest candidate first', () => {
    expect(nearest('publik-service', themes)[0]).toBe('public-service');
  });

  it('returns at most three by default and at most `limit`', () => {
    expect(nearest('x', ['a', 'b', 'c', 'd'])).toHaveLength(3);
    expect(nearest('ab', ['ab', 'ac', 'ad', 'ae'], 2)).toEqual(['ab', 'ac']);
  });

  it('keeps input order for ties', () => {
    expect(nearest('aa', ['ab', 'ba', 'ac'])).toEqual(['ab', 'ba', 'ac']);
  });

  it('ignores case when comparing but returns the candidate as written', () => {
    expect(nearest('SCP', ['temasek-foundation', 'scp'])).toEqual(['scp', 'temasek-foundation']);
  });

  it('accepts any iterable, including map keys', () => {
    expect(
      nearest(
        'jambi',
        new Map([
          ['singapore', 1],
          ['jambi', 2],
        ]).keys(),
      ),
    ).toEqual(['jambi', 'singapore']);
  });

  it('returns nothing without candidates', () => {
    expect(nearest('x', [])).toEqual([]);
  });
});

describe('suggestTerms', () => {
  const terms = vocabulary({
    'public-service': term({ label: { id: 'Pelayanan Publik', en: 'Public Service' } }),
    'urban-planning': term({ label: { id: 'Perencanaan Kota', en: 'Urban Planning' } }),
    'water-management': term({ label: { id: 'Pengelolaan Air', en: 'Water' }, terms: ['SPAM'] }),
  });
  it('puts the term whose label or spelling was written first', () => {
    expect(suggestTerms('Urban Planning', terms)[0]).toBe('urban-planning');
    expect(suggestTerms('perencanaan  kota', terms)[0]).toBe('urban-planning');
    expect(suggestTerms('spam', terms)[0]).toBe('water-management');
  });
  it('falls back to the nearest keys, without repeating one', () => {
    expect(suggestTerms('public-servise', terms)).toEqual([
      'public-service',
      'urban-planning',
      'water-management',
    ]);
    expect(suggestTerms('Public Service', terms, 2)).toEqual(['public-service', 'urban-planning']);
  });
});
