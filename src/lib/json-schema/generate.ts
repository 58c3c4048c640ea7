/**
 * JSON Schemas for editors, generated from the zod schemas (never written by
 * hand): an editor with a YAML language server (VS Code with redhat.vscode-yaml)
 * completes and checks the fields of a content file while it is typed, and
 * shows each field's Indonesian and English description on hover.
 *
 * `npm run schemas` writes them to public/schemas/; a test regenerates them
 * in memory and compares, so the committed files can never drift.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { claimSchema } from '../../schemas/claim.ts';
import { cohortSchema } from '../../schemas/cohort.ts';
import { contextEventSchema } from '../../schemas/context-event.ts';
import { vocabularyFileSchema } from '../content/collections.ts';

/** Folder of the generated files, relative to the project root. */
export const JSON_SCHEMA_DIR = 'public/schemas';

/** Each generated file (without `.schema.json`) and the schema and title it comes from. */
export const jsonSchemaSources = {
  'article-frontmatter': {
    schema: articleSchema,
    title: 'Jejak SCP — front matter artikel sumber (content/articles/*.md)',
  },
  cohort: { schema: cohortSchema, title: 'Jejak SCP — angkatan (content/cohorts/*.yaml)' },
  claim: { schema: claimSchema, title: 'Jejak SCP — klaim (content/claims/*.yaml)' },
  'context-event': {
    schema: contextEventSchema,
    title: 'Jejak SCP — peristiwa konteks (content/context/*.yaml)',
  },
  vocabulary: {
    schema: vocabularyFileSchema,
    title: 'Jejak SCP — kosakata (content/vocabularies/*.yaml)',
  },
} as const satisfies Record<string, { schema: z.ZodType; title: string }>;

export type JsonSchemaName = keyof typeof jsonSchemaSources;

/** File name of a generated schema. */
export function jsonSchemaFile(name: JsonSchemaName): string {
  return `${name}.schema.json`;
}

/**
 * A date written as YAML: "2023-03-23" and "2023-03" are strings, a year
 * alone (2023) is a number. Checked here only for form; the real calendar
 * check (no 30 February) is done by `npm run check`.
 */
const PARTIAL_DATE_JSON = {
  anyOf: [
    {
      type: 'string',
      pattern: '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$',
    },
    { type: 'integer', minimum: 1900, maximum: 2100 },
  ],
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Editor-friendly touches on a generated schema node, in place: partial dates
 * accept both YAML forms, and the two descriptions become one
 * `markdownDescription` for hovers (`description` stays Indonesian).
 */
function polish(node: Json): Json {
  if (Array.isArray(node)) return node.map(polish);
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) out[key] = polish(value);
  if (out.format === 'partial-date') {
    delete out.format;
    delete out.type;
    Object.assign(out, PARTIAL_DATE_JSON);
  }
  if (typeof out.description === 'string' && typeof out.description_en === 'string') {
    out.markdownDescription = `${out.description}\n\n*${out.description_en}*`;
  }
  return out;
}

/** The JSON Schema of one content kind, as an object. */
export function buildJsonSchema(name: JsonSchemaName): Record<string, unknown> {
  const { schema, title } = jsonSchemaSources[name];
  // draft-07: the dialect every YAML editor plugin reads (VS Code, JetBrains, Zed).
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-07',
  }) as { [key: string]: Json };
  const { $schema, ...rest } = generated;
  return { $schema: $schema ?? null, title, ...(polish(rest) as object) };
}

/** Every generated file: name → text, exactly as committed under public/schemas/. */
export function generateJsonSchemas(): Map<string, string> {
  return new Map(
    (Object.keys(jsonSchemaSources) as JsonSchemaName[]).map((name) => [
      jsonSchemaFile(name),
      `${JSON.stringify(buildJsonSchema(name), null, 2)}\n`,
    ]),
  );
}
