/** The shapes the pure data functions take: an id and validated data. */
import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Cohort } from '../../schemas/cohort.ts';
import type { ContextEvent } from '../../schemas/context-event.ts';
import type { Term } from '../../schemas/vocabulary.ts';

export interface Record<T> {
  id: string;
  data: T;
}
export type CohortRecord = Record<Cohort>;
export type ClaimRecord = Record<Claim>;
export type ContextRecord = Record<ContextEvent>;
export type ArticleRecord = Record<Article> & { body: string };
export type TermRecord = Record<Term>;
