/**
 * The content-check integration: a build keeps each file's check result in
 * Astro's cache folder (so a cold build, which clears it, checks cold), the
 * dev server keeps them in memory only, and the build lets go of the check
 * once its content is in Astro's data store.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import contentCheck from '../../src/integrations/content-check.ts';
import { checkOnce, releaseCheck } from '../../src/lib/check/index.ts';
import { diskCacheFile } from '../../src/lib/content/file-cache.ts';
import { makeCorpus, type Corpus } from '../helpers/corpus.ts';

type Hook = (options: unknown) => void;
const hooks = contentCheck().hooks as Record<string, Hook>;
const logger = { warn: () => {}, error: () => {}, info: () => {} };
const made: { corpus?: Corpus; cache?: string } = {};

function setUp(): { corpus: Corpus; cacheDir: string } {
  const corpus = makeCorpus();
  const cacheDir = mkdtempSync(join(tmpdir(), 'jejak-astro-cache-'));
  Object.assign(made, { corpus, cache: cacheDir });
  return { corpus, cacheDir };
}

const setup = (command: string, corpus: Corpus, cacheDir: string): void =>
  hooks['astro:config:setup']?.({
    command,
    logger,
    config: { root: pathToFileURL(`${corpus.root}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
  });

afterEach(() => {
  releaseCheck();
  made.corpus?.cleanup();
  if (made.cache) rmSync(made.cache, { recursive: true, force: true });
});

describe('content-check integration', () => {
  it("keeps a build's check results in Astro's cache folder", () => {
    const { corpus, cacheDir } = setUp();
    setup('build', corpus, cacheDir);
    expect(
      existsSync(diskCacheFile(corpus.root, corpus.content, join(cacheDir, 'jejak-scp'))),
    ).toBe(true);
  });

  it('writes nothing to disk for the dev server', () => {
    const { corpus, cacheDir } = setUp();
    setup('dev', corpus, cacheDir);
    expect(existsSync(join(cacheDir, 'jejak-scp'))).toBe(false);
  });

  it('lets go of the check when the build starts: a later call checks again', () => {
    const { corpus, cacheDir } = setUp();
    setup('build', corpus, cacheDir);
    const held = checkOnce(corpus.root, corpus.content);
    expect(checkOnce(corpus.root, corpus.content)).toBe(held);
    hooks['astro:build:start']?.({ logger });
    expect(checkOnce(corpus.root, corpus.content)).not.toBe(held);
  });
});
