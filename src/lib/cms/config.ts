/**
 * The configuration of the browser editor (Decap CMS at /admin/), generated
 * from the zod schemas and the vocabularies, never written by hand: the form
 * of a cohort, a claim, a context event and an article's front matter are
 * the schemas' fields, and each vocabulary file is one form with a list of
 * terms (vocabulary-form.ts). Pure: the caller passes the vocabulary terms
 * and the site profile, and gets the configuration object, the paths saved
 * as numbers and the paths holding a word or an object (alternatives.ts).
 * The interface is in Indonesian (`locale: 'id'`, registered by the page).
 *
 * Local mode: `local_backend` points at decap-server on the editor's own
 * computer, which writes into the working copy; without it (the real site)
 * the backend is the git host named in the profile's `editing`.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { claimSchema } from '../../schemas/claim.ts';
import { cohortSchema } from '../../schemas/cohort.ts';
import { contextEventSchema } from '../../schemas/context-event.ts';
import type { Editing } from '../../schemas/editing.ts';
import { vocabularyNames } from '../../schemas/vocabulary.ts';
import { CHOICE_FIELD, OBJECT_CHOICE, type Alternative } from './alternatives.ts';
import {
  fieldsOf,
  supportPathsOf,
  type Choice,
  type CmsField,
  type FieldContext,
  type Json,
} from './fields.ts';
import {
  HEADER_FIELD,
  TERM_KEY_FIELD,
  TERMS_FIELD,
  VOCABULARY_FORMAT,
  vocabularyFields,
} from './vocabulary-form.ts';

/** Port of decap-server on the editor's computer (its default). */
export const LOCAL_BACKEND_PORT = 8081;

export interface CmsInput {
  /** Terms of each vocabulary (file name without .yaml → choices). */
  vocabularies: Readonly<Record<string, readonly Choice[]>>;
  /** The profile's git host, when the real site is edited through one. */
  editing?: Editing | undefined;
  /** Site name shown in the editor's title. */
  siteName: string;
  /** Port of the local backend. */
  localPort?: number;
}

export interface CmsConfig {
  config: { [key: string]: Json };
  /** Per collection, the field paths saved as numbers (see fields.ts). */
  numbers: Record<string, string[]>;
  /** Per collection, the paths whose value is a word or an object. */
  alternatives: Record<string, Alternative[]>;
  /** Names of the form's own parts, for the admin page's formats. */
  names: typeof FORM_NAMES;
  /** Per collection with a format of ours, the name the admin page registers it under. */
  formats: Record<string, string>;
  /** Per record collection, the path of the date its new files are named after. */
  dated: Record<string, string>;
}

/** The form's own parts, never saved: the word-or-object choice and a vocabulary's list of terms. */
export const FORM_NAMES = {
  choice: CHOICE_FIELD,
  object: OBJECT_CHOICE,
  key: TERM_KEY_FIELD,
  terms: TERMS_FIELD,
  header: HEADER_FIELD,
  /** The format of the vocabulary files (the others are record formats). */
  vocabularyFormat: VOCABULARY_FORMAT,
  /**
   * The month a new record's file is named after, set by the admin page just
   * before saving ("2023-05", "2023" or "tanpa-tanggal") and never written.
   */
  month: '_file_month',
} as const;

/** Name of a record collection's format (YAML, with its word-or-object paths). */
const recordFormat = (collection: string): string => `jejak-yaml-${collection}`;

/** Locale of the editor's interface, registered by the admin page. */
export const CMS_LOCALE = 'id';

/** What a collection's fields record while they are generated. */
interface Found {
  numbers: string[];
  alternatives: Alternative[];
}

type Node = { [key: string]: Json };

const jsonOf = (schema: z.ZodType): Node =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-07' }) as Node;

/**
 * A new file's name is the month of `dated` and then `named`, as `npm run new`
 * names them (`2023-05-water-management`: the training's month, not the day
 * the form was saved, and `tanpa-tanggal-…` for `period: unknown`, which a
 * slug template cannot say, so the admin page sets FORM_NAMES.month; a
 * title's Indonesian text, not the two-language object). `summary`: how a record reads in its collection's list, dated so
 * that two cohorts of one theme can be told apart.
 */
