/**
 * Astro collections of the site. Every collection is filled by our own
 * loaders (src/loaders/content-loader.ts), which read content/ with the same
 * strict reader as `npm run check`; the schemas are the ones in src/schemas.
 */
import { defineCollection } from 'astro:content';
import { articleSchema } from './schemas/article.ts';
import { claimSchema } from './schemas/claim.ts';
import { cohortSchema } from './schemas/cohort.ts';
import { contextEventSchema } from './schemas/context-event.ts';
import { siteProfileSchema } from './schemas/site-profile.ts';
import { participantGroupTermSchema, termSchema } from './schemas/vocabulary.ts';
import { entriesLoader, profileLoader, vocabularyLoader } from './loaders/content-loader.ts';

export const collections = {
  /** content/site.yaml: the site profile, one entry with the id "site". */
  site: defineCollection({ loader: profileLoader(), schema: siteProfileSchema }),
  /** content/articles/<id>.md: source articles; `body` is the raw Markdown. */
  articles: defineCollection({ loader: entriesLoader('articles'), schema: articleSchema }),
  /** content/cohorts/<id>.yaml */
  cohorts: defineCollection({ loader: entriesLoader('cohorts'), schema: cohortSchema }),
  /** content/claims/<id>.yaml */
  claims: defineCollection({ loader: entriesLoader('claims'), schema: claimSchema }),
  /** content/context/<id>.yaml */
  context: defineCollection({ loader: entriesLoader('context'), schema: contextEventSchema }),
  /** content/vocabularies/themes.yaml, one entry per term key. */
  themes: defineCollection({ loader: vocabularyLoader('themes'), schema: termSchema }),
  /** content/vocabularies/programmes.yaml */
  programmes: defineCollection({ loader: vocabularyLoader('programmes'), schema: termSchema }),
  /** content/vocabularies/outlets.yaml */
  outlets: defineCollection({ loader: vocabularyLoader('outlets'), schema: termSchema }),
  /** content/vocabularies/participant-groups.yaml */
  participantGroups: defineCollection({
    loader: vocabularyLoader('participant-groups'),
    schema: participantGroupTermSchema,
  }),
  /** content/vocabularies/places.yaml */
  places: defineCollection({ loader: vocabularyLoader('places'), schema: termSchema }),
};
