/**
 * Zod validation issues turned into problems an editor can act on: the file,
 * the line, the field, what is wrong and the fix, in Indonesian and English,
 * the fix followed by the field's own description from the schema. A value
 * of a number or date field written in a common wrong form gets the fix for
 * that form (see number-mistakes.ts, date-mistakes.ts), and a whole number
 * written in a form that reads as another number is refused (number-forms.ts).
 * A value that may be fields or `unknown` is explained as one or the other
 * (union-issues.ts).
 */
import type { z } from 'astro/zod';
import { dateMistake } from './date-mistakes.ts';
import { childSchema, numberFieldAt } from './field-schema.ts';
import { issueMessage } from './issue-messages.ts';
import { misspeltFields, misspeltMessage } from './misspelt-fields.ts';
import { numberForms } from './number-forms.ts';
import type { Explained } from './number-fixes.ts';
import { numberMistake } from './number-mistakes.ts';
import { expandUnions, unknownWordMistake } from './union-issues.ts';
import { fieldPath, type Problem } from './problem.ts';

type SourceOf = (path: readonly PropertyKey[]) => string | undefined;

interface FieldDoc {
  description?: string;
  description_en?: string;
}

/** The Indonesian and English description of the field at `path`, if the schema has one. */
export function describeField(
  schema: z.ZodType,
  path: readonly PropertyKey[],
): FieldDoc | undefined {
  let s: z.ZodType | undefined = schema;
  let meta: FieldDoc | undefined;
  for (const key of path) {
    if (!s) return undefined;
    const next = childSchema(s, key);
    if (!next) return meta;
    s = next;
    meta = (s.meta() as FieldDoc | undefined) ?? meta;
  }
  return s ? ((s.meta() as FieldDoc | undefined) ?? meta) : meta;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** The fix for a common wrong form of a number or date value, when the issue is about one. */
function valueMistake(
  schema: z.ZodType,
  issue: z.core.$ZodIssue,
  input: unknown,
  sourceOf: SourceOf | undefined,
): Explained | undefined {
  if (input === undefined) return undefined;
  const unknownWord = unknownWordMistake(schema, issue, input);
  if (unknownWord) return unknownWord;
  const key = typeof issue.path.at(-1) === 'string' ? String(issue.path.at(-1)) : undefined;
  // The date to write is given for a content file (read with its text); `npm run new`,
  // which asks for a date again, keeps the message that lists the accepted forms.
  if (issue.message === 'partial-date' || issue.message === 'full-date')
    return sourceOf
      ? dateMistake(input, issue.message === 'full-date' ? 'full' : 'partial', key)
      : undefined;
  if (issue.code !== 'invalid_union' && issue.code !== 'invalid_type') return undefined;
  const field = numberFieldAt(schema, issue.path);
  return field ? numberMistake(field, input, sourceOf?.(issue.path)) : undefined;
}

/** A zod issue about a field that is not there at all. */
function isMissing(issue: z.core.$ZodIssue, data: unknown): boolean {
  return (
    issue.code !== 'unrecognized_keys' &&
    issue.code !== 'custom' &&
    valueAt(data, issue.path) === undefined
  );
}

/**
 * Validate `data` against `schema`; every issue becomes a problem. Returns the
 * parsed value when valid. `sourceOf`, when given, is the text of a value as
 * written in the file, which tells `1.500` from `1.5`.
 */
export function validateEntry<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  sourceOf?: SourceOf,
): { value?: z.output<T>; problems: Problem[] } {
  const at = (path: readonly PropertyKey[]) => {
    const line = lineOf(path);
    return { file, ...(line === undefined ? {} : { line }), field: fieldPath(path) || '(berkas)' };
  };
  const formProblems = (sourceOf ? numberForms(data, sourceOf) : []).map(
    ({ path, code, message, fix }): Problem => ({ ...at(path), code, message, fix }),
  );
  const result = schema.safeParse(data);
  if (result.success)
    return formProblems.length ? { problems: formProblems } : { value: result.data, problems: [] };
  const issues = expandUnions(result.error.issues, (path) => valueAt(data, path));
  const misspelt = misspeltFields(issues, (issue) => isMissing(issue, data));
  const problems = issues
    .filter((issue) => !misspelt.explained.has(issue))
    .map((issue): Problem => {
      const input = valueAt(data, issue.path);
      const meant = misspelt.meant.get(issue);
      const written = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      const { message, fix } =
        (written !== undefined && meant !== undefined
          ? misspeltMessage(written, meant)
          : undefined) ??
        valueMistake(schema, issue, input, sourceOf) ??
        issueMessage(issue, input);
      const field = describeField(
        schema,
        meant === undefined ? issue.path : [...issue.path, meant],
      );
      const hintId = field?.description ? ` Kolom ini: ${field.description}` : '';
      const hintEn = field?.description_en ? ` This field: ${field.description_en}` : '';
      return {
        ...at(written === undefined ? issue.path : [...issue.path, written]),
        code: `schema-${issue.code.replace(/_/g, '-')}`,
        message,
        fix: { id: fix.id + hintId, en: fix.en + hintEn },
      };
    });
  return { problems: [...problems, ...formProblems] };
}
