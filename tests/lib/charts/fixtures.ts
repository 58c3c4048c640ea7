/**
 * A small invented corpus for the chart tests, built to exercise every rule:
 * held cohorts in 2017 and 2019, two of one theme in 2019 (one with a group
 * of unknown size), an announced cohort in 2019, a planned one in 2021 (a
 * year with nothing held), empty years 2018 and 2020, and claims of several
 * metrics and qualifiers.
 */
import type { Claim } from '../../../src/schemas/claim.ts';
import type { Cohort } from '../../../src/schemas/cohort.ts';
import type { Term } from '../../../src/schemas/vocabulary.ts';
import type { ClaimRecord, CohortRecord } from '../../../src/lib/data/types.ts';
import type { ChartInput } from '../../../src/lib/charts/models.ts';
import { reconcileClaims } from '../../../src/lib/data/reconcile.ts';

const SOURCE = [{ article: 'a-1', quote: 'a quote long enough to pass', supports: ['status'] }];

export function cohort(
  id: string,
  d: {
    theme: string;
    status?: Cohort['status'];
    start: string;
    programme?: string;
    participants: Cohort['participants'];
  },
): CohortRecord {
  return {
    id,
    data: {
      programme: d.programme ?? 'scp',
      theme: d.theme,
      status: d.status ?? 'held',
      period: { start: d.start },
      place: 'singapore',
      participants: d.participants,
      sources: SOURCE,
    },
  };
}

export function claim(
  id: string,
  d: Pick<Claim, 'metric' | 'value' | 'qualifier' | 'made_on'> & { scope?: Claim['scope'] },
): ClaimRecord {
  return {
    id,
    data: {
      ...d,
      scope: d.scope ?? {},
      statement: { id: `Pernyataan ${id}`, en: `Statement ${id}` },
      sources: SOURCE,
    },
  };
}

const term = (id: string, en: string): Term => ({ label: { id, en }, terms: [en] });

/** Vocabulary order: this is the colour order. */
export const THEMES = new Map<string, Term>([
  ['digital', term('Digital', 'Digital')],
  ['public-service', term('Pelayanan Publik', 'Public Service')],
  ['smart-city', term('Kota Cerdas', 'Smart City')],
  ['water', term('Air', 'Water')],
]);

export const PROGRAMMES = new Map<string, Term>([
  ['scp', term('SCP', 'SCP')],
  ['temasek', term('Temasek', 'Temasek')],
]);

export const COHORTS: CohortRecord[] = [
  cohort('c-2017-smart', {
    theme: 'smart-city',
    start: '2017-05-01',
    participants: [{ group: 'asn', count: 20 }],
  }),
  cohort('c-2019-ps-a', {
    theme: 'public-service',
    start: '2019-02-17',
    participants: [{ group: 'asn', count: 25 }],
  }),
  cohort('c-2019-ps-b', {
    theme: 'public-service',
    start: '2019-08',
    programme: 'temasek',
    participants: [
      { group: 'asn', count: 10 },
      { group: 'other', count: 'unknown' },
    ],
  }),
  cohort('c-2019-water', {
    theme: 'water',
    status: 'announced',
    start: '2019-11',
    participants: [{ group: 'asn', count: 25 }],
  }),
  cohort('c-2021-digital', {
    theme: 'digital',
    status: 'planned',
    start: '2021-03-01',
    participants: [{ group: 'asn', count: 30 }],
  }),
];

export const CLAIMS: ClaimRecord[] = [
  claim('k-100', {
    metric: 'participants',
    value: 100,
    qualifier: 'exact',
    made_on: '2019-09',
    scope: { programme: 'scp', window_years: 3 },
  }),
  claim('k-50', {
    metric: 'participants',
    value: 50,
    qualifier: 'more-than',
    made_on: '2021-01-10',
  }),
  claim('k-cohorts', { metric: 'cohorts', value: 3, qualifier: 'exact', made_on: '2021-01-10' }),
];

/** A chart input with its claims reconciled once, as the site model does. */
function chartInput(input: Omit<ChartInput, 'reconciled'>): ChartInput {
  return { ...input, reconciled: reconcileClaims(input.claims, input.cohorts) };
}

export const INPUT: ChartInput = chartInput({
  cohorts: COHORTS,
  claims: CLAIMS,
  themes: THEMES,
  programmes: PROGRAMMES,
});

/**
 * A corpus whose counts are all or nothing: 2016 has only a held cohort whose
 * one group is of unknown size (the first step of the documented line, and
 * the record behind a claim of 2016), 2017 a known count, 2018 no cohort,
 * 2019 only a planned cohort of unknown size.
 */
export const UNKNOWN_ONLY_INPUT: ChartInput = chartInput({
  cohorts: [
    cohort('c-2016-water', {
      theme: 'water',
      start: '2016-06',
      participants: [{ group: 'asn', count: 'unknown' }],
    }),
    cohort('c-2017-smart', {
      theme: 'smart-city',
      start: '2017-05-01',
      participants: [{ group: 'asn', count: 20 }],
    }),
    cohort('c-2019-digital', {
      theme: 'digital',
      status: 'planned',
      start: '2019-03',
      participants: [{ group: 'asn', count: 'unknown' }],
    }),
  ],
  claims: [
    claim('k-2016', { metric: 'participants', value: 30, qualifier: 'exact', made_on: '2016-12' }),
  ],
  themes: THEMES,
  programmes: PROGRAMMES,
});
