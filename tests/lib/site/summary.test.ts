import { describe, expect, it } from 'vitest';
import { countBy, heldSummary, newestFirst } from '../../../src/lib/site/summary.ts';
import { cohort, group, groupTerms } from '../../helpers/records.ts';

const groups = groupTerms(['asn-kota-jambi', 'perumdam-tirta-mayang']);

const cohorts = [
  cohort('a', { period: { start: '2019-02-17' }, theme: 'smart-city' }),
  cohort('b', { status: 'announced', period: { start: '2019-07' } }),
  cohort('c', {
    programme: 'temasek-foundation',
    theme: 'digital',
    participants: [group(4)],
  }),
  cohort('d', {
    period: { start: '2023-05-15' },
    participants: [group(25), group('unknown', 'perumdam-tirta-mayang')],
  }),
  cohort('e', { status: 'planned', period: { start: '2023-09' } }),
];

describe('heldSummary', () => {
  it('counts held cohorts only and lists the planned or announced ones apart', () => {
    const s = heldSummary(cohorts, groups, { theme: 'public-service' });
    expect(s.held.map((c) => c.id)).toEqual(['d']);
    expect(s.notHeld.map((c) => c.id)).toEqual(['b', 'e']);
    expect(s.participantsKnown).toBe(25);
  });
  it('flags held cohorts with a group of unknown size instead of counting it as 0', () => {
    const s = heldSummary(cohorts, groups);
    expect(s.participantsKnown).toBe(25 + 4 + 25);
    expect(s.withUnknown.map((c) => c.id)).toEqual(['d']);
  });
  it('filters by programme', () => {
    const s = heldSummary(cohorts, groups, { programme: 'temasek-foundation' });
    expect(s.held.map((c) => c.id)).toEqual(['c']);
    expect(s.notHeld).toEqual([]);
  });
});

describe('countBy', () => {
  it('counts cohorts of every status per key', () => {
    expect(countBy(cohorts, 'theme')).toEqual(
      new Map([
        ['smart-city', 1],
        ['public-service', 3],
        ['digital', 1],
      ]),
    );
  });
});

describe('newestFirst', () => {
  it('takes the last n of an oldest-first list, newest first', () => {
    expect(newestFirst([1, 2, 3, 4], 3)).toEqual([4, 3, 2]);
    expect(newestFirst([1], 3)).toEqual([1]);
  });
});

describe('heldSummary and other bodies', () => {
  it('counts the government’s own people only and lists the rest', () => {
    const others = groupTerms(['asn-kota-jambi'], { 'perumdam-tirta-mayang': 'Perumdam' });
    const s = heldSummary(cohorts, others);
    expect(s.participantsKnown).toBe(25 + 4 + 25);
    expect(s.withUnknown).toEqual([]);
    expect(s.leftOut.cohorts.map((x) => x.cohort.id)).toEqual(['d']);
    expect(s.leftOut.hasUnknown).toBe(true);
  });
});
