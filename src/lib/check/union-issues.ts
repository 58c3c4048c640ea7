/**
 * Fields whose value is either a set of fields or the word `unknown`
 * (`period: {start, end} | unknown`, `published: 2023-03 | unknown`), as an
 * editor's mistakes in them are explained. Written as fields, the value
 * meant the fields: the issues of that option are reported at their own
 * fields ("period.start is required"), not "matches no accepted form". A
 * way of saying "not known" ("tidak tahu", "?", "-") gets the word to write.
 */
import type { z } from 'astro/zod';
import { inner, numberFieldAt, schemaAt } from './field-schema.ts';
import { both, meansNoNumber, type Explained } from './number-fixes.ts';

type Issue = z.core.$ZodIssue;

const isFields = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether an issue says the value is of the wrong kind altogether (not a mistake inside it). */
const atRoot = (issue: Issue): boolean =>
  issue.path.length === 0 &&
  ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code);

/**
 * The issues to report: a union written as fields is replaced by the issues
 * of the one option that takes fields (recursively), its paths completed.
 */
export function expandUnions(
  issues: readonly Issue[],
  valueAt: (path: readonly PropertyKey[]) => unknown,
): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    if (issue.code !== 'invalid_union' || !isFields(valueAt(issue.path))) return [issue];
    const options = issue.errors.filter((option) => !option.some(atRoot));
    const [only] = options;
    if (options.length !== 1 || !only) return [issue];
    const inner = only.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue);
    return expandUnions(inner, valueAt);
  });
}

/** Whether the field at `path` takes the word `unknown` as its value. */
function takesUnknown(schema: z.ZodType, path: readonly PropertyKey[]): boolean {
  const s = schemaAt(schema, path);
  if (!s) return false;
  const def = (inner(s) as unknown as { def: { type: string; options?: z.ZodType[] } }).def;
  return (
    def.type === 'union' &&
    (def.options ?? []).some(
      (o) =>
        (inner(o) as unknown as { def: { values?: unknown[] } }).def.values?.includes('unknown') ===
        true,
    )
  );
}

/**
 * The fix for "not known" written in words where a date or a set of fields
 * takes `unknown` (a number field has its own, in number-mistakes.ts).
 */
export function unknownWordMistake(
  schema: z.ZodType,
  issue: Issue,
  input: unknown,
): Explained | undefined {
  if (typeof input !== 'string' || !meansNoNumber(input.trim().toLowerCase().replace(/\s+/g, ' ')))
    return undefined;
  if (!takesUnknown(schema, issue.path) || numberFieldAt(schema, issue.path)) return undefined;
  const key = issue.path.at(-1);
  const write = typeof key === 'string' ? `${key}: unknown` : 'unknown';
  return {
    message: both(
      `"${input.trim()}" berarti tidak diketahui; kolom ini memakai kata unknown untuk itu.`,
      `"${input.trim()}" means not known; this field takes the word unknown for that.`,
    ),
    fix: both(`Tulis ${write}.`, `Write ${write}.`),
  };
}
