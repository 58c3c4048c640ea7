/** The reader version: changes with any byte of the reading code, so a result of older code is never used. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readerVersion, sourceVersion } from '../../../src/lib/content/cache-version.ts';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A project with `src/lib/a.ts`. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jejak-version-'));
  made.push(dir);
  mkdirSync(join(dir, 'src', 'lib'), { recursive: true });
  writeFileSync(join(dir, 'src', 'lib', 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'package-lock.json'), '{}\n');
  return dir;
}

const version = (dir: string) => sourceVersion(dir, ['src/lib'], ['package-lock.json']);

describe('sourceVersion', () => {
  it('is the same for the same code', () => {
    const dir = project();
    expect(version(dir)).toMatch(/^[0-9a-f]{40}$/);
    expect(version(dir)).toBe(version(dir));
  });

  it.each([
    ['a source file changes', (d: string) => writeFileSync(join(d, 'src/lib/a.ts'), 'x\n')],
    ['a source file is added', (d: string) => writeFileSync(join(d, 'src/lib/b.ts'), 'x\n')],
    ['the lock file changes', (d: string) => writeFileSync(join(d, 'package-lock.json'), '[]')],
    ['the lock file is removed', (d: string) => rmSync(join(d, 'package-lock.json'))],
  ])('changes when %s', (_, change) => {
    const dir = project();
    const before = version(dir);
    change(dir);
    expect(version(dir)).not.toBe(before);
  });

  it('is undefined where there is no source to hash', () => {
    expect(sourceVersion(join(tmpdir(), 'jejak-no-such-project'), ['src/lib'], [])).toBeUndefined();
  });
});

describe('readerVersion', () => {
  it("is this checkout's source version, computed once", () => {
    expect(readerVersion()).toMatch(/^[0-9a-f]{40}$/);
    expect(readerVersion()).toBe(readerVersion());
  });
});
