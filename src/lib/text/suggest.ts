/** Nearest valid keys for a misspelt one (edit distance), for error messages. */

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Up to `limit` candidates closest to `wanted`, nearest first, ties in input order. */
export function nearest(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  return [...candidates]
    .map((c, i) => ({ c, i, d: editDistance(wanted.toLowerCase(), c.toLowerCase()) }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .slice(0, limit)
    .map((x) => x.c);
}
