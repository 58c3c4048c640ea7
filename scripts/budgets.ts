/**
 * node scripts/budgets.ts [distDir] — page-weight budgets over the built site
 * (`npm run budgets`, after `npm run build`).
 *
 * For every HTML page under distDir (default dist/): the HTML plus the
 * stylesheets it links (<link rel="stylesheet">, and their @imports), each
 * file gzipped (level 9), against the budget of its page type (home, list,
 * cohort, source, other; see scripts/budgets/page-weight.ts for the types, the
 * budgets and the measurement they came from). Pages with an executable
 * <script> must be on the allowlist (the search pages, SCRIPT_ALLOWLIST in
 * scripts/verify/site.ts); for those, the JavaScript they load (the scripts,
 * the modules those import, and pagefind.js from the search bundle) is
 * weighed against the script budget.
 *
 * Prints a table of the measured sizes, one `file: problem` line per breach,
 * then a summary; exit code 1 on any breach.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  PAGE_BUDGETS,
  PAGE_TYPES,
  SCRIPT_BUDGET,
  evaluatePage,
  jsImports,
  pageAssets,
  pageType,
  type PageType,
  type PageWeight,
} from './budgets/page-weight.ts';
import { SITE_URL } from '../src/site.config.ts';
import type { Problem } from './verify/problem.ts';
import { SCRIPT_ALLOWLIST, UNCHECKED_DIRS, listFiles } from './verify/site.ts';
import { cssUrls, fileForPath, resolveUrl } from './verify/urls.ts';

export interface BudgetReport {
  pages: PageWeight[];
  problems: Problem[];
}

/** Measures and checks every page of a built site folder. */
export function checkBudgets(distDir: string): BudgetReport {
  const all = listFiles(distDir);
  const files = new Set(all);
  const gzipCache = new Map<string, number>();
  const gzipped = (file: string): number => {
    let size = gzipCache.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
      gzipCache.set(file, size);
    }
    return size;
  };
  const problems: Problem[] = [];
  /** The dist file a URL written in `from` loads, or undefined (with a problem) when there is none. */
  const target = (from: string, page: string, url: string): string | undefined => {
    const resolved = resolveUrl(from, url, SITE_URL);
    if (resolved.kind !== 'internal') {
      problems.push({ file: page, message: `cannot weigh ${url} (not a file on this site)` });
      return undefined;
    }
    const found = fileForPath(resolved.path, files);
    if ('error' in found) {
      problems.push({ file: page, message: `cannot weigh ${url}: ${found.error}` });
      return undefined;
    }
    return found.file;
  };

  const pages: PageWeight[] = [];
  for (const file of all) {
    if (!file.endsWith('.html') || UNCHECKED_DIRS.some((dir) => file.startsWith(dir))) continue;
    const html = readFileSync(join(distDir, file), 'utf8');
    const assets = pageAssets(html);

    const css = new Set<string>();
    const cssQueue = assets.stylesheets.map((href) => ({ from: file, url: href }));
    for (let item = cssQueue.shift(); item; item = cssQueue.shift()) {
      const sheet = target(item.from, file, item.url);
      if (sheet === undefined || css.has(sheet)) continue;
      css.add(sheet);
      for (const url of cssUrls(readFileSync(join(distDir, sheet), 'utf8')))
        if (/\.css(?:[?#]|$)/i.test(url)) cssQueue.push({ from: sheet, url });
    }

    const js = new Set<string>();
    let inlineJs = 0;
    const jsQueue: { from: string; url: string }[] = [];
    for (const script of assets.scripts) {
      if (script.src !== undefined) jsQueue.push({ from: file, url: script.src });
      else inlineJs += gzipSync(script.inline, { level: 9 }).length;
    }
    // The search UI imports `${data-bundle}pagefind.js` at run time (not visible to jsImports).
    if (assets.scripts.length > 0)
      for (const bundle of assets.bundles)
        jsQueue.push({ from: file, url: `${bundle}pagefind.js` });
    for (let item = jsQueue.shift(); item; item = jsQueue.shift()) {
      const module = target(item.from, file, item.url);
      if (module === undefined || js.has(module)) continue;
      js.add(module);
      for (const url of jsImports(readFileSync(join(distDir, module), 'utf8')))
        jsQueue.push({ from: module, url });
    }

    const weight: PageWeight = {
      file,
      type: pageType(file),
      htmlBytes: Buffer.byteLength(html),
      htmlGzip: gzipped(file),
      cssGzip: [...css].reduce((sum, f) => sum + gzipped(f), 0),
      scripts: assets.scripts.length,
      jsGzip: inlineJs + [...js].reduce((sum, f) => sum + gzipped(f), 0),
    };
    pages.push(weight);
    for (const message of evaluatePage(weight, { scriptAllowlist: SCRIPT_ALLOWLIST }))
      problems.push({ file, message });
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { pages, problems };
}

const pad = (value: string | number, width: number): string => String(value).padStart(width);

/** The measured sizes: one line per page, then the maximum of each page type against its budget. */
export function formatTable(pages: readonly PageWeight[]): string {
  const width = Math.max(4, ...pages.map((p) => p.file.length));
  const lines = [
    `${'page'.padEnd(width)}  ${pad('type', 6)}  ${pad('html', 7)}  ${pad('html.gz', 7)}  ${pad('css.gz', 6)}  ${pad('total', 6)}  ${pad('budget', 6)}  ${pad('js.gz', 6)}`,
  ];
  for (const p of pages) {
    lines.push(
      `${p.file.padEnd(width)}  ${pad(p.type, 6)}  ${pad(p.htmlBytes, 7)}  ${pad(p.htmlGzip, 7)}  ${pad(p.cssGzip, 6)}  ${pad(p.htmlGzip + p.cssGzip, 6)}  ${pad(PAGE_BUDGETS[p.type], 6)}  ${pad(p.scripts > 0 ? p.jsGzip : '-', 6)}`,
    );
  }
  lines.push('', 'heaviest page of each type (gzipped bytes):');
  for (const type of PAGE_TYPES) {
    const ofType = pages.filter((p) => p.type === type);
    if (ofType.length === 0) continue;
    const max = ofType.reduce((a, b) => (b.htmlGzip + b.cssGzip > a.htmlGzip + a.cssGzip ? b : a));
    const total = max.htmlGzip + max.cssGzip;
    const budget = PAGE_BUDGETS[type as PageType];
    lines.push(
      `  ${type.padEnd(6)} ${pad(ofType.length, 3)} pages, max ${pad(total, 6)} (${max.file}), budget ${pad(budget, 6)}, headroom ${Math.round((100 * (budget - total)) / total)} %`,
    );
  }
  const withJs = pages.filter((p) => p.scripts > 0);
  if (withJs.length > 0) {
    const max = Math.max(...withJs.map((p) => p.jsGzip));
    lines.push(
      `  script ${pad(withJs.length, 3)} pages, max ${pad(max, 6)}, budget ${pad(SCRIPT_BUDGET, 6)}, headroom ${Math.round((100 * (SCRIPT_BUDGET - max)) / max)} %`,
    );
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist');
  if (!existsSync(dir)) {
    process.stderr.write(`budgets: ${dir} does not exist (run npm run build first)\n`);
    process.exit(1);
  }
  const { pages, problems } = checkBudgets(dir);
  process.stdout.write(formatTable(pages));
  process.stdout.write('\n');
  for (const p of problems) process.stdout.write(`${p.file}: ${p.message}\n`);
  if (pages.length === 0) {
    process.stdout.write(`${dir}: no HTML pages (run npm run build first)\n`);
    process.exitCode = 1;
  }
  process.stdout.write(
    `budgets: ${pages.length} pages weighed, ${problems.length} ${problems.length === 1 ? 'breach' : 'breaches'}\n`,
  );
  if (problems.length > 0) process.exitCode = 1;
}
