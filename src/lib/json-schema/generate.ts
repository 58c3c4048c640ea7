/**
 * JSON Schemas for editors, generated from the zod schemas (never written by
 * hand): an editor with a YAML language server (VS Code with redhat.vscode-yaml)
 * completes and checks the fields of a content file while it is typed, and
 * shows each field's Indonesian and English description on hover.
 *
 * `npm run schemas` writes them to public/schemas/; a test regenerates them
 * in memory and compares, so the committed files can never drift. Their
 * titles carry the site's name and their examples the site's own participant
 * group, both from the site profile.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { claimSchema } from '../../schemas/claim.ts';
import { cohortSchema } from '../../schemas/cohort.ts';
import { contextEventSchema } from '../../schemas/context-event.ts';
import type { SiteProfile } from '../../schemas/site-profile.ts';
import { vocabularyFileSchema } from '../content/collections.ts';
import { withStaffGroup } from '../opendata/field-examples.ts';

/** Folder of the generated files, relative to the project root. */
export const JSON_SCHEMA_DIR = 'public/schemas';

/** Each generated file (without `.schema.json`), the schema it comes from and its title after the site's name. */
export const jsonSchemaSources = {
  'article-frontmatter': {
    schema: articleSchema,
    title: 'front matter artikel sumber (content/articles/*.md)',
  },
  cohort: { schema: cohortSchema, title: 'angkatan (content/cohorts/*.yaml)' },
  claim: { schema: claimSchema, title: 'klaim (content/claims/*.yaml)' },
  'context-event': {
    schema: contextEventSchema,
    title: 'peristiwa konteks (content/context/*.yaml)',
  },
  vocabulary: {
    schema: vocabularyFileSchema,
    title: 'kosakata (content/vocabularies/*.yaml)',
  },
} as const satisfies Record<string, { schema: z.ZodType; title: string }>;

/** What of the site profile the schemas show: the site's name and its own participant group. */
export type JsonSchemaProfile = Pick<SiteProfile, 'name' | 'staff_group'>;

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
export const PARTIAL_DATE_JSON = {
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
 * Editor-friendly touches on a generated schema node: partial dates accept
 * both YAML forms, example participant fields name the profile's own group,
 * and the two descriptions become one `markdownDescription` for hovers
 * (`description` stays Indonesian).
 */
function polish(node: Json, profile: JsonSchemaProfile): Json {
  if (Array.isArray(node)) return node.map((n) => polish(n, profile));
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) out[key] = polish(value, profile);
  for (const key of ['description', 'description_en']) {
    const text = out[key];
    if (typeof text === 'string') out[key] = withStaffGroup(text, profile);
  }
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
export function buildJsonSchema(
  name: JsonSchemaName,
  profile: JsonSchemaProfile,
): Record<string, unknown> {
  const { schema } = jsonSchemaSources[name];
  const title = `${profile.name} — ${jsonSchemaSources[name].title}`;
  // draft-07: the dialect every YAML editor plugin reads (VS Code, JetBrains, Zed).
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-07',
  }) as { [key: string]: Json };
  const { $schema, ...rest } = generated;
  return { $schema: $schema ?? null, title, ...(polish(rest, profile) as object) };
}

/** Every generated file for a site profile: name → text, exactly as committed under public/schemas/. */
export function generateJsonSchemas(profile: JsonSchemaProfile): Map<string, string> {
  return new Map(
    (Object.keys(jsonSchemaSources) as JsonSchemaName[]).map((name) => [
      jsonSchemaFile(name),
      `${JSON.stringify(buildJsonSchema(name, profile), null, 2)}\n`,
    ]),
  );
}
