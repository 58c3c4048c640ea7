import { describe, expect, it } from 'vitest';
import { reconcileClaim, verdictFor, yearsBefore } from '../../../src/lib/data/reconcile.ts';
import { claim, cohort, group } from '../../helpers/records.ts';

describe('yearsBefore', () => {
  it('keeps the precision of the date', () => {
    expect(yearsBefore('2019-02', 3)).toBe('2016-02');
    expect(yearsBefore('2022-09-05', 4)).toBe('2018-09-05');
  });
});

describe('verdictFor', () => {
  it('applies each qualifier', () => {
    expect(verdictFor(150, 150, 'exact')).toBe('matches');
    expect(verdictFor(150, 25, 'exact')).toBe('undocumented');
    expect(verdictFor(150, 160, 'exact')).toBe('exceeds');
    expect(verdictFor(100, 95, 'about')).toBe('matches');
    expect(verdictFor(100, 80, 'about')).toBe('undocumented');
    expect(verdictFor(300, 300, 'at-least')).toBe('matches');
    expect(verdictFor(300, 300, 'more-than')).toBe('undocumented');
    expect(verdictFor(300, 301, 'more-than')).toBe('matches');
  });
});

describe('reconcileClaim', () => {
  const cohorts = [
    cohort('old', { period: { start: '2015-05' } }),
    cohort('in', { period: { start: '2018-03-01' } }),
    cohort('later', { period: { start: '2019-07' } }),
    cohort('planned', {
      period: { start: '2019-01-10' },
      participants: [group(30)],
      status: 'planned',
    }),
    cohort('other-place', {
      period: { start: '2018-06' },
      participants: [group(40)],
      place: 'jambi',
    }),
  ];

  it('counts held cohorts in the window and scope at the date the claim was made', () => {
    const r = reconcileClaim(
      claim('c', { scope: { window_years: 3, place: 'singapore' } }),
      cohorts,
    );
    expect(r.counted.map((c) => c.id)).toEqual(['in']);
    expect(r.documented).toBe(25);
    expect(r.documentedWithPlanned).toBe(55);
    expect(r.gap).toBe(125);
    expect(r.verdict).toBe('undocumented');
    expect(r.from).toBe('2016-02');
  });

  it('never counts an unknown group as zero silently: the figure is flagged as a minimum', () => {
    const r = reconcileClaim(claim('c', { value: 25, made_on: '2020' }), [
      cohort('u', { period: { start: '2019-03' }, participants: [group('unknown')] }),
      cohort('k', { period: { start: '2019-04' } }),
    ]);
    expect(r.documented).toBe(25);
    expect(r.hasUnknownCounts).toBe(true);
  });

  it('matches only with planned cohorts when the claim counts the one it announces', () => {
    const r = reconcileClaim(
      claim('c', {
        metric: 'cohorts-in-year',
        value: 2,
        made_on: '2023-05-15',
        scope: { year: 2023 },
      }),
      [
        cohort('march', { period: { start: '2023-03-23' } }),
        cohort('may', { period: { start: '2023-05-15' }, status: 'planned' }),
      ],
    );
    expect(r.documented).toBe(1);
    expect(r.verdict).toBe('matches-with-planned');
  });

  it('treats a programme start year at or before the first documented cohort as consistent', () => {
    const r = reconcileClaim(
      claim('c', { metric: 'programme-start-year', value: 2016, made_on: '2023-05-15' }),
      cohorts,
    );
    expect(r.documented).toBe(2015);
    expect(r.verdict).toBe('exceeds');
    const r2 = reconcileClaim(
      claim('c', { metric: 'programme-start-year', value: 2014, made_on: '2023-05-15' }),
      cohorts,
    );
    expect(r2.verdict).toBe('matches');
  });
});
