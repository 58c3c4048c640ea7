/**
 * The measurements of one corpus size: generate the corpus (with
 * scripts/gen-corpus.ts of the snapshot), then, run by run, a cold build of
 * the site and a build of the bare project, alternating which goes first;
 * `npm run check` on the corpus, cold; one article and cohort added, then
 * `npm run check` again with the cold runs' cache (check-runs.ts) and one
 * rebuild with the incremental cache kept, with the pages it rendered
 * again and why (listed one a line in <work>/<size>-rebuilt-pages.txt). A
 * check-only size (`builds: false`) is generated and checked cold and
 * warm, never built. The size's folder is removed at the end, unless the
 * preview is to be measured on its corpus (`keepCorpus`); then the caller
 * removes it.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearCheckCache, coldChecks, warmChecks } from './check-runs.ts';
import { bareProject, siteProject } from './projects.ts';
import { listRebuilt, rebuiltPages, type CacheManifest, type Rebuilt } from './rebuilt.ts';
import type { SizeResult } from './report.ts';
import { NODE, RunFailed, type BenchEnv } from './run.ts';

export interface SizeOptions {
  /** Builds of each kind, and check runs. */
  runs: number;
  /** Seed of the generated corpus. */
  seed: number;
  /** Build the site and the bare project (false: generate and check only). */
  builds: boolean;
  /** Leave the corpus in place for the caller (the preview measurement). */
  keepCorpus?: boolean;
}

export interface SizeOutcome {
  articles: number;
  /** The corpus folder (removed unless `keepCorpus`). */
  corpus: string;
  /** `npm run check` on the corpus, cold, one per run. */
  check: number[];
  /** `npm run check` after one more article, with the cold runs' cache, one per run. */
  checkWarm: number[];
  /** Why the size's builds stopped, when one failed (the report judges the size's targets NOT MET). */
  failed?: string;
  /** The builds, when the size was built. */
  built?: { result: SizeResult; rebuilt: Rebuilt };
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Number of .html files under `dir`. */
function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

/** Astro's incremental-build manifest in a cache folder, if there is one. */
function readManifest(cache: string): CacheManifest | undefined {
  const file = join(cache, 'incremental-build.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CacheManifest) : undefined;
}

/** Adds the corpus's one more article and cohort. */
function addOne(articles: number, corpus: string, seed: number, env: BenchEnv): void {
  env.timed(`${articles} gen-corpus --addition`, [
    NODE,
    join(env.project, 'scripts', 'gen-corpus.ts'),
    `--articles=${articles}`,
    `--seed=${seed}`,
    `--out=${corpus}`,
    '--addition',
  ]);
}

/** The cold builds of the site and the bare project, `runs` times each, into `r`. */
function buildRuns(
  articles: number,
  runs: number,
  site: ReturnType<typeof siteProject>,
  bare: ReturnType<typeof bareProject>,
  r: SizeResult,
): void {
  for (let i = 0; i < runs; i++) {
    // Alternate which build goes first, so a drift in the machine's load falls on both.
    const steps = [
      () => {
        const t = site.build(`${articles} run ${i + 1} site (cold)`, true);
        r.ours.push(t.seconds);
        r.oursPeak.push(t.peak);
      },
      () => {
        const t = bare.build(`${articles} run ${i + 1} bare`);
        r.bare.push(t.seconds);
        r.barePeak.push(t.peak);
      },
    ];
    for (const step of i % 2 === 0 ? steps : steps.reverse()) step();
  }
}

/** Measures the site against the bare project on a generated corpus of `articles` articles. */
export function benchSize(articles: number, options: SizeOptions, env: BenchEnv): SizeOutcome {
  const { runs, seed } = options;
  const { timed } = env;
  const dir = join(env.work, String(articles));
  const corpus = join(dir, 'content');
  process.stderr.write(`\n${articles} articles\n`);
  timed(`${articles} gen-corpus`, [
    NODE,
    join(env.project, 'scripts', 'gen-corpus.ts'),
    `--articles=${articles}`,
    `--seed=${seed}`,
    `--out=${corpus}`,
  ]);
  if (!options.builds) {
    const check = coldChecks(articles, corpus, runs, env);
    addOne(articles, corpus, seed, env);
    const checkWarm = warmChecks(articles, corpus, runs, env);
    clearCheckCache(corpus, env);
    if (!options.keepCorpus) rmSync(dir, { recursive: true, force: true });
    return { articles, corpus, check, checkWarm };
  }
  const site = siteProject(join(dir, 'site'), corpus, env);
  const bare = bareProject(join(dir, 'bare'), corpus, env);
  const r: SizeResult = {
    articles,
    ours: [],
    bare: [],
    oursPeak: [],
    barePeak: [],
    pages: 0,
    check: [],
    rebuild: 0,
    rebuildReused: 0,
    rebuildPages: 0,
  };
  try {
    buildRuns(articles, runs, site, bare, r);
  } catch (error) {
    // A size that cannot be built (out of memory, say) is reported as such, not the whole run lost.
    if (!(error instanceof RunFailed)) throw error;
    const check = coldChecks(articles, corpus, runs, env);
    addOne(articles, corpus, seed, env);
    const checkWarm = warmChecks(articles, corpus, runs, env);
    clearCheckCache(corpus, env);
    for (const d of options.keepCorpus ? [join(dir, 'site'), join(dir, 'bare')] : [dir])
      rmSync(d, { recursive: true, force: true });
    return { articles, corpus, check, checkWarm, failed: error.message };
  }
  r.pages = countHtml(site.out);
  r.check = coldChecks(articles, corpus, runs, env);
  // The cache is warm from the last cold build: add one article and cohort, rebuild keeping it.
  addOne(articles, corpus, seed, env);
  const checkWarm = warmChecks(articles, corpus, runs, env);
  clearCheckCache(corpus, env);
  const before = readManifest(site.cache);
  const rebuild = site.build(`${articles} rebuild +1 article (cache kept)`, false);
  r.rebuild = rebuild.seconds;
  const log = readFileSync(rebuild.log, 'utf8').replace(ANSI, '');
  const rebuilt = rebuiltPages(log, before, readManifest(site.cache));
  writeFileSync(join(env.work, `${articles}-rebuilt-pages.txt`), listRebuilt(rebuilt));
  r.rebuildReused = rebuilt.reused;
  r.rebuildPages = countHtml(site.out);
  // The corpus now holds the addition: the preview measured on it sees one more cohort, harmlessly.
  for (const d of options.keepCorpus ? [join(dir, 'site'), join(dir, 'bare')] : [dir])
    rmSync(d, { recursive: true, force: true });
  return { articles, corpus, check: r.check, checkWarm, built: { result: r, rebuilt } };
}
