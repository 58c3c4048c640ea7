/**
 * Dates as they are read from text: a PartialDate is built only when it is a
 * real calendar date, and a year the text leaves out is taken from the
 * context (the article's publication date), the nearer year when the month
 * is known. How such a date was completed is kept as its `Reading`.
 */
import { isValidPartialDate } from '../../dates/partial-date.ts';

/** A calendar date known to year, month or day precision: "2023", "2023-03" or "2023-03-23". */
export type PartialDate = string;

/** The publication date of the article, used to complete "(15/2)", "Juli lalu" or "kemarin". */
export interface DateContext {
  year?: number;
  month?: number;
  day?: number;
}

/**
 * How a date the text does not write in full was completed from the
 * publication date: its year taken as the nearest (`year`), a day word
 * counted from the publication day (`days`: "kemarin" is -1), or a cue word
 * pointing to the first such date after or before it (`cue`: "mendatang").
 */
export type Reading =
  { kind: 'year' } | { kind: 'days'; days: number } | { kind: 'after' | 'before'; cue: string };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" when that is a real date, else undefined. */
export function dateOf(year: number, month?: number, day?: number): PartialDate | undefined {
  let s = String(year).padStart(4, '0');
  if (month !== undefined) s += `-${pad(month)}`;
  if (month !== undefined && day !== undefined) s += `-${pad(day)}`;
  return isValidPartialDate(s) ? s : undefined;
}

/**
 * Year of a month mentioned without one and without a cue word: the context
 * year, moved to the neighbouring year when the context month makes that the
 * nearer reading ("(28/12)" in a January article). A cue word ("Maret lalu")
 * is read by `yearToward` (./relative.ts).
 */
export function inferYear(month: number, ctx: DateContext | undefined): number | undefined {
  const year = ctx?.year;
  if (year === undefined || !Number.isInteger(year)) return undefined;
  const current = ctx?.month;
  if (current === undefined || current < 1 || current > 12) return year;
  if (month - current > 6) return year - 1;
  if (current - month > 6) return year + 1;
  return year;
}
