/**
 * `npm run check` on a bench corpus, timed two ways: cold, with the check's
 * per-file cache of the corpus deleted before each run (CI on a fresh
 * clone), and warm after one more article, with the cache the cold runs
 * left restored before each run (a press office checking after each
 * addition). The warm runs expect `gen-corpus --addition` to have written
 * the addition after the cold runs. The cache files are removed by `clearCheckCache`.
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { diskCacheFile } from '../../src/lib/content/file-cache.ts';
import type { BenchEnv } from './run.ts';

const command = (corpus: string): string[] => [
  'npm',
  'run',
  '--silent',
  'check',
  '--',
  `--content=${corpus}`,
  '--quiet',
];

/** Where the cold runs' cache is kept for the warm runs. */
const coldCopy = (cache: string): string => `${cache}.cold`;

/** `runs` cold checks of `corpus`: the seconds of each. Keeps the last run's cache for `warmChecks`. */
export function coldChecks(
  articles: number,
  corpus: string,
  runs: number,
  env: BenchEnv,
): number[] {
  const cache = diskCacheFile(env.project, corpus);
  const seconds = Array.from({ length: runs }, (_, i) => {
    rmSync(cache, { force: true });
    return env.timed(`${articles} run ${i + 1} npm run check (cold)`, command(corpus)).seconds;
  });
  if (existsSync(cache)) copyFileSync(cache, coldCopy(cache));
  return seconds;
}

/** `runs` checks of `corpus` after one more article, each from the cold runs' cache: the seconds of each. */
export function warmChecks(
  articles: number,
  corpus: string,
  runs: number,
  env: BenchEnv,
): number[] {
  const cache = diskCacheFile(env.project, corpus);
  return Array.from({ length: runs }, (_, i) => {
    if (existsSync(coldCopy(cache))) copyFileSync(coldCopy(cache), cache);
    return env.timed(
      `${articles} run ${i + 1} npm run check (+1 article, cache kept)`,
      command(corpus),
    ).seconds;
  });
}

/** Remove the check's cache files of `corpus`. */
export function clearCheckCache(corpus: string, env: BenchEnv): void {
  const cache = diskCacheFile(env.project, corpus);
  for (const f of [cache, coldCopy(cache)]) rmSync(f, { force: true });
}
