/**
 * Which pages an incremental rebuild rendered again, and why, read from the
 * build's log (Astro logs each page as `├─ /path/index.html` followed by
 * `(+12ms)` when rendered, `(cached)` or `(restored)` when copied from its
 * incremental cache). Pure: takes the log text.
 *
 * Why a page was rendered follows from its route: pages whose
 * getStaticPaths() gives a cache key (record pages, source pages, share
 * images; src/site-data/paths.ts, src/pages/og/) are rendered again only
 * when their key changed or they are new; every other page has no key and
 * is rendered on every build.
 */

/** Path prefixes of the routes that give Astro a cache key. */
export const KEYED_PREFIXES = ['/angkatan/', '/en/cohorts/', '/sumber/', '/en/sources/', '/og/'];

/**
 * Whether a file comes from a route with a cache key: a record page
 * (`<prefix><id>/index.html`) or a share image under a keyed prefix. List
 * pages there (`/sumber/2/`) and other files of a record (its `kutipan.css`)
 * have no key.
 */
export function isKeyed(path: string): boolean {
  const prefix = KEYED_PREFIXES.find((p) => path.startsWith(p));
  if (!prefix) return false;
  if (prefix === '/og/') return path.endsWith('.png');
  return /^[^/]*[^/\d][^/]*\/index\.html$/.test(path.slice(prefix.length));
}

export interface Rebuilt {
  /** HTML pages copied from the cache. */
  reused: number;
  /** Other files (share images, data files) copied from the cache. */
  reusedFiles: number;
  /** Rendered again because their cache key changed or they are new. */
  keyed: string[];
  /** Rendered again because their route has no cache key. */
  unkeyed: string[];
}

const ENTRY = /├─ (\S+) \((cached|restored|\+[^)]*)\)/g;

/** The pages of a build log, sorted by why they were rendered again. */
export function rebuiltPages(log: string): Rebuilt {
  const r: Rebuilt = { reused: 0, reusedFiles: 0, keyed: [], unkeyed: [] };
  for (const [, path = '', how = ''] of log.matchAll(ENTRY)) {
    if (how === 'cached' || how === 'restored') {
      if (path.endsWith('.html')) r.reused += 1;
      else r.reusedFiles += 1;
    } else if (isKeyed(path)) r.keyed.push(path);
    else r.unkeyed.push(path);
  }
  return r;
}

/** Route of a page, for a summary: its first two path segments ("/en/cohorts", "/angkatan"). */
function routeOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const depth = parts[0] === 'en' || parts[0] === 'og' ? 2 : 1;
  return parts.length <= depth ? path : `/${parts.slice(0, depth).join('/')}/…`;
}

/** "12 rendered again (3 new or with a changed cache key: /angkatan/… 1, …; 9 without a cache key: …); reused …". */
export function describeRebuilt(r: Rebuilt): string {
  const byRoute = (paths: string[]): string => {
    const counts = new Map<string, number>();
    for (const p of paths) counts.set(routeOf(p), (counts.get(routeOf(p)) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([route, n]) => `${route} ${n}`)
      .join(', ');
  };
  return (
    `${r.keyed.length + r.unkeyed.length} rendered again ` +
    `(${r.keyed.length} new or with a changed cache key: ${byRoute(r.keyed) || 'none'}; ` +
    `${r.unkeyed.length} without a cache key: ${byRoute(r.unkeyed) || 'none'}); ` +
    `reused ${r.reused} pages and ${r.reusedFiles} other files`
  );
}
