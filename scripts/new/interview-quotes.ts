/**
 * Choosing quotes in the interview: for each value of a record, the sentences
 * of the article that state it are offered by number, so the editor picks
 * instead of copying by hand; a quote typed in full is checked at once and,
 * when it is not in the article, the closest passage is shown.
 */
import type { Fact } from '../../src/lib/check/facts.ts';
import { askText, type Prompter } from './ask.ts';
import { citeQuotes, quoteProblem, type CitationInput } from './citations.ts';
import { candidatesFor, quoteCandidates, type QuoteCandidate } from './quotes.ts';

/** Most sentences offered for one value. */
const SHOWN = 5;

/** A fact's value, for the question. */
export function factValue(fact: Fact): string {
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

/** Ask for a quote typed (pasted) in full, checked against the article. */
async function ownQuote(io: Prompter, input: CitationInput): Promise<string | undefined> {
  return askText(io, 'Tempel kutipan persis dari teks (Enter = lewati)', {
    check: (a) => {
      const problem = quoteProblem(input.text, a, input.article);
      return problem ? { ok: false, problem } : { ok: true, value: a };
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
  const candidates = candidatesFor(fact.path, all).slice(0, SHOWN);
  io.say(`\nKutipan untuk ${fact.path} = ${factValue(fact)}:`);
  if (candidates.length === 0)
    io.say('  (tidak ada kalimat yang menyebut nilai ini — no sentence states this value)');
  list(io, candidates);
  for (;;) {
    const answer = (await io.ask('Pilih nomor (Enter = lewati): '))?.trim();
    if (answer === undefined || answer === '') return undefined;
    if (answer === '0') return ownQuote(io, input);
    const chosen = /^\d+$/u.test(answer) ? candidates[Number(answer) - 1] : undefined;
    if (chosen) return chosen.quote;
    io.say(`  ✗ Ketik nomor 0–${candidates.length}. (Type a number 0–${candidates.length}.)`);
  }
}

/**
 * Quotes for every checkable fact of a new record, in order: a fact already
 * stated by a chosen quote is ticked off; for the others, the editor picks.
 */
export async function chooseQuotesPerFact(
  io: Prompter,
  given: readonly string[],
  input: CitationInput,
): Promise<string[]> {
  const chosen = [...given];
  const all = quoteCandidates(input.text, input.facts, input.ctx, input.content);
  for (const fact of input.facts) {
    if (fact.check.kind === 'none') continue;
    const cited = citeQuotes(chosen, input).citations;
    const by = cited.findIndex((c) => c.supports.includes(fact.path));
    if (by >= 0) {
      io.say(
        `  ✓ ${fact.path}: sudah didukung kutipan ${by + 1} (already supported by quote ${by + 1})`,
      );
      continue;
    }
    const quote = await quoteFor(io, fact, all, input);
    if (quote !== undefined) chosen.push(quote);
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
  const candidates = quoteCandidates(input.text, input.facts, input.ctx, input.content).slice(0, 9);
  io.say(
    "\nKalimat artikel yang menyebut nilai angkatan ini (sentences stating this cohort's values):",
  );
  list(io, candidates);
  for (;;) {
    const answer = (await io.ask('Pilih nomor, pisahkan dengan koma (mis. 1,3): '))?.trim();
    if (answer === undefined || answer === '') return [];
    if (answer === '0') {
      const own = await ownQuote(io, input);
      return own === undefined ? [] : [own];
    }
    const picked = answer.split(',').map((n) => candidates[Number(n.trim()) - 1]);
    if (picked.every((c) => c !== undefined)) return picked.map((c) => c.quote);
    io.say(
      `  ✗ Ketik nomor 1–${candidates.length}, dipisah koma. (Numbers 1–${candidates.length}, comma-separated.)`,
    );
  }
}

/** The one quote of a claim: a sentence stating its number, or one's own. */
export async function chooseClaimQuote(
  io: Prompter,
  input: CitationInput,
): Promise<string | undefined> {
  const value = input.facts.find((f) => f.path === 'value');
  if (!value) return undefined;
  return quoteFor(
    io,
    value,
    quoteCandidates(input.text, input.facts, input.ctx, input.content),
    input,
  );
}
