import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/data/timeline.ts';
import type { CohortRecord, ContextRecord } from '../../../src/lib/data/types.ts';

const src = [{ article: 'a', quote: 'kutipan panjang', supports: ['x'] }];
const cohort = (id: string, start: string, theme: string, programme = 'scp'): CohortRecord => ({
  id,
  data: {
    programme,
    theme,
    status: 'held',
    period: { start },
    place: 'singapore',
    participants: [{ group: 'g', count: 1 }],
    sources: src,
  },
});
const event: ContextRecord = {
  id: 'mou',
  data: {
    date: '2015-08-18',
    date_basis: 'stated',
    kind: 'agreement',
    title: { id: 'x', en: 'x' },
    summary: { id: 'x', en: 'x' },
    sources: src,
  },
};

describe('buildTimeline', () => {
  const cohorts = [
    cohort('b', '2023-05-15', 'water'),
    cohort('a', '2023-03', 'public'),
    cohort('c', '2019-02-17', 'smart', 'tf'),
  ];

  it('groups by year, oldest first, in date order, with context events set apart by type', () => {
    const years = buildTimeline(cohorts, [event]);
    expect(years.map((y) => y.year)).toEqual([2015, 2019, 2023]);
    expect(years[0]?.items[0]?.type).toBe('context');
    expect(years[2]?.items.map((i) => i.record.id)).toEqual(['a', 'b']);
  });

  it('filters by theme and by programme, leaving context events out', () => {
    expect(
      buildTimeline(cohorts, [event], { theme: 'water' }).flatMap((y) =>
        y.items.map((i) => i.record.id),
      ),
    ).toEqual(['b']);
    expect(
      buildTimeline(cohorts, [event], { programme: 'tf' }).flatMap((y) =>
        y.items.map((i) => i.record.id),
      ),
    ).toEqual(['c']);
  });
});
