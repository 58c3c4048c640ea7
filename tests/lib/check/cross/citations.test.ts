/** A citation's article and where its quote occurs in it. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  ARTICLE_FILE,
  ARTICLE_ID,
  COHORT_TEXT,
  CONTEXT_TEXT,
  articleText,
} from '../../../helpers/corpus.ts';
import { COHORT_PATH, cohort, lineIn, problemsIn, removeCorpora, withCode } from '../corpora.ts';

afterEach(removeCorpora);

describe('checkContent', () => {
  describe('references', () => {
    it('reports an unknown article and suggests the nearest id', () => {
      const problems = problemsIn(
        cohort(
          `- article: ${ARTICLE_ID}\n    quote: >-\n      Sebanyak`,
          `- article: 2019-02-diskominfo-smart-cty\n    quote: >-\n      Sebanyak`,
        ),
      );
      const [p] = withCode(problems, 'reference-unknown-article');
      expect(p).toMatchObject({ file: COHORT_PATH, field: 'sources[0].article' });
      expect(p?.line).toBe(lineIn(COHORT_TEXT, 'quote: >-') - 1);
      expect(p?.message.en).toContain('2019-02-diskominfo-smart-cty');
      expect(p?.fix.en).toContain(`e.g. ${ARTICLE_ID}`);
      expect(p?.fix.id).toContain(`mis. ${ARTICLE_ID}`);
    });
  });

  describe('quotes', () => {
    it('reports a quote that is not in the article', () => {
      const problems = problemsIn(cohort('Sebanyak 25 orang', 'Sebanyak 26 orang'));
      const [p] = withCode(problems, 'quote-not-found');
      expect(p).toMatchObject({ file: COHORT_PATH, field: 'sources[0].quote' });
      expect(p?.line).toBe(lineIn(COHORT_TEXT, 'Sebanyak 25 orang') - 1);
      expect(p?.fix.en).toContain(`content/${ARTICLE_FILE}`);
    });

    it('reports a quote that occurs twice as ambiguous', () => {
      const problems = problemsIn(
        cohort('quote: Punggol Discovery Cube, Geoworks, NCS Pte Ltd', 'quote: Wali Kota Fasha'),
      );
      const [p] = withCode(problems, 'quote-ambiguous');
      expect(p).toMatchObject({ field: 'sources[4].quote' });
      expect(p?.message.en).toMatch(/occurs \d+ times/);
    });

    it('matches a quote with different spacing and no-break spaces', () => {
      expect(problemsIn(cohort('Sebanyak 25 orang', 'Sebanyak    25\u00a0orang'))).toEqual([]);
    });

    it('matches a quote written in decomposed Unicode (NFC)', () => {
      const body = 'Peserta mengunjungi Caf\u00e9 Merlion di Marina Bay pada hari kedua.';
      const event = CONTEXT_TEXT.replace(ARTICLE_ID, 'cafe').replace(
        'quote: Pelatihan ini sepenuhnya dibiayai oleh Pemerintah Singapura',
        'quote: mengunjungi Cafe\u0301 Merlion di Marina Bay',
      );
      expect(
        problemsIn({ 'articles/cafe.md': articleText(body), 'context/e.yaml': event }),
      ).toEqual([]);
    });

    it('does not match a quote after a change of case', () => {
      const problems = problemsIn(cohort('Sebanyak 25 orang', 'sebanyak 25 orang'));
      withCode(problems, 'quote-not-found');
    });
  });
});
