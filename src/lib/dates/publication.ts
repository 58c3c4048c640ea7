/**
 * When an article was published, as far as it is known: a date to the day,
 * month or year, or `unknown` with an optional bound on each side
 * (`published_after`, `published_before`: days, both included). Every
 * comparison, sort and label of a publication date goes through here, so an
 * unknown date is never read as a date and a year is never read as its
 * first day, except where an order needs a place for it (see
 * `comparePublications`).
 */
import type { Article } from '../../schemas/article.ts';
import { compareDates, earliestDay, latestDay, precisionOf } from './partial-date.ts';

/** The fields of an article that say when it was published. */
export type Publication = Pick<Article, 'published'> &
  Partial<Pick<Article, 'published_after' | 'published_before'>>;

/** The word written for a publication date that is not known. */
export const UNKNOWN_DATE = 'unknown';

/** Whether the publication date is written (to the day, month or year). */
export function isDated(p: Publication): boolean {
  return p.published !== UNKNOWN_DATE;
}

/** The first day the article may have been published, when anything bounds it from below. */
export function earliestPublication(p: Publication): string | undefined {
  return isDated(p) ? earliestDay(p.published) : p.published_after;
}

/** The last day the article may have been published, when anything bounds it from above. */
export function latestPublication(p: Publication): string | undefined {
  return isDated(p) ? latestDay(p.published) : p.published_before;
}

/** True only when the article was certainly published before `date` (a partial date) started. */
export function publishedBefore(p: Publication, date: string): boolean {
  const latest = latestPublication(p);
  return latest !== undefined && latest < earliestDay(date);
}

/** Whether the article may have been published on some day of `date` (a partial date). */
export function mayBePublishedOn(p: Publication, date: string): boolean {
  const earliest = earliestPublication(p);
  const latest = latestPublication(p);
  return (
    (earliest === undefined || earliest <= latestDay(date)) &&
    (latest === undefined || earliestDay(date) <= latest)
  );
}

/**
 * Order of publication, oldest first. A written date is placed at the first
 * day it may stand for, a coarser date before a finer one of the same first
 * day (so "2023" comes before "2023-01-01"); an unknown date at its
 * `published_after` bound, before any written date of that day; an unknown
 * date with no lower bound before everything (last in a newest-first list).
 */
export function comparePublications(a: Publication, b: Publication): number {
  const ka = earliestPublication(a);
  const kb = earliestPublication(b);
  if (ka === undefined || kb === undefined) return ka === kb ? 0 : ka === undefined ? -1 : 1;
  if (isDated(a) && isDated(b)) return compareDates(a.published, b.published);
  return ka.localeCompare(kb) || (isDated(a) ? 1 : 0) - (isDated(b) ? 1 : 0);
}

/** The year of publication when it is known (written, or both bounds in one year). */
export function publicationYear(p: Publication): number | undefined {
  if (isDated(p)) return Number(p.published.slice(0, 4));
  const [a, b] = [p.published_after?.slice(0, 4), p.published_before?.slice(0, 4)];
  return a !== undefined && a === b ? Number(a) : undefined;
}

/** How precisely the date is known: a precision, or `unknown`. */
export function publicationPrecision(p: Publication): 'day' | 'month' | 'year' | 'unknown' {
  return isDated(p) ? precisionOf(p.published) : 'unknown';
}
