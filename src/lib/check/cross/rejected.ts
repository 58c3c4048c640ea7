/**
 * What can still be checked in an entry that failed its schema: its
 * vocabulary terms, the order of a cohort's period, and where its quotes
 * occur. Whether a value is stated in its quote waits until the entry is
 * valid (the value may be the error). The data is read as it was parsed, so
 * every value is looked at only when it has the expected shape.
 */
import { ABROAD } from '../../../schemas/claim.ts';
import type { VocabularyName } from '../../../schemas/vocabulary.ts';
import type { LoadedContent, RejectedEntry } from '../../content/load.ts';
import { isValidPartialDate } from '../../dates/partial-date.ts';
import type { Problem } from '../problem.ts';
import type { ArticleIndex } from './article-index.ts';
import { quoteProblem, unknownArticle } from './citations.ts';
import { endBeforeStart } from './cohorts.ts';
import { checkVocab } from './vocabularies.ts';

/** The value at `key` of raw data, whatever it is. */
const valueAt = (data: unknown, key: string): unknown =>
  typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;

/** The value at `key` of raw data when it is a string. */
const stringAt = (data: unknown, key: string): string | undefined => {
  const v = valueAt(data, key);
  return typeof v === 'string' ? v : undefined;
};

/** A claim's scope place, unless it is `abroad`, which names every place abroad rather than a term. */
const scopePlace = (scope: unknown): string | undefined => {
  const place = stringAt(scope, 'place');
  return place === ABROAD ? undefined : place;
};

/** The vocabulary terms of a rejected cohort or claim, where they are strings. */
function termsOf(
  entry: RejectedEntry,
): [readonly PropertyKey[], VocabularyName, string | undefined][] {
  const d = entry.data;
  if (entry.collection === 'cohorts')
    return [
      [['programme'], 'programmes', stringAt(d, 'programme')],
      [['theme'], 'themes', stringAt(d, 'theme')],
      [['place'], 'places', stringAt(d, 'place')],
    ];
  if (entry.collection === 'claims') {
    const scope = valueAt(d, 'scope');
    return [
      [['scope', 'programme'], 'programmes', stringAt(scope, 'programme')],
      [['scope', 'place'], 'places', scopePlace(scope)],
    ];
  }
  return [];
}

/** A rejected cohort's period that ends before it starts, when both bounds are valid dates. */
function periodOrder(entry: RejectedEntry): Problem[] {
  if (entry.collection !== 'cohorts') return [];
  const period = valueAt(entry.data, 'period');
  const start = stringAt(period, 'start');
  const end = stringAt(period, 'end');
  if (
    start === undefined ||
    end === undefined ||
    !isValidPartialDate(start) ||
    !isValidPartialDate(end)
  )
    return [];
  return endBeforeStart(entry, start, end);
}

/** Where the quotes of a rejected entry's sources occur, for sources that name an article and a quote. */
function sourceQuotes(
  entry: RejectedEntry,
  articles: ArticleIndex,
  content: LoadedContent,
): Problem[] {
  const sources = valueAt(entry.data, 'sources');
  if (!Array.isArray(sources)) return [];
  const problems: Problem[] = [];
  sources.forEach((source: unknown, i) => {
    const id = stringAt(source, 'article');
    const quote = stringAt(source, 'quote');
    if (id === undefined || quote === undefined) return;
    const article = articles.get(id);
    if (!article) {
      problems.push(unknownArticle(entry, ['sources', i, 'article'], id, articles, content));
      return;
    }
    const placed = quoteProblem(entry, ['sources', i, 'quote'], { article: id, quote }, article);
    if (placed) problems.push(placed);
  });
  return problems;
}

/** Every problem that can be found in an entry that failed its schema. */
export function checkRejected(
  entry: RejectedEntry,
  articles: ArticleIndex,
  content: LoadedContent,
): Problem[] {
  return [
    ...periodOrder(entry),
    ...termsOf(entry).flatMap(([path, vocabulary, key]) =>
      checkVocab(entry, path, vocabulary, key, content),
    ),
    ...sourceQuotes(entry, articles, content),
  ];
}
