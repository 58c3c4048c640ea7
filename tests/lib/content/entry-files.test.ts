/**
 * Entry files read through the per-file cache: an unchanged file is not
 * parsed again, a changed one is; a new reader version reads everything
 * again; and a field's line is read again from the file only while the file
 * is unchanged.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readerVersion } from '../../../src/lib/content/cache-version.ts';
import type { FileRecord } from '../../../src/lib/content/entry-files.ts';
import { FileCache, clearMemoryCache } from '../../../src/lib/content/file-cache.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { parseYaml } from '../../../src/lib/content/yaml.ts';
import {
  ARTICLE_FILE,
  COHORT_FILE,
  COHORT_TEXT,
  useCorpora,
  type Corpus,
} from '../../helpers/corpus.ts';

const corpus = useCorpora();
beforeEach(clearMemoryCache);

/** Load `c` with a cache of `version`; the files parsed, by path under content/. */
function load(c: Corpus, version = readerVersion()) {
  const parsed: string[] = [];
  const content = loadContent(c.root, c.content, {
    cache: new FileCache<FileRecord>(version),
    onParse: (file) => parsed.push(file.replace(/^content\//, '')),
  });
  return { content, parsed: parsed.sort() };
}

describe('loadContent with the per-file cache', () => {
  it('parses each entry file once, and again only the file that changed', () => {
    const c = corpus();
    expect(load(c).parsed).toEqual([ARTICLE_FILE, COHORT_FILE]);
    expect(load(c).parsed).toEqual([]);
    c.write(COHORT_FILE, COHORT_TEXT.replace('held', 'planned'));
    const again = load(c);
    expect(again.parsed).toEqual([COHORT_FILE]);
    expect(again.content.cohorts[0]?.data.status).toBe('planned');
  });

  it('parses every file again under another reader version', () => {
    const c = corpus();
    load(c);
    expect(load(c, 'another-version').parsed).toEqual([ARTICLE_FILE, COHORT_FILE]);
  });

  it('gives an article from the cache the same body, line and reading', () => {
    const c = corpus();
    const [cold] = load(c).content.articles;
    const [warm] = load(c).content.articles;
    expect(warm?.body).toBe(cold?.body);
    expect(warm?.bodyLine).toBe(cold?.bodyLine);
    expect(warm?.reading).toEqual(cold?.reading);
    expect(cold?.reading?.text.length).toBeGreaterThan(100);
  });
});

describe("an entry's lineOf", () => {
  const path = ['participants', 0, 'count'];
  const written = parseYaml(COHORT_TEXT, COHORT_FILE).lineOf(path);

  it('gives the line of a field as the parser does, cold or warm', () => {
    const c = corpus();
    expect(written).toBeGreaterThan(1);
    expect(load(c).content.cohorts[0]?.lineOf(path)).toBe(written);
    expect(load(c).content.cohorts[0]?.lineOf(path)).toBe(written);
  });

  it('gives no line once the file has changed since it was read', () => {
    const c = corpus();
    const cohort = load(c).content.cohorts[0];
    writeFileSync(join(c.content, COHORT_FILE), `# Contoh latihan\n${COHORT_TEXT}`);
    expect(cohort?.lineOf(path)).toBeUndefined();
  });

  it('gives no line once the file is gone', () => {
    const c = corpus();
    const cohort = load(c).content.cohorts[0];
    c.remove(COHORT_FILE);
    expect(cohort?.lineOf(path)).toBeUndefined();
  });
});
