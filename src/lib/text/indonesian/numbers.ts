/**
 * Numbers in Indonesian news text, in digits ("1.000", "2,5", "3 juta") or
 * words ("dua puluh lima"), found with their exact substring and offset;
 * whether a passage states a count (not a day, month or clock time), and
 * whether it states an ordinal ("kali kedua", "ke-2").
 */
import { findDates } from './dates.ts';
import { SCALES, wordMentions } from './number-words.ts';
import { ORDINAL_WORDS } from './ordinals.ts';

/** A number written in the text, in digits ("1.000", "2,5", "3 juta") or words ("dua puluh lima"). */
export interface NumberMention {
  value: number;
  text: string;
  index: number;
}

/** Digits with "." thousands and "," decimals, and the scale word after them. */
const DIGIT_NUMBER =
  /(?<!\p{N})(?:(\d{1,3}(?:\.\d{3})+)|(\d+))(?:,(\d+)(?![\d:]))?(?!\p{N})(?:\s*(ribu|juta|miliar|milyar|triliun)(?!\p{L}))?/giu;

/** Numbers written in digits, with a scale word after them when there is one. */
function digitMentions(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const m of text.matchAll(DIGIT_NUMBER)) {
    const whole = (m[1] ?? m[2] ?? '').replaceAll('.', '');
    const fraction = m[3] ?? '';
    const scale = m[4] === undefined ? 1 : (SCALES.get(m[4].toLowerCase()) ?? 1);
    // Integer arithmetic first, so that "2,3 juta" is exactly 2300000.
    const value = (Number(whole + fraction) * scale) / 10 ** fraction.length;
    found.push({ value, text: m[0], index: m.index });
  }
  return found;
}

/**
 * Every number in the text, in order: digits with "." thousands separators and
 * "," decimals ("16.000", "2,5"), optionally followed by ribu/juta/miliar/triliun,
 * and number words from "nol" to the trillions ("dua ratus lima puluh", "seribu").
 * Parts of dates and times are returned too; `mentionsNumber` skips them.
 */
export function findNumbers(text: string): NumberMention[] {
  return [...digitMentions(text), ...wordMentions(text)].sort((a, b) => a.index - b.index);
}

/** "14:59", "14.59 WIB": clock times, which are not counts. */
export const TIME =
  /(?<!\p{N})\d{1,2}(?::\d{2}|\.\d{2}(?=\s*(?:WIB|WITA|WIT)(?!\p{L})))(?!\p{N})/gu;

/**
 * Whether the text states the number `n` as a count or amount: "25 orang ASN"
 * mentions 25, "250 orang" and "2025" do not, nor do days and months inside
 * dates ("25 Maret 2023", "(21/3)", "05-09-2022") or clock times. Years stay numbers.
 */
export function mentionsNumber(text: string, n: number): boolean {
  if (!Number.isFinite(n)) return false;
  const skipped: Array<readonly [number, number]> = [];
  // Any year will do to recognise "(21/3)" as a date; 2000 is a leap year.
  for (const d of findDates(text, { year: 2000 })) {
    if (d.start.length > 4) skipped.push([d.index, d.index + d.text.length]);
  }
  for (const t of text.matchAll(TIME)) skipped.push([t.index, t.index + t[0].length]);
  const isYear = (m: NumberMention): boolean => /^\d{4}$/u.test(m.text);
  const inSkipped = (m: NumberMention): boolean =>
    skipped.some(([s, e]) => m.index < e && s < m.index + m.text.length);
  return findNumbers(text).some((m) => m.value === n && (isYear(m) || !inSkipped(m)));
}

/** Whether the text states the ordinal `n` ("kedua", "ke-2", "ke 2"), as in "kali kedua". */
export function mentionsOrdinal(text: string, n: number): boolean {
  const word = ORDINAL_WORDS[n - 1];
  const folded = text.toLocaleLowerCase('id');
  if (word !== undefined && new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(folded))
    return true;
  return new RegExp(`(?<!\\p{L})ke[-\\s]?${n}(?!\\p{N})`, 'u').test(folded);
}
