/**
 * Publication dates held against the other dates of the content: the
 * publication of each source a record cites, as messages write it, and the
 * bounds of an unknown publication date against the article it republishes
 * (an article cannot appear before the one it rewrites).
 */
import type { Citation } from '../../../schemas/citation.ts';
import type { ArticleEntry, Entry } from '../../content/load.ts';
import { earliestDay } from '../../dates/partial-date.ts';
import {
  isDated,
  latestPublication,
  publicationYear,
  type Publication,
} from '../../dates/publication.ts';
import type { DateContext } from '../../text/indonesian/dates.ts';
import { problemAt, type Problem } from '../problem.ts';
import type { ArticleIndex } from './article-index.ts';

/**
 * What completes a date written without its year ("(15/2)") in an article
 * whose publication date is not known: the year both its bounds fall in,
 * else nothing (such a date then states no year).
 */
export function boundsContext(p: Publication): DateContext {
  const year = publicationYear(p);
  return year === undefined ? {} : { year };
}

/** The publication of each readable article an entry cites, in the order of its sources. */
export function sourcePublications(
  entry: Entry<{ sources: Citation[] }>,
  articles: ArticleIndex,
): Publication[] {
  return entry.data.sources.flatMap((s) => {
    const a = articles.get(s.article);
    return a ? [a.entry.data] : [];
  });
}

/** A publication date as a message writes it: the date, or "unknown (2024-06-07 … 2024-06-30)". */
export function publicationText(p: Publication): string {
  if (isDated(p)) return p.published;
  const bounds = [p.published_after ?? '…', p.published_before ?? '…'];
  return bounds.every((b) => b === '…') ? 'unknown' : `unknown (${bounds.join(' – ')})`;
}

/** An article whose latest possible publication comes before the article it republishes appeared. */
export function publishedBeforeOriginal(a: ArticleEntry): Problem[] {
  const original = a.data.republishes?.published;
  const latest = latestPublication(a.data);
  if (original === undefined || latest === undefined || latest >= earliestDay(original)) return [];
  const field = isDated(a.data) ? 'published' : 'published_before';
  return [
    problemAt(
      a,
      [field],
      'published-before-original',
      {
        id: `Artikel ini paling lambat terbit ${latest} (${field}), sebelum artikel yang ditulis ulangnya terbit (republishes.published: ${original}).`,
        en: `This article appeared ${latest} at the latest (${field}), before the article it republishes (republishes.published: ${original}).`,
      },
      {
        id: `Periksa ${field} dan republishes.published: tulisan ulang terbit pada hari yang sama dengan artikel asalnya atau sesudahnya.`,
        en: `Check ${field} and republishes.published: a republication appears on the day of the original or after it.`,
      },
    ),
  ];
}
