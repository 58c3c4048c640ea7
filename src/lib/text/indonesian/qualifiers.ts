/**
 * The words written with a number that say how it is meant (its qualifier):
 * "sekitar 500" about, "hampir 500" almost (below it), "sedikitnya 25" at
 * least, "lebih dari 300" or "300 orang lebih" more than, "hingga 500" up
 * to (at most); a number with none of them is exact. Only words next to the
 * number count: "hingga saat ini, tercatat 300 orang" writes 300 as exact,
 * and "20 hingga 25 orang" is a range, which no qualifier reads.
 */
import { findNumbers, type NumberMention } from './numbers.ts';
import { unitOf } from './units.ts';

/** How a number is meant, by the words written with it. */
export type Qualifier = 'exact' | 'about' | 'almost' | 'at-least' | 'more-than' | 'up-to';

/** Words before a number that qualify it, by qualifier (Indonesian, then English). */
export const QUALIFIER_WORDS: Readonly<Record<Exclude<Qualifier, 'exact'>, readonly string[]>> = {
  about: [
    'sekitar',
    'kurang lebih',
    'lebih kurang',
    'kira-kira',
    'kisaran',
    'about',
    'around',
    'approximately',
  ],
  almost: ['hampir', 'nyaris', 'mendekati', 'almost', 'nearly'],
  'at-least': [
    'sedikitnya',
    'setidaknya',
    'sekurang-kurangnya',
    'paling sedikit',
    'minimal',
    'at least',
  ],
  'more-than': ['lebih dari', 'lebih daripada', 'di atas', 'melebihi', 'more than', 'over'],
  'up-to': [
    'tidak lebih dari',
    'paling banyak',
    'sebanyak-banyaknya',
    'maksimal',
    'hingga',
    'sampai dengan',
    'sampai',
    'up to',
  ],
};

/**
 * Every way a quote may write `value` with the qualifier, for a search of its
 * words: the words before a number, "lebih" after it (more than), "500-an"
 * (about). Only `qualifierOf` says whether they stand next to the number.
 */
export function qualifierWords(qualifier: Exclude<Qualifier, 'exact'>, value: number): string[] {
  const words = [...QUALIFIER_WORDS[qualifier]];
  if (qualifier === 'more-than') words.push('lebih');
  if (qualifier === 'about') words.push(`${value}-an`, `${value}an`);
  return words;
}

/** The qualifier a number is written with, and the words as they stand ("hampir 500"). */
export interface WrittenQualifier {
  qualifier: Qualifier;
  /** The number with its qualifying words, as written: "hampir 500", "300 orang lebih", "500". */
  text: string;
  index: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const BY_WORD = new Map<string, Qualifier>(
  Object.entries(QUALIFIER_WORDS).flatMap(([q, words]) =>
    words.map((w): [string, Qualifier] => [w, q as Qualifier]),
  ),
);

/**
 * A qualifying word right before a number, longest first so that "tidak
 * lebih dari" wins over "lebih dari"; "sebanyak" or "mencapai" may stand
 * between ("hampir sebanyak 500"). Signs: "± 500", "+/- 500", "~500".
 */
const BEFORE = new RegExp(
  `(?<![\\p{L}-])(${[...BY_WORD.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /gu, '\\s+'))
    .join('|')}|±|\\+/-|~)(?:\\s+(?:sebanyak|sejumlah|mencapai|berjumlah|total))?\\s*$`,
  'iu',
);

/** "500-an", "500an": a round number meant as about. */
const ROUND_AFTER = /^-?an(?!\p{L})/u;

/**
 * "lebih" after the number, or after its noun ("300 lebih", "300 orang
 * lebih"), then the end of the clause or the next word.
 */
const MORE_AFTER = /^(?:\s+([\p{L}-]+))?\s+lebih(?!\p{L})(?=\s*(?:[,.;:!?)"”’]|$)|\s+([\p{L}-]+))/u;

/** Words after "300 orang lebih" that keep "lebih" with the number, not a comparison ("lebih banyak"). */
const AFTER_MORE = new Set([
  'telah',
  'sudah',
  'yang',
  'dan',
  'ke',
  'di',
  'untuk',
  'itu',
  'tersebut',
]);

/** Whether the word is a noun a number counts (people, cohorts, years). */
const isUnit = (word: string): boolean => unitOf(word) !== undefined;

/** Whether the words before `at` end with a number: "20 hingga 25" is a range. */
function endsRange(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at).trimEnd();
  return findNumbers(before).some((n) => n.index + n.text.length === before.length);
}

/** Where the "lebih" after the number ends (more than), when it is not a comparison. */
function moreAfter(text: string, end: number): number | undefined {
  const m = MORE_AFTER.exec(text.slice(end));
  if (!m) return undefined;
  const [written, noun, next] = m;
  if (noun !== undefined && !isUnit(noun)) return undefined;
  if (next !== undefined && !isUnit(next) && !AFTER_MORE.has(next.toLocaleLowerCase('id')))
    return undefined;
  return end + written.length;
}

/**
 * How the text qualifies the number `m` (a mention found in `text`): exact
 * when no word qualifies it; undefined when the number ends a range ("20
 * hingga 25"), which states no single number.
 */
export function qualifierOf(text: string, m: NumberMention): WrittenQualifier | undefined {
  const end = m.index + m.text.length;
  const before = BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
  if (before) {
    const start = m.index - before[0].length;
    const word = (before[1] ?? '').toLocaleLowerCase('id').replace(/\s+/gu, ' ');
    const qualifier = BY_WORD.get(word) ?? 'about';
    const joins = word === 'hingga' || word.startsWith('sampai');
    if (joins && endsRange(text, start)) return undefined;
    return { qualifier, text: text.slice(start, end), index: start };
  }
  const round = ROUND_AFTER.exec(text.slice(end));
  if (round)
    return { qualifier: 'about', text: text.slice(m.index, end + round[0].length), index: m.index };
  const more = moreAfter(text, end);
  if (more !== undefined)
    return { qualifier: 'more-than', text: text.slice(m.index, more), index: m.index };
  return { qualifier: 'exact', text: m.text, index: m.index };
}
