import { describe, expect, it } from 'vitest';
import { checkOnce, supersede } from '../../../src/lib/check/index.ts';
import type { Problem } from '../../../src/lib/check/problem.ts';
import { COHORT_FILE, COHORT_TEXT, makeCorpus } from '../../helpers/corpus.ts';

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
});

describe('checkOnce', () => {
  it('reads the content again only after a file under it changed', () => {
    const corpus = makeCorpus();
    try {
      const first = checkOnce(corpus.root, corpus.content);
      expect(checkOnce(corpus.root, corpus.content)).toBe(first);
      corpus.write(COHORT_FILE, COHORT_TEXT.replace('count: 25', 'count: -25'));
      const second = checkOnce(corpus.root, corpus.content);
      expect(second).not.toBe(first);
      expect(second.problems.map((p) => p.file)).toContain(`content/${COHORT_FILE}`);
    } finally {
      corpus.cleanup();
    }
  });
});
