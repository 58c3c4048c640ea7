/**
 * The source watch over a list of items: fetches each original address
 * politely (per-host queue), and turns each outcome into its verdict.
 * Articles without an address are not fetched.
 */
import type { ArticleVerdict, WatchItem } from '../../src/lib/sources/types.ts';
import { notCheckable, verdictFor } from '../../src/lib/sources/verdict.ts';
import { fetchPage, type FetchOptions } from './fetch-page.ts';
import { perHost } from './queue.ts';

export interface WatchOptions extends FetchOptions {
  /** Pause between two requests to the same host, in milliseconds. */
  delayMs: number;
}

/** One verdict per item, in the items' order. */
export async function watchSources(
  items: readonly WatchItem[],
  options: WatchOptions,
): Promise<ArticleVerdict[]> {
  const checkable = items.filter((item) => item.url !== 'unknown');
  const fetched = await perHost(
    checkable,
    (item) => item.url,
    async (item) => verdictFor(item, await fetchPage(item.url, options)),
    options.delayMs,
  );
  const byId = new Map(fetched.map((v) => [v.id, v]));
  return items.map((item) => byId.get(item.id) ?? notCheckable(item));
}
