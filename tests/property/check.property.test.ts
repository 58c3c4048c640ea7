/**
 * Property: whatever random mutations are made to the real content, runCheck
 * returns (never throws), every problem names a file under the content
 * folder, and no message or fix speaks the jargon of a library. A failure
 * prints fast-check's seed and path; pass them back to reproduce it.
 */
import { resolve, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import { apply, copyRealContent, JARGON, mutation } from './mutations.ts';

const copy = copyRealContent();
afterAll(() => copy.cleanup());

describe('runCheck on mutated real content', () => {
  it('starts from content with no problems', () => {
    expect(runCheck(copy.root).problems).toEqual([]);
  });

  it('never throws, names a file under content/, speaks no jargon', () => {
    let mutations = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 10, maxLength: 30 }), (batch) => {
        mutations += batch.length;
        const restore = apply(copy, batch);
        try {
          const { problems } = runCheck(copy.root);
          for (const p of problems) {
            expect(
              resolve(copy.root, p.file).startsWith(copy.content + sep) ||
                resolve(copy.root, p.file) === copy.content,
              p.file,
            ).toBe(true);
            for (const text of [p.message.id, p.message.en, p.fix.id, p.fix.en])
              expect(text, `${p.file} ${p.code}`).not.toMatch(JARGON);
          }
        } finally {
          restore();
        }
      }),
      { numRuns: 150 },
    );
    expect(mutations).toBeGreaterThan(1000);
    expect(runCheck(copy.root).problems).toEqual([]);
  }, 120_000);
});
