/**
 * Dates known to year, month or day precision ("2023", "2023-03",
 * "2023-03-23"), as the sources give them. Comparisons only call two dates
 * ordered when every day they may stand for is ordered.
 */

export type Precision = 'year' | 'month' | 'day';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether the string is a real calendar date in one of the three forms. */
export function isValidPartialDate(value: string): boolean {
  const m = PATTERN.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

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
