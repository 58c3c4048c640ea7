/**
 * Just enough HTML reading for the chart component tests: the markup is our
 * own, generated and attribute-quoted, so tags can be read with a pattern.
 */

/** Attributes of every opening tag `name` in document order. */
export function tags(html: string, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const tag = new RegExp(`<${name}(\\s[^>]*)?>`, 'g');
  for (const m of html.matchAll(tag)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([\w:-]+)(?:="([^"]*)")?/g))
      if (a[1]) attrs[a[1]] = a[2] ?? '';
    out.push(attrs);
  }
  return out;
}

/** Tags `name` whose class list contains `cls`. */
export function withClass(html: string, name: string, cls: string): Record<string, string>[] {
  return tags(html, name).filter((t) => (t.class ?? '').split(/\s+/).includes(cls));
}

/** Every id="…" in the document. */
export function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
}
