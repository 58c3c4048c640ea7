/**
 * The sources of a record against its facts: each citation's article exists,
 * its quote occurs there exactly once, every field it `supports` is a fact of
 * the record (or a part of one: `period.start`) and is stated in the quote;
 * every fact is supported by some citation (or each of its parts by one),
 * and every item of a list fact is named by one (unless a quote supporting
 * the list could not be read in its article: then that problem is reported,
 * not each item). Dates read from the article's publication date are noted
 * (./date-notes.ts).
 */
import type { Citation } from '../../../schemas/citation.ts';
import type { Entry, LoadedContent } from '../../content/load.ts';
import { containsTerm, normalizeText } from '../../text/normalize.ts';
import { partsWithoutSource, supportable } from '../fact-parts.ts';
import type { Fact } from '../facts.ts';
import { notAFactField, problemAt, type Problem } from '../problem.ts';
import type { ArticleIndex } from './article-index.ts';
import { quoteProblem, unknownArticle } from './citations.ts';
import { citationDateNotes, unreadDateProblem } from './date-notes.ts';
import { numberMisread, readNumberFact } from './number-values.ts';
import { describeFact, quoteStates } from './quote-states.ts';
import { unsupportedFix } from '../unsupported-fix.ts';

/** Check the sources of one record against its facts. */
export function checkSources(
  entry: Entry<{ sources: Citation[] }>,
  facts: Fact[],
  articles: ArticleIndex,
  content: LoadedContent,
): Problem[] {
  const problems: Problem[] = [];
  const factByPath = supportable(facts);
  const supported = new Set<string>();
  const listHits = new Map<string, Set<string>>();
  // Paths a citation supports whose quote could not be read in its article: their list items are not judged.
  const unchecked = new Set<string>();

  entry.data.sources.forEach((source, i) => {
    const base = ['sources', i];
    const article = articles.get(source.article);
    if (!article)
      problems.push(unknownArticle(entry, [...base, 'article'], source.article, articles, content));
    source.supports.forEach((path, j) => {
      if (!factByPath.has(path)) {
        problems.push(
          notAFactField(entry, [...base, 'supports', j], 'supports-unknown-field', path, facts),
        );
      } else supported.add(path);
    });
    const placed = article && quoteProblem(entry, [...base, 'quote'], source, article);
    if (!article || placed) {
      if (placed) problems.push(placed);
      for (const path of source.supports) unchecked.add(path);
      return;
    }
    const quote = normalizeText(source.quote);
    source.supports.forEach((path, j) => {
      const fact = factByPath.get(path);
      if (!fact) return;
      if (fact.check.kind === 'list') {
        const seen = listHits.get(path) ?? new Set<string>();
        for (const item of fact.check.items) if (containsTerm(quote, item)) seen.add(item);
        listHits.set(path, seen);
      }
      if (!quoteStates(fact, quote, article.ctx, content)) {
        const where = [...base, 'supports', j];
        const unread = unreadDateProblem(entry, where, fact, quote, article, content);
        if (unread) {
          problems.push(unread);
          return;
        }
        const misread =
          fact.check.kind === 'number'
            ? numberMisread(fact.check, readNumberFact(fact.check, quote, content), path)
            : undefined;
        const what = describeFact(fact, content);
        problems.push(
          problemAt(
            entry,
            [...base, 'supports', j],
            'value-not-in-quote',
            misread?.message ?? {
              id: `Kutipan tidak menyebut ${what.id} untuk kolom ${path}.`,
              en: `The quote does not state ${what.en} for field ${path}.`,
            },
            misread?.fix ?? {
              id: `Pilih kutipan yang memuat nilai itu, perbaiki nilai ${path}, atau hapus "${path}" dari supports kutipan ini.`,
              en: `Choose a passage that states the value, correct ${path}, or remove "${path}" from this citation's supports.`,
            },
          ),
        );
      }
    });
    const cited = source.supports.flatMap((p) => factByPath.get(p) ?? []);
    problems.push(...citationDateNotes(entry, base, cited, quote, article));
  });

  for (const fact of facts) {
    const path = fact.path.split('.');
    const parts = partsWithoutSource(entry, supported, fact);
    if (parts) problems.push(...parts);
    else if (!supported.has(fact.path)) {
      problems.push(
        problemAt(
          entry,
          path,
          'fact-without-source',
          {
            id: `Kolom ${fact.path} tidak didukung oleh sumber mana pun.`,
            en: `Field ${fact.path} is not supported by any source.`,
          },
          unsupportedFix(fact.path, entry.data),
        ),
      );
    } else if (fact.check.kind === 'list' && !unchecked.has(fact.path)) {
      const seen = listHits.get(fact.path) ?? new Set<string>();
      for (const item of fact.check.items.filter((x) => !seen.has(x))) {
        problems.push(
          problemAt(
            entry,
            path,
            'list-item-without-source',
            {
              id: `"${item}" di ${fact.path} tidak disebut oleh kutipan mana pun.`,
              en: `"${item}" in ${fact.path} is not named by any quote.`,
            },
            {
              id: 'Tambahkan kutipan yang menyebutnya atau hapus butir ini.',
              en: 'Add a passage that names it or remove the item.',
            },
          ),
        );
      }
    }
  }
  return problems;
}
