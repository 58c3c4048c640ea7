/**
 * What a valid partial date is: a real calendar date known to the year
 * ("2023"), the month ("2023-03") or the day ("2023-03-23"). The schemas
 * validate with it; src/lib/dates builds comparisons and labels on it.
 */

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
