/**
 * node scripts/verify-dist.ts [distDir] [--site=URL] — checks the built site.
 *
 * Reads every HTML page (and CSS file) under distDir (default dist/) with a
 * real HTML parser and prints one `file: problem` line per problem, then a
 * summary line; exit code 1 if there is any problem. Checked:
 * - internal links (href, src, srcset, …; relative, root-relative or absolute
 *   on the site's own origin) resolve to a file (directory → index.html; the
 *   site's trailing-slash policy is "always") and their #fragment is an id in
 *   the target page; hreflang alternates exist;
 * - no duplicate ids, no <script>, no style= or on*= attributes, no
 *   javascript: URLs, external links carry rel="noopener noreferrer", no
 *   resource is loaded from another origin;
 * - every page has <html lang>, one non-empty <title> and exactly one <h1>.
 *
 * Pages are parsed once; links are checked against maps built from all
 * pages, so the cost is linear in pages plus links.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { SITE_URL } from '../src/site.config.ts';

/** Pages (paths relative to dist, with "/") allowed to contain <script>. */
export const SCRIPT_ALLOWLIST: readonly string[] = [];

export interface Problem {
  /** Path relative to the dist folder, with "/". */
  file: string;
  message: string;
}

/** A URL written in a page or stylesheet, with what is needed to judge it. */
export interface UrlRef {
  url: string;
  /** Element (or "css") and attribute it was found in, for messages. */
  tag: string;
  attr: string;
  /** Tokens of the element's rel attribute, lower case. */
  rel: readonly string[];
  /** hreflang of a <link rel="alternate">. */
  hreflang?: string | undefined;
}

/** What one page contributes to the checks. */
export interface PageFacts {
  /** Fragment targets: every id, and the name of every <a name>. */
  targets: Set<string>;
  /** Problems found in the page alone. */
  problems: string[];
  refs: UrlRef[];
}

export interface VerifyOptions {
  /** Origin of the published site: absolute URLs on it are checked as internal. */
  site?: string | undefined;
  /** Pages allowed to contain <script> (paths relative to dist). */
  scriptAllowlist?: readonly string[] | undefined;
}

export interface VerifyResult {
  pages: number;
  links: number;
  anchors: number;
  problems: Problem[];
}

interface Attr {
  name: string;
  value: string;
  prefix?: string;
}
interface Node {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: Attr[];
  childNodes?: Node[];
  value?: string;
  content?: Node;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Attributes whose value is one URL. */
const URL_ATTRS = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'data']);
/** Elements whose URL is loaded as part of the page (not navigated to). */
const RESOURCE_TAGS = new Set([
  'img',
  'script',
  'iframe',
  'source',
  'track',
  'audio',
  'video',
  'embed',
  'object',
  'input',
  'image',
  'use',
  'feimage',
]);
/** <link> rels that only name another address, without loading it. */
const NON_LOADING_RELS = new Set([
  'alternate',
  'canonical',
  'author',
  'license',
  'help',
  'next',
  'prev',
  'search',
  'me',
]);

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

function textOf(node: Node): string {
  let text = '';
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n) break;
    if (n.nodeName === '#text') text += n.value ?? '';
    if (n.childNodes)
      for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i] as Node);
  }
  return text;
}

