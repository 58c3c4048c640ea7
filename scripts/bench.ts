/**
 * npm run bench [-- --sizes=1000,4000] [--runs=3] [--large] [--seed=1] [--keep]
 *
 * The scale benchmark. For each corpus size (1000 and 4000 articles; 16000
 * too with --large) it generates a synthetic content folder once
 * (scripts/gen-corpus.ts), then, run by run and side by side:
 *   (a) builds the site on it, cold (incremental cache cleared);
 *   (b) builds a bare Astro project that renders the same article .md files,
 *       one page each (written here at run time into a temp folder, with the
 *       project's node_modules symlinked in).
 * It also times `npm run check` on the corpus, and a rebuild with the
 * incremental cache kept after one article and cohort are added. Everything
 * runs on a copy of the project's code taken at the start, in a temp folder
 * (with its own outDir and cacheDir): nothing in the working tree is written,
 * and edits made there during the run do not change what is measured. Peak memory is the
 * maximum resident set size from /usr/bin/time -v when present, else that of
 * the Node build process itself (getrusage through a preload).
 *
 * Prints a report and exits 0; non-zero only if a build or the check fails.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
} from 'node:fs';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatSeconds, formatSummaries, formatVerdicts, summarise } from './bench/report.ts';
import type { SizeResult } from './bench/report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function option(name: string): string | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3);
}
const sizesArg = option('sizes');
const sizes = sizesArg
  ? sizesArg.split(',').map(Number)
  : [1000, 4000, ...(process.argv.includes('--large') ? [16000] : [])];
const runs = Number(option('runs') ?? '3');
const seed = Number(option('seed') ?? '1');
const keep = process.argv.includes('--keep');
if (!sizes.every((n) => Number.isInteger(n) && n > 0) || !Number.isInteger(runs) || runs < 1) {
  process.stderr.write('usage: npm run bench -- [--sizes=1000,4000] [--runs=3] [--large]\n');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'jejak-bench-'));

/**
 * The project's code as it is at the start, copied: teammates' edits during a long run do not
 * change what is measured halfway, nor invalidate the incremental cache, and the builds' own
 * files (.astro/) stay out of the working tree.
 */
