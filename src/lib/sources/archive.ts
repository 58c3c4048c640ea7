/**
 * Archive addresses for originals that are gone: the one recorded in the
 * content when there is one, else a proposed Wayback Machine address at the
 * publication date (never fetched; a person opens it and decides).
 */
import type { WatchItem } from './types.ts';

/** `https://web.archive.org/web/<date>/<url>`: the date's digits when known, else `*` (every capture). */
export function proposedArchive(url: string, published: string): string {
  const digits = /^\d{4}(-\d{2}){0,2}$/.test(published) ? published.replaceAll('-', '') : '*';
  return `https://web.archive.org/web/${digits}/${url}`;
}

/**
 * The archived copy to show for an article: its recorded one (`item.archive`,
 * filled from the article's archive field where the content has one), else
 * the proposed one.
 */
export function archiveFor(item: WatchItem): { url: string; proposed: boolean } {
  return item.archive
    ? { url: item.archive, proposed: false }
    : { url: proposedArchive(item.url, item.published), proposed: true };
}