/** Parses one page and collects its ids, its URLs and the problems visible in it alone. */
export function analyzeHtml(html: string): PageFacts {
  const doc = parse(html) as unknown as Node;
  const targets = new Set<string>();
  const ids = new Set<string>();
  const duplicates = new Map<string, number>();
  const problems: string[] = [];
  const refs: UrlRef[] = [];
  let titles = 0;
  let emptyTitles = 0;
  let h1s = 0;
  let htmlLang: string | undefined;

  const stack: { node: Node; inTemplate: boolean }[] = [{ node: doc, inTemplate: false }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { node, inTemplate } = item;
    const children = node.childNodes ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i] as Node, inTemplate });
    }
    const tag = node.tagName;
    if (tag === undefined) continue;
    if (node.content) stack.push({ node: node.content, inTemplate: true });
    const isHtml = node.namespaceURI === HTML_NS;
    const attrs = node.attrs ?? [];
    const attr = (name: string): string | undefined => attrs.find((a) => a.name === name)?.value;
    const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);

    for (const a of attrs) {
      const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
      if (name === 'id') {
        if (inTemplate) continue;
        if (a.value === '') problems.push(`empty id attribute on <${tag}>`);
        else if (ids.has(a.value)) duplicates.set(a.value, (duplicates.get(a.value) ?? 1) + 1);
        else {
          ids.add(a.value);
          targets.add(a.value);
        }
      } else if (name === 'style') {
        const value = a.value.length > 60 ? `${a.value.slice(0, 60)}…` : a.value;
        problems.push(`inline style attribute on <${tag}>: style="${value}"`);
      } else if (/^on/i.test(name)) {
        problems.push(`event-handler attribute ${name} on <${tag}>`);
      }
      if (isJavascriptUrl(a.value)) problems.push(`javascript: URL in ${name} of <${tag}>`);
      if (URL_ATTRS.has(name) && (name !== 'data' || tag === 'object')) {
        refs.push({ url: a.value, tag, attr: name, rel, hreflang: attr('hreflang') });
      } else if (name === 'srcset' || name === 'imagesrcset') {
        for (const url of srcsetUrls(a.value)) refs.push({ url, tag, attr: name, rel });
      }
    }

    if (tag === 'script') problems.push('<script> element (the site needs no JavaScript)');
    if (!isHtml || inTemplate) continue;
    if (tag === 'html') htmlLang = attr('lang');
    else if (tag === 'title') {
      titles++;
      if (textOf(node).trim() === '') emptyTitles++;
    } else if (tag === 'h1') h1s++;
    else if (tag === 'a' && attr('name')) targets.add(attr('name') ?? '');
    else if (tag === 'style') {
      for (const url of cssUrls(textOf(node))) refs.push({ url, tag, attr: 'url()', rel: [] });
    } else if (tag === 'meta' && attr('http-equiv')?.toLowerCase() === 'refresh') {
      const url = /url\s*=\s*['"]?([^'"]*)/i.exec(attr('content') ?? '')?.[1];
      if (url) refs.push({ url, tag, attr: 'content', rel: [] });
      if (url && isJavascriptUrl(url))
        problems.push('javascript: URL in <meta http-equiv="refresh">');
    }
  }

  for (const [id, count] of duplicates) problems.push(`duplicate id "${id}" (${count} elements)`);
  if (htmlLang === undefined || htmlLang.trim() === '')
    problems.push('<html> has no lang attribute');
  if (titles === 0) problems.push('no <title>');
  else if (titles > 1) problems.push(`${titles} <title> elements (expected one)`);
  if (emptyTitles > 0) problems.push('empty <title>');
  if (h1s !== 1) problems.push(`${h1s} <h1> elements (expected exactly one)`);
  return { targets, problems, refs };
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

/**
 * Checks the links of every page and stylesheet against the set of files and
 * the fragment targets of every page. `pages` maps HTML files, `styles` CSS
 * files (paths relative to dist) to what was read from them.
 */
