/**
 * The data dictionary of the content files, generated from the zod schemas
 * (through their JSON Schema, `z.toJSONSchema`): every field with its path,
 * kind of value, whether it is required, allowed values and default, and
 * the Indonesian and English description given with `doc()`.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { citationSchema } from '../../schemas/citation.ts';
import { claimSchema } from '../../schemas/claim.ts';
import { cohortSchema } from '../../schemas/cohort.ts';
import { contextEventSchema } from '../../schemas/context-event.ts';
import { correctionSchema } from '../../schemas/correction.ts';
import type { SiteProfile } from '../../schemas/site-profile.ts';
import { termSchema } from '../../schemas/vocabulary.ts';
import { docWithStaffGroup } from './field-examples.ts';
import type { Bilingual } from './table.ts';

export interface SchemaField {
  /** Dotted path; `[]` marks the items of a list ("participants[].count"). */
  path: string;
  kind: Bilingual;
  required: boolean;
  values?: string[];
  default?: string;
  description: Bilingual;
  /** The section describing this field's items, for lists shared by several collections. */
  see?: SchemaName;
}

export const SCHEMA_NAMES = [
  'article',
  'cohort',
  'claim',
  'context-event',
  'citation',
  'correction',
  'term',
] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

export interface SchemaSection {
  name: SchemaName;
  title: Bilingual;
  /** Where entries of this kind are written. */
  location: string;
  fields: SchemaField[];
}

const SCHEMAS: Record<SchemaName, { schema: z.ZodType; title: Bilingual; location: string }> = {
  article: {
    schema: articleSchema,
    title: { id: 'Artikel sumber', en: 'Source article' },
    location: 'content/articles/<id>.md (front matter)',
  },
  cohort: {
    schema: cohortSchema,
    title: { id: 'Angkatan', en: 'Cohort' },
    location: 'content/cohorts/<id>.yaml',
  },
  claim: {
    schema: claimSchema,
    title: { id: 'Klaim', en: 'Claim' },
    location: 'content/claims/<id>.yaml',
  },
  'context-event': {
    schema: contextEventSchema,
    title: { id: 'Peristiwa konteks', en: 'Context event' },
    location: 'content/context/<id>.yaml',
  },
  citation: {
    schema: citationSchema,
    title: { id: 'Sumber (kutipan)', en: 'Source (citation)' },
    location: 'sources: [ … ]',
  },
  correction: {
    schema: correctionSchema,
    title: { id: 'Koreksi', en: 'Correction' },
    location: 'corrections: [ … ]',
  },
  term: {
    schema: termSchema,
    title: { id: 'Istilah kosakata', en: 'Vocabulary term' },
    location: 'content/vocabularies/<name>.yaml',
  },
};

/** Lists whose items have a section of their own. */
const SHARED: Record<string, SchemaName> = { sources: 'citation', corrections: 'correction' };

interface JsonSchema {
  type?: string;
  description?: string;
  description_en?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
}

const SLUG = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const FULL_DATE = '^\\d{4}-\\d{2}-\\d{2}$';

function stringKind(s: JsonSchema): Bilingual {
  if (s.format === 'partial-date')
    return {
      id: 'tanggal (TTTT, TTTT-BB atau TTTT-BB-HH)',
      en: 'date (YYYY, YYYY-MM or YYYY-MM-DD)',
    };
  if (s.pattern === FULL_DATE) return { id: 'tanggal (TTTT-BB-HH)', en: 'date (YYYY-MM-DD)' };
  if (s.format === 'uri') return { id: 'alamat web (http/https)', en: 'web address (http/https)' };
  if (s.pattern === SLUG) return { id: 'kunci', en: 'key' };
  if (s.pattern?.includes('[0-5]\\d')) return { id: 'jam (JJ:MM)', en: 'time (HH:MM)' };
  return { id: 'teks', en: 'text' };
}

/** How a JSON Schema node's value is written, in words. */
export function kindOf(s: JsonSchema): Bilingual {
  if (s.anyOf) {
    const parts = s.anyOf.map(kindOf);
    return { id: parts.map((p) => p.id).join(' atau '), en: parts.map((p) => p.en).join(' or ') };
  }
  if (s.const !== undefined) return { id: `"${String(s.const)}"`, en: `"${String(s.const)}"` };
  if (s.enum) return { id: 'salah satu nilai', en: 'one of the values' };
  switch (s.type) {
    case 'string':
      return stringKind(s);
    case 'integer': {
      const range =
        s.minimum !== undefined && s.maximum !== undefined ? ` ${s.minimum}–${s.maximum}` : '';
      return { id: `bilangan bulat${range}`, en: `whole number${range}` };
    }
    case 'number':
      return { id: 'angka', en: 'number' };
    case 'boolean':
      return { id: 'true/false', en: 'true/false' };
    case 'array': {
      const item = s.items ? kindOf(s.items) : { id: 'nilai', en: 'values' };
      const min = s.minItems
        ? { id: `, minimal ${s.minItems}`, en: `, at least ${s.minItems}` }
        : { id: '', en: '' };
      return { id: `daftar (${item.id}${min.id})`, en: `list (${item.en}${min.en})` };
    }
    case 'object':
      return { id: 'objek', en: 'object' };
    default:
      return { id: 'nilai', en: 'value' };
  }
}

function walk(node: JsonSchema, path: string, required: boolean, out: SchemaField[]): void {
  const shared = SHARED[path];
  const values = node.enum?.map(String);
  if (path !== '') {
    out.push({
      path,
      kind: shared
        ? {
            id: `daftar; lihat ${SCHEMAS[shared].title.id}`,
            en: `list; see ${SCHEMAS[shared].title.en}`,
          }
        : kindOf(node),
      required,
      ...(values ? { values } : {}),
      ...(node.default !== undefined && typeof node.default !== 'object'
        ? { default: String(node.default) }
        : {}),
      description: {
        id: node.description ?? '',
        en: node.description_en ?? node.description ?? '',
      },
      ...(shared ? { see: shared } : {}),
    });
  }
  if (shared) return;
  // The fields of an object, of each object in a list ("participants[].count"), or of
  // the object a value may be instead of a word ("period.start" of period: {…} | unknown).
  const object =
    node.type === 'array' ? node.items : (node.anyOf?.find((o) => o.type === 'object') ?? node);
  if (object?.type !== 'object' || !object.properties) return;
  const prefix = path === '' ? '' : node.type === 'array' ? `${path}[].` : `${path}.`;
  const req = new Set(object.required ?? []);
  for (const [key, child] of Object.entries(object.properties))
    walk(child, `${prefix}${key}`, req.has(key), out);
}

/** The fields of one content schema, in schema order. */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const out: SchemaField[] = [];
  walk(json, '', true, out);
  return out;
}

/**
 * Every content schema with its fields; example participant fields in the
 * descriptions name the profile's own group (`withStaffGroup`).
 */
export function schemaSections(profile: Pick<SiteProfile, 'staff_group'>): SchemaSection[] {
  return SCHEMA_NAMES.map((name) => ({
    name,
    title: SCHEMAS[name].title,
    location: SCHEMAS[name].location,
    fields: schemaFields(SCHEMAS[name].schema).map((f) => ({
      ...f,
      description: docWithStaffGroup(f.description, profile),
    })),
  }));
}
