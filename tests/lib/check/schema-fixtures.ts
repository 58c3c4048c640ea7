/**
 * Entries of each collection as YAML text, and the helpers the schema-issue
 * tests share: validate a changed entry the way the loader does, and take
 * the one complete problem reported for a field.
 */
import type { z } from 'astro/zod';
import { expect } from 'vitest';
import { validateEntry } from '../../../src/lib/check/schema-issues.ts';
import type { Problem } from '../../../src/lib/check/problem.ts';
import { parseYaml } from '../../../src/lib/content/yaml.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { claimSchema } from '../../../src/schemas/claim.ts';
import { cohortSchema } from '../../../src/schemas/cohort.ts';
import { edited } from './corpora.ts';

/** Validate YAML text against a schema, the way the loader does. */
export function check(schema: z.ZodType, text: string, file = 'content/x/entry.yaml') {
  const parsed = parseYaml(text, file);
  expect(parsed.problems).toEqual([]);
  return validateEntry(schema, parsed.data, file, parsed.lineOf, parsed.sourceOf);
}

/** A schema problem with its code, its field, and a message and fix in both languages. */
export function expectComplete(p: Problem | undefined): asserts p is Problem {
  expect(p).toBeDefined();
  expect(p?.code).toMatch(/^schema-[a-z-]+$/);
  expect(p?.field).toBeTruthy();
  expect(p?.message.id.trim()).not.toBe('');
  expect(p?.message.en.trim()).not.toBe('');
  expect(p?.fix.id.trim()).not.toBe('');
  expect(p?.fix.en.trim()).not.toBe('');
}

/** The one problem for a field, checked for completeness. */
export function only(problems: Problem[], field: string): Problem {
  const found = problems.filter((p) => p.field === field);
  expect(found, `problems for ${field}: ${JSON.stringify(problems)}`).toHaveLength(1);
  const [p] = found;
  expectComplete(p);
  return p;
}

export const COHORT = `programme: scp
theme: public-service
status: held
period:
  start: 2019-07-01
place: singapore
participants:
  - group: asn-kota-jambi
    count: 25
sources:
  - article: some-article
    quote: a quote long enough
    supports: [period]
`;
export const cohort = (from: string, to: string) =>
  check(cohortSchema, edited(COHORT, from, to), 'content/cohorts/c.yaml');

export const ARTICLE = `title: Judul
outlet: unknown
published: 2023
url: unknown
language: id
kind: news
summary:
  id: Ringkasan.
  en: Summary.
`;
export const article = (from: string, to: string) =>
  check(articleSchema, edited(ARTICLE, from, to), 'content/articles/a.md');

export const CLAIM = `metric: participants
value: 150
qualifier: exact
made_on: 2019-02
scope:
  window_years: 3
statement:
  id: Pernyataan.
  en: Statement.
sources:
  - article: some-article
    quote: a quote long enough
    supports: [value]
`;
export const claim = (from: string, to: string) =>
  check(claimSchema, edited(CLAIM, from, to), 'content/claims/k.yaml');

export const CONTEXT = `date: 2015-08-18
kind: agreement
title:
  id: Judul
  en: Title
summary:
  id: Ringkasan.
  en: Summary.
sources:
  - article: some-article
    quote: a quote long enough
    supports: [date]
`;
