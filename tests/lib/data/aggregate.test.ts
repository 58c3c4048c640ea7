import { describe, expect, it } from 'vitest';
import {
  cumulativeParticipants,
  participantsByTheme,
  participantsByYearAndTheme,
  yearSpan,
} from '../../../src/lib/data/aggregate.ts';
import { headlineFigures } from '../../../src/lib/data/figures.ts';
import { cohort, group, groupTerms } from '../../helpers/records.ts';

/** Both groups of these cohorts are the government's own. */
const groups = groupTerms(['asn', 'pdam']);

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
    const rows = participantsByYearAndTheme(cohorts, groups);
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
    expect(participantsByTheme(cohorts, groups).map((r) => r.theme)).toEqual([
      'public',
      'smart',
      'water',
    ]);
  });
});

describe('cumulativeParticipants', () => {
  it('runs in date order and carries the unknown flag forward', () => {
    expect(cumulativeParticipants(cohorts, groups).map((p) => [p.total, p.hasUnknown])).toEqual([
      [25, false],
      [50, false],
      [75, true],
    ]);
  });
});

describe('headlineFigures', () => {
  it('counts held cohorts only and lists what it leaves out', () => {
    const f = headlineFigures(
      [
        ...cohorts,
        cohort('d', {
          period: { start: '2019-07' },
          theme: 'public',
          participants: [group(25, 'asn')],
          status: 'announced',
        }),
      ],
      groups,
    );
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
    const rows = participantsByYearAndTheme(tentative, groups);
    expect(rows.map((r) => r.year).at(-1)).toBe(2025);
    expect(rows.at(-1)?.cells.get('water')?.cohortIds).toEqual(['sendoff']);
    expect(rows.flatMap((r) => [...r.cells.values()].flatMap((c) => c.cohortIds))).not.toContain(
      'undated',
    );
  });

  it('leave a cohort with no date off the running total', () => {
    expect(cumulativeParticipants(tentative, groups).map((p) => p.cohortId)).toEqual([
      'a',
      'b',
      'c',
      'sendoff',
    ]);
  });
});

describe('people of other bodies', () => {
  /** The water company's staff belong to another body here. */
  const others = groupTerms(['asn'], { pdam: 'Perusahaan Air Contoh' });
  const joint = [
    cohort('j', {
      period: { start: '2024-03-11' },
      theme: 'water',
      participants: [group(19, 'asn'), group(10, 'pdam')],
    }),
  ];

  it('are never added to a chart cell, and make no cell a minimum', () => {
    const [row] = participantsByYearAndTheme(joint, others);
    expect(row?.cells.get('water')).toEqual({ value: 19, hasUnknown: false, cohortIds: ['j'] });
    expect(participantsByTheme(joint, others)[0]?.cell.value).toBe(19);
    expect(cumulativeParticipants(joint, others).map((p) => p.total)).toEqual([19]);
    // The third cohort's company managers of unknown size no longer make 2023 a minimum.
    expect(participantsByYearAndTheme(cohorts, others)[4]?.hasUnknown).toBe(false);
  });

  it('are left out of the headline figure and listed', () => {
    const f = headlineFigures(joint, others);
    expect(f.participantsKnown).toBe(19);
    expect(f.participantsLeftOut.known).toBe(10);
    expect(f.participantsLeftOut.cohorts.map((x) => x.cohort.id)).toEqual(['j']);
  });
});
