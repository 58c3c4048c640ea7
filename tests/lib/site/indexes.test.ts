import { describe, expect, it } from 'vitest';
import { siteIndexes } from '../../../src/lib/site/indexes.ts';
import { article, cohort, contextEvent } from '../../helpers/records.ts';
import { siteData } from '../../helpers/site-data.ts';

const articles = [article('artikel-uji')];
const cohorts = [
  cohort('held-a'),
  cohort('planned-a', { status: 'planned', theme: 'water-management' }),
  cohort('planned-b', { status: 'planned' }),
];
const data = siteData({
  articles,
  cohorts,
  context: [contextEvent('mou', { date: '2015-08-18' })],
});
const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((c) => c.id);

describe('siteIndexes: the timeline by status', () => {
  const indexes = siteIndexes(data);

  it('lists the cohorts of each status, the counts of the filter panel', () => {
    const byStatus = indexes.cohortsByTerm.status;
    expect(ids(byStatus.get('held'))).toEqual(['held-a']);
    expect(ids(byStatus.get('planned'))).toEqual(['planned-a', 'planned-b']);
    expect(byStatus.get('announced')).toBeUndefined();
  });

  it('keeps a timeline per status apart from the whole one and from a theme', () => {
    const items = (years: ReturnType<typeof indexes.timeline>) =>
      years.flatMap((y) => y.items.map((i) => i.record.id));
    expect(items(indexes.timeline({ status: 'planned' }))).toEqual(['planned-a', 'planned-b']);
    expect(items(indexes.timeline({ status: 'planned', theme: 'water-management' }))).toEqual([
      'planned-a',
    ]);
    expect(items(indexes.timeline())).toEqual(['mou', 'held-a', 'planned-a', 'planned-b']);
    expect(indexes.timeline({ status: 'held' })).toBe(indexes.timeline({ status: 'held' }));
  });
});

describe('siteIndexes: what a page does not show is not computed', () => {
  it('reads no article text until the passages are asked for, then once', () => {
    let reads = 0;
    const counted = siteData({ articles, cohorts });
    const byId = counted.articleById;
    const watched = Object.assign(Object.create(byId) as typeof byId, {
      get: (id: string) => {
        reads += 1;
        return byId.get(id);
      },
    });
    const indexes = siteIndexes({ ...counted, articleById: watched });
    expect(indexes.titles.id.size).toBe(1);
    expect(indexes.recordNames.id.size).toBe(cohorts.length);
    expect(reads).toBe(0);
    const passages = indexes.passages;
    expect(reads).toBeGreaterThan(0);
    const after = reads;
    expect(indexes.passages).toBe(passages);
    expect(reads).toBe(after);
  });
});
