/**
 * npm run bench [-- --sizes=1000,4000] [--runs=3] [--large] [--check-only=16000]
 *               [--no-preview] [--seed=1] [--keep]
 *
 * The scale benchmark. For each corpus size (1000 and 4000 articles; 16000
 * too with --large) it generates a synthetic content folder once
 * (scripts/gen-corpus.ts), then, run by run and side by side:
 *   (a) builds the site on it, cold (incremental cache cleared);
 *   (b) builds a bare Astro project that renders the same article .md files,
 *       one page each (written here at run time into a temp folder, with the
 *       project's node_modules symlinked in).
 * It also times `npm run check` on the corpus, cold and after one more
 * article with its cache kept (judged on the latter), and a rebuild with the
 * incremental cache kept after one article and cohort are added. Everything
 * runs on a copy of the project's code taken at the start, in a temp folder
 * (with its own outDir and cacheDir): nothing in the working tree is written,
 * and edits made there during the run do not change what is measured. Peak memory is the
 * maximum resident set size from /usr/bin/time -v when present, else that of
 * the Node build process itself (getrusage through a preload).
 *
 * Sizes listed in --check-only are generated and checked, not built (a
 * 16000-article build takes long and much memory on a shared machine). The
 * preview (scripts/bench/preview.ts: `astro dev` on the corpus, one cohort
 * file saved, the page polled) is measured on the target size's corpus, else
 * the largest built one, unless --no-preview. The report ends with the
 * issue's targets, each MET, NOT MET or NOT MEASURED (scripts/bench/targets.ts).
 *
 * Prints a report and exits 0; non-zero only if a build or the check fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { load, machine } from './bench/machine.ts';
import { median } from './bench/report.ts';
import { snapshot } from './bench/projects.ts';
import { measurePreview } from './bench/preview.ts';
import { formatGrowth, formatSeconds, formatSummaries, summarise } from './bench/report.ts';
import { createTimer, RunFailed, type BenchEnv } from './bench/run.ts';
import { benchSize } from './bench/size.ts';
import { evaluateTargets, formatTargets, TARGET_SIZE, type RunFigures } from './bench/targets.ts';

const ROOT = resolve(import.meta.dirname, '..');

function option(name: string): string | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3);
}
const sizesArg = option('sizes');
const sizes = sizesArg
  ? sizesArg.split(',').map(Number)
  : [1000, 4000, ...(process.argv.includes('--large') ? [16000] : [])];
const checkOnly = new Set((option('check-only') ?? '').split(',').filter(Boolean).map(Number));
const withPreview = !process.argv.includes('--no-preview');
const runs = Number(option('runs') ?? '3');
const seed = Number(option('seed') ?? '1');
const keep = process.argv.includes('--keep');
if (!sizes.every((n) => Number.isInteger(n) && n > 0) || !Number.isInteger(runs) || runs < 1) {
  process.stderr.write(
    'usage: npm run bench -- [--sizes=1000,4000] [--runs=3] [--large] [--check-only=16000] [--no-preview]\n',
  );
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'jejak-bench-'));
const project = snapshot(ROOT, join(work, 'project'));
const env: BenchEnv = { root: ROOT, project, work, timed: createTimer(work, project) };

const header = `${machine(ROOT)}\nsizes: ${sizes.join(', ')}; runs: ${runs}; seed: ${seed}`;
process.stderr.write(`${header}\n`);
const started = performance.now();
let status = 0;
let previewFirst: number | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (!keep) rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}
try {
  const built = sizes.filter((n) => !checkOnly.has(n));
  const previewSize = built.includes(TARGET_SIZE) ? TARGET_SIZE : Math.max(...built);
  const outcomes = sizes.map((n) =>
    benchSize(
      n,
      { runs, seed, builds: !checkOnly.has(n), keepCorpus: withPreview && n === previewSize },
      env,
    ),
  );
  const summaries = outcomes.flatMap((o) => (o.built ? [summarise(o.built.result)] : []));
  const previewCorpus = outcomes.find((o) => o.articles === previewSize)?.corpus;
  let preview: RunFigures['preview'] = { skipped: 'skipped (--no-preview)' };
  if (withPreview && previewCorpus) {
    const times = await measurePreview(project, previewCorpus, join(work, 'preview.log'));
    process.stderr.write(`  preview at ${previewSize}: ${JSON.stringify(times)}\n`);
    preview = {
      value: {
        articles: previewSize,
        seconds: times.saveToServed,
        problemSeconds: Math.max(times.problemLogged, times.problemInVerdict),
      },
    };
    previewFirst = times.firstPage;
  } else if (withPreview) preview = { skipped: 'no size was built' };
  const rebuilt = outcomes.find((o) => o.articles === TARGET_SIZE)?.built?.rebuilt;
  // What the rebuild rendered again, at the target size, else at the largest size built.
  const builtOutcomes = outcomes.filter((o) => o.built).sort((a, b) => b.articles - a.articles);
  const shown = builtOutcomes.find((o) => o.articles === TARGET_SIZE) ?? builtOutcomes[0];
  const shownRebuilt = shown?.built && { size: shown.articles, pages: shown.built.rebuilt };
  const figures: RunFigures = {
    built: summaries,
    checks: new Map(outcomes.map((o) => [o.articles, median(o.checkWarm)])),
    coldChecks: new Map(outcomes.map((o) => [o.articles, median(o.check)])),
    rebuilt,
    preview,
  };
  const checkLines = outcomes.map(
    (o) =>
      `npm run check at ${o.articles}: cold ${formatSeconds(median(o.check))}, after +1 article with the cache ${formatSeconds(median(o.checkWarm))}`,
  );
  process.stdout.write(
    [
      '',
      header,
      `load average (1 min) at end: ${load()}; total ${formatSeconds((performance.now() - started) / 1000)}`,
      '',
      formatSummaries(summaries),
      '',
      formatGrowth(summaries),
      ...checkLines,
      ...(previewFirst === undefined
        ? []
        : [
            `dev preview at ${previewSize}: first page served ${formatSeconds(previewFirst)} after start`,
          ]),
      '',
      formatTargets(evaluateTargets(figures, sizes), shownRebuilt),
      '',
      'build, bare: median of the cold builds; ratio: median of the run-by-run ratios; peak: largest of the runs;',
      'pages: .html files the site build wrote; check: median of `npm run check` (cold: its cache deleted; after +1:',
      "one more article, the cold runs' cache kept); rebuild +1: one rebuild after adding one article and one cohort,",
      'incremental cache kept; reused: pages the rebuild copied from the cache.',
      '',
    ].join('\n'),
  );
} catch (error) {
  if (!(error instanceof RunFailed)) throw error;
  status = 1;
} finally {
  if (keep) process.stderr.write(`kept ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}
process.exitCode = status;
