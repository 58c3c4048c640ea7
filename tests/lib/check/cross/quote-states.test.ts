/** Whether a quote states the value of a fact, and how the problem names it. */
import { afterEach, describe, expect, it } from 'vitest';
import { CLAIM_TEXT } from '../../../helpers/corpus.ts';
import { cohort, problemsIn, removeCorpora, withCode } from '../corpora.ts';

afterEach(removeCorpora);

describe('checkContent', () => {
  describe('supports and facts', () => {
    it('reports a participant count the quote does not state', () => {
      const problems = problemsIn(cohort('count: 25', 'count: 26'));
      const [p] = withCode(problems, 'value-not-in-quote');
      expect(p).toMatchObject({ field: 'sources[0].supports[0]' });
      expect(p?.message.en).toContain('the number 26');
      expect(p?.message.en).toContain('participants.asn-kota-jambi');
    });

    it('reports a period the quote does not state', () => {
      const problems = problemsIn(cohort('end: 2019-02-23', 'end: 2019-02-24'));
      const [p] = withCode(problems, 'value-not-in-quote');
      expect(p).toMatchObject({ field: 'sources[0].supports[4]' });
      expect(p?.message.en).toContain('2019-02-17 – 2019-02-24');
    });

    it('reads a send-off date written as (15/2) and reports a different one', () => {
      expect(problemsIn()).toEqual([]);
      const problems = problemsIn(cohort('date: 2019-02-15', 'date: 2019-02-16'));
      const [p] = withCode(problems, 'value-not-in-quote');
      expect(p).toMatchObject({ field: 'sources[1].supports[0]' });
      expect(p?.message.en).toContain('sendoff.date');
    });

    it('reports a theme none of whose terms is in the quote', () => {
      const problems = problemsIn(
        cohort('theme: smart-city-cybersecurity', 'theme: public-service'),
      );
      const [p] = withCode(problems, 'value-not-in-quote');
      expect(p).toMatchObject({ field: 'sources[0].supports[2]' });
      expect(p?.message.en).toContain('Public Service');
    });

    it('reports a claim value the quote does not state', () => {
      const problems = problemsIn({
        'claims/c.yaml': CLAIM_TEXT.replace('value: 150', 'value: 160'),
      });
      const [p] = withCode(problems, 'value-not-in-quote');
      expect(p).toMatchObject({ file: 'content/claims/c.yaml', field: 'sources[0].supports[0]' });
    });
  });
});
