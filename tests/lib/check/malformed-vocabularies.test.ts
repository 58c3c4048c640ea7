/** Malformed and hostile vocabularies: each reported with its file, code and field; nothing throws. */
import { afterEach, describe, it } from 'vitest';
import { removeCorpora } from './corpora.ts';
import { expectReported } from './malformed/case.ts';
import { VOCABULARY_CASES } from './malformed/vocabularies.ts';

afterEach(removeCorpora);

describe('runCheck on malformed entries', () => {
  it.each(Object.entries(VOCABULARY_CASES))('%s', (_name, c) => expectReported(c));
});
