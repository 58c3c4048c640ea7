/**
 * Choosing quotes in the interview: for each value of a record, the sentences
 * of the article that state it are offered by number, so the editor picks
 * instead of copying by hand; a quote typed in full is checked at once — it
 * must occur once in the article and state the value — and, when it is not
 * in the article, the closest passage is shown. A value no one sentence
 * states whole (a period whose start and end are in two sentences) is asked
 * part by part. How a chosen quote's dates were read is said back.
 */
import { covers } from '../../src/lib/check/fact-parts.ts';
import type { Fact } from '../../src/lib/check/facts.ts';
import { askText, type Prompter } from './ask.ts';
import { citeQuotes, quoteProblem, type CitationInput } from './citations.ts';
import { echoDates } from './echo-dates.ts';
import { candidatesFor, quoteCandidates, statedFacts, type QuoteCandidate } from './quotes.ts';
import { STATUS_HINT } from './status.ts';

/** Most sentences offered for one value. */
const SHOWN = 5;

/** Whether the interview asks a quote for this fact (every fact but `scope.excludes`). */
export function quoted(fact: Fact): boolean {
  return fact.check.kind !== 'none' || fact.path === 'status';
}

/** Candidate sentences of the article for `input`, with the record's status. */
function candidates(input: CitationInput): QuoteCandidate[] {
  return quoteCandidates(input.text, input.facts, input.ctx, input.content, input.status);
}

/** A fact's value, for the question. */
export function factValue(fact: Fact, input?: CitationInput): string {
  if (fact.path === 'status' && input?.status)
    return `${input.status} (kalimat seperti ${STATUS_HINT[input.status]})`;
  const c = fact.check;
  switch (c.kind) {
    case 'number':
      return String(c.value);
    case 'period':
      return c.end ? `${c.start} – ${c.end}` : c.start;
    case 'date':
    case 'text':
      return c.value;
    case 'term':
      return c.key;
    case 'list':
      return c.items.join('; ');
    case 'words':
      return c.words.join(' / ');
    case 'none':
      return '';
  }
}

/**
 * Ask for a quote typed (pasted) in full, checked against the article: it
 * must occur there once and state `fact` (any of the record's facts when
 * none is named).
 */
async function ownQuote(
  io: Prompter,
  input: CitationInput,
  fact?: Fact,
): Promise<string | undefined> {
  return askText(io, 'Tempel kutipan persis dari teks (Enter = lewati)', {
    check: (a) => {
      const problem = quoteProblem(input.text, a, input.article, input.unquotedTitle);
      if (problem) return { ok: false, problem };
      const states = statedFacts(a, input.facts, input.ctx, input.content, input.status);
      if (fact ? states.includes(fact.path) : states.length > 0) return { ok: true, value: a };
      const what = fact ? `${fact.path} = ${factValue(fact, input)}` : 'nilai mana pun';
      return {
        ok: false,
        problem: {
          id: `Kutipan ini ada di artikel, tetapi tidak menyebut ${what}${states.length ? ` (yang disebutnya: ${states.join(', ')})` : ''}. Pilih kalimat yang menyebutnya.`,
          en: `This passage is in the article but does not state ${fact ? fact.path : 'any value'}. Choose a sentence that states it.`,
        },
      };
    },
  });
}

function list(io: Prompter, candidates: readonly QuoteCandidate[]): void {
  candidates.forEach((c, i) => io.say(`  ${i + 1}) «${c.quote}»\n     → ${c.states.join(', ')}`));
  io.say('  0) tulis/tempel kutipan sendiri (type or paste your own)');
}

