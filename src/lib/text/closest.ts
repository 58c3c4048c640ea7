/**
 * The passage of an article closest to a quote that was not found in it, and
 * where the two differ — so an error can say "the text has 25, the quote 26"
 * instead of only "not found". Pure, and bounded: the work grows linearly
 * with the article and at most quadratically with a capped quote length, so a
 * 256 kB article and a 2,000-character quote stay fast.
 */
import { foldForSearch, normalizeText } from './normalize.ts';

/** Quote words beyond this many are not aligned (a quote is at most 2,000 characters). */
const MAX_QUOTE_WORDS = 400;
/** Text words beyond this many are not searched (a content file is at most 256 KiB). */
const MAX_TEXT_WORDS = 80_000;
/** Extra text words on each side of the best window that the alignment may use. */
const SLACK = 8;
/** A passage sharing fewer than this share of the quote's words is not "close". */
const MIN_OVERLAP = 0.4;
/**
 * Alignment costs. A word written differently only in case or punctuation is
 * a small change. A quote word missing from the text costs more than a text
 * word missing from the quote, and a different word more than either, so a
 * passage with a few extra words beats a shifted one with words replaced.
 */
const COST_NEAR = 1;
const COST_INS = 2;
const COST_DEL = 3;
const COST_OTHER = 4;

export interface Difference {
  /** The quote's words at the difference (empty when the text has words the quote lacks). */
  quote: string;
  /** The text's words at the same place (empty when the quote has words the text lacks). */
  text: string;
}

export interface ClosestPassage {
  /** The passage of the normalised text, exactly as it stands there. */
  passage: string;
  /** Offset of the passage in the normalised text. */
  index: number;
  /** Every place where quote and passage differ, in order, each with one word of context. */
  differences: Difference[];
}

interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
}

