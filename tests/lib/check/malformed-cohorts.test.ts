/** Malformed and hostile cohorts: each reported with its file, code and field; nothing throws. */
import { afterEach, describe, it } from 'vitest';
import { removeCorpora } from './corpora.ts';
import { expectReported } from './malformed/case.ts';
import { COHORT_CASES } from './malformed/cohorts.ts';

afterEach(removeCorpora);

describe('runCheck on malformed entries', () => {
  it.each(Object.entries(COHORT_CASES))('%s', (_name, c) => expectReported(c));
});
