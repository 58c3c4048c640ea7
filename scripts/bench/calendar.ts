/**
 * Calendar arithmetic on ISO dates ("2023-05-12") for the synthetic corpus,
 * in UTC so that the same seed gives the same dates in every time zone.
 */
import { MONTHS_ID } from '../../src/lib/text/indonesian.ts';

const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

/** Days since 1970-01-01 of an ISO date, and back. */
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** The ISO date `days` days after `iso` (before it when negative). */
export const addDays = (iso: string, days: number): string => isoOf(dayNumber(iso) + days);

/** Year, month and day of an ISO date, as numbers. */
export const parts = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
};

/** "Jumat, 12 Mei 2023" */
export const longDateId = (iso: string): string => {
  const [y, m, d] = parts(iso);
  const weekday = WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? '';
  return `${weekday}, ${d} ${MONTHS_ID[m - 1]} ${y}`;
};

/** Number of days in month `m` (1–12) of year `y`. */
export const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** `n` with leading zeros to `width` digits. */
export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
