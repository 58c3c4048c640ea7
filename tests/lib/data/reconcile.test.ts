import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidPartialDate } from '../../../src/lib/dates/partial-date.ts';
import {
  VERDICTS,
  almostReach,
  hasGap,
  reconcileClaim,
  startYearVerdict,
  verdictFor,
  yearsBefore,
  type Verdict,
} from '../../../src/lib/data/reconcile.ts';
import { claimQualifiers, type Claim } from '../../../src/schemas/claim.ts';
import { claim, cohort, group, vocabularies } from '../../helpers/records.ts';

/** The places abroad of the test records: Singapore, not the city. */
const ABROAD_PLACES: ReadonlySet<string> = new Set(['singapore']);
/** The participant groups of the test records: the city's own civil servants. */
const GROUPS = vocabularies()['participant-groups'];

describe('yearsBefore', () => {
  it('keeps the precision of the date', () => {
    expect(yearsBefore('2019-02', 3)).toBe('2016-02');
    expect(yearsBefore('2022-09-05', 4)).toBe('2018-09-05');
  });

  it('gives a real day for a claim made on 29 February', () => {
    expect(yearsBefore('2024-02-29', 2)).toBe('2022-02-28');
    expect(yearsBefore('2024-02-29', 4)).toBe('2020-02-29');
  });

  it('gives a real date for every real date and window', () => {
    const day = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const leapDay = fc
      .integer({ min: 1992 / 4, max: 2096 / 4 })
      .map((q) => `${q * 4}-02-29`)
      .filter(isValidPartialDate);
    fc.assert(
      // Leap days, which a uniform draw seldom gives, half the time.
      fc.property(fc.oneof(day, leapDay), fc.integer({ min: 1, max: 60 }), (d, n) =>
        isValidPartialDate(yearsBefore(d, n)),
      ),
    );
  });
});

describe('verdictFor', () => {
  it('applies each qualifier', () => {
    expect(verdictFor(150, 150, 'exact')).toBe('matches');
    expect(verdictFor(150, 25, 'exact')).toBe('undocumented');
    expect(verdictFor(150, 160, 'exact')).toBe('exceeds');
    expect(verdictFor(100, 95, 'about')).toBe('matches');
    expect(verdictFor(100, 80, 'about')).toBe('undocumented');
    expect(verdictFor(300, 300, 'at-least')).toBe('supported');
    expect(verdictFor(300, 300, 'more-than')).toBe('undocumented');
    expect(verdictFor(300, 301, 'more-than')).toBe('supported');
  });
});

