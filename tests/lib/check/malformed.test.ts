/**
 * Malformed entries of every collection together: enough distinct cases, a
 * corpus that starts valid, and one run that reports every broken file.
 * Each case's own test is in the malformed-<collection>.test.ts files.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import type { FileText } from '../../helpers/corpus.ts';
import { corpus, removeCorpora } from './corpora.ts';
import { ARTICLE_CASES } from './malformed/articles.ts';
import type { Case } from './malformed/case.ts';
import { COHORT_CASES } from './malformed/cohorts.ts';
import { CLAIM_CASES, CONTEXT_CASES } from './malformed/records.ts';
import { VOCABULARY_CASES } from './malformed/vocabularies.ts';

const cases: Record<string, Case> = {
  ...ARTICLE_CASES,
  ...COHORT_CASES,
  ...CLAIM_CASES,
  ...CONTEXT_CASES,
  ...VOCABULARY_CASES,
};

afterEach(removeCorpora);

describe('runCheck on malformed entries', () => {
  it('has at least 30 distinct cases', () => {
    expect(Object.keys(cases).length).toBeGreaterThanOrEqual(30);
    const keys = Object.values(cases).map(
      (c) =>
        `${c.file}\n${typeof c.text === 'string' ? c.text : Buffer.from(c.text).toString('hex')}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(Object.values(cases).map((c) => c.code)).size).toBeGreaterThanOrEqual(20);
  });

  it('starts from a corpus with no problems', () => {
    expect(runCheck(corpus({}).root).problems).toEqual([]);
  });

  it('reports every broken file in one run', () => {
    const broken = [
      'articles/script-body.md',
      'articles/latin1.md',
      'articles/no-front-matter.md',
      'cohorts/alias-bomb.yaml',
      'cohorts/negative.yaml',
      'cohorts/unknown-article.yaml',
      'claims/made-on.yaml',
      'context/bad-kind.yaml',
      'vocabularies/colours.yaml',
    ];
    const files: Record<string, FileText> = {};
    for (const [, c] of Object.entries(cases)) if (broken.includes(c.file)) files[c.file] = c.text;
    expect(Object.keys(files).sort()).toEqual([...broken].sort());

    const { problems } = runCheck(corpus(files).root);
    const named = new Set(problems.map((p) => p.file.replace(/^content\//, '')));
    expect([...named].sort()).toEqual([...broken].sort());
  });
});
