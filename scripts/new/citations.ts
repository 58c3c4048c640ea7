/**
 * Citations from chosen quotes: each quote must occur exactly once in the
 * article's text, and it supports exactly the facts it states (found the way
 * the checker finds them; `status` only when the quote says it, ./status.ts).
 * A quote that states none of the record's facts is refused.
 */
import { MIN_QUOTE_LETTERS } from '../../src/lib/check/cross/quote-placement.ts';
import {
  inUnquotedTitle,
  titleQuoteMessage,
  type UnquotedTitle,
} from '../../src/lib/check/cross/title-quote.ts';
import { visibleLength } from '../../src/lib/text/invisible.ts';
import type { Citation } from '../../src/schemas/citation.ts';
import type { Cohort } from '../../src/schemas/cohort.ts';
import { covers } from '../../src/lib/check/fact-parts.ts';
import type { Fact } from '../../src/lib/check/facts.ts';
import type { Bilingual } from '../../src/lib/check/problem.ts';
import { quoteHint } from '../../src/lib/check/quote-hint.ts';
import type { LoadedContent } from '../../src/lib/content/load.ts';
import type { DateContext } from '../../src/lib/text/indonesian.ts';
import { findQuote, normalizeText } from '../../src/lib/text/normalize.ts';
import { candidatesFor, quoteCandidates, statedFacts } from './quotes.ts';

export interface CitationInput {
  /** Article id the quotes come from. */
  article: string;
  /** Its quotable text (headline when published, and body). */
  text: string;
  ctx: DateContext;
  /** The article's title when it is not the published headline: a quote of it is refused. */
  unquotedTitle?: UnquotedTitle;
  facts: readonly Fact[];
  content: LoadedContent;
  /** The cohort's status, when the record is a cohort. */
  status?: Cohort['status'];
}

export interface Cited {
  citations: Citation[];
  /** Fact paths that no citation supports, whole or part by part (the checker will ask for them). */
  unsupported: string[];
  /** Quotes that cannot be used, with the reason (not found, or found twice). */
  problems: Bilingual[];
}

/**
 * Why a quote cannot be cited from `text`, or undefined when it can; a
 * quote found only in `title` (not the published headline) is refused in
 * the check's words.
 */
export function quoteProblem(
  text: string,
  quote: string,
  article: string,
  title?: UnquotedTitle,
): Bilingual | undefined {
  const q = normalizeText(quote);
  if (visibleLength(q) < MIN_QUOTE_LETTERS) {
    return {
      id: `Kutipan "${q}" terlalu pendek (minimal ${MIN_QUOTE_LETTERS} huruf dan angka): salin kalimat yang lebih lengkap.`,
      en: `Quote "${q}" is too short (at least ${MIN_QUOTE_LETTERS} letters and digits): copy a fuller passage.`,
    };
  }
  const hits = findQuote(text, q).length;
  if (hits === 1) return undefined;
  if (hits > 1) {
    return {
      id: `Kutipan "${q}" muncul ${hits} kali di artikel ${article}: perpanjang sampai hanya muncul satu kali.`,
      en: `Quote "${q}" occurs ${hits} times in article ${article}: extend it until it occurs once.`,
    };
  }
  if (title && inUnquotedTitle(title, q)) {
    const { message, fix } = titleQuoteMessage(article, title);
    return { id: `${message.id} ${fix.id}`, en: `${message.en} ${fix.en}` };
  }
  const hint = quoteHint(text, q, article);
  return {
    id: `Kutipan tidak ditemukan di teks artikel ${article}: "${q}".${hint.id}`,
    en: `Quote not found in the text of article ${article}: "${q}".${hint.en}`,
  };
}

/** Turn quotes into citations, in the order given; equal quotes are merged. */
export function citeQuotes(quotes: readonly string[], input: CitationInput): Cited {
  const problems: Bilingual[] = [];
  const citations: Citation[] = [];
  for (const raw of quotes) {
    const quote = normalizeText(raw);
    if (citations.some((c) => c.quote === quote)) continue;
    const problem = quoteProblem(input.text, quote, input.article, input.unquotedTitle);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const supports = statedFacts(quote, input.facts, input.ctx, input.content, input.status);
    if (supports.length === 0) {
      problems.push({
        id: `Kutipan "${quote}" tidak menyebut nilai mana pun dari rekaman ini (${input.facts.map((f) => f.path).join(', ')}).`,
        en: `Quote "${quote}" states none of this record's values (${input.facts.map((f) => f.path).join(', ')}).`,
      });
      continue;
    }
    citations.push({ article: input.article, quote, supports });
  }
  const supported = new Set(citations.flatMap((c) => c.supports));
  const unsupported = input.facts.filter((f) => !covers(supported, f)).map((f) => f.path);
  return { citations, unsupported, problems };
}

/**
 * Quotes for facts no given quote supports: for each such fact in order, the
 * candidate sentence stating it and most other facts — or, when no sentence
 * states it whole, one for each of its parts. Used by --auto-quotes.
 */
export function autoQuotes(given: readonly string[], input: CitationInput): string[] {
  const quotes = given.map(normalizeText);
  const candidates = quoteCandidates(
    input.text,
    input.facts,
    input.ctx,
    input.content,
    input.status,
  );
  for (const fact of input.facts) {
    if (fact.check.kind === 'none' && fact.path !== 'status') continue;
    const supported = () => new Set(citeQuotes(quotes, input).citations.flatMap((c) => c.supports));
    if (covers(supported(), fact)) continue;
    const best = candidatesFor(fact.path, candidates)[0];
    if (best) {
      quotes.push(best.quote);
      continue;
    }
    for (const part of fact.parts ?? []) {
      const forPart = candidatesFor(part.path, candidates)[0];
      if (forPart && !supported().has(part.path)) quotes.push(forPart.quote);
    }
  }
  return quotes;
}
