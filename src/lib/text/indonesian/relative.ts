/**
 * Dates written relative to the article's publication date: the day words
 * ("hari ini", "kemarin", "besok", "lusa") counted from the publication day,
 * and the year of a day or month read with a cue word after it ("1 Juli
 * mendatang", "tanggal 1 Juli besok", "Juli lalu"): the first such date on
 * or after (on or before) the publication date. A day word needs the
 * publication date to the day; a cue word needs it to the month. A day word
 * right after a month, a weekday, a year or a bracket is a cue of that date
 * ("Juli kemarin", "Senin besok"), not a day of its own.
 */
import { dateOf, type DateContext, type PartialDate } from './calendar.ts';
import { MONTH_NAME } from './months.ts';
import { WEEKDAY_NAME } from './weekdays.ts';

/** The day words and their distance in days from the publication day. */
const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['hari ini', 0],
  ['pagi ini', 0],
  ['siang ini', 0],
  ['sore ini', 0],
  ['malam ini', 0],
  ['kemarin lusa', -2],
  ['kemarin', -1],
  ['besok', 1],
  ['esok', 1],
  ['esok hari', 1],
  ['lusa', 2],
]);

/** A day word: one capture group. */
export const DAY_WORD =
  /(?<![\p{L}\p{N}])(hari\s+ini|(?:pagi|siang|sore|malam)\s+ini|kemarin\s+lusa|kemarin|esok\s+hari|besok|esok|lusa)(?![\p{L}\p{N}])/giu;

/** What before a day word makes it a cue of another date, not a day. */
const CUE_OF_DATE = new RegExp(
  `(?:(?<!\\p{L})(?:${MONTH_NAME}|${WEEKDAY_NAME}|tahun|bulan|pekan|minggu|pagi|siang|sore|malam|petang)|[\\p{N})])[\\s,]*$`,
  'iu',
);

/** Words after a date that point from the publication date, and which way. */
const CUE_AFTER =
  /^\s+(lalu|kemarin|silam|yang\s+lalu|mendatang|depan|nanti|besok|yang\s+akan\s+datang|ini)(?!\p{L})/iu;
const PAST_CUES = new Set(['lalu', 'kemarin', 'silam', 'yang lalu']);

/** A cue word after a date: its words and direction (none for "ini": the nearest). */
export interface Cue {
  words: string;
  dir: 'past' | 'future' | undefined;
}

/** The cue word right after `end` in `text`, if any. */
export function cueAfter(text: string, end: number): Cue | undefined {
  const m = CUE_AFTER.exec(text.slice(end));
  const words = m?.[1]?.toLowerCase().replace(/\s+/gu, ' ');
  if (words === undefined) return undefined;
  if (words === 'ini') return { words, dir: undefined };
  return { words, dir: PAST_CUES.has(words) ? 'past' : 'future' };
}

/** The days a day word counts from the publication day; undefined when it is a cue of another date. */
export function dayWordOffset(m: RegExpExecArray, text: string): number | undefined {
  if (CUE_OF_DATE.test(text.slice(Math.max(0, m.index - 30), m.index))) return undefined;
  return DAY_WORDS.get((m[1] ?? '').toLowerCase().replace(/\s+/gu, ' '));
}

/** The publication date to the day, when the context knows it. */
export function publicationDay(ctx: DateContext | undefined): PartialDate | undefined {
  if (ctx?.year === undefined || ctx.month === undefined || ctx.day === undefined) return undefined;
  return dateOf(ctx.year, ctx.month, ctx.day);
}

/** The publication date to the precision the context knows it. */
export function publicationDate(ctx: DateContext | undefined): PartialDate | undefined {
  if (ctx?.year === undefined) return undefined;
  return dateOf(ctx.year, ctx.month, ctx.month === undefined ? undefined : ctx.day);
}

/** A day-precision date moved by `days` days. */
export function shiftDays(date: PartialDate, days: number): PartialDate {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The year of `month` (and `day`) read with a cue word: the first such date
 * on or after the publication date (`future`), or on or before it (`past`).
 * Undefined when the context does not know the publication month; the day
 * decides only when both the text and the context give one.
 */
export function yearToward(
  month: number,
  day: number | undefined,
  ctx: DateContext | undefined,
  dir: 'past' | 'future',
): number | undefined {
  const year = ctx?.year;
  const current = ctx?.month;
  if (year === undefined || current === undefined || current < 1 || current > 12) return undefined;
  const withDay = day !== undefined && ctx?.day !== undefined;
  const here = current * 100 + (withDay ? (ctx.day ?? 0) : 0);
  const there = month * 100 + (withDay ? day : 0);
  if (dir === 'future') return there >= here ? year : year + 1;
  return there <= here ? year : year - 1;
}
