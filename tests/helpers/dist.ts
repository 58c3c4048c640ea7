/**
 * Reading the built site for tests/dist: files under dist/ (E2E_DIST points
 * at another copy), the content it was built from (read with the checker's
 * own reader, since Astro's collections are not available outside a build),
 * HTML through parse5, and a small XML well-formedness check for feeds and
 * sitemaps.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { runCheck } from '../../src/lib/check/index.ts';
import type { LoadedContent } from '../../src/lib/content/load.ts';
import { fromLoadedContent, type OpenDataInput } from '../../src/lib/opendata/types.ts';
import { SITE_URL } from '../../src/site.config.ts';

export { SITE_URL };

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The built site; E2E_DIST points the tests at another copy. */
export const DIST = resolve(process.env['E2E_DIST'] ?? join(ROOT, 'dist'));

/** Throws a clear message when the site has not been built. */
export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`${DIST}/index.html not found: run \`npm run build\` before tests/dist`);
}

/** Every file under dist/<under> (paths relative to dist, with "/"), sorted. */
export function distFiles(under = ''): string[] {
  assertBuilt();
  const dir = join(DIST, under);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(DIST, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Text of a file under dist (path relative to dist); throws naming the file when missing. */
export function readDist(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path)) throw new Error(`dist/${file} is missing`);
  return readFileSync(path, 'utf8');
}

/** Bytes of a file under dist. */
export function readDistBytes(file: string): Buffer {
  const path = join(DIST, file);
  if (!existsSync(path)) throw new Error(`dist/${file} is missing`);
  return readFileSync(path);
}

export interface HtmlPage {
  /** Path relative to dist ("angkatan/x/index.html"). */
  file: string;
  /** Site path ("/angkatan/x/"). */
  path: string;
  /** Absolute address on the site. */
  url: string;
}

/** Site path of an HTML file under dist. */
export function pathOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Every HTML page in dist, sorted by file. */
export function htmlPages(): HtmlPage[] {
  return distFiles()
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((file) => {
      const path = pathOfFile(file);
      return { file, path, url: new URL(path, SITE_URL).href };
    });
}

/**
 * The dist file an address on the site resolves to (absolute on SITE_URL or
 * root-relative; query and fragment ignored; a directory is its index.html),
 * or undefined when it is elsewhere or no such file exists.
 */
export function distFileOf(address: string): string | undefined {
  const url = new URL(address, SITE_URL);
  if (url.origin !== new URL(SITE_URL).origin) return undefined;
  const path = decodeURIComponent(url.pathname).replace(/^\/+/, '');
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path];
  for (const c of candidates) {
    const full = join(DIST, c);
    if (existsSync(full) && statSync(full).isFile()) return c;
  }
  return undefined;
}

export interface SiteContent {
  content: LoadedContent;
  input: OpenDataInput;
}

let cachedContent: SiteContent | undefined;

/** The content the site is built from, read and checked by the project's checker. */
export function siteContent(): SiteContent {
  if (cachedContent) return cachedContent;
  const { content, problems } = runCheck(ROOT);
  if (problems.length > 0)
    throw new Error(
      `content/ has ${problems.length} problem(s) (first: ${problems[0]?.file}): run npm run check`,
    );
  cachedContent = { content, input: fromLoadedContent(content, SITE_URL) };
  return cachedContent;
}

// --- HTML (parse5) -------------------------------------------------------

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

export function parseHtml(text: string): DefaultTreeAdapterMap['document'] {
  return parse(text);
}

function childrenOf(node: HtmlNode): HtmlNode[] {
  return 'childNodes' in node ? node.childNodes : [];
}

const isElement = (node: HtmlNode): node is HtmlElement => 'tagName' in node;

/** Every element under `root` (document order) for which `test` holds. */
export function findElements(root: HtmlNode, test: (el: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (node: HtmlNode): void => {
    if (isElement(node) && test(node)) found.push(node);
    for (const child of childrenOf(node)) walk(child);
  };
  walk(root);
  return found;
}

/** Value of an attribute, or undefined. */
export function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Concatenated text of a node and its descendants. */
export function textOf(node: HtmlNode): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return childrenOf(node).map(textOf).join('');
}

/** The parsed page and its elements, cached per file (pages are read by several suites). */
const pageCache = new Map<string, DefaultTreeAdapterMap['document']>();
export function pageDocument(file: string): DefaultTreeAdapterMap['document'] {
  let doc = pageCache.get(file);
  if (!doc) {
    doc = parseHtml(readDist(file));
    pageCache.set(file, doc);
  }
  return doc;
}

