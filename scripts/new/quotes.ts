/**
 * Quotes proposed to the editor: the sentences of an article that state a
 * record's values (a number, a date, a theme's words), found with the same
 * functions the checker uses, so a sentence offered here passes the check.
 */
import type { Cohort } from '../../src/schemas/cohort.ts';
import type { Fact } from '../../src/lib/check/facts.ts';
import { quoteStates } from '../../src/lib/check/cross.ts';
import type { LoadedContent } from '../../src/lib/content/load.ts';
import { MIN_QUOTE_LETTERS } from '../../src/lib/check/cross/quote-placement.ts';
import { visibleLength } from '../../src/lib/text/invisible.ts';
import type { DateContext } from '../../src/lib/text/indonesian.ts';
import { findQuote, normalizeText } from '../../src/lib/text/normalize.ts';
import { statesStatus } from './status.ts';

/** Longest quote the citation schema accepts; the shortest is the check's own minimum. */
const MAX_QUOTE = 2000;

/** Words before a full stop that do not end a sentence ("Dr. H. Syarif Fasha", "Pte. Ltd"). */
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{Lu}|Dr|Drs|Dra|Ir|Hj?|Mr|Mrs|Ms|Prof|St|No|Jl|Jln|Tn|Ny|Sdr|dll|dkk|dsb|Pte|Ltd|Co|Inc|S\.?\s?Sos|S\.?\s?E|M\.?\s?E|M\.?\s?Si|M\.?\s?M|S\.?\s?H|S\.?\s?T|S\.?\s?Kom|s\.?d|Kab|Kec|Kel)\.$/u;

/**
 * The sentences of a plain text, in order: paragraphs (blank lines) split
 * after `.`, `!` or `?` (and a closing quote or bracket) before a capital,
 * a digit or an opening quote, except after a title or initial.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/u)) {
    const p = normalizeText(paragraph);
    if (p === '') continue;
    let start = 0;
    for (const m of p.matchAll(/[.!?]["”’)]*\s+(?=["“(]?[\p{Lu}\p{N}])/gu)) {
      const end = m.index + m[0].trimEnd().length;
      if (ABBREVIATION.test(p.slice(Math.max(start, end - 12), end))) continue;
      out.push(p.slice(start, end));
      start = m.index + m[0].length;
    }
    out.push(p.slice(start));
  }
  return out.filter((s) => s !== '');
}

export interface QuoteCandidate {
  /** The sentence, exactly as in the text (whitespace normalised). */
  quote: string;
  /** Paths of the facts it states, in the order of the facts. */
  states: string[];
}

/** The date context of an article for reading "(15/2)", "Juli mendatang" or "kemarin". */
export function dateContextOf(published: string): DateContext {
  const [y, m, d] = published.split('-');
  return { year: Number(y), ...(m ? { month: Number(m) } : {}), ...(d ? { day: Number(d) } : {}) };
}

/** The fact's path when the quote states it, else the paths of the parts of it the quote states. */
function statedPaths(fact: Fact, q: string, ctx: DateContext, content: LoadedContent): string[] {
  if (fact.check.kind === 'none') return [];
  if (quoteStates(fact, q, ctx, content)) return [fact.path];
  return (fact.parts ?? []).filter((p) => quoteStates(p, q, ctx, content)).map((p) => p.path);
}

/**
 * Paths of the facts a quote states, found as the check finds them: a fact
 * it states whole, or the parts of one it states (`period.start` from a
 * sentence that gives only the start). Facts the check cannot look for
 * (`scope.excludes`) are never listed; `status` is listed when the record's
 * `status` is given and the quote, which must state another fact of the
 * record, says it (./status.ts).
 */
export function statedFacts(
  quote: string,
  facts: readonly Fact[],
  ctx: DateContext,
  content: LoadedContent,
  status?: Cohort['status'],
): string[] {
  const q = normalizeText(quote);
  const stated = facts.flatMap((f) => statedPaths(f, q, ctx, content));
  const hasStatus = facts.some((f) => f.path === 'status');
  return hasStatus && status && stated.length > 0 && statesStatus(q, status)
    ? [...stated, 'status']
    : stated;
}

/**
 * Every sentence of `text` usable as a quote (long enough, and occurring
 * exactly once, so the checker can find it) that states at least one fact.
 */
export function quoteCandidates(
  text: string,
  facts: readonly Fact[],
  ctx: DateContext,
  content: LoadedContent,
  status?: Cohort['status'],
): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const sentence of splitSentences(text)) {
    if (visibleLength(sentence) < MIN_QUOTE_LETTERS || sentence.length > MAX_QUOTE) continue;
    if (findQuote(text, sentence).length !== 1) continue;
    const states = statedFacts(sentence, facts, ctx, content, status);
    if (states.length > 0) out.push({ quote: sentence, states });
  }
  return out;
}

/** Candidates stating the fact at `path`, those stating most other facts first. */
export function candidatesFor(
  path: string,
  candidates: readonly QuoteCandidate[],
): QuoteCandidate[] {
  return candidates
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.states.includes(path))
    .sort((a, b) => b.c.states.length - a.c.states.length || a.i - b.i)
    .map(({ c }) => c);
}
