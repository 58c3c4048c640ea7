/**
 * Writing one collection's entries into Astro's content store, in time
 * proportional to what changed: each entry's digest is taken from what the
 * check read (data, and body for articles) before `parseData`, and an entry
 * whose stored digest and file are the same is kept as it is — not parsed
 * again, not written again. Entries no longer in the collection are deleted;
 * an entry `parseData` rejects is logged with `logger.warn` and skipped (not
 * thrown), and a stored version of it is removed, as for a vanished file.
 */
import type { LoaderContext } from 'astro/loaders';

/** An entry as handed to the store, before `parseData`. */
export interface RawStoredEntry {
  id: string;
  /** Path relative to the project root, forward slashes. */
  file: string;
  data: Record<string, unknown>;
  /** Raw Markdown body (articles only). */
  body?: string;
}

/** What happened to the collection in one call of `storeChanged`. */
export interface StoreCounts {
  /** Entries parsed and written (new or changed). */
  stored: number;
  /** Entries left as they were (same digest and file). */
  unchanged: number;
  /** Entries deleted (vanished, or now rejected by `parseData`). */
  deleted: number;
}

/** Store `entries` as the whole collection; only new and changed entries are parsed and written. */
export async function storeChanged(
  context: Pick<LoaderContext, 'store' | 'logger' | 'parseData' | 'generateDigest'>,
  entries: readonly RawStoredEntry[],
): Promise<StoreCounts> {
  const { store, logger } = context;
  const counts: StoreCounts = { stored: 0, unchanged: 0, deleted: 0 };
  const kept = new Set<string>();
  for (const entry of entries) {
    const digest = context.generateDigest(
      entry.body === undefined ? entry.data : { data: entry.data, body: entry.body },
    );
    const existing = store.get(entry.id);
    if (existing?.digest === digest && existing.filePath === entry.file) {
      kept.add(entry.id);
      counts.unchanged += 1;
      continue;
    }
    let data: Record<string, unknown>;
    try {
      data = await context.parseData({ id: entry.id, data: entry.data, filePath: entry.file });
    } catch (error) {
      logger.warn(`${entry.file}\n  ✗ ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    kept.add(entry.id);
    counts.stored += 1;
    store.set({
      id: entry.id,
      data,
      filePath: entry.file,
      digest,
      ...(entry.body === undefined ? {} : { body: entry.body }),
    });
  }
  for (const id of store.keys()) {
    if (kept.has(id)) continue;
    store.delete(id);
    counts.deleted += 1;
  }
  return counts;
}
