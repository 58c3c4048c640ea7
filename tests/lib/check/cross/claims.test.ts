/** The checks of a claim: its scope terms and its made_on date. */
import { afterEach, describe, expect, it } from 'vitest';
import { CLAIM_TEXT } from '../../../helpers/corpus.ts';
import { problemsIn, removeCorpora, withCode } from '../corpora.ts';

afterEach(removeCorpora);

describe('checkContent', () => {
  describe('references', () => {
    it('reports unknown scope terms on a claim', () => {
      const problems = problemsIn({
        'claims/c.yaml': CLAIM_TEXT.replace('programme: scp', 'programme: temasek'),
      });
      const [p] = withCode(problems, 'vocabulary-term-unknown');
      expect(p).toMatchObject({ file: 'content/claims/c.yaml', field: 'scope.programme' });
      expect(p?.fix.en).toContain('temasek-foundation');
    });
  });

  describe('dates', () => {
    it('reports a claim made_on that does not match the source publication', () => {
      const problems = problemsIn({
        'claims/c.yaml': CLAIM_TEXT.replace('made_on: 2019-02', 'made_on: 2020-01'),
      });
      const [p] = withCode(problems, 'date-claim-made-on');
      expect(p).toMatchObject({ file: 'content/claims/c.yaml', field: 'made_on', line: 4 });
      expect(p?.message.en).toContain('2019-02');
    });

    it('accepts a claim made_on inside the source publication month', () => {
      expect(
        problemsIn({
          'claims/c.yaml': CLAIM_TEXT.replace('made_on: 2019-02', 'made_on: 2019-02-20'),
        }),
      ).toEqual([]);
    });
  });
});
