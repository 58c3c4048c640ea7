/**
 * node scripts/lighthouse.ts [distDir] [--all [--runs N]] — Lighthouse scores
 * of the built site (`npm run lighthouse`, after `npm run build`).
 *
 * Serves distDir (default dist/) on 127.0.0.1 with the e2e tests' static
 * server (tests/e2e/server.ts), starts Chromium headless with
 * chrome-launcher (CHROME_PATH, default /usr/bin/chromium) and runs
 * Lighthouse 12 with its default config (mobile: emulated phone, simulated
 * slow 4G and CPU throttling) on the home page, the timeline, one cohort
 * page and one source page (the first of each in dist/). Prints the
 * performance, accessibility, best-practices and SEO scores per page, and
 * for each category below its target (performance ≥ 98, the others 100; see
 * scripts/lighthouse/targets.ts) the audits that cost points, as
 * `page: problem` lines; exit code 1 if any category is below target.
 *
 * With `--all`, audits one page of every page type instead, N times each
 * (`--runs`, default 3), with text served gzipped as nginx serves it, and
 * judges the median (scripts/lighthouse/all.ts);
 * exit code 1 if any page type is below target.
 *
 * The static server does not send the Content-Security-Policy of
 * public/_headers, so Lighthouse's CSP audit sees no policy (it is
 * informative and not scored).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
  CATEGORIES,
  failures,
  formatScores,
  pickPages,
  score,
  type LighthouseResult,
} from './lighthouse/targets.ts';
import { auditAll } from './lighthouse/all.ts';
import { parseMode } from './lighthouse/mode.ts';
import { serveDir } from '../tests/e2e/server.ts';
import { listFiles } from './verify/site.ts';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function runAll(dir: string, runs: number): Promise<number> {
  const server = await serveDir(dir, { gzip: true });
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const html = listFiles(dir).filter((f) => f.endsWith('.html'));
    return (await auditAll(html, server.origin, chrome.port, runs)) === 0 ? 0 : 1;
  } finally {
    chrome.kill();
    await server.close();
  }
}

async function main(dir: string, args: readonly string[]): Promise<number> {
  if (!existsSync(dir)) {
    process.stderr.write(`lighthouse: ${dir} does not exist (run npm run build first)\n`);
    return 1;
  }
  const mode = parseMode(args);
  if (typeof mode === 'string') {
    process.stderr.write(`lighthouse: ${mode}\n`);
    return 1;
  }
  if (mode.all) return runAll(dir, mode.runs);
  const pages = pickPages(listFiles(dir).filter((f) => f.endsWith('index.html')));
  if (pages.length < 4) {
    process.stderr.write(`lighthouse: no cohort or source page in ${dir}\n`);
    return 1;
  }
  const server = await serveDir(dir);
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  const rows: { page: string; scores: (number | null)[] }[] = [];
  const problems: string[] = [];
  let failing = 0;
  try {
    for (const page of pages) {
      const started = performance.now();
      const run = await lighthouse(`${server.origin}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`no result for ${page}`);
      const lhr = run.lhr as unknown as LighthouseResult;
      if (run.lhr.runtimeError) {
        failing++;
        problems.push(
          `${page}: Lighthouse error ${run.lhr.runtimeError.code}: ${run.lhr.runtimeError.message}`,
        );
      }
      rows.push({ page, scores: CATEGORIES.map((c) => score(lhr, c)) });
      for (const f of failures(lhr)) {
        failing++;
        problems.push(
          `${page}: ${f.category} ${f.score ?? 'not scored'} < ${f.target}${f.audits.length ? '' : ' (no failing audit listed)'}`,
        );
        for (const audit of f.audits) problems.push(`${page}:   ${audit}`);
      }
      process.stderr.write(
        `lighthouse: ${page} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      );
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  process.stdout.write(formatScores(rows));
  for (const p of problems) process.stdout.write(`${p}\n`);
  process.stdout.write(
    `lighthouse: ${rows.length} pages, ${failing === 0 ? 'every category on target' : `${failing} below target`}\n`,
  );
  return failing === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = resolve(
    args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? 'dist',
  );
  main(dir, args).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`lighthouse: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
