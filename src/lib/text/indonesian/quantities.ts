/**
 * What each number in Indonesian news text is: a head-count ("25 orang",
 * "25 ASN", "sebanyak 25"), a number of cohorts ("6 angkatan"), a duration
 * ("10 tahun", "satu dasawarsa"), a year, part of a date or clock time, an
 * ordinal ("kali kedua", "ke-2"), money, a percentage, part of a larger
 * number ("40,000"), a count of something else ("5 negara") or a bare
 * number. Whether a text states a value as a given measure follows from it.
 */
import { findDates } from './dates.ts';
import { findNumbers, TIME, type NumberMention } from './numbers.ts';
import { findOrdinals } from './ordinals.ts';
import {
  COUNT_CUE,
  MONEY_AFTER,
  MONEY_BEFORE,
  ORDINAL_BEFORE,
  PERCENT_AFTER,
  unitOf,
  yearsPer,
} from './units.ts';

/** What a number in the text is. */
export type NumberRole =
  | 'people'
  | 'cohorts'
  | 'duration'
  | 'year'
  | 'date'
  | 'time'
  | 'ordinal'
  | 'money'
  | 'percent'
  | 'part'
  | 'thing'
  | 'bare';

/** A number in the text and what it is. */
export interface NumberReading extends NumberMention {
  role: NumberRole;
  /** the noun that says what is counted ("orang", "angkatan", "tahun", "negara"); for an ordinal, the noun before it ("kali") */
  unit?: string;
  /** a duration's length in whole years ("10 tahun" → 10, "satu dasawarsa" → 10) */
  years?: number;
}

/** What a fact's number measures: people, cohorts, a length in years, or a calendar year. */
export type Measure = 'people' | 'cohorts' | 'years' | 'year';

/** "sepekan", "setahun", "sedasawarsa": one unit of time written as one word. */
const ONE_UNIT =
  /(?<!\p{L})se(tahun|dekade|dasawarsa|windu|abad|semester|bulan|pekan|minggu|hari|malam)(?!\p{L})/giu;

/** "-an" or "lebih" between a number and its noun: "500-an orang", "300 lebih ASN". */
const ROUND_OR_MORE = /^(?:-?an(?!\p{L})|\s+lebih(?=\s+\p{L}))/u;

/** Nouns before an ordinal that make it the n-th cohort: "kali kedua", "angkatan ke-2". */
const OCCURRENCES = new Set(['kali', 'angkatan', 'batch', 'gelombang', 'kloter']);

/** The spans of dates and of clock times in the text. */
function spans(text: string): { dates: Span[]; times: Span[] } {
  // Any year will do to recognise "(21/3)" as a date.
  const dates = findDates(text, { year: 2000 }).map((d): Span => [
    d.index,
    d.index + d.text.length,
  ]);
  const times = [...text.matchAll(TIME)].map((t): Span => [t.index, t.index + t[0].length]);
  return { dates, times };
}

type Span = readonly [number, number];

/** The role of a number that is not part of a date, read from the words around it. */
function roleByWords(text: string, m: NumberMention): Omit<NumberReading, keyof NumberMention> {
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  const after = text.slice(m.index + m.text.length);
  if (/^\d+,\d{3}$/u.test(m.text) || /\d[.,]$/u.test(before) || /^[.,]\d/u.test(after))
    return { role: 'part' };
  if (ORDINAL_BEFORE.test(before)) {
    const noun = /(\p{L}+)\s+ke[-\s]?$/iu.exec(before)?.[1]?.toLocaleLowerCase('id');
    return { role: 'ordinal', ...(noun === undefined ? {} : { unit: noun }) };
  }
  if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(after)) return { role: 'money' };
  if (PERCENT_AFTER.test(after)) return { role: 'percent' };
  // The noun after a qualifying ending or "lebih": "500-an orang", "300 lebih ASN".
  const noun = after.replace(ROUND_OR_MORE, '');
  const word = /^\s*([\p{L}][\p{L}-]*)/u.exec(noun)?.[1];
  const unit = word === undefined ? undefined : unitOf(word);
  if (word !== undefined && unit === 'duration') {
    const perYear = yearsPer(word);
    return {
      role: 'duration',
      unit: word,
      ...(perYear === undefined ? {} : { years: m.value * perYear }),
    };
  }
  if (word !== undefined && unit !== undefined) return { role: unit, unit: word };
  if (COUNT_CUE.test(before)) return { role: 'people' };
  return { role: 'bare' };
}

/** One unit of time written as a single "se-" word. */
function oneUnitReadings(text: string): NumberReading[] {
  return [...text.matchAll(ONE_UNIT)].map((m) => {
    const unit = (m[1] ?? '').toLocaleLowerCase('id');
    const perYear = yearsPer(unit);
    return {
      value: 1,
      text: m[0],
      index: m.index,
      role: 'duration',
      unit,
      ...(perYear === undefined ? {} : { years: perYear }),
    };
  });
}

/**
 * Every number and ordinal in the text with what it is, in order. A four-digit
 * number that the date reader takes for a year is a year: Indonesian text
 * writes a head-count of that size with a thousands dot ("2.016 orang").
 */
export function readNumbers(text: string): NumberReading[] {
  const { dates, times } = spans(text);
  const inSpan = (m: NumberMention, within: Span[]): boolean =>
    within.some(([s, e]) => m.index < e && s < m.index + m.text.length);
  const numbers: NumberReading[] = findNumbers(text).map((m) => {
    if (inSpan(m, times)) return { ...m, role: 'time' };
    if (inSpan(m, dates)) return { ...m, role: /^\d{4}$/u.test(m.text) ? 'year' : 'date' };
    return { ...m, ...roleByWords(text, m) };
  });
  // Digits after "ke-" are read with the numbers above; the words here.
  const ordinals: NumberReading[] = findOrdinals(text)
    .filter((o) => !/\d$/u.test(o.text))
    .map((o) => ({ ...o, role: 'ordinal', ...(o.before ? { unit: o.before } : {}) }));
  return [...numbers, ...ordinals, ...oneUnitReadings(text)].sort((a, b) => a.index - b.index);
}

/** Whether a reading states `n` as the measure. */
export function readsAs(r: NumberReading, n: number, measure: Measure): boolean {
  switch (measure) {
    case 'people':
      return r.role === 'people' && r.value === n;
    case 'cohorts':
      // The n-th cohort ("angkatan ke-6", "kali kedua") states that there have been n.
      return (
        r.value === n &&
        (r.role === 'cohorts' || (r.role === 'ordinal' && OCCURRENCES.has(r.unit ?? '')))
      );
    case 'years':
      return r.role === 'duration' && r.years === n;
    case 'year':
      return r.role === 'year' && r.value === n;
  }
}

/** Whether the text states `n` as the measure: "25 orang" states 25 people, "tahun 2025" does not. */
export function statesQuantity(text: string, n: number, measure: Measure): boolean {
  return readNumbers(text).some((r) => readsAs(r, n, measure));
}