function snapshot(dir: string): string {
  for (const name of [
    'src',
    'public',
    'scripts',
    'astro.config.mjs',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
  ]) {
    if (existsSync(join(ROOT, name)))
      cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
const PROJECT = snapshot(join(work, 'project'));
// Fallback peak memory: the build process writes its own getrusage() max RSS when it exits.
const rssHook = join(work, 'rss-hook.mjs');
writeFileSync(
  rssHook,
  "import { writeFileSync } from 'node:fs';\n" +
    "process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)));\n",
);

class RunFailed extends Error {}
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

interface Timed {
  seconds: number;
  peak: number | null;
  log: string;
}

/** Run a command (node scripts are run with NODE) with output to a log file; time it and read its peak RSS. */
function timed(
  label: string,
  command: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Timed {
  const log = join(work, `${label.replace(/\W+/g, '-')}.log`);
  const rssFile = join(work, 'rss.txt');
  rmSync(rssFile, { force: true });
  const [cmd = '', ...args] = TIME
    ? [TIME, '-v', '-o', rssFile, ...command]
    : command[0] === NODE
      ? [NODE, '--import', rssHook, ...command.slice(1)]
      : command;
  const fd = openSync(log, 'w');
  const start = performance.now();
  const result = spawnSync(cmd, args, {
    cwd: options.cwd ?? PROJECT,
    env: { ...process.env, ...options.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    stdio: ['ignore', fd, fd],
  });
  const seconds = (performance.now() - start) / 1000;
  closeSync(fd);
  if (result.status !== 0) {
    const text = readFileSync(log, 'utf8');
    process.stderr.write(
      `\n${label} failed (exit ${result.status ?? result.signal}):\n${text.slice(-4000)}\n`,
    );
    throw new RunFailed(label);
  }
  let peak: number | null = null;
  if (existsSync(rssFile)) {
    const text = readFileSync(rssFile, 'utf8');
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1];
    peak = TIME ? (kb ? Number(kb) * 1024 : null) : Number(text) || null;
  }
  process.stderr.write(`  ${label}: ${formatSeconds(seconds)}\n`);
  return { seconds, peak, log };
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

/** The site, built from `corpus` into dir/out with its own cache in dir/cache, through a config that extends ours. */
function siteProject(dir: string, corpus: string) {
  const cache = join(dir, 'cache');
  const out = join(dir, 'out');
  const config = join(dir, 'astro.config.mjs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    config,
    `import base from ${JSON.stringify(join(PROJECT, 'astro.config.mjs'))};\n` +
      `export default { ...base, cacheDir: ${JSON.stringify(cache)}, outDir: ${JSON.stringify(out)},\n` +
      `  vite: { ...base.vite, cacheDir: ${JSON.stringify(join(dir, 'vite'))} } };\n`,
  );
  // The prerender chunks in out/.prerender import packages: they resolve through this link.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // Astro resolves --config against the root. The build runs in `dir`: with an outDir outside the
  // working directory, Astro would put its prerender chunks in ./.astro/ of the project, shared with
  // any other build running there.
  const command = [NODE, ASTRO, 'build', '--root', PROJECT, '--config', relative(PROJECT, config)];
  return {
    out,
    build(label: string, cold: boolean): Timed {
      if (cold) for (const d of [cache, out]) rmSync(d, { recursive: true, force: true });
      return timed(label, command, { cwd: dir, env: { JEJAK_CONTENT_DIR: corpus } });
    },
  };
}

/** A bare Astro project: one page per article, glob() loader over the same .md files, default everything. */
function bareProject(dir: string, corpus: string) {
  const cache = join(dir, 'cache');
  const out = join(dir, 'out');
  const files: Record<string, string> = {
    'package.json': '{ "name": "bare-bench", "private": true, "type": "module" }\n',
    'astro.config.mjs':
      "import { defineConfig } from 'astro/config';\n" +
      `export default defineConfig({ cacheDir: ${JSON.stringify(cache)}, outDir: ${JSON.stringify(out)},\n` +
      `  devToolbar: { enabled: false }, vite: { cacheDir: ${JSON.stringify(join(dir, 'vite'))} } });\n`,
    'src/content.config.ts':
      "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      'export const collections = {\n' +
      `  articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(join(corpus, 'articles'))} }) }),\n};\n`,
    'src/pages/[...slug].astro':
      "---\nimport { getCollection, render } from 'astro:content';\n" +
      'export async function getStaticPaths() {\n' +
      "  const entries = await getCollection('articles');\n" +
      '  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\n' +
      'const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n' +
      '<html lang="id"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>\n' +
      '<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return {
    build(label: string): Timed {
      for (const d of [cache, out]) rmSync(d, { recursive: true, force: true });
      return timed(label, [NODE, ASTRO, 'build'], { cwd: dir });
    },
  };
}

function benchSize(articles: number): SizeResult {
  const dir = join(work, String(articles));
  const corpus = join(dir, 'content');
  process.stderr.write(`\n${articles} articles\n`);
  timed(`${articles} gen-corpus`, [
    NODE,
    join(PROJECT, 'scripts', 'gen-corpus.ts'),
    `--articles=${articles}`,
    `--seed=${seed}`,
    `--out=${corpus}`,
  ]);
  const site = siteProject(join(dir, 'site'), corpus);
  const bare = bareProject(join(dir, 'bare'), corpus);
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
  r.pages = countHtml(site.out);
  for (let i = 0; i < runs; i++) {
    const command = ['npm', 'run', '--silent', 'check', '--', `--content=${corpus}`, '--quiet'];
    r.check.push(timed(`${articles} run ${i + 1} npm run check`, command).seconds);
  }
  // The cache is warm from the last cold build: add one article and cohort, rebuild keeping it.
  timed(`${articles} gen-corpus --addition`, [
    NODE,
    join(PROJECT, 'scripts', 'gen-corpus.ts'),
    `--articles=${articles}`,
    `--seed=${seed}`,
    `--out=${corpus}`,
    '--addition',
  ]);
  const rebuild = site.build(`${articles} rebuild +1 article (cache kept)`, false);
  r.rebuild = rebuild.seconds;
  const rebuildLog = readFileSync(rebuild.log, 'utf8').replace(ANSI, '');
  r.rebuildReused = (rebuildLog.match(/\.html \((cached|restored)\)/g) ?? []).length;
  r.rebuildPages = countHtml(site.out);
  rmSync(dir, { recursive: true, force: true });
  return r;
}

const load = (): string => (loadavg()[0] ?? 0).toFixed(2);

function machine(): string {
  const cpu = cpus();
  const astro = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8'),
  ).version;
  return [
    `cpu: ${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`,
    `memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node: ${process.version}, astro: ${astro}`,
    `load average (1 min) at start: ${load()}`,
    `peak memory: ${TIME ? 'max RSS from /usr/bin/time -v' : 'max RSS of the Node build process (no /usr/bin/time)'}`,
  ].join('\n');
}

const header = `${machine()}\nsizes: ${sizes.join(', ')}; runs: ${runs}; seed: ${seed}`;
process.stderr.write(`${header}\n`);
const started = performance.now();
let status = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (!keep) rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}
try {
  const results = sizes.map(benchSize);
  const summaries = results.map(summarise);
  process.stdout.write(
    [
      '',
      header,
      `load average (1 min) at end: ${load()}; total ${formatSeconds((performance.now() - started) / 1000)}`,
      '',
      formatSummaries(summaries),
      '',
      formatVerdicts(summaries),
      '',
      'build, bare: median of the cold builds; ratio: median of the run-by-run ratios; peak: largest of the runs;',
      'pages: .html files the site build wrote; check: median of `npm run check`; rebuild +1: one rebuild after',
      'adding one article and one cohort, incremental cache kept; reused: pages the rebuild copied from the cache.',
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
