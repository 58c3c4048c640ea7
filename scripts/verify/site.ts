/**
 * The built site as the checks see it, read once: every file name, each
 * checked HTML page parsed (page.ts), and every URL of those pages and of
 * the stylesheets, resolved against the files (urls.ts). Files under
 * UNCHECKED_DIRS are link targets but are not parsed. The cost is linear in
 * pages plus links.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parsePage, type Page, type UrlRef } from './page.ts';
import { cssUrls, fileForPath, resolveUrl, type Resolved } from './urls.ts';

/** Pages (paths relative to dist, with "/") allowed to contain <script>: the search pages. */
export const SCRIPT_ALLOWLIST: readonly string[] = ['cari/index.html', 'en/search/index.html'];

/** Folders of generated files that are link targets but not checked themselves. */
export const UNCHECKED_DIRS: readonly string[] = ['pagefind/'];

export interface VerifyOptions {
  /** Origin of the published site: absolute URLs on it are checked as internal. */
  site?: string | undefined;
  /** Pages allowed to contain <script> (paths relative to dist). */
  scriptAllowlist?: readonly string[] | undefined;
}

/** A URL written in a checked page or stylesheet, resolved. */
export interface Link {
  /** The page or stylesheet it is written in. */
  file: string;
  /** Its rank among the URLs of that file, in document order. */
  index: number;
  ref: UrlRef;
  resolved: Resolved;
  /** For an internal URL: the dist file it is served from, or why there is none. */
  target?: { file: string } | { error: string } | undefined;
}

export interface Site {
  /** Every file in dist (paths relative to it, with "/"). */
  files: ReadonlySet<string>;
  /** The checked HTML pages by file. */
  pages: ReadonlyMap<string, Page>;
  /** Every URL of the checked pages, then of the stylesheets. */
  links: readonly Link[];
  /** Pages allowed to contain <script>. */
  scriptAllowlist: ReadonlySet<string>;
}

/** Every file under dir, relative to it, with "/". */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The HTML element and attribute a URL was written in, as messages show it. */
export const shown = (ref: UrlRef): string => `<${ref.tag} ${ref.attr}="${ref.url}">`;

/**
 * The site made of `files` (paths relative to dist, with "/"); `read` gives
 * the text of a page or stylesheet among them.
 */
export function parseSite(
  files: readonly string[],
  read: (file: string) => string,
  options: VerifyOptions = {},
): Site {
  const all = new Set(files);
  const pages = new Map<string, Page>();
  const styles = new Map<string, string[]>();
  for (const file of files) {
    if (UNCHECKED_DIRS.some((dir) => file.startsWith(dir))) continue;
    if (file.endsWith('.html')) pages.set(file, parsePage(read(file)));
    else if (file.endsWith('.css')) styles.set(file, cssUrls(read(file)));
  }
  const links: Link[] = [];
  const add = (file: string, refs: readonly UrlRef[]): void => {
    refs.forEach((ref, index) => {
      const resolved = resolveUrl(file, ref.url, options.site);
      const target = resolved.kind === 'internal' ? fileForPath(resolved.path, all) : undefined;
      links.push({ file, index, ref, resolved, target });
    });
  };
  for (const [file, page] of pages) add(file, page.refs);
  const cssRef = (url: string): UrlRef => ({ url, tag: 'css', attr: 'url()', rel: [] });
  for (const [file, urls] of styles) add(file, urls.map(cssRef));
  return {
    files: all,
    pages,
    links,
    scriptAllowlist: new Set(options.scriptAllowlist ?? SCRIPT_ALLOWLIST),
  };
}

/** Reads the built site folder `distDir`. */
export function readSite(distDir: string, options: VerifyOptions = {}): Site {
  return parseSite(
    listFiles(distDir),
    (file) => readFileSync(join(distDir, file), 'utf8'),
    options,
  );
}
