/**
 * Reading a zod schema the way a message needs it: the schema that
 * describes the value at a field path, and whether that field is a whole
 * number (with its bounds, whether `unknown` may stand in its place, and
 * whether the field may be left out).
 */
import type { z } from 'astro/zod';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  values?: unknown[];
}

const defOf = (s: z.ZodType): Def => (s as unknown as { def: Def }).def;

/** Unwrap optional/default/pipe wrappers to reach the schema that describes a value. */
export function inner(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (let i = 0; i < 10; i++) {
    const def = defOf(s);
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

/**
 * The schema one step below `schema` (a field of an object, the item of a
 * list); in a union (`period: {start, end} | unknown`), the first option
 * that has such a step.
 */
export function childSchema(schema: z.ZodType, key: PropertyKey): z.ZodType | undefined {
  const def = defOf(inner(schema));
  if (def.type === 'object' && typeof key === 'string') return def.shape?.[key];
  if (def.type === 'array' && typeof key === 'number') return def.element;
  if (def.type === 'union')
    for (const option of def.options ?? []) {
      const child = childSchema(option, key);
      if (child) return child;
    }
  return undefined;
}

/** The schema of the value at `path`, wrappers included; undefined past a leaf or an unknown field. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!s) return undefined;
    s = childSchema(s, key);
  }
  return s;
}

/** A field that holds a whole number. */
export interface NumberField {
  /** The field's own name (`count`, `value`), or undefined for a list item. */
  key: string | undefined;
  min: number | undefined;
  max: number | undefined;
  /** The word `unknown` is accepted in place of the number. */
  unknown: boolean;
  /** The field may be left out. */
  optional: boolean;
}

const isNumber = (s: z.ZodType): boolean => defOf(inner(s)).type === 'number';
const bound = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/** The number field at `path`, when the schema expects a number there (alone or or-`unknown`). */
export function numberFieldAt(
  schema: z.ZodType,
  path: readonly PropertyKey[],
): NumberField | undefined {
  const s = schemaAt(schema, path);
  if (!s) return undefined;
  const core = inner(s);
  const def = defOf(core);
  const options = def.type === 'union' ? (def.options ?? []) : [core];
  const number = options.find(isNumber);
  if (!number) return undefined;
  const numeric = inner(number) as unknown as { minValue?: unknown; maxValue?: unknown };
  const last = path.at(-1);
  return {
    key: typeof last === 'string' ? last : undefined,
    min: bound(numeric.minValue),
    max: bound(numeric.maxValue),
    unknown: options.some((o) => defOf(inner(o)).values?.includes('unknown') === true),
    optional: s !== core && ['optional', 'default'].includes(defOf(s).type),
  };
}
