/**
 * Weekdays as Indonesian news text writes them before a date ("Senin
 * (15/10)", "Jumat malam (12/5)", "Rabu, 19 Agustus 2015"): the weekday of a
 * date, the weekday written right before a date mention, and the date of a
 * weekday nearest to a given day (for saying what a contradicting weekday
 * would mean). Names are read with a capital first letter, as a weekday is
 * written; "minggu" in lower case is a week, not Sunday.
 */
import type { PartialDate } from './calendar.ts';

/** Indonesian weekday names, Sunday first (the order of Date.getUTCDay). */
export const WEEKDAYS_ID: readonly string[] = Object.freeze([
  'Minggu',
  'Senin',
  'Selasa',
  'Rabu',
  'Kamis',
  'Jumat',
  'Sabtu',
]);

/** English weekday names, Sunday first. */
export const WEEKDAYS_EN: readonly string[] = Object.freeze([
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
]);

/** A weekday name as written, as a regex alternation (no capture group). */
export const WEEKDAY_NAME = "Minggu|Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Ahad";

/** The weekday (0 = Sunday) a written name stands for, read case-insensitively. */
export function weekdayNamed(name: string): number | undefined {
  const key = name.toLowerCase().replace(/['’]/gu, '');
  if (key === 'ahad') return 0;
  const i = WEEKDAYS_ID.findIndex((d) => d.toLowerCase() === key);
  return i < 0 ? undefined : i;
}

/** The weekday (0 = Sunday) of a day-precision date. */
export function weekdayOf(date: PartialDate): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** A weekday written right before a date: where it starts, its words and the day it names. */
export interface WrittenWeekday {
  index: number;
  text: string;
  day: number;
}

/** A weekday, then a part of the day, a comma, a bracket or "tanggal", up to the date. */
const BEFORE_DATE = new RegExp(
  `(?<!\\p{L})(${WEEKDAY_NAME})(?:\\s*,)?(?:\\s+(?:pagi|siang|sore|malam|petang|dini\\s+hari))?\\s*[,(]?\\s*(?:(?:tanggal|tgl\\.?)\\s+)?$`,
  'u',
);

/** The weekday written right before the date mention at `index`, if any. */
export function weekdayBefore(text: string, index: number): WrittenWeekday | undefined {
  const from = Math.max(0, index - 40);
  const m = BEFORE_DATE.exec(text.slice(from, index));
  const day = m?.[1] === undefined ? undefined : weekdayNamed(m[1]);
  if (!m || day === undefined) return undefined;
  return { index: from + m.index, text: m[1] ?? '', day };
}

/** The date nearest to `date` (within three days either side) that falls on `weekday`. */
export function nearestWeekday(date: PartialDate, weekday: number): PartialDate {
  const diff = (((weekday - weekdayOf(date)) % 7) + 10) % 7;
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + diff - 3)).toISOString().slice(0, 10);
}
