import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/data/timeline.ts';
import { cohort, contextEvent } from '../../helpers/records.ts';

const event = contextEvent('mou', { date: '2015-08-18' });

describe('buildTimeline', () => {
  const cohorts = [
    cohort('b', { period: { start: '2023-05-15' }, theme: 'water' }),
    cohort('a', { period: { start: '2023-03' }, theme: 'public' }),
    cohort('c', { period: { start: '2019-02-17' }, theme: 'smart', programme: 'tf' }),
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

  it('filters by status, leaving context events out, and by status within a theme', () => {
    const mixed = [
      ...cohorts,
      cohort('p', { period: { start: '2024-02' }, status: 'planned', theme: 'water' }),
      cohort('q', { period: 'unknown', status: 'announced', theme: 'water' }),
    ];
    const ids = (filter: Parameters<typeof buildTimeline>[2]) =>
      buildTimeline(mixed, [event], filter).flatMap((y) => y.items.map((i) => i.record.id));
    expect(ids({ status: 'planned' })).toEqual(['p']);
    expect(ids({ status: 'announced' })).toEqual(['q']);
    expect(ids({ status: 'held' })).toEqual(['c', 'a', 'b']);
    expect(ids({ status: 'held', theme: 'water' })).toEqual(['b']);
  });
});

describe('buildTimeline: cohorts without training dates', () => {
  const undated = (id: string, sendoff?: string) =>
    cohort(id, {
      status: 'announced',
      period: 'unknown',
      ...(sendoff ? { sendoff: { date: sendoff } } : {}),
    });

  it('places a cohort by its send-off, and one with no date at all in a last group with no year', () => {
    const years = buildTimeline(
      [undated('x'), undated('s', '2024-07'), cohort('d', { period: { start: '2024-03-01' } })],
      [event],
    );
    expect(years.map((y) => y.year)).toEqual([2015, 2024, undefined]);
    expect(years[1]?.items.map((i) => [i.record.id, i.date])).toEqual([
      ['d', '2024-03-01'],
      ['s', '2024-07'],
    ]);
    expect(years[2]?.items.map((i) => [i.record.id, i.date])).toEqual([['x', undefined]]);
  });
});
