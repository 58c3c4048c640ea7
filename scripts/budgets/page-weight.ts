/**
 * Page-weight budgets for the built site (pure part of scripts/budgets.ts):
 * which kind of page a dist file is, what a page loads (stylesheets and
 * scripts), which modules a script imports, and how measured sizes compare
 * with the budgets. All sizes are gzip level 9 bytes, one file at a time
 * (as a server compresses them).
 *
 * The parts of each script live in a folder named after it
 * (scripts/budgets.ts → scripts/budgets/), as for bench/ and new/: a reader
 * who finds the script in package.json finds its parts beside it.
 */
import { parse } from 'parse5';

export type PageType = 'home' | 'list' | 'cohort' | 'source' | 'other';

export const PAGE_TYPES: readonly PageType[] = ['home', 'list', 'cohort', 'source', 'other'];

/**
 * Budget per page type: HTML plus the stylesheets it links, gzipped.
 *
 * Chosen from measurement on 2026-12-02 (68 pages, `npm run budgets` on a
 * fresh build), with about 30 % headroom over the heaviest page of each type.
 * Measured maxima, HTML gz + CSS gz = total (budget, headroom):
 * - home (with its inline SVG charts), index.html: 6 372 + 4 717 = 11 089 (14 500, 31 %)
 * - list (timelines and their filters, source lists, themes, programmes),
 *   en/timeline/index.html: 3 312 + 4 088 = 7 400 (9 500, 28 %)
 * - cohort, angkatan/2023-03-public-service/: 3 262 + 4 088 = 7 350 (9 500, 29 %)
 * - source (stored article with its passages),
 *   en/sources/2023-05-jambi-update-water-management/: 6 092 + 4 088 = 10 180 (13 500, 33 %)
 * - other (about, charts, claim check, data dictionary, open data, search, …),
 *   kamus-data/index.html: 7 474 + 4 088 = 11 562 (15 000, 30 %)
 * The shared stylesheet (Base, 4 088 gz) is in every total; the chart
 * stylesheet (629 gz) is added where charts are shown.
 */
export const PAGE_BUDGETS: Readonly<Record<PageType, number>> = {
  home: 14_500,
  list: 9_500,
  cohort: 9_500,
  source: 13_500,
  other: 15_000,
};

/**
 * Budget for the JavaScript a page loads (only the allowlisted search pages
 * may load any): its scripts, the modules they import and the search runtime
 * (pagefind.js), each gzipped. Measured on 2026-12-02 on cari/ and
 * en/search/: 960 (SearchView entry) + 1 488 (search-ui) + 13 378
 * (pagefind.js) = 15 826; budget with 30 % headroom. (Pagefind's WebAssembly
 * and index chunks, fetched when a query runs, are not JavaScript and not
 * counted.)
 */
export const SCRIPT_BUDGET = 20_500;

