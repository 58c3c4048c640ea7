import { describe, expect, it } from 'vitest';
import { groupByPassage, valuePassage } from '../../../src/lib/data/claim-groups.ts';
import { reconcileClaims } from '../../../src/lib/data/reconcile.ts';
import { realInput } from '../opendata/fixtures.ts';
import { citation, claim, claimData, cohort, vocabularies } from '../../helpers/records.ts';

const COHORTS = [cohort('held', { period: { start: '2018-03' } })];
const PASSAGE =
  'Dalam 3 tahun terakhir, Kota Contoh telah mengirimkan 150 orang ASN dalam 6 angkatan.';
const from = (article: string, quote = PASSAGE) => [
  citation({ article, quote, supports: ['value'] }),
];
const reconcile = (claims: ReturnType<typeof claim>[]) =>
  reconcileClaims(claims, COHORTS, new Set(['singapore']), vocabularies()['participant-groups']);
/** Each group as the ids of its cards, each card as its main id and repeats. */
const shape = (claims: ReturnType<typeof claim>[]) =>
  groupByPassage(reconcile(claims)).map((g) =>
    g.entries.map((e) => [e.main.claim.id, ...e.repeats.map((x) => x.claim.id)]),
  );

describe('valuePassage', () => {
  it('is the normalised quote of the first source supporting the value', () => {
    const d = claimData({
      sources: [
        citation({ quote: 'diinisiasi  sejak tahun 2016', supports: ['scope.since'] }),
        citation({ quote: PASSAGE.replace(' ', '\n'), supports: ['value'] }),
      ],
    });
    expect(valuePassage(d)).toBe(PASSAGE);
  });

  it('falls back on the first source when none names the value', () => {
    const d = claimData({
      sources: [citation({ quote: 'Sebanyak 25 orang', supports: ['speaker'] })],
    });
    expect(valuePassage(d)).toBe('Sebanyak 25 orang');
  });
});

describe('groupByPassage', () => {
  it('puts the claims of one recycled paragraph in one group, one card each, in date and id order', () => {
    expect(
      shape([
        claim('people', { made_on: '2019-02', sources: from('release') }),
        claim('cohorts', {
          made_on: '2019-02',
          metric: 'cohorts',
          value: 6,
          sources: from('release'),
        }),
        claim('other', { made_on: '2019-02', sources: from('release', 'Sebanyak 25 orang ASN') }),
      ]),
    ).toEqual([[['cohorts'], ['people']], [['other']]]);
  });

  it('shows the same claim made again in another article as one card listing both', () => {
    expect(
      shape([
        claim('march', { made_on: '2023-03', sources: from('march-release') }),
        claim('may', { made_on: '2023-05-15', sources: from('may-release') }),
      ]),
    ).toEqual([[['march', 'may']]]);
  });

  it('keeps apart the same words when the record answers them differently', () => {
    // By 2017 no cohort had started; by 2019 one had: the same figure stands differently.
    expect(
      shape([
        claim('early', { made_on: '2017', sources: from('a') }),
        claim('later', { made_on: '2019-02', sources: from('b') }),
      ]),
    ).toEqual([[['early'], ['later']]]);
  });

  it('keeps every claim of the real content exactly once, in the order of the reconciliation', () => {
    const input = realInput();
    const groups = groupByPassage(input.reconciled);
    const ids = groups.flatMap((g) =>
      g.entries.flatMap((e) => [e.main, ...e.repeats].map((r) => r.claim.id)),
    );
    expect([...ids].sort()).toEqual(input.reconciled.map((r) => r.claim.id).sort());
    const order = input.reconciled.map((r) => r.claim.id);
    const firsts = groups.map((g) => order.indexOf(g.entries[0]?.main.claim.id ?? ''));
    expect(firsts).not.toContain(-1);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  it('groups the real 2019 paragraph and merges the recycled partnership sentence', () => {
    const shapes = groupByPassage(realInput().reconciled).map((g) =>
      g.entries.map((e) => [e.main.claim.id, ...e.repeats.map((x) => x.claim.id)]),
    );
    expect(shapes).toContainEqual([['2019-02-150-asn-3-tahun'], ['2019-02-6-angkatan-3-tahun']]);
    expect(shapes).toContainEqual([['2023-03-kemitraan-10-tahun', '2023-05-kemitraan-10-tahun']]);
  });
});
