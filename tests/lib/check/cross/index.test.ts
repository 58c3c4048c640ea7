/** checkContent as a whole. */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/check/cross/index.ts';
import { loadContent } from '../../../../src/lib/content/load.ts';
import { cohort, corpus, removeCorpora } from '../corpora.ts';

afterEach(removeCorpora);

describe('checkContent', () => {
  it('is pure: the same content gives the same problems', () => {
    const made = corpus(cohort('count: 25', 'count: 26'));
    const content = loadContent(made.root);
    expect(content.problems).toEqual([]);
    const first = checkContent(content);
    expect(first.length).toBeGreaterThan(0);
    expect(checkContent(content)).toEqual(first);
  });
});
