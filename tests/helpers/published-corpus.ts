/**
 * A published corpus for the security tests of published records: the base
 * corpus with a claim and a context event, its ledger written as
 * content/published.json, then edited, and checked on a fixed day with an
 * unrelated broken file beside it.
 */
import { expect } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import type { Problem } from '../../src/lib/check/problem.ts';
import { LEDGER_FILE, ledgerOf } from '../../src/lib/check/published.ts';
import {
  CLAIM_TEXT,
  COHORT_FILE,
  COHORT_TEXT,
  CONTEXT_TEXT,
  makeCorpus,
  type Corpus,
} from './corpus.ts';

/** The day every case is checked on: after everything the corpus dates. */
export const TODAY = '2026-12-01';
export const OTHER = { file: 'claims/other.yaml', text: 'a: 1\na: 2\n' };
export const OTHER_PROBLEM = {
  file: 'content/claims/other.yaml',
  code: 'yaml-duplicate-key',
  line: 2,
};
export const CLAIM_FILE = 'claims/c.yaml';
export const CONTEXT_FILE = 'context/e.yaml';
export const COHORT = `content/${COHORT_FILE}`;
export const NEW_COHORT = 'cohorts/2019-02-smart-city-cybersecurity.yaml';
export const renamedFrom = (id: string, text: string): string => `${text}renamed_from: [${id}]\n`;

const corpora: Corpus[] = [];
/** Removes the corpora made since the last call (call it in afterEach). */
export function removePublishedCorpora(): void {
  for (const c of corpora.splice(0)) c.cleanup();
}

/** Files as published: the corpus with a claim and a context event. */
export const PUBLISHED_FILES = { [CLAIM_FILE]: CLAIM_TEXT, [CONTEXT_FILE]: CONTEXT_TEXT };

/**
 * Publish `published` (files over the base corpus; null leaves one out),
 * then apply `edit` and the unrelated broken file, and check on `today`
 * (publication is checked on TODAY).
 */
export function checkAfter(
  edit: (c: Corpus) => void,
  published: Record<string, string | null> = {},
  today = TODAY,
): Problem[] {
  const c = makeCorpus({ ...PUBLISHED_FILES, ...published });
  corpora.push(c);
  const before = runCheck(c.root, c.content, TODAY);
  expect(before.problems).toEqual([]);
  c.write(LEDGER_FILE, `${JSON.stringify(ledgerOf(before.content), null, 2)}\n`);
  c.write(OTHER.file, OTHER.text);
  edit(c);
  return runCheck(c.root, c.content, today).problems;
}

/** 1-based line of the first line of `text` that starts with `start`. */
export const lineOf = (text: string, start: string): number =>
  text.split('\n').findIndex((l) => l.trimStart().startsWith(start)) + 1;

export const correction = (field: string, previous: string): string =>
  `corrections:\n  - date: 2020-01-10\n    field: ${field}\n    previous: ${previous}\n    reason:\n      id: Sumber baru.\n      en: A new source.\n`;

export interface Refused {
  edit: (c: Corpus) => void;
  published?: Record<string, string | null>;
  today?: string;
  expected: Partial<Problem>;
  says: RegExp;
  fix: RegExp;
  /** What the Indonesian fix must show (a snippet to paste), when it shows one. */
  fixId?: RegExp;
}

export const cohortNow =
  (from: string, to: string, extra = '') =>
  (c: Corpus) =>
    c.write(COHORT_FILE, `${COHORT_TEXT.replace(from, to)}${extra}`);
export const claimNow =
  (from: string, to: string, extra = '') =>
  (c: Corpus) =>
    c.write(CLAIM_FILE, `${CLAIM_TEXT.replace(from, to)}${extra}`);
