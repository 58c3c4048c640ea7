/**
 * Keys of the list pages: a page's key changes when something it shows
 * changes (a record on it, an article one of them cites, its pager, a count
 * it prints) and stays when only records it does not show change.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Cohort } from '../../../src/schemas/index.ts';
import { siteIndexes } from '../../../src/lib/site/indexes.ts';
import {
  sourcesCacheKey,
  termCacheKey,
  timelineCacheKey,
  type ListSite,
} from '../../../src/lib/site/list-keys.ts';
import { PAGE_SIZE } from '../../../src/lib/site/pagination.ts';
import { article, citation, cohort } from '../../helpers/records.ts';
import { siteData } from '../../helpers/site-data.ts';

interface Changes {
  /** Changes to the first cohort of 2020 (page 1 of the whole timeline). */
  first?: Partial<Cohort>;
  /** Changes to the last cohort (2024, page 2). */
  last?: Partial<Cohort>;
  /** Changes to the article cited by the first cohort only. */
  cited?: Partial<Article>;
  /** Changes to an article no cohort cites. */
  uncited?: Partial<Article>;
  /** Articles added to the list of sources (after the others: older). */
  more?: number;
}

/** PAGE_SIZE + 5 cohorts: page 1 of the timeline ends in 2020, page 2 holds the last five. */
function siteOf(c: Changes = {}): ListSite {
  const articles = [
    article('artikel-uji', { published: '2024-01' }),
    article('artikel-pertama', { published: '2023-01', ...c.cited }),
    article('artikel-lain', { published: '2022-01', ...c.uncited }),
    ...Array.from({ length: c.more ?? 0 }, (_, i) =>
      article(`artikel-tua-${i}`, { published: '2010-01' }),
    ),
  ];
  const cohorts = [
    cohort('a-000', {
      period: { start: '2020-01' },
      sources: [citation({ article: 'artikel-pertama' })],
      ...c.first,
    }),
    ...Array.from({ length: PAGE_SIZE - 1 }, (_, i) =>
      cohort(`a-${String(i + 1).padStart(3, '0')}`, { period: { start: '2020-02' } }),
    ),
    ...Array.from({ length: 4 }, (_, i) =>
      cohort(`b-${i}`, { period: { start: '2024-02' }, theme: 'water-management' }),
    ),
    cohort('b-9', { period: { start: '2024-03' }, theme: 'water-management', ...c.last }),
  ];
  const data = siteData({ articles, cohorts });
  return { data, indexes: siteIndexes(data) };
}

const timeline = (c: Changes, page: number) => timelineCacheKey(siteOf(c), undefined, '', page);

describe('timelineCacheKey', () => {
  it('is the same for the same data and differs between pages and filters', () => {
    expect(timeline({}, 1)).toBe(timeline({}, 1));
    expect(timeline({}, 1)).not.toBe(timeline({}, 2));
    expect(timelineCacheKey(siteOf(), 'status', 'held', 1)).not.toBe(timeline({}, 1));
  });

  it('changes on the page that shows a changed record, not on the other pages', () => {
    const host = { host: 'Civil Service College' } as Partial<Cohort>;
    expect(timeline({ first: host }, 1)).not.toBe(timeline({}, 1));
    expect(timeline({ first: host }, 2)).toBe(timeline({}, 2));
    expect(timeline({ last: host }, 2)).not.toBe(timeline({}, 2));
    expect(timeline({ last: host }, 1)).toBe(timeline({}, 1));
  });

  it('changes with the title of an article a record on the page cites, not with another article', () => {
    const title = { title: 'Judul lain (Contoh latihan)' };
    expect(timeline({ cited: title }, 1)).not.toBe(timeline({}, 1));
    expect(timeline({ cited: title }, 2)).toBe(timeline({}, 2));
    expect(timeline({ uncited: title }, 1)).toBe(timeline({}, 1));
  });

  it('changes on every page when a count of the filter panel changes', () => {
    const planned = { status: 'planned' } as Partial<Cohort>;
    expect(timeline({ first: planned }, 2)).not.toBe(timeline({}, 2));
    const theme = { theme: 'water-management' } as Partial<Cohort>;
    expect(timeline({ first: theme }, 2)).not.toBe(timeline({}, 2));
  });

  it('of a filtered timeline, stays when a record outside the filter changes in a way no count shows', () => {
    const water = (c: Changes) => timelineCacheKey(siteOf(c), 'theme', 'water-management', 1);
    expect(water({ first: { host: 'Civil Service College' } as Partial<Cohort> })).toBe(water({}));
    expect(water({ last: { host: 'Civil Service College' } as Partial<Cohort> })).not.toBe(
      water({}),
    );
  });
});

describe('termCacheKey', () => {
  const term = (c: Changes, key: string, page = 1) => termCacheKey(siteOf(c), 'theme', key, page);
  it('changes with any cohort of its theme (the totals), not with a cohort of another theme', () => {
    const count = { participants: [{ group: 'asn-kota-jambi', count: 30 }] } as Partial<Cohort>;
    expect(term({ last: count }, 'water-management')).not.toBe(term({}, 'water-management'));
    expect(term({ last: count }, 'public-service')).toBe(term({}, 'public-service'));
    expect(term({ first: count }, 'public-service', 2)).not.toBe(term({}, 'public-service', 2));
  });

  it('changes on the page whose cohort cites a changed article only', () => {
    const title = { title: 'Judul lain (Contoh latihan)' };
    expect(term({ cited: title }, 'public-service')).not.toBe(term({}, 'public-service'));
    expect(term({ cited: title }, 'public-service', 2)).toBe(term({}, 'public-service', 2));
    expect(term({ cited: title }, 'water-management')).toBe(term({}, 'water-management'));
  });
});

describe('sourcesCacheKey', () => {
  const sources = (c: Changes, page = 1) => sourcesCacheKey(siteOf(c).data, page);
  it('changes with an article on its page, and with the page count', () => {
    expect(sources({ uncited: { title: 'Judul lain (Contoh latihan)' } })).not.toBe(sources({}));
    expect(sources({ more: PAGE_SIZE + 1 })).toBe(sources({ more: PAGE_SIZE }));
    expect(sources({ more: PAGE_SIZE + 1 }, 2)).not.toBe(sources({ more: PAGE_SIZE }, 2));
    expect(sources({ more: 2 * PAGE_SIZE })).not.toBe(sources({ more: PAGE_SIZE }));
  });
});
