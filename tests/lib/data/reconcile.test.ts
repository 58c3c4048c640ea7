import { describe, expect, it } from 'vitest';
import { reconcileClaim, verdictFor, yearsBefore } from '../../../src/lib/data/reconcile.ts';
import type { ClaimRecord, CohortRecord } from '../../../src/lib/data/types.ts';
import type { Cohort } from '../../../src/schemas/cohort.ts';
import type { Claim } from '../../../src/schemas/claim.ts';

const source = [{ article: 'a', quote: 'kutipan panjang', supports: ['value'] }];

function cohort(
  id: string,
  start: string,
  count: number | 'unknown',
  extra: Partial<Cohort> = {},
): CohortRecord {
  return {
    id,
    data: {
      programme: 'scp',
      theme: 'public-service',
      status: 'held',
      period: { start },
      place: 'singapore',
      participants: [{ group: 'asn-kota-jambi', count }],
      sources: source,
      ...extra,
    },
  };
}

function claim(data: Partial<Claim>): ClaimRecord {
  return {
    id: 'c',
    data: {
      metric: 'participants',
      value: 150,
      qualifier: 'exact',
      made_on: '2019-02',
      scope: {},
      statement: { id: 'x', en: 'x' },
      sources: source,
      ...data,
    },
  };
}

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
    cohort('old', '2015-05', 25),
    cohort('in', '2018-03-01', 25),
    cohort('later', '2019-07', 25),
    cohort('planned', '2019-01-10', 30, { status: 'planned' }),
    cohort('other-place', '2018-06', 40, { place: 'jambi' }),
  ];

  it('counts held cohorts in the window and scope at the date the claim was made', () => {
    const r = reconcileClaim(claim({ scope: { window_years: 3, place: 'singapore' } }), cohorts);
    expect(r.counted.map((c) => c.id)).toEqual(['in']);
    expect(r.documented).toBe(25);
    expect(r.documentedWithPlanned).toBe(55);
    expect(r.gap).toBe(125);
    expect(r.verdict).toBe('undocumented');
    expect(r.from).toBe('2016-02');
  });

  it('never counts an unknown group as zero silently: the figure is flagged as a minimum', () => {
    const r = reconcileClaim(claim({ value: 25, made_on: '2020' }), [
      cohort('u', '2019-03', 'unknown'),
      cohort('k', '2019-04', 25),
    ]);
    expect(r.documented).toBe(25);
    expect(r.hasUnknownCounts).toBe(true);
  });

  it('matches only with planned cohorts when the claim counts the one it announces', () => {
    const r = reconcileClaim(
      claim({ metric: 'cohorts-in-year', value: 2, made_on: '2023-05-15', scope: { year: 2023 } }),
      [cohort('march', '2023-03-23', 25), cohort('may', '2023-05-15', 25, { status: 'planned' })],
    );
    expect(r.documented).toBe(1);
    expect(r.verdict).toBe('matches-with-planned');
  });

  it('treats a programme start year at or before the first documented cohort as consistent', () => {
    const r = reconcileClaim(
      claim({ metric: 'programme-start-year', value: 2016, made_on: '2023-05-15' }),
      cohorts,
    );
    expect(r.documented).toBe(2015);
    expect(r.verdict).toBe('exceeds');
    const r2 = reconcileClaim(
      claim({ metric: 'programme-start-year', value: 2014, made_on: '2023-05-15' }),
      cohorts,
    );
    expect(r2.verdict).toBe('matches');
  });
});
