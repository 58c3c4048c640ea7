/**
 * Zod validation issues turned into problems an editor can act on: the file,
 * the line, the field, what is wrong and the fix, in Indonesian and English,
 * the fix followed by the field's own description from the schema.
 */
import type { z } from 'astro/zod';
import { issueMessage } from './issue-messages.ts';
import { fieldPath, type Problem } from './problem.ts';

interface FieldDoc {
  description?: string;
  description_en?: string;
}

/** Unwrap optional/default/pipe wrappers to reach the schema that describes a value. */
function inner(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (let i = 0; i < 10; i++) {
    const def = (s as unknown as { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } })
      .def;
    if (
      (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') &&
      def.innerType
    )
      s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else break;
  }
  return s;
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
    const def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } = (
      inner(s) as unknown as {
        def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
      }
    ).def;
    if (def.type === 'object' && typeof key === 'string') s = def.shape?.[key];
    else if (def.type === 'array' && typeof key === 'number') s = def.element;
    else return meta;
    meta = s ? ((s.meta() as FieldDoc | undefined) ?? meta) : meta;
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

/**
 * Validate `data` against `schema`; every issue becomes a problem. Returns the
 * parsed value when valid.
 */
export function validateEntry<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): { value?: z.output<T>; problems: Problem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const path = issue.path;
    const input = valueAt(data, path);
    const { message, fix } = issueMessage(issue, input);
    const field = describeField(schema, path);
    const line = lineOf(issue.code === 'unrecognized_keys' ? [...path, issue.keys[0] ?? ''] : path);
    const hintId = field?.description ? ` Kolom ini: ${field.description}` : '';
    const hintEn = field?.description_en ? ` This field: ${field.description_en}` : '';
    return {
      file,
      ...(line === undefined ? {} : { line }),
      field:
        fieldPath(issue.code === 'unrecognized_keys' ? [...path, issue.keys[0] ?? ''] : path) ||
        '(berkas)',
      code: `schema-${issue.code.replace(/_/g, '-')}`,
      message,
      fix: { id: fix.id + hintId, en: fix.en + hintEn },
    };
  });
  return { problems };
}
