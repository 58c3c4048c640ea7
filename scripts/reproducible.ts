/**
 * node scripts/reproducible.ts [--keep] — checks that the build is
 * reproducible (`npm run reproducible`).
 *
 * Builds the site twice from the same checkout into two temporary folders
 * under the system temp dir, each with its own new, empty Astro cache folder
 * (`cacheDir`, where `experimental.incrementalBuild` keeps
 * incremental-build.json and the copies of cached pages, and where the
 * content layer keeps data-store.json; node_modules/.astro by default). So
 * both builds are cold: the second cannot copy pages from the first, and the
 * project's own cache is neither read nor changed. Each build runs in its own
 * Node process through Astro's build() API.
 *
 * Then compares every file byte for byte and prints, for each file that
 * differs, the first differing byte offset and the bytes around it in both
 * builds (and files present in only one build); exit code 1 if any.
 * Prints "N files, byte-identical" on success. The temporary folders are
 * removed unless the builds differ or --keep is given.
 *
 * node scripts/reproducible.ts --compare DIR_A DIR_B compares two existing
 * folders without building.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareBuilds, formatDiff, isIdentical, type BuildDiff } from './reproducible/compare.ts';
import { listFiles } from './verify/site.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Compares two build folders. */
export function compareDirs(a: string, b: string): BuildDiff {
  return compareBuilds(
    listFiles(a),
    listFiles(b),
    (f) => readFileSync(join(a, f)),
    (f) => readFileSync(join(b, f)),
  );
}

/** Runs one cold build of the project into outDir, in a child process; returns seconds taken. */
function coldBuild(outDir: string, cacheDir: string): number {
  if (existsSync(cacheDir)) throw new Error(`${cacheDir} exists: the build would not be cold`);
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.url), `--build-into=${outDir}`, `--cache-dir=${cacheDir}`],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (child.status !== 0) throw new Error(`build into ${outDir} failed (exit ${child.status})`);
  // The cache must have gone to the folder given, else the build may have used node_modules/.astro.
  if (!existsSync(join(cacheDir, 'incremental-build.json')))
    throw new Error(`no incremental-build.json in ${cacheDir}: the build cache went elsewhere`);
  return (performance.now() - started) / 1000;
}

/** Child mode: one build with Astro's API, outDir and cacheDir overridden, the cache ignored. */
async function buildInto(outDir: string, cacheDir: string): Promise<void> {
  const { build } = await import('astro');
  await build({ root: ROOT, outDir, cacheDir, force: true, logLevel: 'warn' });
}

async function main(args: string[]): Promise<number> {
  const buildArg = args.find((a) => a.startsWith('--build-into='));
  const cacheArg = args.find((a) => a.startsWith('--cache-dir='));
  if (buildArg && cacheArg) {
    await buildInto(buildArg.slice('--build-into='.length), cacheArg.slice('--cache-dir='.length));
    return 0;
  }
  const compare = args.indexOf('--compare');
  if (compare >= 0) {
    const [a, b] = args.slice(compare + 1);
    if (!a || !b) {
      process.stderr.write('usage: node scripts/reproducible.ts --compare DIR_A DIR_B\n');
      return 2;
    }
    const diff = compareDirs(resolve(a), resolve(b));
    process.stdout.write(formatDiff(diff));
    return isIdentical(diff) ? 0 : 1;
  }

  const work = mkdtempSync(join(tmpdir(), 'jejak-reproducible-'));
  const a = join(work, 'a');
  const b = join(work, 'b');
  let failed = true;
  try {
    const first = coldBuild(a, join(work, 'cache-a'));
    process.stdout.write(`reproducible: first build ${first.toFixed(1)} s → ${a}\n`);
    const second = coldBuild(b, join(work, 'cache-b'));
    process.stdout.write(`reproducible: second build ${second.toFixed(1)} s → ${b}\n`);
    const diff = compareDirs(a, b);
    process.stdout.write(formatDiff(diff));
    failed = !isIdentical(diff);
    if (diff.compared === 0) process.stdout.write('reproducible: the builds wrote no files\n');
    return failed ? 1 : 0;
  } finally {
    if (failed || args.includes('--keep'))
      process.stdout.write(`reproducible: builds kept in ${work}\n`);
    else rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`reproducible: ${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
