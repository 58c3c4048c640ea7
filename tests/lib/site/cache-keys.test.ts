/**
 * Keys of the incremental build: a page keeps its key while what it shows is
 * unchanged, and gets a new one when it changes; a change elsewhere leaves it.
 */
import { describe, expect, it } from 'vitest';
import type { SiteData } from '../../../src/lib/data/types.ts';
import {
  cohortCacheKey,
  framesCacheKey,
  sourceCacheKey,
} from '../../../src/lib/site/cache-keys.ts';
import { article, cohort, group } from '../../helpers/records.ts';
import { siteData } from '../../helpers/site-data.ts';

function siteOf(over: { count?: number; otherTheme?: string } = {}): SiteData {
  const articles = [article('artikel-uji'), article('artikel-lain')];
  const cohorts = [
    cohort('a', { participants: [group(over.count ?? 25)] }),
    cohort('b', { theme: over.otherTheme ?? 'water-management' }),
  ];
  return siteData({ articles, cohorts });
}

describe('cohortCacheKey', () => {
  it('is the same for the same data, and per language', () => {
    expect(cohortCacheKey(siteOf(), 'a')).toBe(cohortCacheKey(siteOf(), 'a'));
    expect(cohortCacheKey(siteOf(), 'a', 'id')).not.toBe(cohortCacheKey(siteOf(), 'a', 'en'));
  });

  it("changes with the cohort's own data, not with another cohort's", () => {
    expect(cohortCacheKey(siteOf({ count: 30 }), 'a')).not.toBe(cohortCacheKey(siteOf(), 'a'));
    expect(cohortCacheKey(siteOf({ otherTheme: 'public-service' }), 'a')).toBe(
      cohortCacheKey(siteOf(), 'a'),
    );
  });
});

describe('sourceCacheKey', () => {
  it('is the same for the same data and differs between articles', () => {
    expect(sourceCacheKey(siteOf(), 'artikel-uji')).toBe(sourceCacheKey(siteOf(), 'artikel-uji'));
    expect(sourceCacheKey(siteOf(), 'artikel-uji')).not.toBe(
      sourceCacheKey(siteOf(), 'artikel-lain'),
    );
  });
});

describe('framesCacheKey', () => {
  it('follows the stylesheet: the same text keeps its key, another text gets another', () => {
    const css = '#q-a:target{border:3px solid}';
    expect(framesCacheKey(css)).toBe(framesCacheKey(css));
    expect(framesCacheKey(css)).not.toBe(framesCacheKey(`${css}#q-b:target{}`));
  });
});
