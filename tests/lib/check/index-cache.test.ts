/**
 * `runCheck` with a cold cache, warm from disk and warm from memory: the same
 * problems and notes (messages, lines, fields) and the same content, on the
 * real content, every fixture folder and every malformed case; a warm run
 * parses no file.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { readerVersion } from '../../../src/lib/content/cache-version.ts';
import type { FileRecord } from '../../../src/lib/content/entry-files.ts';
import { FileCache, clearMemoryCache } from '../../../src/lib/content/file-cache.ts';
import { PROJECT_ROOT, REAL_CONTENT } from '../../helpers/corpus.ts';
import { corpus, removeCorpora } from './corpora.ts';
import { ARTICLE_CASES } from './malformed/articles.ts';
import { COHORT_CASES } from './malformed/cohorts.ts';
import { CLAIM_CASES, CONTEXT_CASES } from './malformed/records.ts';

const TODAY = '2026-12-01';
const cacheDir = mkdtempSync(join(tmpdir(), 'jejak-check-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
afterEach(removeCorpora);

/** Everything a run gives, functions left out, Maps as lists. */
function shown(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'function' ? undefined : v instanceof Map ? [...v] : v,
  );
}

/** One run with the disk cache `disk`: what it reported and loaded, and the files it parsed. */
function run(root: string, content: string, disk: string) {
  let parsed = 0;
  const r = runCheck(root, content, TODAY, {
    cache: new FileCache<FileRecord>(readerVersion(), disk),
    onParse: () => parsed++,
  });
  return {
    report: shown({ problems: r.problems, notes: r.notes }),
    content: shown(r.content),
    parsed,
  };
}

/** Cold, then warm from disk alone, then warm from memory: all three must agree. */
function expectSameColdAndWarm(root: string, content: string, name: string): void {
  const disk = join(cacheDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.v8`);
  clearMemoryCache();
  const cold = run(root, content, disk);
  clearMemoryCache();
  const fromDisk = run(root, content, disk);
  const fromMemory = run(root, content, join(cacheDir, 'none', 'unused.v8'));
  expect(cold.parsed).toBeGreaterThan(0);
  for (const warm of [fromDisk, fromMemory]) {
    expect(warm.parsed).toBe(0);
    expect(warm.report).toBe(cold.report);
    expect(warm.content).toBe(cold.content);
  }
}

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures');

describe('runCheck cold and warm', () => {
  it('agrees on the real content', () => {
    expectSameColdAndWarm(PROJECT_ROOT, REAL_CONTENT, 'real');
  });

  it.each(readdirSync(FIXTURES))('agrees on the fixture %s', (name) => {
    expectSameColdAndWarm(PROJECT_ROOT, join(FIXTURES, name, 'content'), name);
  });

  const cases = { ...ARTICLE_CASES, ...COHORT_CASES, ...CLAIM_CASES, ...CONTEXT_CASES };
  it.each(Object.entries(cases))('agrees on the malformed case: %s', (name, c) => {
    const made = corpus({ [c.file]: c.text });
    expectSameColdAndWarm(made.root, made.content, name);
    expect(runCheck(made.root, made.content, TODAY).problems.length).toBeGreaterThan(0);
  });
});
