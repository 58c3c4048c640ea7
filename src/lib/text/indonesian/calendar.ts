/**
 * Dates as they are read from text: a PartialDate is built only when it is a
 * real calendar date, and a year the text leaves out is taken from the
 * context (the article's publication date), the nearer year when the month
 * is known, or the one a cue word ("lalu", "mendatang") points to.
 */
import { isValidPartialDate } from '../../dates/partial-date.ts';

/** A calendar date known to year, month or day precision: "2023", "2023-03" or "2023-03-23". */
export type PartialDate = string;

/** The publication date of the article, used to complete "(15/2)" or "Juli". */
export interface DateContext {
  year?: number;
  month?: number;
}

/** Which way a cue word points from the context date: "Maret lalu" is past, "Juli mendatang" future. */
export type Direction = 'past' | 'future' | undefined;

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
 * Year of a month mentioned without one: the context year, moved to the
 * neighbouring year when the context month makes that the nearer reading
 * ("(28/12)" in a January article) or the cue word demands it ("Maret lalu").
 */
export function inferYear(
  month: number,
  ctx: DateContext | undefined,
  dir: Direction,
): number | undefined {
  const year = ctx?.year;
  if (year === undefined || !Number.isInteger(year)) return undefined;
  const current = ctx?.month;
  if (current === undefined || current < 1 || current > 12) return year;
  if (dir === 'past') return month > current ? year - 1 : year;
  if (dir === 'future') return month < current ? year + 1 : year;
  if (month - current > 6) return year - 1;
  if (current - month > 6) return year + 1;
  return year;
}
