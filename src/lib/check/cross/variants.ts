/**
 * The variants of a record (a value a source gives differently): each names
 * a fact field, quotes its article exactly once, and the quote states the
 * differing value; a number as what its field measures ("26 orang" for a
 * head-count, not "26 Maret").
 */
import type { Entry, LoadedContent } from '../../content/load.ts';
import { mentionsNumber } from '../../text/indonesian/numbers.ts';
import { containsTerm, normalizeText } from '../../text/normalize.ts';
import type { Fact } from '../facts.ts';
import { notAFactField, problemAt, type Problem } from '../problem.ts';
import type { ArticleIndex } from './article-index.ts';
import { briefQuoteProblem, unknownArticle } from './citations.ts';
import { readNumberFact } from './number-values.ts';

/** Whether the quote states a variant's value, a number as what its field measures. */
function statesVariant(
  fact: Fact | undefined,
  value: string,
  quote: string,
  content: LoadedContent,
): boolean {
  if (!/^\d+$/.test(value)) return containsTerm(quote, value);
  const n = Number(value);
  return fact?.check.kind === 'number'
    ? readNumberFact({ ...fact.check, value: n }, quote, content).stated
    : mentionsNumber(quote, n);
}

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
    const fact = facts.find((f) => f.path === v.field);
    if (!statesVariant(fact, v.value, quote, content)) {
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
