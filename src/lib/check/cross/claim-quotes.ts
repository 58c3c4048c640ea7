/**
 * The quotes of a claim that the checks of its wording read: each source
 * whose quote stands in its article, with the quote normalised, the fields
 * it supports and the article's date context. A quote that is not in its
 * article is reported by the source check, and read by none of these.
 */
import type { Claim } from '../../../schemas/claim.ts';
import type { Entry } from '../../content/load.ts';
import type { DateContext } from '../../text/indonesian/dates.ts';
import { findQuote, normalizeText } from '../../text/normalize.ts';
import type { ArticleIndex } from './article-index.ts';

export interface ClaimQuote {
  /** Index of the source in `sources`. */
  index: number;
  quote: string;
  supports: readonly string[];
  ctx: DateContext;
}

/** The claim's quotes that occur in their articles and support one of `paths`. */
export function claimQuotes(
  c: Entry<Claim>,
  articles: ArticleIndex,
  paths: readonly string[],
): ClaimQuote[] {
  return c.data.sources.flatMap((s, index) => {
    const article = articles.get(s.article);
    if (!article || !s.supports.some((p) => paths.includes(p))) return [];
    if (findQuote(article.text, s.quote).length === 0) return [];
    return [{ index, quote: normalizeText(s.quote), supports: s.supports, ctx: article.ctx }];
  });
}