describe('verdictFor at the edges of each qualifier', () => {
  type Row = [documented: number, verdict: ReturnType<typeof verdictFor>];
  const table: Record<Claim['qualifier'], Row[]> = {
    exact: [
      [499, 'undocumented'],
      [500, 'matches'],
      [501, 'exceeds'],
    ],
    // within 10 % either side: 450–550
    about: [
      [449, 'undocumented'],
      [450, 'matches'],
      [550, 'matches'],
      [551, 'exceeds'],
    ],
    // below 500 by at most 10 %: 450–499
    almost: [
      [449, 'undocumented'],
      [450, 'matches'],
      [499, 'matches'],
      [500, 'exceeds'],
      [501, 'exceeds'],
    ],
    // a lower bound the record reaches is borne out, never "matches"
    'at-least': [
      [499, 'undocumented'],
      [500, 'supported'],
      [501, 'supported'],
    ],
    'more-than': [
      [500, 'undocumented'],
      [501, 'supported'],
    ],
    // at most 500: a documented lower bound below it neither confirms nor contradicts it
    'up-to': [
      [0, 'not-contradicted'],
      [499, 'not-contradicted'],
      [500, 'matches'],
      [501, 'exceeds'],
    ],
  };
  it('covers every qualifier', () => {
    expect(Object.keys(table).sort()).toEqual([...claimQualifiers].sort());
  });
  it.each(
    Object.entries(table).flatMap(([q, rows]) =>
      rows.map(([documented, verdict]) => [q as Claim['qualifier'], documented, verdict] as const),
    ),
  )('claimed 500 %s, documented %i: %s', (qualifier, documented, verdict) => {
    expect(verdictFor(500, documented, qualifier)).toBe(verdict);
  });

  it('reaches at least one below a small number for "almost"', () => {
    expect(almostReach(5)).toBe(1);
    expect(almostReach(500)).toBe(50);
    expect(verdictFor(5, 4, 'almost')).toBe('matches');
    expect(verdictFor(5, 3, 'almost')).toBe('undocumented');
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
      ABROAD_PLACES,
      GROUPS,
    );
    expect(r.counted.map((c) => c.id)).toEqual(['in']);
    expect(r.documented).toBe(25);
    expect(r.documentedWithPlanned).toBe(55);
    expect(r.gap).toBe(125);
    expect(r.verdict).toBe('undocumented');
    expect(r.from).toBe('2016-02');
  });

  it('counts only places abroad for a claim scoped abroad, and says what it leaves out', () => {
    const r = reconcileClaim(
      claim('c', { scope: { window_years: 3, place: 'abroad' } }),
      cohorts,
      ABROAD_PLACES,
      GROUPS,
    );
    expect(r.counted.map((c) => c.id)).toEqual(['in']);
    expect(r.excluded).toContainEqual({ cohort: cohorts[4], reason: 'place' });
    expect(r.excluded.find((x) => x.cohort.id === 'old')?.reason).toBe('date');
  });

  it('counts nothing abroad when no place is abroad', () => {
    const r = reconcileClaim(
      claim('c', { scope: { place: 'abroad' } }),
      cohorts,
      new Set(),
      GROUPS,
    );
    expect(r.counted).toEqual([]);
    expect(r.excluded.map((x) => x.reason)).toContain('place');
  });

  it('never counts an unknown group as zero silently: the figure is flagged as a minimum', () => {
    const r = reconcileClaim(
      claim('c', { value: 25, made_on: '2020' }),
      [
        cohort('u', { period: { start: '2019-03' }, participants: [group('unknown')] }),
        cohort('k', { period: { start: '2019-04' } }),
      ],
      ABROAD_PLACES,
      GROUPS,
    );
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
      ABROAD_PLACES,
      GROUPS,
    );
    expect(r.documented).toBe(1);
    expect(r.verdict).toBe('matches-with-planned');
  });

  it('reads a programme start year before the first documented cohort as not contradicted', () => {
    const r = reconcileClaim(
      claim('c', { metric: 'programme-start-year', value: 2016, made_on: '2023-05-15' }),
      cohorts,
      ABROAD_PLACES,
      GROUPS,
    );
    expect(r.documented).toBe(2015);
    expect(r.verdict).toBe('exceeds');
    const r2 = reconcileClaim(
      claim('c', { metric: 'programme-start-year', value: 2014, made_on: '2023-05-15' }),
      cohorts,
      ABROAD_PLACES,
      GROUPS,
    );
    expect(r2.verdict).toBe('not-contradicted');
    expect(hasGap(r2)).toBe(false);
    const r3 = reconcileClaim(
      claim('c', { metric: 'programme-start-year', value: 2015, made_on: '2023-05-15' }),
      cohorts,
      ABROAD_PLACES,
      GROUPS,
    );
    expect(r3.verdict).toBe('matches');
  });

  it('matches with planned cohorts when they carry a lower bound past it', () => {
    const r = reconcileClaim(
      claim('c', { value: 30, qualifier: 'more-than', made_on: '2020' }),
      [
        cohort('held', { period: { start: '2019-03' } }),
        cohort('planned', { period: { start: '2019-04' }, status: 'planned' }),
      ],
      ABROAD_PLACES,
      GROUPS,
    );
    expect(r.documented).toBe(25);
    expect(r.documentedWithPlanned).toBe(50);
    expect(r.verdict).toBe('matches-with-planned');
    expect(hasGap(r)).toBe(true);
  });
});

describe('startYearVerdict', () => {
  it('matches only the same year; an earlier start is not contradicted, a later one exceeded', () => {
    expect(startYearVerdict(2019, 2019)).toBe('matches');
    expect(startYearVerdict(2016, 2019)).toBe('not-contradicted');
    expect(startYearVerdict(2020, 2019)).toBe('exceeds');
  });

  it('is not contradicted when no cohort is documented at all', () => {
    expect(startYearVerdict(2016, undefined)).toBe('not-contradicted');
  });
});

describe('hasGap', () => {
  const r = (verdict: Verdict, metric: Claim['metric'] = 'participants') => ({
    verdict,
    claim: claim('c', { metric }),
  });

  it('is true where the record falls short of the claim or goes beyond it', () => {
    expect(VERDICTS.filter((v) => hasGap(r(v)))).toEqual([
      'undocumented',
      'matches-with-planned',
      'exceeds',
    ]);
  });

  it('is never true for a start year, whose difference is not a shortfall', () => {
    expect(VERDICTS.filter((v) => hasGap(r(v, 'programme-start-year')))).toEqual([]);
  });
});
