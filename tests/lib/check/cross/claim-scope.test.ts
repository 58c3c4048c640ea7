/**
 * A claim's scope as its quotes write it, both ways: "abroad" against a
 * country and a course held in the city, on practice sentences and on a real
 * one ("baik didalam maupun luar negeri"); a start written "sejak 2016".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TERM, problemsIn, removeCorpora } from '../corpora.ts';
import { SENTENCES, realArticle, realClaim, realVocabulary, withClaim } from './practice-claims.ts';

afterEach(removeCorpora);

const codes = (files: Parameters<typeof problemsIn>[0]) => problemsIn(files).map((p) => p.code);

type Row = [sentence: keyof typeof SENTENCES, value: number, place: string, accepted: boolean];

describe('scope.place: abroad, a country, the city', () => {
  it.each<Row>([
    ['abroad', 60, 'abroad', true],
    ['abroad', 60, 'singapore', false],
    ['exact', 60, 'singapore', true],
    ['exact', 60, 'abroad', false],
    ['inCity', 30, 'jambi', true],
    ['inCity', 30, 'abroad', false],
  ])('"%s" (%i) as scope.place: %s → accepted: %s', (sentence, value, place, accepted) => {
    const qualifier = sentence === 'abroad' ? 'almost' : 'exact';
    const files = withClaim({
      value,
      qualifier,
      scope: [`place: ${place}`],
      quote: SENTENCES[sentence],
      supports:
        qualifier === 'exact' ? ['value', 'scope.place'] : ['value', 'qualifier', 'scope.place'],
    });
    if (accepted) expect(problemsIn(files)).toEqual([]);
    else expect(codes(files)).toEqual(['value-not-in-quote']);
  });

  it('refuses "luar negeri" that limits nothing (a real sentence: at home and abroad)', () => {
    const text = realClaim('2022-09-250-asn-4-tahun')
      .replace('place: singapore', 'place: abroad')
      .replace(
        'supports: [value, scope.programme, scope.place,',
        'supports: [value, scope.programme,',
      )
      .concat(
        '  - article: 2022-09-penghargaan-kepegawaian\n',
        '    quote: baik didalam maupun luar negeri\n',
        '    supports: [scope.place]\n',
      );
    const problems = problemsIn({
      ...realArticle('2022-09-penghargaan-kepegawaian'),
      'claims/c.yaml': text,
    });
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['abroad-not-a-limit', 'sources[1].supports[0]'],
    ]);
  });

  it('accepts "keluar negeri" written as one word (a real sentence)', () => {
    const text = realClaim('2022-09-250-asn-4-tahun')
      .replace('place: singapore', 'place: abroad')
      .replace(
        'supports: [value, scope.programme, scope.place,',
        'supports: [value, scope.programme,',
      )
      .concat(
        '  - article: 2022-09-penghargaan-kepegawaian\n',
        '    quote: Seluruh pendidikan dan pelatihan keluar negeri tersebut\n',
        '    supports: [scope.place]\n',
      );
    const files = { ...realArticle('2022-09-penghargaan-kepegawaian'), 'claims/c.yaml': text };
    expect(problemsIn(files)).toEqual([]);
  });

  const abroadClaim = withClaim({
    value: 60,
    qualifier: 'almost',
    scope: ['place: abroad'],
    quote: SENTENCES.abroad,
    supports: ['value', 'qualifier', 'scope.place'],
  });

  it('needs the country of every place a cohort is held at', () => {
    const places =
      'singapore:\n  label:\n    id: Singapura\n    en: Singapore\n  terms: [Singapura]\n';
    const problems = problemsIn({ ...abroadClaim, 'vocabularies/places.yaml': places });
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['place-country-missing', 'scope.place'],
    ]);
    expect(problems[0]?.fix.en).toContain(
      'Add country: <two-letter ISO code, e.g. SG> to "singapore"',
    );
  });

  it('refuses a place keyed "abroad"', () => {
    const places = `${realVocabulary('places')}abroad:\n  ${TERM}  country: SG\n`;
    expect(codes({ ...abroadClaim, 'vocabularies/places.yaml': places })).toEqual([
      'place-key-reserved',
    ]);
  });

  it('is not a place term: no vocabulary problem for abroad', () => {
    expect(problemsIn(abroadClaim)).toEqual([]);
  });
});

describe('scope.since written as a start', () => {
  const since = (sentence: keyof typeof SENTENCES, value: number) =>
    withClaim({
      value,
      scope: ['since: 2016'],
      quote: SENTENCES[sentence],
      supports: ['value', 'scope.since'],
    });

  it('accepts "sejak 2016"', () => {
    expect(problemsIn(since('since', 350))).toEqual([]);
  });

  it('refuses a year the quote does not give as the start ("pada tahun 2016")', () => {
    const [p] = problemsIn(since('onlyYear', 25));
    expect(p).toMatchObject({ code: 'since-not-a-start', field: 'scope.since' });
    expect(p?.fix.en).toContain('use scope.year, not scope.since');
  });

  it('accepts the real claim that counts "sejak tahun 2016 lalu"', () => {
    const files = {
      ...realArticle('2023-05-jambi-update-water-management'),
      'claims/c.yaml': realClaim('2023-05-10-angkatan-scp'),
    };
    expect(problemsIn(files)).toEqual([]);
  });
});
