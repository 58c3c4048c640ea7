/** Ids unique across cohorts, claims and context events. */
import { afterEach, describe, expect, it } from 'vitest';
import { CLAIM_TEXT, COHORT_ID, COHORT_TEXT } from '../../../helpers/corpus.ts';
import { COHORT_PATH, problemsIn, removeCorpora, withCode } from '../corpora.ts';

afterEach(removeCorpora);

describe('checkContent', () => {
  describe('ids', () => {
    it('reports an id used in two collections', () => {
      const problems = problemsIn({ [`claims/${COHORT_ID}.yaml`]: CLAIM_TEXT });
      const [p] = withCode(problems, 'id-duplicate');
      expect(p?.file).toBe(`content/claims/${COHORT_ID}.yaml`);
      expect(p?.message.en).toContain(COHORT_PATH);
    });

    it('reports an id used twice in one collection (.yaml and .yml)', () => {
      const problems = problemsIn({ [`cohorts/${COHORT_ID}.yml`]: COHORT_TEXT });
      const [p] = withCode(problems, 'id-duplicate');
      expect(p?.file).toBe(`content/cohorts/${COHORT_ID}.yml`);
    });
  });
});
