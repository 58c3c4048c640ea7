/**
 * A claim's qualifier against its quotes, both ways, for each qualifier: on
 * practice sentences and on real claims of the seed articles. A quote that
 * writes "hampir 500" refuses exact and about, and the fix names almost.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { claimQualifiers } from '../../../../src/schemas/claim.ts';
import { problemsIn, removeCorpora } from '../corpora.ts';
import { SENTENCES, realArticle, realClaim, withClaim } from './practice-claims.ts';

afterEach(removeCorpora);

type Q = (typeof claimQualifiers)[number];
const VALUES: Record<Q, number> = {
  exact: 60,
  about: 500,
  almost: 500,
  'at-least': 25,
  'more-than': 300,
  'up-to': 500,
};

/** A practice claim of the sentence written with `written`, recorded with `qualifier`. */
const practice = (written: Q, qualifier: Q) =>
  withClaim({
    value: VALUES[written],
    qualifier,
    quote: SENTENCES[written],
    supports: qualifier === 'exact' ? ['value'] : ['value', 'qualifier'],
  });

const codes = (files: Parameters<typeof problemsIn>[0]) => problemsIn(files).map((p) => p.code);
const fixes = (files: Parameters<typeof problemsIn>[0]) =>
  problemsIn(files)
    .filter((p) => p.code === 'qualifier-not-as-written')
    .map((p) => p.fix.en);

describe('the qualifier as written', () => {
  it.each(claimQualifiers)('accepts %s on a sentence that writes it', (q) => {
    expect(problemsIn(practice(q, q))).toEqual([]);
  });

  const wrong = claimQualifiers.flatMap((written) =>
    claimQualifiers.filter((q) => q !== written).map((q) => [written, q] as const),
  );
  it.each(wrong)('refuses a sentence written %s recorded as %s', (written, q) => {
    expect(codes(practice(written, q))).not.toEqual([]);
    if (written !== 'exact')
      expect(fixes(practice(written, q))).toEqual([`Write qualifier: ${written}.`]);
  });

  it('names the words the quote writes', () => {
    const [p] = problemsIn(practice('almost', 'exact'));
    expect(p).toMatchObject({ code: 'qualifier-not-as-written', field: 'qualifier', line: 3 });
    expect(p?.message.id).toBe(
      'Kutipan di sources[0] menulis "hampir 500" (hampir: di bawah angka itu), tetapi qualifier: exact.',
    );
    expect(p?.fix.id).toBe('Tulis qualifier: almost.');
  });

  it('refuses a qualifying word that stands away from the number', () => {
    const files = withClaim({
      value: 60,
      qualifier: 'up-to',
      quote: SENTENCES.misplaced,
      supports: ['value', 'qualifier'],
    });
    const [p] = problemsIn(files);
    expect(p?.code).toBe('qualifier-not-as-written');
    expect(p?.message.en).toContain('"hingga" in that quote does not qualify this number');
    expect(
      problemsIn(withClaim({ value: 60, quote: SENTENCES.misplaced, supports: ['value'] })),
    ).toEqual([]);
  });
});

describe('the qualifier of real claims', () => {
  const STAFF = '2023-05-lebih-dari-300-staf';
  const SINCE_LEADERSHIP = '2023-05-300-orang-sejak-awal-kepemimpinan';
  const WATER = realArticle('2023-05-jambi-update-water-management');

  it('accepts the real claims as they are', () => {
    expect(problemsIn({ ...WATER, 'claims/c.yaml': realClaim(STAFF) })).toEqual([]);
    expect(problemsIn({ ...WATER, 'claims/c.yaml': realClaim(SINCE_LEADERSHIP) })).toEqual([]);
  });

  it.each(claimQualifiers.filter((q) => q !== 'more-than'))(
    '"lebih dari 300 orang stafnya" refuses %s and names more-than',
    (q) => {
      const text = realClaim(STAFF).replace('qualifier: more-than', `qualifier: ${q}`);
      expect(fixes({ ...WATER, 'claims/c.yaml': text })).toEqual(['Write qualifier: more-than.']);
    },
  );

  it('"hingga saat ini, tercatat sebanyak 300 orang" is exact, not up to 300', () => {
    const text = realClaim(SINCE_LEADERSHIP)
      .replace('qualifier: exact', 'qualifier: up-to')
      .replace('supports: [value,', 'supports: [value, qualifier,');
    expect(codes({ ...WATER, 'claims/c.yaml': text })).toEqual(['qualifier-not-as-written']);
  });

  it('"selama hampir 50 tahun terakhir" is almost 50 years, not exactly', () => {
    const files = withClaim({
      metric: 'partnership-years',
      value: 50,
      madeOn: '2019-02',
      article: '2019-02-diskominfo-smart-city',
      quote: 'mekanisme perencanaan Kota Singapura selama hampir 50 tahun terakhir',
      supports: ['value'],
    });
    expect(fixes(files)).toEqual(['Write qualifier: almost.']);
  });
});