function words(text: string, limit: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/\S+/gu)) {
    if (out.length >= limit) break;
    out.push({
      text: m[0],
      // The full fold (accents) only where needed: it is the costly part on a long text.
      key: (/[^ -~]/u.test(m[0]) ? foldForSearch(m[0]) : m[0].toLowerCase()).replace(
        /[^\p{L}\p{N}]+/gu,
        '',
      ),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** Start of the window of `size` text words sharing the most words (as a multiset) with the quote. */
function bestWindow(text: Word[], quote: Word[]): { start: number; shared: number } {
  const wanted = new Map<string, number>();
  for (const w of quote) wanted.set(w.key, (wanted.get(w.key) ?? 0) + 1);
  const have = new Map<string, number>();
  let shared = 0;
  const add = (key: string, delta: 1 | -1): void => {
    const before = have.get(key) ?? 0;
    const want = wanted.get(key) ?? 0;
    const after = before + delta;
    have.set(key, after);
    shared += Math.min(after, want) - Math.min(before, want);
  };
  const size = Math.min(quote.length, text.length);
  let best = { start: 0, shared: -1 };
  for (let i = 0; i < text.length; i++) {
    add(text[i]?.key ?? '', 1);
    if (i >= size) add(text[i - size]?.key ?? '', -1);
    if (i >= size - 1 && shared > best.shared) best = { start: i - size + 1, shared };
  }
  return best;
}

type Op = 'same' | 'sub' | 'del' | 'ins';

/**
 * Cost of reading quote word `a` as text word `b`. A quote may start or end
 * inside a word ("Contoh" ends the quote, "Contoh," stands in the text), so its
 * first word may be the end of a text word and its last word the start of one.
 */
function subCost(a: Word | undefined, b: Word | undefined, first: boolean, last: boolean): number {
  if (a === undefined || b === undefined) return COST_OTHER;
  if (a.text === b.text) return 0;
  if ((first && b.text.endsWith(a.text)) || (last && b.text.startsWith(a.text))) return 0;
  return a.key === b.key ? COST_NEAR : COST_OTHER;
}

/**
 * Align every quote word against a stretch of text words whose ends are free
 * (semi-global alignment), returning the operations from first to last.
 * `del`: a quote word the text lacks; `ins`: a text word the quote lacks.
 * Of equally good alignments, the one covering more text is kept.
 */
function align(q: Word[], t: Word[]): { ops: Op[]; from: number; to: number } {
  const n = q.length;
  const m = t.length;
  // cost[i][j]: quote words < i aligned, ending just before text word j.
  const cost: Uint32Array[] = [new Uint32Array(m + 1)];
  for (let i = 1; i <= n; i++) {
    const prev = cost[i - 1] as Uint32Array;
    const row = new Uint32Array(m + 1);
    row[0] = (prev[0] ?? 0) + COST_DEL;
    for (let j = 1; j <= m; j++) {
      row[j] = Math.min(
        (prev[j] ?? 0) + COST_DEL,
        (row[j - 1] ?? 0) + COST_INS,
        (prev[j - 1] ?? 0) + subCost(q[i - 1], t[j - 1], i === 1, i === n),
      );
    }
    cost.push(row);
  }
  const last = cost[n] as Uint32Array;
  let j = 0;
  for (let k = 1; k <= m; k++) if ((last[k] ?? 0) <= (last[j] ?? 0)) j = k;
  const to = j;
  const ops: Op[] = [];
  let i = n;
  while (i > 0) {
    const here = cost[i]?.[j] ?? 0;
    const prev = cost[i - 1] as Uint32Array;
    const sub = j > 0 ? subCost(q[i - 1], t[j - 1], i === 1, i === n) : Infinity;
    if (j > 0 && here === (prev[j - 1] ?? 0) + sub) {
      ops.push(sub === 0 ? 'same' : 'sub');
      i -= 1;
      j -= 1;
    } else if (here === (prev[j] ?? 0) + COST_DEL) {
      ops.push('del');
      i -= 1;
    } else {
      ops.push('ins');
      j -= 1;
    }
  }
  return { ops: ops.reverse(), from: j, to };
}

/** Group the differing runs of an alignment, each with the next (or previous) shared word. */
function differences(ops: Op[], q: Word[], t: Word[]): Difference[] {
  const out: Difference[] = [];
  let qi = 0;
  let ti = 0;
  let k = 0;
  while (k < ops.length) {
    if (ops[k] === 'same') {
      qi += 1;
      ti += 1;
      k += 1;
      continue;
    }
    const qs = qi;
    const ts = ti;
    while (k < ops.length && ops[k] !== 'same') {
      if (ops[k] !== 'ins') qi += 1;
      if (ops[k] !== 'del') ti += 1;
      k += 1;
    }
    // One shared word of context: the next one, or the previous one at the very end.
    const after = k < ops.length;
    const qWords = q.slice(qs, qi).map((w) => w.text);
    const tWords = t.slice(ts, ti).map((w) => w.text);
    const qContext = after ? q[qi]?.text : q[qs - 1]?.text;
    const tContext = after ? t[ti]?.text : t[ts - 1]?.text;
    const join = (run: string[], context: string | undefined): string =>
      (context === undefined ? run : after ? [...run, context] : [context, ...run]).join(' ');
    out.push({ quote: join(qWords, qContext), text: join(tWords, tContext) });
  }
  return out;
}

/**
 * The passage of `text` closest to `quote`, or undefined when no passage
 * shares enough words with it (or the quote is empty). Both are compared
 * after whitespace normalisation, as quotes are matched; case and
 * punctuation count as differences, because they make a quote not match.
 */
export function closestPassage(text: string, quote: string): ClosestPassage | undefined {
  const normText = normalizeText(text);
  const q = words(normalizeText(quote), MAX_QUOTE_WORDS);
  const t = words(normText, MAX_TEXT_WORDS);
  if (q.length === 0 || t.length === 0) return undefined;
  const window = bestWindow(t, q);
  if (window.shared < Math.max(1, Math.ceil(q.length * MIN_OVERLAP))) return undefined;
  const lo = Math.max(0, window.start - SLACK);
  const region = t.slice(lo, Math.min(t.length, window.start + q.length + SLACK));
  const { ops, from, to } = align(q, region);
  const first = region[from];
  const last = region[to - 1];
  if (first === undefined || last === undefined) return undefined;
  // A quote that starts or ends inside a word: the passage does too.
  const qFirst = q[0]?.text ?? '';
  const qLast = q.at(-1)?.text ?? '';
  const startsInside = ops[0] === 'same' && first.text !== qFirst;
  const endsInside = ops.at(-1) === 'same' && last.text !== qLast && q.length > 1;
  const start = startsInside ? first.end - qFirst.length : first.start;
  const end = endsInside ? last.start + qLast.length : last.end;
  return {
    passage: normText.slice(start, end),
    index: start,
    differences: differences(ops, q, region.slice(from, to)),
  };
}
