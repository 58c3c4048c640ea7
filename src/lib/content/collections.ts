/**
 * Where each collection lives under content/ and which schema validates it.
 * The checker and the site's content loaders both read this table.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { claimSchema } from '../../schemas/claim.ts';
import { cohortSchema } from '../../schemas/cohort.ts';
import { slug } from '../../schemas/common.ts';
import { contextEventSchema } from '../../schemas/context-event.ts';
import {
  participantGroupTermSchema,
  termSchema,
  type VocabularyName,
} from '../../schemas/vocabulary.ts';
import type { CollectionFiles } from './folder.ts';

export const entryCollections = {
  articles: { dir: 'articles', extensions: ['.md'], kind: 'markdown', schema: articleSchema },
  cohorts: { dir: 'cohorts', extensions: ['.yaml', '.yml'], kind: 'yaml', schema: cohortSchema },
  claims: {
    dir: 'claims',
    extensions: ['.yaml', '.yml'],
    kind: 'yaml',
    mayBeEmpty: true,
    schema: claimSchema,
  },
  context: {
    dir: 'context',
    extensions: ['.yaml', '.yml'],
    kind: 'yaml',
    mayBeEmpty: true,
    schema: contextEventSchema,
  },
} as const satisfies Record<string, CollectionFiles & { schema: z.ZodType }>;

export type EntryCollection = keyof typeof entryCollections;

/** content/vocabularies/<name>.yaml: a mapping from term key to term. */
export const vocabulariesSpec = {
  dir: 'vocabularies',
  extensions: ['.yaml', '.yml'],
  kind: 'yaml',
} as const satisfies CollectionFiles;

/** Schema of one vocabulary file. */
export const vocabularyFileSchema = z.record(slug, termSchema);

/** Schema of the vocabulary file `name`: participant groups must also say whose people they count. */
export function vocabularyFileSchemaOf(name: string): typeof vocabularyFileSchema {
  return name === ('participant-groups' satisfies VocabularyName)
    ? z.record(slug, participantGroupTermSchema)
    : vocabularyFileSchema;
}
