/**
 * The measurements of one corpus size: generate the corpus (with
 * scripts/gen-corpus.ts of the snapshot), then, run by run, a cold build of
 * the site and a build of the bare project, alternating which goes first;
 * `npm run check` on the corpus; and one rebuild with the incremental cache
 * kept after one article and cohort are added. The size's folder is removed
 * at the end.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bareProject, siteProject } from './projects.ts';
import type { SizeResult } from './report.ts';
import { NODE, type BenchEnv } from './run.ts';

export interface SizeOptions {
  /** Builds of each kind, and check runs. */
  runs: number;
  /** Seed of the generated corpus. */
  seed: number;
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Number of .html files under `dir`. */
function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

/** Measures the site against the bare project on a generated corpus of `articles` articles. */
export function benchSize(articles: number, options: SizeOptions, env: BenchEnv): SizeResult {
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
    join(env.project, 'scripts', 'gen-corpus.ts'),
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
