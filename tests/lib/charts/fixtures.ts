/**
 * A small invented corpus for the chart tests, built to exercise every rule:
 * held cohorts in 2017 and 2019, two of one theme in 2019 (one with a group
 * of unknown size), an announced cohort in 2019, a planned one in 2021 (a
 * year with nothing held), empty years 2018 and 2020, and claims of several
 * metrics and qualifiers.
 */
import type { ClaimRecord, CohortRecord } from '../../../src/lib/data/types.ts';
import type { ChartInput } from '../../../src/lib/charts/models.ts';
import { reconcileClaims } from '../../../src/lib/data/reconcile.ts';
import { claim, cohort, group, groupTerms, term, vocabulary } from '../../helpers/records.ts';

const labelled = (id: string, en: string) => term({ label: { id, en } });

/** Vocabulary order: this is the colour order. */
export const THEMES = vocabulary({
  digital: labelled('Digital', 'Digital'),
  'public-service': labelled('Pelayanan Publik', 'Public Service'),
  'smart-city': labelled('Kota Cerdas', 'Smart City'),
  water: labelled('Air', 'Water'),
});

export const PROGRAMMES = vocabulary({
  scp: labelled('SCP', 'SCP'),
  temasek: labelled('Temasek', 'Temasek'),
});

/** Participant groups: both are the government's own people. */
export const GROUPS = groupTerms(['asn', 'other']);

export const COHORTS: CohortRecord[] = [
  cohort('c-2017-smart', {
    theme: 'smart-city',
    period: { start: '2017-05-01' },
    participants: [group(20, 'asn')],
  }),
  cohort('c-2019-ps-a', {
    theme: 'public-service',
    period: { start: '2019-02-17' },
    participants: [group(25, 'asn')],
  }),
  cohort('c-2019-ps-b', {
    theme: 'public-service',
    period: { start: '2019-08' },
    programme: 'temasek',
    participants: [group(10, 'asn'), group('unknown', 'other')],
  }),
  cohort('c-2019-water', {
    theme: 'water',
    status: 'announced',
    period: { start: '2019-11' },
    participants: [group(25, 'asn')],
  }),
  cohort('c-2021-digital', {
    theme: 'digital',
    status: 'planned',
    period: { start: '2021-03-01' },
    participants: [group(30, 'asn')],
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
function chartInput(input: Omit<ChartInput, 'reconciled' | 'groups'>): ChartInput {
  return {
    ...input,
    groups: GROUPS,
    reconciled: reconcileClaims(input.claims, input.cohorts, new Set(), GROUPS),
  };
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
      period: { start: '2016-06' },
      participants: [group('unknown', 'asn')],
    }),
    cohort('c-2017-smart', {
      theme: 'smart-city',
      period: { start: '2017-05-01' },
      participants: [group(20, 'asn')],
    }),
    cohort('c-2019-digital', {
      theme: 'digital',
      status: 'planned',
      period: { start: '2019-03' },
      participants: [group('unknown', 'asn')],
    }),
  ],
  claims: [
    claim('k-2016', { metric: 'participants', value: 30, qualifier: 'exact', made_on: '2016-12' }),
  ],
  themes: THEMES,
  programmes: PROGRAMMES,
});
