/**
 * Lists that grow with the content are split into pages of a fixed size, so
 * that no page grows with the number of entries: page 1 keeps the list's
 * address, page n > 1 is at `<address>n/`. Pure helpers; the pages build
 * their links with `routes`.
 */
import type { TimelineYear } from '../data/timeline.ts';

/** Items per page of every paginated list. */
export const PAGE_SIZE = 50;

/** Number of pages for `total` items (at least one, so an empty list still has its page). */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items of page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The address of page `page` of a list at `base` (which ends in "/"). */
export function pagePath(base: string, page = 1): string {
  return page <= 1 ? base : `${base}${page}/`;
}

/** Static paths of a paginated list: `[...page]` is undefined on page 1, else the number. */
export function pagePaths(total: number, size = PAGE_SIZE) {
  return Array.from({ length: pageCount(total, size) }, (_, i) => ({
    params: { page: i === 0 ? undefined : String(i + 1) },
    props: { page: i + 1 },
  }));
}

export interface TimelinePage {
  /** The years of this page with the items that fall on it, oldest first. */
  years: TimelineYear[];
  pages: number;
  /** The page on which each year's first item falls (undefined: the undated group). */
  yearPages: Map<number | undefined, number>;
  /** The page of each record (cohort or context event) by id. */
  recordPages: Map<string, number>;
}

/**
 * One page of a timeline: its items in date order, cut into pages of `size`
 * items and grouped again by year (a year may continue on the next page).
 */
export function timelinePage(
  years: readonly TimelineYear[],
  page: number,
  size = PAGE_SIZE,
): TimelinePage {
  const flat = years.flatMap((y) => y.items.map((item) => ({ year: y.year, item })));
  const yearPages = new Map<number | undefined, number>();
  const recordPages = new Map<string, number>();
  flat.forEach(({ year, item }, i) => {
    const p = Math.floor(i / size) + 1;
    if (!yearPages.has(year)) yearPages.set(year, p);
    recordPages.set(item.record.id, p);
  });
  const grouped: TimelineYear[] = [];
  for (const { year, item } of pageItems(flat, page, size)) {
    const last = grouped.at(-1);
    if (last && last.year === year) last.items.push(item);
    else grouped.push({ year, items: [item] });
  }
  return { years: grouped, pages: pageCount(flat.length, size), yearPages, recordPages };
}
