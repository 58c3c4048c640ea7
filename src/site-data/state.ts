/**
 * Telling one state of Astro's content store from another, so that `astro
 * dev` builds the site data and model once per content change rather than
 * once per request. The key is every entry's collection, id and digest: the
 * loaders (src/loaders/store.ts) give each entry a digest of what the check
 * read, so a saved change to any entry changes the key, and nothing else does.
 */

/** An entry as `getCollection` returns it: only what identifies its content. */
export interface StoredEntry {
  id: string;
  digest?: string | number | undefined;
}

/** A key of the store's state: equal keys mean the same entries with the same contents. */
export function storeState(collections: Readonly<Record<string, readonly StoredEntry[]>>): string {
  const parts: string[] = [];
  for (const name of Object.keys(collections).sort()) {
    parts.push(`#${name}`);
    for (const entry of collections[name] ?? []) {
      // An entry stored without a digest cannot be compared: the key then never repeats.
      parts.push(`${entry.id}\0${entry.digest ?? Math.random()}`);
    }
  }
  return parts.join('\n');
}

/**
 * A one-value cache: `get(key, compute)` returns the value computed for the
 * last key when `key` equals it, and otherwise computes, keeps and returns a new one.
 */
export function lastByKey<T>(): (key: string, compute: () => T) => T {
  let last: { key: string; value: T } | undefined;
  return (key, compute) => {
    if (last?.key !== key) last = { key, value: compute() };
    return last.value;
  };
}
