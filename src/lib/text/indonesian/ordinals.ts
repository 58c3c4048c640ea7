/**
 * Ordinals in Indonesian text: the words "pertama" (first) to "kesepuluh"
 * (tenth) and "ke-" before digits ("ke-2", "ke 2"), each with its value, its
 * exact substring and offset, and the noun before it ("kali kedua" → "kali").
 */
import type { NumberMention } from './numbers.ts';

/** Ordinal words, "pertama" (first) to "kesepuluh" (tenth). */
export const ORDINAL_WORDS: readonly string[] = [
  'pertama',
  'kedua',
  'ketiga',
  'keempat',
  'kelima',
  'keenam',
  'ketujuh',
  'kedelapan',
  'kesembilan',
  'kesepuluh',
];

/** An ordinal written in the text, with the word before it when there is one. */
export interface OrdinalMention extends NumberMention {
  /** the word right before the ordinal, in lower case ("kali", "angkatan") */
  before?: string;
}

const ORDINAL = new RegExp(
  `(?<!\\p{L})(?:(${ORDINAL_WORDS.join('|')})|ke[-\\s]?(\\d+))(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Every ordinal in the text, in order. */
export function findOrdinals(text: string): OrdinalMention[] {
  const found: OrdinalMention[] = [];
  for (const m of text.matchAll(ORDINAL)) {
    const word = m[1]?.toLocaleLowerCase('id');
    const value = word === undefined ? Number(m[2]) : ORDINAL_WORDS.indexOf(word) + 1;
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
    found.push({
      value,
      text: m[0],
      index: m.index,
      ...(before === undefined ? {} : { before: before.toLocaleLowerCase('id') }),
    });
  }
  return found;
}
