/**
 * Checks across entries: references resolve, quotes occur exactly once in the
 * cited article, cited values appear in their quotes, every fact has a
 * source, dates are coherent, ids are unique. Pure: takes loaded content,
 * returns problems — articles first, then cohorts, claims, context events,
 * entries that failed their schema, duplicate ids and the site profile.
 */
import type { LoadedContent } from '../../content/load.ts';
import type { Problem } from '../problem.ts';
import { indexArticles } from './article-index.ts';
import { checkArticle } from './articles.ts';
import { checkClaim } from './claims.ts';
import { checkCohort } from './cohorts.ts';
import { checkContextEvent } from './context.ts';
import { duplicateIds } from './ids.ts';
import { checkProfile } from './profile.ts';
import { checkRejected } from './rejected.ts';

/** Every cross-entry problem in the loaded content. */
export function checkContent(content: LoadedContent): Problem[] {
  const articles = indexArticles(content.articles);
  return [
    ...content.articles.flatMap((a) => checkArticle(a, articles, content)),
    ...content.cohorts.flatMap((c) => checkCohort(c, articles, content)),
    ...content.claims.flatMap((c) => checkClaim(c, articles, content)),
    ...content.context.flatMap((e) => checkContextEvent(e, articles, content)),
    ...content.rejected
      .filter((entry) => entry.collection !== 'articles')
      .flatMap((entry) => checkRejected(entry, articles, content)),
    ...duplicateIds([...content.cohorts, ...content.claims, ...content.context]),
    ...checkProfile(content),
  ];
}
