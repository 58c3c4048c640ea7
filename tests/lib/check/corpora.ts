/**
 * The check's test corpus with single passages changed: edits of the fixture
 * cohort, claim and context event, corpora made in temporary folders (removed
 * by `removeCorpora` after each test), and the problems the check reports.
 */
import { expect } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { formatProblem, type Problem } from '../../../src/lib/check/problem.ts';
import {
  CLAIM_TEXT,
  COHORT_FILE,
  COHORT_TEXT,
  CONTEXT_TEXT,
  makeCorpus,
  type Corpus,
  type FileText,
} from '../../helpers/corpus.ts';

/** `text` with the first `from` replaced by `to`; `from` must be in it. */
export function edited(text: string, from: string, to: string): string {
  expect(text, `fixture lacks ${JSON.stringify(from)}`).toContain(from);
  return text.replace(from, to);
}

/** Where the fixture cohort is reported. */
export const COHORT_PATH = `content/${COHORT_FILE}`;

/** The fixture cohort with one passage replaced. */
export const cohort = (from: string, to: string) => ({
  [COHORT_FILE]: edited(COHORT_TEXT, from, to),
});
/** The fixture claim, added as claims/c.yaml, with one passage replaced. */
export const claim = (from: string, to: string) => ({
  'claims/c.yaml': edited(CLAIM_TEXT, from, to),
});
/** The fixture context event, added as context/e.yaml, with one passage replaced. */
export const context = (from: string, to: string) => ({
  'context/e.yaml': edited(CONTEXT_TEXT, from, to),
});

/** The fixture cohort with one variant (YAML list items, indented) appended. */
export const withVariant = (variant: string) => ({
  [COHORT_FILE]: `${COHORT_TEXT}variants:\n${variant}`,
});

/** The fields of a valid vocabulary term, written after its key. */
export const TERM = 'label:\n    id: Warna\n    en: Colour\n  terms: [warna]\n';

const corpora: Corpus[] = [];

/** A corpus with `files` overridden, added, or removed (null). */
export function corpus(files: Record<string, FileText | null> = {}): Corpus {
  const c = makeCorpus(files);
  corpora.push(c);
  return c;
}

/** Remove the corpora made since the last call: a test file runs it after each test. */
export function removeCorpora(): void {
  for (const c of corpora.splice(0)) c.cleanup();
}

/** Every problem the check reports in a corpus with `files`. */
export function problemsIn(files: Record<string, FileText | null> = {}): Problem[] {
  return runCheck(corpus(files).root).problems;
}

/** The report of the first problem with `code` (and `field`) in a corpus with `files`, as `npm run check` prints it. */
export function shown(
  files: Record<string, FileText | null>,
  code: string,
  field?: string,
): string {
  const problems = problemsIn(files);
  const p = problems.find((x) => x.code === code && (field === undefined || x.field === field));
  if (!p) throw new Error(`no ${code} ${field ?? ''} in ${problems.map((x) => x.code).join(', ')}`);
  return formatProblem(p);
}

/** The 1-based line of `text` that holds `needle`. */
export const lineIn = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The problems with one code, each checked for a complete message and fix. */
export function withCode(problems: Problem[], code: string): Problem[] {
  const found = problems.filter((p) => p.code === code);
  expect(found, `no ${code} in ${JSON.stringify(problems, null, 1)}`).not.toHaveLength(0);
  for (const p of found) {
    expect(p.message.id).not.toBe('');
    expect(p.message.en).not.toBe('');
    expect(p.fix.id).not.toBe('');
    expect(p.fix.en).not.toBe('');
  }
  return found;
}
