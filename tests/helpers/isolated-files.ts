/**
 * Unit test files that need a module graph of their own: they replace a
 * module (`vi.mock`, `vi.doMock`) or reset the module cache, which only takes
 * effect when no other file of the same worker loaded that module first.
 * vitest.config.ts runs these isolated and every other unit test file in
 * shared workers (tests/lint/isolated-files.test.ts keeps this list complete).
 */
export const ISOLATED_TEST_FILES: readonly string[] = ['tests/lib/check/messages-read.test.ts'];

/** Whether a test file's source asks for a module graph of its own. */
export function needsIsolation(source: string): boolean {
  return /\bvi\.(mock|doMock|unmock|doUnmock|resetModules|importMock)\s*\(/.test(source);
}
