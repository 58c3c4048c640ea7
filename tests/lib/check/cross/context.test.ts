/** The checks of a context event: a publication date that is one. */
import { afterEach, describe, expect, it } from 'vitest';
import { CONTEXT_TEXT } from '../../../helpers/corpus.ts';
import { problemsIn, removeCorpora, withCode } from '../corpora.ts';

afterEach(removeCorpora);

describe('checkContent', () => {
  describe('dates', () => {
    it('reports a context date that differs from the source publication date', () => {
      const problems = problemsIn({
        'context/e.yaml': CONTEXT_TEXT.replace('date: 2019-02', 'date: 2019-02-20'),
      });
      const [p] = withCode(problems, 'date-not-publication');
      expect(p).toMatchObject({ file: 'content/context/e.yaml', field: 'date', line: 1 });
    });
  });
});