/** The kind of page a dist HTML file (path relative to dist, with "/") is. */
export function pageType(file: string): PageType {
  if (file === 'index.html' || file === 'en/index.html') return 'home';
  if (/^(?:angkatan|en\/cohorts)\/[^/]+\/index\.html$/.test(file)) return 'cohort';
  const source = /^(?:sumber|en\/sources)\/([^/]+)\/index\.html$/.exec(file);
  if (source) return /^\d+$/.test(source[1] ?? '') ? 'list' : 'source';
  if (/^(?:sumber|en\/sources)\/index\.html$/.test(file)) return 'list';
  if (/^(?:linimasa|en\/timeline|tema|en\/themes|program|en\/programmes)\//.test(file))
    return 'list';
  return 'other';
}

/** A <script> in a page. */
export interface PageScript {
  /** The src attribute, when the script is a file. */
  src?: string | undefined;
  /** Text of an inline script. */
  inline: string;
  type: string;
}

/** What a page loads that counts against its budget. */
export interface PageAssets {
  /** href of every <link rel="stylesheet">, in document order. */
  stylesheets: string[];
  /** Executable scripts (JSON-LD and other data blocks excluded). */
  scripts: PageScript[];
  /** data-bundle attributes: folders the search UI imports pagefind.js from at run time. */
  bundles: string[];
}

interface Attr {
  name: string;
  value: string;
}
interface Node {
  nodeName: string;
  attrs?: Attr[];
  childNodes?: Node[];
  value?: string;
  content?: Node;
}

/** Script types a browser runs (empty, JavaScript MIME types, module). */
export function isExecutableScriptType(type: string): boolean {
  const t = type.trim().toLowerCase();
  return (
    t === '' ||
    t === 'module' ||
    /^(?:text|application)\/(?:x-)?(?:javascript|ecmascript)$/.test(t) ||
    t === 'text/jscript'
  );
}

/** Stylesheets, executable scripts and search bundles of an HTML page. */
export function pageAssets(html: string): PageAssets {
  const doc = parse(html) as unknown as Node;
  const assets: PageAssets = { stylesheets: [], scripts: [], bundles: [] };
  const stack: Node[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    const children = [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    const attr = (name: string): string | undefined =>
      node.attrs?.find((a) => a.name === name)?.value;
    if (node.nodeName === 'link') {
      const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr('href');
      if (rel.includes('stylesheet') && href) assets.stylesheets.push(href);
    } else if (node.nodeName === 'script') {
      const type = attr('type') ?? '';
      if (!isExecutableScriptType(type)) continue;
      const inline = (node.childNodes ?? []).map((c) => c.value ?? '').join('');
      assets.scripts.push({ src: attr('src'), inline, type });
    }
    const bundle = attr('data-bundle');
    if (bundle !== undefined) assets.bundles.push(bundle);
  }
  return assets;
}

/**
 * Module specifiers a script imports with a literal string: `import … from
 * "x"`, `import "x"`, `export … from "x"` and `import("x")` (also with a
 * backtick string without `${}`). Specifiers computed at run time are not
 * visible here.
 */
export function jsImports(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'`])([^"'`$\n]+)\1/g,
    /\bimport\s*\(\s*(["'`])([^"'`$\n]+)\1\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.add(m[2] ?? '');
  found.delete('');
  return [...found];
}

/** Measured weight of one page. */
export interface PageWeight {
  file: string;
  type: PageType;
  /** Raw HTML bytes. */
  htmlBytes: number;
  htmlGzip: number;
  /** Sum of the linked stylesheets, each gzipped. */
  cssGzip: number;
  /** Executable <script> elements in the page. */
  scripts: number;
  /** Sum of the JavaScript the page loads, each file gzipped (0 without scripts). */
  jsGzip: number;
}

export interface BudgetOptions {
  pageBudgets?: Readonly<Record<PageType, number>> | undefined;
  scriptBudget?: number | undefined;
  /** Pages allowed to load JavaScript. */
  scriptAllowlist: readonly string[];
}

/** Problems of one page against the budgets (empty when within). */
export function evaluatePage(page: PageWeight, options: BudgetOptions): string[] {
  const budgets = options.pageBudgets ?? PAGE_BUDGETS;
  const scriptBudget = options.scriptBudget ?? SCRIPT_BUDGET;
  const problems: string[] = [];
  const total = page.htmlGzip + page.cssGzip;
  const budget = budgets[page.type];
  if (total > budget) {
    problems.push(
      `${page.type} page weighs ${total} B gzipped (HTML ${page.htmlGzip} + CSS ${page.cssGzip}), over its budget of ${budget} B by ${total - budget} B`,
    );
  }
  if (page.scripts > 0 && !options.scriptAllowlist.includes(page.file)) {
    problems.push(
      `loads JavaScript (${page.scripts} <script>, ${page.jsGzip} B gzipped); only ${options.scriptAllowlist.join(', ')} may`,
    );
  } else if (page.jsGzip > scriptBudget) {
    problems.push(
      `JavaScript weighs ${page.jsGzip} B gzipped, over the script budget of ${scriptBudget} B by ${page.jsGzip - scriptBudget} B`,
    );
  }
  return problems;
}
