/**
 * Shared set-up of the browser tests: the built pages, the content they were
 * built from, and per test file one static server on 127.0.0.1, one Chromium
 * and one page, closed after the file's tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type Response,
} from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { parse } from 'yaml';
import { serveDir, type StaticServer } from './server.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The built site; E2E_DIST points the tests at another copy (e.g. a snapshot while others rebuild). */
export const DIST = resolve(process.env['E2E_DIST'] ?? join(ROOT, 'dist'));
export const CONTENT = join(ROOT, 'content');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Every host but the test server fails to resolve: nothing waits on the
  // network, and such requests still show up as request events.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      `${DIST}/index.html not found: run \`npx astro build\` before the browser tests`,
    );
  }
}

/** A 360 px touch phone at twice the pixel density, without motion: where passages are jumped to. */
export const TOUCH_PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 640 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  reducedMotion: 'reduce',
};

/** The first page of every source article, in both languages. */
export function sourcePages(): string[] {
  return distPages().filter(
    (p) => /^\/(?:en\/sources|sumber)\/[^/]+\/$/.test(p) && !/\/\d+\/$/.test(p),
  );
}

/** The built HTML file of a page address ("/a/" → dist/a/index.html). */
export function distFile(path: string): string {
  const clean = path.split(/[?#]/)[0] ?? '/';
  return join(DIST, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/**
 * Whether a built page runs any script: a `<script>` that is not JSON-LD data.
 * Only such pages can make requests after their load event.
 */
export function runsScripts(path: string): boolean {
  const html = readFileSync(distFile(path), 'utf8');
  return [...html.matchAll(/<script\b([^>]*)>/gi)].some(
    (m) => !/type\s*=\s*["']?application\/ld\+json/i.test(m[1] ?? ''),
  );
}

/** Address of every HTML page in dist ("a/index.html" → "/a/"), sorted. */
export function distPages(): string[] {
  assertBuilt();
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(DIST, join(e.parentPath, e.name)).split(sep).join('/'))
    .map((file) =>
      file === 'index.html'
        ? '/'
        : file.endsWith('/index.html')
          ? `/${file.slice(0, -'index.html'.length)}`
          : `/${file}`,
    )
    .sort();
}

/** Page addresses listed in dist's sitemap (sitemap-index.xml or sitemap.xml), or undefined without one. */
export function sitemapPages(): string[] | undefined {
  assertBuilt();
  const locs = (xml: string): string[] =>
    [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1] ?? '');
  const read = (url: string): string | undefined => {
    const file = join(DIST, new URL(url, 'http://x/').pathname);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const index = read('/sitemap-index.xml') ?? read('/sitemap.xml');
  if (index === undefined) return undefined;
  const pages: string[] = [];
  const isIndex = /<sitemapindex[\s>]/.test(index);
  for (const loc of locs(index)) {
    if (!isIndex) {
      pages.push(new URL(loc).pathname);
      continue;
    }
    const sub = read(new URL(loc).pathname);
    if (sub === undefined)
      throw new Error(`sitemap ${loc} listed in the index is missing from dist`);
    pages.push(...locs(sub).map((l) => new URL(l).pathname));
  }
  return [...new Set(pages)].sort();
}

export interface Citation {
  article: string;
  quote: string;
  supports: string[];
}
export interface Cohort {
  id: string;
  programme: string;
  theme: string;
  status: string;
  sources: Citation[];
  /** Passages giving another value for a field; their markers link like sources. */
  variants?: { field: string; article: string; quote: string }[];
}

/** The cohort records in content/cohorts (only the fields the tests use). */
export function cohorts(): Cohort[] {
  const dir = join(CONTENT, 'cohorts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({
      id: basename(f, '.yaml'),
      ...(parse(readFileSync(join(dir, f), 'utf8')) as Omit<Cohort, 'id'>),
    }));
}

export function cohort(id: string): Cohort {
  const found = cohorts().find((c) => c.id === id);
  if (!found) throw new Error(`content/cohorts/${id}.yaml not found`);
  return found;
}

export interface Site {
  /** Absolute address of a site path on the test server. */
  url(path: string): string;
  readonly origin: string;
  readonly browser: Browser;
  /** The file's browser context (created with the options given to useSite). */
  readonly context: BrowserContext;
  /**
   * The file's one page, reused by its tests: opening a page costs far more
   * than navigating one, and the tests run one after another.
   */
  readonly page: Page;
  /** Navigates the page to a site path and expects it to be served (200). */
  open(path: string): Promise<Response | null>;
}

/**
 * Starts the server, Chromium, a context and a page before the file's tests
 * and closes them after.
 */
export function useSite(options: BrowserContextOptions = {}): Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} not started (useSite runs in beforeAll)`);
    return value;
  };
  const url = (path: string): string => `${need(server, 'server').origin}${path}`;

  beforeAll(async () => {
    assertBuilt();
    server = await serveDir(DIST);
    browser = await chromium.launch({
      executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    context = await browser.newContext(options);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  return {
    url,
    get origin() {
      return need(server, 'server').origin;
    },
    get browser() {
      return need(browser, 'browser');
    },
    get context() {
      return need(context, 'browser context');
    },
    get page() {
      return need(page, 'page');
    },
    async open(path) {
      const response = await need(page, 'page').goto(url(path));
      expect(response?.status(), `HTTP status of ${path}`).toBe(200);
      return response;
    },
  };
}

/** Path and fragment of the page's current address ("/a/#x"). */
export function pathAndHash(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.hash;
}