/** One quote for one fact: a listed sentence, one's own, or none (Enter). */
async function quoteFor(
  io: Prompter,
  fact: Fact,
  all: readonly QuoteCandidate[],
  input: CitationInput,
): Promise<string | undefined> {
  const offered = candidatesFor(fact.path, all).slice(0, SHOWN);
  io.say(`\nKutipan untuk ${fact.path} = ${factValue(fact, input)}:`);
  if (offered.length === 0)
    io.say('  (tidak ada kalimat yang menyebut nilai ini — no sentence states this value)');
  list(io, offered);
  for (;;) {
    const answer = (await io.ask('Pilih nomor (Enter = lewati): '))?.trim();
    if (answer === undefined || answer === '') return undefined;
    if (answer === '0') return ownQuote(io, input, fact);
    const chosen = /^\d+$/u.test(answer) ? offered[Number(answer) - 1] : undefined;
    if (chosen) return chosen.quote;
    io.say(`  ✗ Ketik nomor 0–${offered.length}. (Type a number 0–${offered.length}.)`);
  }
}

/** The numbers (1-based) of the chosen quotes that support a fact, whole or in part, when together they cover it. */
function supportedBy(fact: Fact, chosen: readonly string[], input: CitationInput): number[] {
  const cited = citeQuotes(chosen, input).citations;
  const paths = [fact.path, ...(fact.parts ?? []).map((p) => p.path)];
  if (!covers(new Set(cited.flatMap((c) => c.supports)), fact)) return [];
  return cited.flatMap((c, i) => (c.supports.some((p) => paths.includes(p)) ? [i + 1] : []));
}

/** Add a chosen quote at once (so an interrupted session keeps it), and say how its dates were read. */
function keep(io: Prompter, chosen: string[], quote: string | undefined, input: CitationInput) {
  if (quote === undefined) return;
  chosen.push(quote);
  echoDates(io, quote, input);
}

/**
 * Quotes for every checkable fact of a new record, in order: a fact already
 * stated by the quotes in `chosen` is ticked off; for the others, the editor
 * picks, and each quote is added to `chosen` at once. A fact with parts that
 * no sentence states whole is asked part by part.
 */
export async function chooseQuotesPerFact(
  io: Prompter,
  chosen: string[],
  input: CitationInput,
): Promise<string[]> {
  const all = candidates(input);
  for (const fact of input.facts) {
    if (!quoted(fact)) continue;
    const by = supportedBy(fact, chosen, input).join(', ');
    if (by !== '') {
      io.say(`  ✓ ${fact.path}: sudah didukung kutipan ${by} (already supported by quote ${by})`);
      continue;
    }
    const parts = fact.parts ?? [];
    if (parts.length < 2 || candidatesFor(fact.path, all).length > 0) {
      keep(io, chosen, await quoteFor(io, fact, all, input), input);
      continue;
    }
    io.say(
      `\nTidak ada satu kalimat yang menyebut ${fact.path} seluruhnya: pilih kutipan untuk setiap bagiannya. (No one sentence states all of ${fact.path}: choose a quote for each part.)`,
    );
    for (const part of parts) {
      if (supportedBy(part, chosen, input).length === 0)
        keep(io, chosen, await quoteFor(io, part, all, input), input);
    }
  }
  return chosen;
}

/** Quotes for an existing record: any number of listed sentences ("1,3"), or one's own. */
export async function chooseQuotes(
  io: Prompter,
  given: readonly string[],
  input: CitationInput,
): Promise<string[]> {
  if (given.length > 0) return [...given];
  const offered = candidates(input).slice(0, 9);
  io.say(
    "\nKalimat artikel yang menyebut nilai angkatan ini (sentences stating this cohort's values):",
  );
  list(io, offered);
  for (;;) {
    const answer = (await io.ask('Pilih nomor, pisahkan dengan koma (mis. 1,3): '))?.trim();
    if (answer === undefined || answer === '') return [];
    if (answer === '0') {
      const own = await ownQuote(io, input);
      if (own !== undefined) echoDates(io, own, input);
      return own === undefined ? [] : [own];
    }
    const picked = answer.split(',').map((n) => offered[Number(n.trim()) - 1]);
    if (picked.every((c) => c !== undefined)) {
      for (const c of picked) echoDates(io, c.quote, input);
      return picked.map((c) => c.quote);
    }
    io.say(
      `  ✗ Ketik nomor 1–${offered.length}, dipisah koma. (Numbers 1–${offered.length}, comma-separated.)`,
    );
  }
}
