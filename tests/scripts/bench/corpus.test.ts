import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { siteProfileSchema } from '../../../src/schemas/site-profile.ts';
import { BENCH_PROFILE } from '../../../scripts/bench/city.ts';
import { generateAddition, generateCorpus } from '../../../scripts/bench/corpus.ts';
import { writeCorpus } from '../../../scripts/gen-corpus.ts';
import { REAL_NAMES } from '../../fixtures/other-city/index.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('generateCorpus', () => {
  const corpus = generateCorpus({ articles: 60, seed: 3 });

  it('writes a content folder that passes the check, with its site profile', () => {
    root = mkdtempSync(join(tmpdir(), 'jejak-bench-corpus-'));
    const content = join(root, 'content');
    writeCorpus(corpus, content);
    writeCorpus(generateAddition({ articles: 60, seed: 3 }), content);
    expect(runCheck(root, content).problems).toEqual([]);
    expect(corpus.counts.articles).toBe(60);
    expect(corpus.files.has('site.yaml')).toBe(true);
  });

  it('still passes the check when it is large enough for cohorts of one theme to meet', () => {
    root = mkdtempSync(join(tmpdir(), 'jejak-bench-corpus-'));
    const content = join(root, 'content');
    const large = generateCorpus({ articles: 500, seed: 1 });
    expect([...large.files.values()].some((t) => t.includes('distinct_from:'))).toBe(true);
    writeCorpus(large, content);
    writeCorpus(generateAddition({ articles: 500, seed: 1 }), content);
    expect(runCheck(root, content).problems).toEqual([]);
  }, 60_000);

  it('is about a fictional city: no real city, outlet or site is named', () => {
    for (const [path, text] of corpus.files) expect(text, path).not.toMatch(/jambi|jejak-scp/i);
    expect(siteProfileSchema.parse(BENCH_PROFILE).name).not.toMatch(REAL_NAMES);
  });

  it('is the same corpus for the same options', () => {
    expect(generateCorpus({ articles: 60, seed: 3 }).files).toEqual(corpus.files);
  });
});
