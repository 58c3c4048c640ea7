import { describe, expect, it } from 'vitest';
import {
  cumulativeParticipants,
  participantsByTheme,
  participantsByYearAndTheme,
  yearSpan,
} from '../../../src/lib/data/aggregate.ts';
import { headlineFigures } from '../../../src/lib/data/figures.ts';
import { cohort, group } from '../../helpers/records.ts';

const cohorts = [
  cohort('a', {
    period: { start: '2019-02-17' },
    theme: 'smart',
    participants: [group(25, 'asn')],
  }),
  cohort('b', {
    period: { start: '2023-03-23' },
    theme: 'public',
    participants: [group(25, 'asn')],
  }),
  cohort('c', {
    period: { start: '2023-05-15' },
    theme: 'water',
    participants: [group(25, 'asn'), group('unknown', 'pdam')],
  }),
];

describe('yearSpan', () => {
  it('fills the years between', () =>
    expect(yearSpan([2023, 2019])).toEqual([2019, 2020, 2021, 2022, 2023]));
});

describe('participantsByYearAndTheme', () => {
  it('keeps empty years and flags unknown counts instead of reading them as zero', () => {
    const rows = participantsByYearAndTheme(cohorts);
    expect(rows.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(rows[1]?.cells.size).toBe(0);
    const y2023 = rows[4];
    expect(y2023?.total).toBe(50);
    expect(y2023?.hasUnknown).toBe(true);
    expect(y2023?.cells.get('water')).toEqual({ value: 25, hasUnknown: true, cohortIds: ['c'] });
  });
});

describe('participantsByTheme', () => {
  it('orders by size then key', () => {
    expect(participantsByTheme(cohorts).map((r) => r.theme)).toEqual(['public', 'smart', 'water']);
  });
});

describe('cumulativeParticipants', () => {
  it('runs in date order and carries the unknown flag forward', () => {
    expect(cumulativeParticipants(cohorts).map((p) => [p.total, p.hasUnknown])).toEqual([
      [25, false],
      [50, false],
      [75, true],
    ]);
  });
});

describe('headlineFigures', () => {
  it('counts held cohorts only and lists what it leaves out', () => {
    const f = headlineFigures([
      ...cohorts,
      cohort('d', {
        period: { start: '2019-07' },
        theme: 'public',
        participants: [group(25, 'asn')],
        status: 'announced',
      }),
    ]);
    expect(f.cohortsHeld).toBe(3);
    expect(f.participantsKnown).toBe(75);
    expect(f.cohortsNotHeld.map((c) => c.id)).toEqual(['d']);
    expect(f.cohortsWithUnknownCounts.map((c) => c.id)).toEqual(['c']);
    expect(f.years).toEqual({ first: 2019, last: 2023 });
  });
});

describe('participantsByYearAndTheme and cumulativeParticipants: cohorts without training dates', () => {
  const tentative = [
    ...cohorts,
    cohort('sendoff', {
      status: 'planned',
      period: 'unknown',
      sendoff: { date: '2025-07' },
      theme: 'water',
      participants: [group(30, 'asn')],
    }),
    cohort('undated', {
      status: 'announced',
      period: 'unknown',
      theme: 'water',
      participants: [group(40, 'asn')],
    }),
  ];

  it('count a cohort in the year of its send-off, and one with no date in no year', () => {
    const rows = participantsByYearAndTheme(tentative);
    expect(rows.map((r) => r.year).at(-1)).toBe(2025);
    expect(rows.at(-1)?.cells.get('water')?.cohortIds).toEqual(['sendoff']);
    expect(rows.flatMap((r) => [...r.cells.values()].flatMap((c) => c.cohortIds))).not.toContain(
      'undated',
    );
  });

  it('leave a cohort with no date off the running total', () => {
    expect(cumulativeParticipants(tentative).map((p) => p.cohortId)).toEqual([
      'a',
      'b',
      'c',
      'sendoff',
    ]);
  });
});
