/** runCheck over a corpus, and supersede's choice of one message per field. */
import { existsSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LOADER_SNAPSHOT,
  checkOnce,
  releaseCheck,
  runCheck,
  supersede,
} from '../../../src/lib/check/index.ts';
import { diskBackedCache, diskCacheFile } from '../../../src/lib/content/file-cache.ts';
import type { Problem } from '../../../src/lib/check/problem.ts';
import {
  ARTICLE_ID,
  CLAIM_TEXT,
  COHORT_FILE,
  COHORT_ID,
  COHORT_TEXT,
  CONTEXT_TEXT,
  articleText,
  makeCorpus,
} from '../../helpers/corpus.ts';
import { cohort, corpus, problemsIn, removeCorpora } from './corpora.ts';

afterEach(removeCorpora);

describe('runCheck', () => {
  it('finds no problem in the minimal corpus', () => {
    const made = corpus();
    const r = runCheck(made.root);
    expect(r.problems).toEqual([]);
    expect(r.content.articles.map((a) => a.id)).toEqual([ARTICLE_ID]);
    expect(r.content.cohorts.map((c) => c.id)).toEqual([COHORT_ID]);
    expect(r.content.vocabularies.themes.has('smart-city-cybersecurity')).toBe(true);
  });

  it('finds no problem with a valid claim, context event and second article', () => {
    expect(
      problemsIn({
        'claims/c.yaml': CLAIM_TEXT,
        'context/e.yaml': CONTEXT_TEXT,
        'articles/own.md': articleText('Teks artikel uji.'),
      }),
    ).toEqual([]);
  });

  it('keeps notes apart from the problems: a date read from the publication date fails nothing', () => {
    const r = runCheck(corpus().root);
    expect(r.problems).toEqual([]);
    expect(r.notes.map((n) => [n.code, n.level, n.field])).toEqual([
      ['date-read-relative', 'info', 'sources[1].quote'],
    ]);
  });

  it('reads a content folder given apart from the root', () => {
    const made = corpus(cohort('count: 25', 'count: 0'));
    const problems = runCheck('/', made.content).problems;
    expect(problems[0]?.file.endsWith(COHORT_FILE)).toBe(true);
  });

  it('returns problems sorted by file then line', () => {
    const problems = problemsIn({
      ...cohort('count: 25', 'count: 26'),
      'claims/c.yaml': CLAIM_TEXT.replace('made_on: 2019-02', 'made_on: 2020'),
    });
    const keys = problems.map((p) => [p.file, p.line ?? 0] as const);
    const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(new Set(problems.map((p) => p.file)).size).toBe(2);
  });
});

const problem = (file: string, field: string, code: string): Problem => ({
  file,
  field,
  code,
  message: { id: code, en: code },
  fix: { id: '-', en: '-' },
});

describe('supersede', () => {
  it("drops the schema's message for a field that has a vocabulary message", () => {
    const problems = [
      problem('a.yaml', 'theme', 'schema-invalid-format'),
      problem('a.yaml', 'theme', 'vocabulary-term-unknown'),
      problem('a.yaml', 'place', 'schema-invalid-type'),
      problem('b.yaml', 'theme', 'schema-invalid-format'),
    ];
    expect(supersede(problems).map((p) => `${p.file} ${p.field} ${p.code}`)).toEqual([
      'a.yaml theme vocabulary-term-unknown',
      'a.yaml place schema-invalid-type',
      'b.yaml theme schema-invalid-format',
    ]);
  });

  it("drops the schema's length message for a quote that has the letters-and-digits message", () => {
    const problems = [
      problem('a.yaml', 'sources[0].quote', 'schema-too-small'),
      problem('a.yaml', 'sources[0].quote', 'quote-too-short'),
      problem('a.yaml', 'variants[0].quote', 'schema-too-small'),
    ];
    expect(supersede(problems).map((p) => `${p.field} ${p.code}`)).toEqual([
      'sources[0].quote quote-too-short',
      'variants[0].quote schema-too-small',
    ]);
  });
});

describe('checkOnce', () => {
  it('reads the content again only after a file under it changed', () => {
    const made = makeCorpus();
    try {
      const first = checkOnce(made.root, made.content);
      expect(checkOnce(made.root, made.content)).toBe(first);
      made.write(COHORT_FILE, COHORT_TEXT.replace('count: 25', 'count: -25'));
      const second = checkOnce(made.root, made.content);
      expect(second).not.toBe(first);
      expect(second.problems.map((p) => p.file)).toContain(`content/${COHORT_FILE}`);
    } finally {
      made.cleanup();
    }
  });
});

describe('releaseCheck', () => {
  it("lets go of the result and the loaders' shared read: the next call checks again", () => {
    const made = makeCorpus();
    const loaders = globalThis as { [LOADER_SNAPSHOT]?: unknown };
    try {
      const first = checkOnce(made.root, made.content);
      loaders[LOADER_SNAPSHOT] = { generation: 1 };
      releaseCheck();
      expect(loaders[LOADER_SNAPSHOT]).toBeUndefined();
      const again = checkOnce(made.root, made.content);
      expect(again).not.toBe(first);
      expect(again.problems).toEqual(first.problems);
    } finally {
      releaseCheck();
      made.cleanup();
    }
  });

  it('passes its options to the check: a build keeps the files on disk as npm run check does', () => {
    const made = makeCorpus();
    const file = diskCacheFile(made.root, made.content);
    try {
      releaseCheck();
      checkOnce(made.root, made.content, { cache: diskBackedCache(made.root, made.content) });
      expect(existsSync(file)).toBe(true);
    } finally {
      rmSync(file, { force: true });
      releaseCheck();
      made.cleanup();
    }
  });
});
