import { describe, expect, it } from 'vitest';
import { reconcileClaims } from '../../../src/lib/data/reconcile.ts';
import { contrastRows, contrastSentence } from '../../../src/lib/site/contrast-text.ts';
import type { ArticleKind } from '../../../src/lib/site/format.ts';
import { citation, claim, cohort, group, groupTerms } from '../../helpers/records.ts';

const COHORTS = [
  cohort('a', { period: { start: '2018-03' } }),
  cohort('b', { period: { start: '2022-03' }, participants: [group(29), group('unknown', 'x')] }),
];
const cited = (article: string) => [
  citation({ article, quote: 'mengirimkan 150', supports: ['value'] }),
];
const CLAIMS = [
  claim('early', { made_on: '2019-02', value: 150, sources: cited('release') }),
  claim('late', {
    made_on: '2023-05-15',
    value: 300,
    qualifier: 'more-than',
    sources: cited('report'),
  }),
];
const items = reconcileClaims(
  CLAIMS,
  COHORTS,
  new Set(['singapore']),
  groupTerms(['asn-kota-jambi', 'x']),
);
const KINDS: Record<string, ArticleKind> = { release: 'press-release', report: 'news' };
const kindOf = (id: string) => KINDS[id];

describe('contrastRows', () => {
  it('gives each claim its date, its number as qualified, and the documented number', () => {
    expect(contrastRows(items, 'id')).toEqual([
      { claimId: 'early', date: 'Februari 2019', claimed: '150', documented: '25' },
      {
        claimId: 'late',
        date: '15 Mei 2023',
        claimed: 'lebih dari 300',
        documented: 'sedikitnya 54',
      },
    ]);
    expect(contrastRows(items, 'en')[1]).toMatchObject({
      date: '15 May 2023',
      claimed: 'more than 300',
      documented: 'at least 54',
    });
  });
});

describe('contrastSentence', () => {
  it('sets each claim, with its date, against what the sources document', () => {
    expect(contrastSentence(items, kindOf, 'id')).toBe(
      'Siaran pers dan berita mengklaim 150 peserta pada Februari 2019 dan lebih dari 300 pada 15 Mei 2023; pada tanggal yang sama, sumber yang kami simpan hanya mendokumentasikan 25 dan sedikitnya 54.',
    );
    expect(contrastSentence(items, kindOf, 'en')).toBe(
      'Press releases and news reports claimed 150 participants in February 2019 and more than 300 on 15 May 2023; at the same dates, the sources we hold document only 25 and at least 54.',
    );
  });

  it('says the number is not known, never "sedikitnya 0", when no counted group has a size', () => {
    const [unknownOnly] = reconcileClaims(
      [claim('u', { made_on: '2019-02', value: 25 })],
      [cohort('a', { period: { start: '2018-03' }, participants: [group('unknown')] })],
      new Set(['singapore']),
      groupTerms(['asn-kota-jambi']),
    );
    if (!unknownOnly) throw new Error('no reconciliation');
    expect(contrastRows([unknownOnly], 'id')[0]?.documented).toBe('jumlah tidak diketahui');
    expect(contrastSentence([unknownOnly], kindOf, 'en')).not.toMatch(/at least 0\b/);
  });

  it('names who made the claims from the kinds of their articles', () => {
    const early = items.slice(0, 1);
    expect(contrastSentence(early, kindOf, 'id')).toMatch(/^Siaran pers mengklaim 150 peserta/);
    expect(contrastSentence(items.slice(1), kindOf, 'en')).toMatch(/^News reports claimed/);
    expect(contrastSentence(early, kindOf, 'id')).toContain('pada tanggal itu,');
  });

  it('says "only" only when every claim is larger than the record', () => {
    const [matching] = reconcileClaims(
      [claim('m', { made_on: '2019-02', value: 25 })],
      COHORTS,
      new Set(['singapore']),
      groupTerms(['asn-kota-jambi', 'x']),
    );
    if (!matching) throw new Error('no reconciliation');
    expect(matching.verdict).toBe('matches');
    expect(contrastSentence([matching], kindOf, 'id')).toContain(
      'kami simpan mendokumentasikan 25.',
    );
    expect(contrastSentence([matching, ...items], kindOf, 'en')).not.toContain('only');
  });

  it('says nothing when there is no claim to set against the record', () => {
    expect(contrastSentence([], kindOf, 'id')).toBeUndefined();
  });
});
