/**
 * A polite request rate: items are grouped by host; each host gets one
 * request at a time with a pause between two of its requests, while
 * different hosts proceed side by side. Results come back in input order.
 */

/** The host of an address, or the address itself when it does not parse. */
function hostOf(url: string): string {
  return URL.parse(url)?.host ?? url;
}

const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Run `task` on every item, one at a time per host of `urlOf(item)`, `delayMs` apart. */
export async function perHost<T, R>(
  items: readonly T[],
  urlOf: (item: T) => string,
  task: (item: T) => Promise<R>,
  delayMs: number,
): Promise<R[]> {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const host = hostOf(urlOf(item));
    groups.set(host, [...(groups.get(host) ?? []), i]);
  });
  const results = new Array<R>(items.length);
  await Promise.all(
    [...groups.values()].map(async (indexes) => {
      for (const [n, i] of indexes.entries()) {
        if (n > 0) await pause(delayMs);
        results[i] = await task(items[i] as T);
      }
    }),
  );
  return results;
}
