/** The shapes the pure data functions take: an id and validated data. */
import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Cohort } from '../../schemas/cohort.ts';
import type { ContextEvent } from '../../schemas/context-event.ts';
import type { SiteProfile } from '../../schemas/site-profile.ts';
import type { Term, VocabularyName } from '../../schemas/vocabulary.ts';

export interface Record<T> {
  id: string;
  data: T;
}
export type CohortRecord = Record<Cohort>;
export type ClaimRecord = Record<Claim>;
export type ContextRecord = Record<ContextEvent>;
export type ArticleRecord = Record<Article> & { body: string };
export type TermRecord = Record<Term>;

/** A source article as the site holds it: its raw Markdown body is the stored copy. */
export type ArticleEntry = Record<Article> & { body?: string | undefined };
export type CohortEntry = CohortRecord;
export type ClaimEntry = ClaimRecord;
export type ContextEntry = ContextRecord;

/**
 * Every controlled vocabulary, by its file name (content/vocabularies/<name>.yaml),
 * as a map from term key to term: the one shape the reader, the check and the
 * site all use.
 */
export type Vocabularies = { readonly [Name in VocabularyName]: ReadonlyMap<string, Term> };

/** Every collection of the site, sorted, with lookup maps. */
export interface SiteData {
  /** Articles, newest first, then by id. */
  articles: readonly ArticleEntry[];
  /** Cohorts by start of period, then by id. */
  cohorts: readonly CohortEntry[];
  /** Claims by the date they were made, then by id. */
  claims: readonly ClaimEntry[];
  /** Context events by date, then by id. */
  context: readonly ContextEntry[];
  articleById: ReadonlyMap<string, ArticleEntry>;
  cohortById: ReadonlyMap<string, CohortEntry>;
  vocabularies: Vocabularies;
  /** The site profile: the site's name and address, its government, city and programme. */
  profile: SiteProfile;
}