const YAML_RECORDS = {
  cohorts: {
    schema: cohortSchema,
    label: 'Angkatan',
    identifier: 'theme',
    named: 'theme',
    dated: 'period.start',
    summary: '{{period.start}} · {{theme}}',
  },
  claims: {
    schema: claimSchema,
    label: 'Klaim',
    identifier: 'metric',
    named: 'metric',
    dated: 'made_on',
    summary: '{{made_on}} · {{value}} {{metric}}',
  },
  context: {
    schema: contextEventSchema,
    label: 'Peristiwa konteks',
    identifier: 'title',
    named: 'title.id',
    dated: 'date',
    summary: '{{date}} · {{title.id}}',
  },
} as const;

function contextFor(input: CmsInput, schema: Node, found: Found): FieldContext {
  return {
    vocabularies: input.vocabularies,
    supportPaths: supportPathsOf(schema, input.vocabularies['participant-groups'] ?? []),
    articleCollection: 'articles',
    ...found,
  };
}

function articleCollection(input: CmsInput, found: Found): Node {
  const schema = jsonOf(articleSchema);
  const fields: CmsField[] = [
    ...fieldsOf(schema, '', contextFor(input, schema, found)),
    {
      name: 'body',
      label: 'Teks artikel',
      hint: 'Teks artikel persis seperti diterbitkan (salin-tempel). — The article text exactly as published.',
      widget: 'markdown',
      required: true,
    },
  ];
  return {
    name: 'articles',
    label: 'Artikel sumber',
    label_singular: 'Artikel sumber',
    folder: 'content/articles',
    extension: 'md',
    format: 'frontmatter',
    create: true,
    slug: '{{slug}}',
    identifier_field: 'title',
    fields,
  };
}

function recordCollection(name: keyof typeof YAML_RECORDS, input: CmsInput, found: Found) {
  const { schema, label, identifier, named, summary } = YAML_RECORDS[name];
  const json = jsonOf(schema);
  return {
    name,
    label,
    label_singular: label,
    folder: `content/${name}`,
    extension: 'yaml',
    format: recordFormat(name),
    create: true,
    slug: `{{fields.${FORM_NAMES.month}}}-{{${named}}}`,
    identifier_field: identifier,
    summary,
    fields: fieldsOf(json, '', contextFor(input, json, found)),
  };
}

/** One form per vocabulary file: the list of its terms, new ones added at the end. */
function vocabularyCollection(input: CmsInput, found: Found): Node {
  const fields = vocabularyFields(contextFor(input, {}, found));
  return {
    name: 'vocabularies',
    label: 'Kosakata',
    format: VOCABULARY_FORMAT,
    files: vocabularyNames.map((file) => ({
      name: file,
      label: file,
      file: `content/vocabularies/${file}.yaml`,
      fields,
    })),
  };
}

function backendOf(editing: Editing | undefined, port: number): Node {
  if (!editing) return { name: 'proxy', proxy_url: `http://127.0.0.1:${port}/api/v1` };
  const auth = editing.auth_url === undefined ? {} : { base_url: editing.auth_url };
  return { name: editing.backend, repo: editing.repo, branch: editing.branch, ...auth };
}

/** The whole configuration of the browser editor. */
export function buildCmsConfig(input: CmsInput): CmsConfig {
  const numbers: Record<string, string[]> = {};
  const alternatives: Record<string, Alternative[]> = {};
  const list = (name: string): Found => ({
    numbers: (numbers[name] = []),
    alternatives: (alternatives[name] = []),
  });
  const port = input.localPort ?? LOCAL_BACKEND_PORT;
  const config = {
    backend: backendOf(input.editing, port),
    local_backend: { url: `http://127.0.0.1:${port}/api/v1` },
    site_url: '/',
    display_url: '/',
    locale: CMS_LOCALE,
    load_config_file: false,
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    collections: [
      recordCollection('cohorts', input, list('cohorts')),
      recordCollection('claims', input, list('claims')),
      recordCollection('context', input, list('context')),
      articleCollection(input, list('articles')),
      vocabularyCollection(input, list('vocabularies')),
    ],
  } satisfies Node;
  const formats = Object.fromEntries(
    config.collections.flatMap((c) => {
      const format = String(c['format']);
      return format.startsWith('jejak-') ? [[String(c['name']), format]] : [];
    }),
  );
  const dated = Object.fromEntries(
    Object.entries(YAML_RECORDS).map(([name, record]) => [name, record.dated]),
  );
  return { config, numbers, alternatives, names: FORM_NAMES, formats, dated };
}