export function checkSite(
  pages: ReadonlyMap<string, PageFacts>,
  styles: ReadonlyMap<string, readonly string[]>,
  files: ReadonlySet<string>,
  options: VerifyOptions = {},
): VerifyResult {
  const problems: Problem[] = [];
  const allow = new Set(options.scriptAllowlist ?? SCRIPT_ALLOWLIST);
  let links = 0;
  let anchors = 0;

  const checkRef = (file: string, ref: UrlRef): void => {
    const shown = `<${ref.tag} ${ref.attr}="${ref.url}">`;
    const report = (message: string): void => {
      problems.push({ file, message });
    };
    const resolved = resolveUrl(file, ref.url, options.site);
    const isAlternate = ref.tag === 'link' && ref.rel.includes('alternate') && ref.hreflang;
    if (resolved.kind === 'skip') return;
    if (resolved.kind === 'invalid') return report(`invalid URL ${shown}`);
    if (resolved.kind === 'external') {
      if (isAlternate)
        return report(`hreflang="${ref.hreflang}" alternate ${ref.url} is not on this site`);
      const loads =
        RESOURCE_TAGS.has(ref.tag) ||
        ref.tag === 'style' ||
        ref.tag === 'css' ||
        (ref.tag === 'link' && !ref.rel.some((r) => NON_LOADING_RELS.has(r)));
      if (loads) return report(`loads a resource from another origin: ${shown}`);
      if (
        (ref.tag === 'a' || ref.tag === 'area') &&
        !(ref.rel.includes('noopener') && ref.rel.includes('noreferrer'))
      ) {
        report(
          `external link ${shown} needs rel="noopener noreferrer" (has rel="${ref.rel.join(' ')}")`,
        );
      }
      return;
    }
    links++;
    const target = fileForPath(resolved.path, files);
    if ('error' in target) {
      if (isAlternate)
        return report(
          `hreflang="${ref.hreflang}" alternate ${ref.url} does not exist: ${target.error}`,
        );
      return report(`broken link ${shown}: ${target.error}`);
    }
    const id = resolved.fragment === null ? undefined : fragmentId(resolved.fragment);
    const page = pages.get(target.file);
    if (id === undefined || !page) return;
    anchors++;
    if (!page.targets.has(id)) {
      report(`missing anchor ${shown}: no id "${id}" in ${target.file}`);
    }
  };

  for (const [file, page] of pages) {
    for (const message of page.problems) {
      if (allow.has(file) && message.startsWith('<script>')) continue;
      problems.push({ file, message });
    }
    for (const ref of page.refs) checkRef(file, ref);
  }
  for (const [file, urls] of styles) {
    for (const url of urls) checkRef(file, { url, tag: 'css', attr: 'url()', rel: [] });
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { pages: pages.size, links, anchors, problems };
}

/** Every file under dir, relative to it, with "/". */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Reads and checks a built site folder. */
export function verifyDist(distDir: string, options: VerifyOptions = {}): VerifyResult {
  const all = listFiles(distDir);
  const files = new Set(all);
  const pages = new Map<string, PageFacts>();
  const styles = new Map<string, string[]>();
  for (const file of all) {
    if (file.endsWith('.html'))
      pages.set(file, analyzeHtml(readFileSync(join(distDir, file), 'utf8')));
    else if (file.endsWith('.css'))
      styles.set(file, cssUrls(readFileSync(join(distDir, file), 'utf8')));
  }
  return checkSite(pages, styles, files, options);
}

/** The report printed by the command: one `file: problem` line each, then the summary. */
export function formatResult(result: VerifyResult): string {
  const lines = result.problems.map((p) => `${p.file}: ${p.message}`);
  lines.push(
    `verify-dist: ${result.pages} pages, ${result.links} links, ${result.anchors} anchors checked, ${result.problems.length} problems`,
  );
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const siteArg = args.find((a) => a.startsWith('--site='));
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
  let result: VerifyResult;
  try {
    result = verifyDist(dir, { site: siteArg ? siteArg.slice('--site='.length) : SITE_URL });
  } catch (error) {
    process.stderr.write(`verify-dist: cannot read ${dir}: ${(error as Error).message}\n`);
    process.exit(1);
  }
  if (result.pages === 0) {
    process.stdout.write(`${dir}: no HTML pages (run npx astro build first)\n`);
    process.exitCode = 1;
  }
  process.stdout.write(formatResult(result));
  if (result.problems.length > 0) process.exitCode = 1;
}
