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

/** Lower case, with runs of spaces, underscores and hyphens as one hyphen: "Urban Planning" → "urban-planning". */
const keyish = (s: string): string =>
  s
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');

/**
 * Keys to suggest for a term that is not in a vocabulary: first the terms
 * whose key or one of whose names (labels, spellings) it is, written another
 * way ("Urban Planning" for urban-planning), then the nearest keys.
 */
export function suggestTerms(
  wanted: string,
  terms: ReadonlyMap<string, { label: { id: string; en: string }; terms?: readonly string[] }>,
  limit = 3,
): string[] {
  const w = keyish(wanted);
  const named = [...terms]
    .filter(([key, t]) =>
      [key, t.label.id, t.label.en, ...(t.terms ?? [])].some((n) => keyish(n) === w),
    )
    .map(([key]) => key);
  const rest = nearest(
    wanted,
    [...terms.keys()].filter((k) => !named.includes(k)),
    limit,
  );
  return [...named, ...rest].slice(0, limit);
}
