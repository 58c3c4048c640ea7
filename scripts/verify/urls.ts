/**
 * Reading and resolving the URLs written in the built site: the URLs of a
 * srcset or a stylesheet, javascript: URLs as a browser sees them, and where
 * a URL written in a dist file leads — a file of the site (with its
 * fragment), another origin, or nowhere to check (mailto:, tel:, data:, …).
 * The site's trailing-slash policy is "always": a page is addressed by its
 * folder.
 */

/** True when a URL attribute value would run script (browsers ignore controls and spaces in the scheme). */
export function isJavascriptUrl(value: string): boolean {
  let scheme = '';
  for (const ch of value) {
    if (ch.charCodeAt(0) <= 0x20) continue;
    scheme += ch;
    if (scheme.length === 'javascript:'.length) break;
  }
  return scheme.toLowerCase() === 'javascript:';
}

/** URLs of a srcset attribute. */
export function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** URLs referenced by a stylesheet: url(…) and @import "…" (data: and #fragment references excluded). */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  const pattern =
    /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi;
  for (const m of css.matchAll(pattern)) {
    const url = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
    if (url !== '' && !/^data:/i.test(url) && !url.startsWith('#')) urls.push(url);
  }
  return urls;
}

/** The address a file in dist is served at: "a/index.html" → "/a/", "404.html" → "/404.html". */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

export type Resolved =
  | { kind: 'skip' }
  | { kind: 'invalid' }
  | { kind: 'external'; url: URL }
  | { kind: 'internal'; path: string; fragment: string | null };

const LOCAL_ORIGIN = 'http://dist.invalid';

/**
 * Classifies a URL written in `fromFile`: internal (same site, with its
 * decoded path and fragment), external (http/https elsewhere), or skipped
 * (mailto:, tel:, data:, …). `site` is the published origin.
 */
export function resolveUrl(fromFile: string, url: string, site?: string): Resolved {
  const trimmed = url.trim();
  if (isJavascriptUrl(trimmed)) return { kind: 'skip' };
  let parsed: URL;
  try {
    parsed = new URL(trimmed, LOCAL_ORIGIN + urlPathOf(fromFile));
  } catch {
    return { kind: 'invalid' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { kind: 'skip' };
  const own =
    parsed.origin === LOCAL_ORIGIN ||
    (site !== undefined && parsed.origin === new URL(site).origin);
  if (!own) return { kind: 'external', url: parsed };
  let path: string;
  let fragment: string | null = null;
  try {
    path = decodeURIComponent(parsed.pathname);
    if (parsed.hash !== '' || trimmed.endsWith('#'))
      fragment = decodeURIComponent(parsed.hash.slice(1));
  } catch {
    return { kind: 'invalid' };
  }
  return { kind: 'internal', path, fragment };
}

/** The dist file an internal path is served from, or why there is none. */
export function fileForPath(
  path: string,
  files: ReadonlySet<string>,
): { file: string } | { error: string } {
  const rel = path.replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) {
    const file = `${rel}index.html`;
    return files.has(file) ? { file } : { error: `no file ${file} in dist` };
  }
  if (files.has(rel)) return { file: rel };
  if (files.has(`${rel}/index.html`)) {
    return { error: `missing trailing slash (the site's policy is "always"): use ${path}/` };
  }
  return { error: `no file ${rel} in dist` };
}

/** The id a fragment points at, or undefined when it needs none ("#", "#top", a text directive alone). */
export function fragmentId(fragment: string): string | undefined {
  const id = fragment.split(':~:')[0] ?? '';
  return id === '' || id.toLowerCase() === 'top' ? undefined : id;
}
