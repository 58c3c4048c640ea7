/**
 * Robust Links attributes (https://robustlinks.mementoweb.org/spec/) for a
 * link to an article's original address, so a reader or a tool can still
 * reach the text when the original moves or dies: `data-originalurl` (the
 * original), `data-versiondate` (the state we cite: the day our copy was
 * taken, else the publication date to the precision known; left out when
 * neither is known, never guessed) and `data-versionurl` (the archived copy,
 * only when one is known).
 */
import type { Article } from '../../schemas/article.ts';

export interface RobustLinkAttrs {
  'data-originalurl': string;
  'data-versiondate'?: string;
  'data-versionurl'?: string;
}

type Capture = Pick<Article, 'captured' | 'published' | 'archive_url'>;

/** The date of the version of the original that our copy stands for, when known. */
export function versionDate(a: Capture): string | undefined {
  if (a.captured !== 'unknown') return a.captured;
  return a.published === 'unknown' ? undefined : a.published;
}

/**
 * Attributes of a link to `original`. The archive address belongs to the
 * article's own `url`; another address of the same text (`also_at`) gets none.
 */
export function robustLinkAttrs(original: string, a: Capture & { url: string }): RobustLinkAttrs {
  const date = versionDate(a);
  return {
    'data-originalurl': original,
    ...(date === undefined ? {} : { 'data-versiondate': date }),
    ...(a.archive_url && original === a.url ? { 'data-versionurl': a.archive_url } : {}),
  };
}
