/**
 * The variants of a record (a value a source gives differently): each names
 * a fact field, quotes its article exactly once, and the quote states the
 * differing value.
 */
import type { Entry, LoadedContent } from '../../content/load.ts';
import { mentionsNumber } from '../../text/indonesian/numbers.ts';
import { containsTerm, normalizeText } from '../../text/normalize.ts';
import type { Fact } from '../facts.ts';
import { notAFactField, problemAt, type Problem } from '../problem.ts';
import type { ArticleIndex } from './article-index.ts';
import { briefQuoteProblem, unknownArticle } from './citations.ts';

/** A variant names a fact field, quotes its article exactly once, and the quote states its value. */
export function checkVariants(
  entry: Entry<{
    variants?: { field: string; value: string; article: string; quote: string }[] | undefined;
  }>,
  facts: Fact[],
  articles: ArticleIndex,
  content: LoadedContent,
): Problem[] {
  const problems: Problem[] = [];
  (entry.data.variants ?? []).forEach((v, i) => {
    const base = ['variants', i];
    if (!facts.some((f) => f.path === v.field)) {
      problems.push(
        notAFactField(entry, [...base, 'field'], 'supports-unknown-field', v.field, facts),
      );
    }
    const article = articles.get(v.article);
    if (!article) {
      problems.push(unknownArticle(entry, [...base, 'article'], v.article, articles, content));
      return;
    }
    const placed = briefQuoteProblem(entry, [...base, 'quote'], v, article, true);
    if (placed) {
      problems.push(placed);
      return;
    }
    const quote = normalizeText(v.quote);
    const states = /^\d+$/.test(v.value)
      ? mentionsNumber(quote, Number(v.value))
      : containsTerm(quote, v.value);
    if (!states) {
      problems.push(
        problemAt(
          entry,
          [...base, 'value'],
          'value-not-in-quote',
          {
            id: `Kutipan tidak menyebut "${v.value}".`,
            en: `The quote does not state "${v.value}".`,
          },
          {
            id: 'Tulis nilai dengan kata-kata yang ada di kutipan.',
            en: 'Write the value in words that occur in the quote.',
          },
        ),
      );
    }
  });
  return problems;
}
