/**
 * Property: the real CLI, `node scripts/check.ts --content=DIR`, on randomly
 * mutated real content, exits with 0 or 1 and never prints a stack trace.
 * Fewer runs than the in-process property: each one starts a Node process.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runNode } from '../helpers/node.ts';
import { apply, copyRealContent, mutation } from './mutations.ts';

const copy = copyRealContent();
afterAll(() => copy.cleanup());

describe('scripts/check.ts on mutated real content', () => {
  it('exits 0 or 1 without a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 20 }), async (batch) => {
        const restore = apply(copy, batch);
        try {
          const run = await runNode(['scripts/check.ts', `--content=${copy.content}`]);
          expect([0, 1]).toContain(run.status);
          expect(`${run.stdout}${run.stderr}`).not.toMatch(/^ {4}at /m);
          expect(run.stderr).toBe('');
        } finally {
          restore();
        }
      }),
      { numRuns: 20 },
    );
  }, 180_000);
});
