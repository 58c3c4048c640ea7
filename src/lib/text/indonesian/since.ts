/**
 * The start of a counted period as a statement writes it: "sejak 2016",
 * "semenjak tahun 2016", "mulai Maret 2016", "dari tahun 2016 hingga kini".
 * A year named otherwise ("pada 2016", "tahun 2016 lalu") starts nothing.
 */
import { findDates, type DateContext, type DateMention } from './dates.ts';

/** Words that open a period, with "awal" or "tahun" / "bulan" between them and the date. */
const SINCE_BEFORE =
  /(?<!\p{L})(?:sejak|semenjak|mulai|terhitung(?:\s+(?:sejak|mulai))?|dari|since|from)\s+(?:(?:awal|akhir|pertengahan)\s+)?(?:(?:tahun|bulan)\s+)?$/iu;

/** The dates the text gives as the start of a period, each with its words ("sejak tahun 2016"). */
export function findSince(text: string, ctx?: DateContext): DateMention[] {
  return findDates(text, ctx).flatMap((d) => {
    const m = SINCE_BEFORE.exec(text.slice(Math.max(0, d.index - 40), d.index));
    if (!m) return [];
    const index = d.index - m[0].length;
    return [{ ...d, index, text: text.slice(index, d.index + d.text.length) }];
  });
}

/** Whether the text gives `date` (a partial date) as the start of a period. */
export function statesSince(text: string, date: string, ctx?: DateContext): boolean {
  return findSince(text, ctx).some((d) => d.start.startsWith(date));
}
