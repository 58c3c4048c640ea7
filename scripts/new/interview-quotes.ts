/**
 * Choosing quotes in the interview: for each value of a record, the sentences
 * of the article that state it are offered by number, so the editor picks
 * instead of copying by hand; a quote typed in full is checked at once — it
 * must occur once in the article and state the value — and, when it is not
 * in the article, the closest passage is shown.
 */
import type { Fact } from '../../src/lib/check/facts.ts';
import { askText, type Prompter } from './ask.ts';
import { citeQuotes, quoteProblem, type CitationInput } from './citations.ts';
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

/**
 * Quotes for every checkable fact of a new record, in order: a fact already
 * stated by a quote in `chosen` is ticked off; for the others, the editor
 * picks, and each quote is added to `chosen` at once (so an interrupted
 * session keeps it).
 */
export async function chooseQuotesPerFact(
  io: Prompter,
  chosen: string[],
  input: CitationInput,
): Promise<string[]> {
  const all = candidates(input);
  for (const fact of input.facts) {
    if (!quoted(fact)) continue;
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
      return own === undefined ? [] : [own];
    }
    const picked = answer.split(',').map((n) => offered[Number(n.trim()) - 1]);
    if (picked.every((c) => c !== undefined)) return picked.map((c) => c.quote);
    io.say(
      `  ✗ Ketik nomor 1–${offered.length}, dipisah koma. (Numbers 1–${offered.length}, comma-separated.)`,
    );
  }
}
