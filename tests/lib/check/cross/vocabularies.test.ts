/** Vocabulary terms an entry uses. */
import { afterEach, describe, expect, it } from 'vitest';
import { COHORT_PATH, cohort, problemsIn, removeCorpora, withCode } from '../corpora.ts';

afterEach(removeCorpora);

describe('checkContent', () => {
  describe('references', () => {
    it('reports an unknown vocabulary term and suggests the nearest', () => {
      const problems = problemsIn(
        cohort('theme: smart-city-cybersecurity', 'theme: smart-city-cybersecurty'),
      );
      const [p] = withCode(problems, 'vocabulary-term-unknown');
      expect(p).toMatchObject({ file: COHORT_PATH, field: 'theme', line: 2 });
      expect(p?.fix.en).toMatch(/e\.g\. smart-city-cybersecurity/);
      expect(p?.fix.en).toContain('content/vocabularies/themes.yaml');
    });
  });
});
