/**
 * Writing one collection's entries into Astro's content store, in time
 * proportional to what changed: a digest of what the check read (data, and
 * body for articles) is taken before `parseData`, and an entry this loader
 * already parsed from the same input, and still stored from the same file,
 * is kept as it is — not parsed again, not written again. Only entries parsed
 * in this process are skipped: a store kept on disk from an earlier run may
 * have been parsed by other schemas (Astro clears it when the content config
 * file changes, not when a schema it imports does), so the first load of a
 * process parses every entry. The stored digest is that of the parsed entry,
 * so a schema change that changes the data changes it too. Entries no longer
 * in the collection are deleted; an entry `parseData` rejects is logged with
 * `logger.warn` and skipped (not thrown), and a stored version of it is
 * removed, as for a vanished file.
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
  /** Entries parsed and handed to the store (new, changed, or not yet parsed in this process). */
  stored: number;
  /** Entries left as they were (same input and file as parsed before). */
  unchanged: number;
  /** Entries deleted (vanished, or now rejected by `parseData`). */
  deleted: number;
}

/**
 * Store `entries` as the whole collection; only new and changed entries are
 * parsed and written. `parsed` (id → digest of the input) is what this
 * loader parsed before in this process; it is kept up to date here.
 */
export async function storeChanged(
  context: Pick<LoaderContext, 'store' | 'logger' | 'parseData' | 'generateDigest'>,
  entries: readonly RawStoredEntry[],
  parsed: Map<string, string>,
): Promise<StoreCounts> {
  const { store, logger } = context;
  const counts: StoreCounts = { stored: 0, unchanged: 0, deleted: 0 };
  const kept = new Set<string>();
  for (const entry of entries) {
    const input = context.generateDigest(
      entry.body === undefined ? entry.data : { data: entry.data, body: entry.body },
    );
    if (parsed.get(entry.id) === input && store.get(entry.id)?.filePath === entry.file) {
      kept.add(entry.id);
      counts.unchanged += 1;
      continue;
    }
    let data: Record<string, unknown>;
    try {
      data = await context.parseData({ id: entry.id, data: entry.data, filePath: entry.file });
    } catch (error) {
      logger.warn(`${entry.file}\n  ✗ ${error instanceof Error ? error.message : String(error)}`);
      parsed.delete(entry.id);
      continue;
    }
    parsed.set(entry.id, input);
    kept.add(entry.id);
    counts.stored += 1;
    store.set({
      id: entry.id,
      data,
      filePath: entry.file,
      digest: context.generateDigest(entry.body === undefined ? data : { data, body: entry.body }),
      ...(entry.body === undefined ? {} : { body: entry.body }),
    });
  }
  for (const id of store.keys()) {
    if (kept.has(id)) continue;
    store.delete(id);
    parsed.delete(id);
    counts.deleted += 1;
  }
  return counts;
}
