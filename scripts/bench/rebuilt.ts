/**
 * Which pages an incremental rebuild rendered again, and why. Pure: takes
 * the build's log and Astro's incremental-build manifest (`<cacheDir>/
 * incremental-build.json`) as it was before the rebuild and after it.
 *
 * Astro logs each file as `├─ /path/index.html` followed by `(+12ms)` when
 * rendered, `(cached)` or `(restored)` when copied from its incremental
 * cache. The manifests say which files came from a route that gave a cache
 * key: a rendered file listed in the new manifest was new (absent from the
 * old one), had a changed key, or kept its key but its route's code (or a
 * content entry it renders) changed; a rendered file absent from the new
 * manifest has no cache key and is rendered on every build.
 */

/** The part of Astro's incremental-build manifest read here. */
export interface CacheManifest {
  routes: Record<string, { paths: Record<string, { cacheKey: string; outputFile: string }> }>;
}

/** Why a file was rendered again. */
export type Reason = 'new' | 'key changed' | 'code changed' | 'no key';

export interface Rebuilt {
  /** HTML pages copied from the cache. */
  reused: number;
  /** Other files (share images, data files) copied from the cache. */
  reusedFiles: number;
  /** Every file rendered again, in log order, with its reason. */
  rendered: { path: string; reason: Reason }[];
}

/** Cache key of each keyed output file ("angkatan/a/index.html"), from a manifest. */
function keysByFile(manifest: CacheManifest | undefined): Map<string, string> {
  const keys = new Map<string, string>();
  for (const route of Object.values(manifest?.routes ?? {}))
    for (const p of Object.values(route.paths)) keys.set(p.outputFile, p.cacheKey);
  return keys;
}

const ENTRY = /├─ (\S+) \((cached|restored|\+[^)]*)\)/g;

/** The files of a build log, with why each rendered one was rendered again. */
export function rebuiltPages(
  log: string,
  before: CacheManifest | undefined,
  after: CacheManifest | undefined,
): Rebuilt {
  const old = keysByFile(before);
  const now = keysByFile(after);
  const r: Rebuilt = { reused: 0, reusedFiles: 0, rendered: [] };
  for (const [, path = '', how = ''] of log.matchAll(ENTRY)) {
    if (how === 'cached' || how === 'restored') {
      if (path.endsWith('.html')) r.reused += 1;
      else r.reusedFiles += 1;
      continue;
    }
    const file = path.slice(1);
    const key = now.get(file);
    const previous = old.get(file);
    const reason: Reason =
      key === undefined
        ? 'no key'
        : previous === undefined
          ? 'new'
          : previous === key
            ? 'code changed'
            : 'key changed';
    r.rendered.push({ path, reason });
  }
  return r;
}

/** Route of a page, for a summary: its first two path segments ("/en/cohorts", "/angkatan"). */
function routeOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const depth = parts[0] === 'en' || parts[0] === 'og' ? 2 : 1;
  return parts.length <= depth ? path : `/${parts.slice(0, depth).join('/')}/…`;
}

const REASONS: readonly Reason[] = ['new', 'key changed', 'code changed', 'no key'];

/** "12 rendered again (new: /angkatan/… 1; key changed: …; no key: …); reused …". */
export function describeRebuilt(r: Rebuilt): string {
  const byRoute = (paths: string[]): string => {
    const counts = new Map<string, number>();
    for (const p of paths) counts.set(routeOf(p), (counts.get(routeOf(p)) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([route, n]) => `${route} ${n}`)
      .join(', ');
  };
  const parts = REASONS.map((reason) => {
    const paths = r.rendered.filter((p) => p.reason === reason).map((p) => p.path);
    return `${reason} ${paths.length}${paths.length ? `: ${byRoute(paths)}` : ''}`;
  });
  return (
    `${r.rendered.length} rendered again (${parts.join('; ')}); ` +
    `reused ${r.reused} pages and ${r.reusedFiles} other files`
  );
}

/** Every file rendered again, one a line: "<reason>\t<path>", grouped by reason. */
export function listRebuilt(r: Rebuilt): string {
  return REASONS.flatMap((reason) =>
    r.rendered.filter((p) => p.reason === reason).map((p) => `${reason}\t${p.path}\n`),
  ).join('');
}
