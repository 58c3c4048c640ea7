/** The bench's check runs: cold ones start without the check's cache, warm ones each from the cache the cold runs left. */
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearCheckCache, coldChecks, warmChecks } from '../../../scripts/bench/check-runs.ts';
import type { BenchEnv } from '../../../scripts/bench/run.ts';
import { diskCacheFile } from '../../../src/lib/content/file-cache.ts';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A bench environment whose "check" writes the cache file; what each run found in it. */
function fakeBench() {
  const project = mkdtempSync(join(tmpdir(), 'jejak-bench-check-'));
  made.push(project);
  const corpus = join(project, 'corpus');
  const cache = diskCacheFile(project, corpus);
  const found: (string | undefined)[] = [];
  const commands: string[][] = [];
  let n = 0;
  const env: BenchEnv = {
    root: project,
    project,
    work: project,
    timed: (_label, command) => {
      commands.push(command);
      found.push(existsSync(cache) ? readFileSync(cache, 'utf8') : undefined);
      mkdirSync(dirname(cache), { recursive: true });
      writeFileSync(cache, `run ${++n}`);
      return { seconds: n, peak: null, log: '' };
    },
  };
  return { env, corpus, cache, found, commands };
}

describe('coldChecks and warmChecks', () => {
  it('start every cold run without a cache and every warm run from the last cold run’s', () => {
    const b = fakeBench();
    expect(coldChecks(100, b.corpus, 2, b.env)).toEqual([1, 2]);
    expect(warmChecks(100, b.corpus, 2, b.env)).toEqual([3, 4]);
    expect(b.found).toEqual([undefined, undefined, 'run 2', 'run 2']);
    for (const command of b.commands)
      expect(command).toEqual(expect.arrayContaining(['check', `--content=${b.corpus}`]));
  });

  it('leaves no cache file behind once cleared', () => {
    const b = fakeBench();
    coldChecks(100, b.corpus, 1, b.env);
    warmChecks(100, b.corpus, 1, b.env);
    clearCheckCache(b.corpus, b.env);
    expect(readdirSync(dirname(b.cache))).toEqual([]);
  });
});
