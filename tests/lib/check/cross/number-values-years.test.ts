/**
 * Windows in words, through the whole check: "dua dekade" is 20 years,
 * "satu dasawarsa" and "sedasawarsa" 10, "lima tahun terakhir" 5; a real
 * "dalam kurun waktu 3 tahun terakhir" and "selama kurun waktu 10 tahun";
 * "sejak 2016" is a start, not a length. Each both ways, with the message.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CLAIM_TEXT } from '../../../helpers/corpus.ts';
import { claim, problemsIn, removeCorpora } from '../corpora.ts';
import { SENTENCES, realArticle, realClaim, withClaim } from './practice-claims.ts';

afterEach(removeCorpora);

const window = (sentence: keyof typeof SENTENCES, value: number, years: number) =>
  withClaim({
    value,
    scope: [`window_years: ${years}`],
    quote: SENTENCES[sentence],
    supports: ['value', 'scope.window_years'],
  });

const messages = (files: Parameters<typeof problemsIn>[0]) =>
  problemsIn(files).map((p) => `${p.code}: ${p.message.en}`);

describe('scope.window_years in words', () => {
  it.each<[keyof typeof SENTENCES, number, number]>([
    ['twoDecades', 500, 20],
    ['oneDecade', 200, 10],
    ['decade', 200, 10],
    ['fiveYears', 100, 5],
  ])('accepts "%s" as %i people in %i years', (sentence, value, years) => {
    expect(problemsIn(window(sentence, value, years))).toEqual([]);
  });

  it.each<[keyof typeof SENTENCES, number, number, string]>([
    [
      'twoDecades',
      500,
      2,
      'The quote gives the length "dua dekade", which is 20 years, not 2 years',
    ],
    [
      'twoDecades',
      500,
      21,
      'The quote gives the length "dua dekade", which is 20 years, not 21 years',
    ],
    [
      'oneDecade',
      200,
      1,
      'The quote gives the length "satu dasawarsa", which is 10 years, not 1 year',
    ],
    ['decade', 200, 1, 'The quote gives the length "sedasawarsa", which is 10 years, not 1 year'],
    ['fiveYears', 100, 4, 'The quote gives the length "lima tahun", not 4 years'],
  ])(
    'refuses "%s" as %i people in %i years, naming the length it is',
    (sentence, value, years, message) => {
      expect(messages(window(sentence, value, years))).toEqual([
        `value-not-in-quote: ${message}, for field scope.window_years.`,
      ]);
    },
  );

  it('fixes the window to the length the quote gives', () => {
    const [p] = problemsIn(window('twoDecades', 500, 2));
    expect(p?.fix.id).toMatch(/^Tulis scope\.window_years: 20 bila itu yang dimaksud/);
  });

  it('says that "sejak 2016" is a start: scope.since, not window_years', () => {
    const [p] = problemsIn(window('since', 350, 8));
    expect(p?.message.en).toBe(
      'The quote gives no length in years; it counts from a start ("sejak 2016", since 2016).',
    );
    expect(p?.fix.en).toBe(
      'Use scope.since: 2016 instead of scope.window_years, and write "scope.since" in this citation\'s supports.',
    );
  });
});

describe('windows of the real claims', () => {
  it('"dalam kurun waktu 3 tahun terakhir" is 3 years, not 4', () => {
    expect(problemsIn({ 'claims/c.yaml': CLAIM_TEXT })).toEqual([]);
    expect(messages(claim('window_years: 3', 'window_years: 4'))).toEqual([
      'value-not-in-quote: The quote gives the length "3 tahun", not 4 years, for field scope.window_years.',
    ]);
  });

  it('"selama kurun waktu 10 tahun ini" is a partnership of 10 years, not 11', () => {
    const article = realArticle('2023-05-jambi-update-water-management');
    const text = realClaim('2023-05-kemitraan-10-tahun');
    expect(problemsIn({ ...article, 'claims/c.yaml': text })).toEqual([]);
    expect(
      messages({ ...article, 'claims/c.yaml': text.replace('value: 10', 'value: 11') }),
    ).toEqual([
      'value-not-in-quote: The quote gives the length "10 tahun", not 11 years, for field value.',
    ]);
  });
});
