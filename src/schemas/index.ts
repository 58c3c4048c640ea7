/** Every content schema, by collection. */
export { articleSchema, type Article } from './article.ts';
export { cohortSchema, type Cohort } from './cohort.ts';
export { claimSchema, type Claim } from './claim.ts';
export { contextEventSchema, type ContextEvent } from './context-event.ts';
export { termSchema, vocabularyNames, type Term, type VocabularyName } from './vocabulary.ts';
export { citationSchema, type Citation } from './citation.ts';
export { correctionSchema, type Correction } from './correction.ts';
export { siteProfileSchema, type SiteProfile } from './site-profile.ts';
