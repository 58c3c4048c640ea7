/**
 * Every unit test file that replaces a module or resets the module cache is
 * listed in ISOLATED_TEST_FILES, so vitest.config.ts runs it with a module
 * graph of its own: in the shared workers its mock would depend on which
 * file happened to load the module first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import { ISOLATED_TEST_FILES, needsIsolation } from '../helpers/isolated-files.ts';

const BUILT_SITE = /^tests\/(e2e|dist)\//;

const unitTestFiles = readdirSync(join(PROJECT_ROOT, 'tests'), {
  recursive: true,
  withFileTypes: true,
})
  .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
  .map((e) => relative(PROJECT_ROOT, join(e.parentPath, e.name)).replaceAll('\\', '/'))
  // This file names the patterns it looks for.
  .filter((path) => !BUILT_SITE.test(path) && path !== 'tests/lint/isolated-files.test.ts');

describe('isolated test files', () => {
  it('recognises a mock, a late mock and a module reset', () => {
    expect(needsIsolation("vi.mock('node:fs', () => ({}))")).toBe(true);
    expect(needsIsolation('vi.doMock("x")')).toBe(true);
    expect(needsIsolation('vi.resetModules()')).toBe(true);
    expect(needsIsolation('vi.fn(); vi.spyOn(a, "b"); // vi.mocked')).toBe(false);
  });

  it('lists every unit test file that needs a module graph of its own', () => {
    const needing = unitTestFiles.filter((path) =>
      needsIsolation(readFileSync(join(PROJECT_ROOT, path), 'utf8')),
    );
    expect(needing.length).toBeGreaterThan(0);
    expect([...ISOLATED_TEST_FILES].sort()).toEqual(expect.arrayContaining(needing.sort()));
  });

  it('lists only files that exist', () => {
    for (const path of ISOLATED_TEST_FILES) expect(existsSync(join(PROJECT_ROOT, path))).toBe(true);
  });
});
