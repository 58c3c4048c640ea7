/**
 * How a count that may leave some group's size unknown reads, decided in one
 * place for every page, chart, table and sentence: the number when it is
 * whole, a minimum ("sedikitnya 25", "25+?") when a group's size is unknown,
 * and "jumlah tidak diketahui" / "?" when nothing is known at all — never
 * "sedikitnya 0" or "0+?". Known group counts are at least 1, so a known sum
 * of 0 with a group of unknown size means that no number is known.
 */
import type { Lang } from '../../i18n/lang.ts';
import { recordText } from '../../i18n/records.ts';

/** A count and whether some group in it is of unknown size. */
export interface CountSum {
  /** Sum of the counts that are known. */
  known: number;
  /** Some group's size is unknown, so `known` is only a minimum. */
  hasUnknown: boolean;
}

/** What a count says: exactly n, at least n (n ≥ 1), or no number at all. */
export type CountReading =
  { kind: 'exact'; n: number } | { kind: 'at-least'; n: number } | { kind: 'unknown' };

/** The one decision: a minimum of 0 is no number at all. */
export function readCount(sum: CountSum): CountReading {
  if (!sum.hasUnknown) return { kind: 'exact', n: sum.known };
  return sum.known > 0 ? { kind: 'at-least', n: sum.known } : { kind: 'unknown' };
}

/** A count in words: "25", "sedikitnya 25" / "at least 25", "jumlah tidak diketahui" / "number not known". */
export function countWords(sum: CountSum, lang: Lang, format: (n: number) => string): string {
  const r = readCount(sum);
  if (r.kind === 'unknown') return recordText.countUnknown[lang];
  return r.kind === 'at-least' ? `${recordText.atLeast[lang]} ${format(r.n)}` : format(r.n);
}

/**
 * People in words: "25 peserta", "sedikitnya 25 peserta", and "peserta yang
 * jumlahnya tidak diketahui" / "participants of unknown number".
 * `people(n)` puts the formatted number with its noun ("25 peserta").
 */
export function peopleWords(
  sum: CountSum,
  lang: Lang,
  format: (n: number) => string,
  people: (n: string) => string,
): string {
  const r = readCount(sum);
  if (r.kind === 'unknown')
    return lang === 'id'
      ? 'peserta yang jumlahnya tidak diketahui'
      : 'participants of unknown number';
  const n = people(format(r.n));
  return r.kind === 'at-least' ? `${recordText.atLeast[lang]} ${n}` : n;
}

/** A count in a chart label or table cell: "25", "25+?" (a minimum), "?" (nothing known). */
export function countShort(
  sum: CountSum,
  format: (n: number) => string,
  marks: { suffix?: string; unknown?: string } = {},
): string {
  const r = readCount(sum);
  if (r.kind === 'unknown') return marks.unknown ?? '?';
  return r.kind === 'at-least' ? `${format(r.n)}${marks.suffix ?? '+?'}` : format(r.n);
}
