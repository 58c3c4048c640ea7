/**
 * Anchors of the corrections page's rows: one per correction, made from what
 * the correction is (record, field, date; article and new hash), not from its
 * place in the log, so an address keeps pointing at the same row as
 * corrections are added. Unique on the page: the corrections feeds link each
 * item to its own row, and an RSS item's guid is its link.
 */

/** Lower-case letters, digits and single hyphens. */
const anchorSlug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The entries with an `anchor` each, from `base`; a repeated one gets "-2", "-3", … in log order. */
export function withAnchors<T extends object>(
  entries: readonly T[],
  base: (entry: T) => string,
): (T & { anchor: string })[] {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const b = anchorSlug(base(entry));
    const n = (seen.get(b) ?? 0) + 1;
    seen.set(b, n);
    return { ...entry, anchor: n === 1 ? b : `${b}-${n}` };
  });
}
