/** Malformed and hostile articles: each reported with its file, code and field; nothing throws. */
import { afterEach, describe, it } from 'vitest';
import { removeCorpora } from './corpora.ts';
import { expectReported } from './malformed/case.ts';
import { ARTICLE_CASES } from './malformed/articles.ts';

afterEach(removeCorpora);

describe('runCheck on malformed entries', () => {
  it.each(Object.entries(ARTICLE_CASES))('%s', (_name, c) => expectReported(c));
});
