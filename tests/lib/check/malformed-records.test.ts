/** Malformed claims and context events: each reported with its file, code and field; nothing throws. */
import { afterEach, describe, it } from 'vitest';
import { removeCorpora } from './corpora.ts';
import { expectReported } from './malformed/case.ts';
import { CLAIM_CASES, CONTEXT_CASES } from './malformed/records.ts';

afterEach(removeCorpora);

describe('runCheck on malformed entries', () => {
  it.each(Object.entries({ ...CLAIM_CASES, ...CONTEXT_CASES }))('%s', (_name, c) =>
    expectReported(c),
  );
});