// --- XML -----------------------------------------------------------------

const NAME = '[A-Za-z_][\\w.:-]*';
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const START_TAG = new RegExp(
  `^<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>$`,
  's',
);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');

/** Text with entities removed contains no bare `&`. */
const badAmpersand = (text: string): boolean => text.replace(ENTITY, '').includes('&');

/**
 * Problems that make a document not well-formed XML (a small checker, not a
 * full parser): unbalanced or mismatched tags, malformed tags or attributes,
 * duplicate attributes, bare `&`, text outside the one root element.
 */
export function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const body = text.replace(/^\uFEFF/, '');
  if (!body.startsWith('<?xml')) problems.push('no XML declaration at the start');
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const chunk = body.slice(i, lt === -1 ? body.length : lt);
    if (chunk.trim() !== '') {
      if (stack.length === 0)
        problems.push(`text outside the root element: "${chunk.slice(0, 40)}"`);
      if (badAmpersand(chunk)) problems.push(`bare & in text: "${chunk.slice(0, 60)}"`);
    }
    if (chunk.includes(']]>')) problems.push('"]]>" in text');
    if (lt === -1) break;
    const rest = body.slice(lt);
    let end: number;
    if (rest.startsWith('<?')) {
      end = body.indexOf('?>', lt);
      if (end === -1) return [...problems, 'unterminated processing instruction'];
      i = end + 2;
      continue;
    }
    if (rest.startsWith('<!--')) {
      end = body.indexOf('-->', lt);
      if (end === -1) return [...problems, 'unterminated comment'];
      i = end + 3;
      continue;
    }
    if (rest.startsWith('<![CDATA[')) {
      end = body.indexOf(']]>', lt);
      if (end === -1) return [...problems, 'unterminated CDATA section'];
      if (stack.length === 0) problems.push('CDATA outside the root element');
      i = end + 3;
      continue;
    }
    end = body.indexOf('>', lt);
    if (end === -1) return [...problems, `unterminated tag at offset ${lt}`];
    const tag = body.slice(lt, end + 1);
    i = end + 1;
    const close = /^<\/([^\s>]+)\s*>$/.exec(tag);
    if (close) {
      const open = stack.pop();
      if (open !== close[1]) problems.push(`</${close[1]}> closes <${open ?? '(nothing)'}>`);
      continue;
    }
    const start = START_TAG.exec(tag);
    if (!start) {
      problems.push(`malformed tag ${tag.slice(0, 80)}`);
      continue;
    }
    const seen = new Set<string>();
    for (const a of (start[2] ?? '').matchAll(ATTRIBUTE)) {
      const name = a[1] ?? '';
      if (seen.has(name)) problems.push(`duplicate attribute ${name} in ${tag.slice(0, 80)}`);
      seen.add(name);
      if (badAmpersand(a[2] ?? a[3] ?? '')) problems.push(`bare & in attribute ${name}`);
    }
    if (stack.length === 0) roots += 1;
    if (start[3] !== '/') stack.push(start[1] ?? '');
  }
  if (stack.length > 0) problems.push(`unclosed elements: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements, not 1`);
  return problems;
}

/** Replaces the five predefined entities and character references. */
export function decodeXml(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, cdata: string) => cdata)
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Raw inner XML of each (non-nested) element with this name, in order. */
export function xmlBlocks(xml: string, name: string): string[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`<${escaped}(?:\\s[^>]*)?>([\\s\\S]*?)</${escaped}>`, 'g');
  return [...xml.matchAll(pattern)].map((m) => m[1] ?? '');
}

/** Decoded text of each child element with this name, in order. */
export function xmlTexts(xml: string, name: string): string[] {
  return xmlBlocks(xml, name).map((t) => decodeXml(t).trim());
}

/** Attributes of every empty or start tag with this name, decoded. */
export function xmlTagAttrs(xml: string, name: string): Record<string, string>[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`<${escaped}(\\s[^>]*?)?/?>`, 'g');
  return [...xml.matchAll(pattern)].map((m) =>
    Object.fromEntries(
      [...(m[1] ?? '').matchAll(ATTRIBUTE)].map((a) => [a[1] ?? '', decodeXml(a[2] ?? a[3] ?? '')]),
    ),
  );
}
