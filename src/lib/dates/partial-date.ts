/**
 * Dates known to year, month or day precision ("2023", "2023-03",
 * "2023-03-23"), as the sources give them. Comparisons only call two dates
 * ordered when every day they may stand for is ordered.
 */

import { daysInMonth } from '../../schemas/partial-date.ts';

export { daysInMonth, isValidPartialDate } from '../../schemas/partial-date.ts';

export type Precision = 'year' | 'month' | 'day';

/** The precision a valid partial date is written to. */
export function precisionOf(value: string): Precision {
  const parts = value.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** First day the date may stand for, as YYYY-MM-DD. */
export function earliestDay(value: string): string {
  const [y, m = '01', d = '01'] = value.split('-');
  return `${y}-${m}-${d}`;
}

/** Last day the date may stand for, as YYYY-MM-DD. */
export function latestDay(value: string): string {
  const [y = '', m, d] = value.split('-');
  if (m === undefined) return `${y}-12-31`;
  if (d !== undefined) return value;
  return `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`;
}

/** True only when every day `a` may stand for comes before every day of `b`. */
export function isDefinitelyBefore(a: string, b: string): boolean {
  return latestDay(a) < earliestDay(b);
}

/** Sort key: earliest day, then coarser precision first. */
export function compareDates(a: string, b: string): number {
  const byDay = earliestDay(a).localeCompare(earliestDay(b));
  return byDay !== 0 ? byDay : a.length - b.length;
}

/** Year of a partial date. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}
