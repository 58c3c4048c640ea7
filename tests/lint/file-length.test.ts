/**
 * No code or style file of the project is over 300 lines (the house rule):
 * every .ts, .astro, .js, .mjs and .css file under src, scripts and tests and
 * at the top level. A file that grows past it is split by what it does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/corpus.ts';

const MAX_LINES = 300;
const CODE = /\.(ts|astro|js|mjs|cjs|css)$/;
const SKIP = new Set(['node_modules', 'dist', '.astro', 'coverage']);

/** Code files under a folder of the project, as paths relative to its root. */
function codeFiles(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && CODE.test(e.name))
    .map((e) => relative(PROJECT_ROOT, join(e.parentPath, e.name)))
    .filter((path) => !path.split(/[\\/]/).some((part) => SKIP.has(part)));
}

const lineCount = (path: string): number =>
  readFileSync(join(PROJECT_ROOT, path), 'utf8').replace(/\n$/, '').split('\n').length;

describe('file length', () => {
  const top = readdirSync(PROJECT_ROOT, { withFileTypes: true })
    .filter((e) => e.isFile() && CODE.test(e.name))
    .map((e) => e.name);
  const files = [...top, ...['src', 'scripts', 'tests'].flatMap(codeFiles)];

  it('finds the code files, styles included', () => {
    expect(files).toEqual(expect.arrayContaining(['astro.config.mjs', 'src/styles/global.css']));
  });

  it(`keeps every one at ${MAX_LINES} lines or fewer`, () => {
    const over = files
      .map((path) => [path, lineCount(path)] as const)
      .filter(([, lines]) => lines > MAX_LINES)
      .map(([path, lines]) => `${path}: ${lines} lines`);
    expect(over).toEqual([]);
  });
});
