/**
 * The targets of the scale issue, each judged MET, NOT MET or NOT MEASURED
 * (with the reason) from one run of the benchmark, and the table printed at
 * its end. Pure: takes the figures, returns verdicts and text.
 *
 * Targets are judged at TARGET_SIZE (growth over every measured step, the
 * check at CHECK_SIZE, after one more article with the cache kept, its
 * cold figure beside); a size the run did not build or check is NOT
 * MEASURED, with the figure at the largest size it did build beside, for
 * orientation only.
 */
import { describeRebuilt, type Rebuilt } from './rebuilt.ts';
import { formatMemory, formatSeconds, formatTable, type Summary } from './report.ts';

export const TARGET_SIZE = 4000;
export const CHECK_SIZE = 16000;
/** Site cost per HTML page over a bare Astro page of the same Markdown. */
export const MAX_PER_PAGE = 2;
/** Incremental rebuild after one more press release, over the cold build. */
export const MAX_REBUILD_FRACTION = 0.1;
/**
 * Build time may grow at most as fast as the articles, plus this much: the
 * medians of builds on a shared two-core machine differ by 5–10 % from run
 * to run at the same size, so a margin below that would judge noise.
 */
export const GROWTH_TOLERANCE = 0.1;
export const MAX_PEAK_BYTES = 1.5 * 2 ** 30;
export const MAX_PREVIEW_SECONDS = 1;
export const MAX_CHECK_SECONDS = 10;

export type Verdict = 'MET' | 'NOT MET' | 'NOT MEASURED';

export interface Target {
  name: string;
  limit: string;
  measured: string;
  verdict: Verdict;
}

/** A measurement that may be missing, and why. */
export type Maybe<T> = { value: T } | { skipped: string };

export interface RunFigures {
  /** Sizes built, in any order. */
  built: readonly Summary[];
  /**
   * `npm run check` median seconds by size (built sizes and check-only ones),
   * after one more article with the cache of the cold runs: the check is judged on these.
   */
  checks: ReadonlyMap<number, number>;
  /** `npm run check` median seconds by size with no cache, shown beside. */
  coldChecks?: ReadonlyMap<number, number>;
  /** Pages rendered again by the rebuild at TARGET_SIZE. */
  rebuilt?: Rebuilt | undefined;
  /**
   * Seconds from saving a cohort file to its page being served by `npm run
   * dev`, and (`problemSeconds`) from saving it with a problem to the problem
   * shown in the dev log and the editor's verdict, whichever is later.
   */
  preview: Maybe<{ articles: number; seconds: number; problemSeconds?: number | undefined }>;
}

const judge = (ok: boolean): Verdict => (ok ? 'MET' : 'NOT MET');
const notAt = (
  size: number,
  why: string,
  instead?: string,
): Pick<Target, 'measured' | 'verdict'> => ({
  measured: `${size} not measured: ${why}${instead ? ` (${instead})` : ''}`,
  verdict: 'NOT MEASURED',
});

/** The largest size built, whose figures are shown beside a target not measured at its size. */
export function largestBuilt(built: readonly Summary[]): Summary | undefined {
  return [...built].sort((a, b) => b.articles - a.articles)[0];
}

/** Cost per HTML page over the bare build's: the paired time ratio, scaled by pages written. */
export function perPageRatio(s: Summary): number {
  return (s.ratio * s.articles) / s.pages;
}

function atTarget(built: readonly Summary[]): Summary | undefined {
  return built.find((s) => s.articles === TARGET_SIZE);
}

/** Growth of the median cold build between consecutive built sizes, one target per step. */
function growthTargets(built: readonly Summary[], planned: readonly number[]): Target[] {
  const sizes = [...new Set([...built.map((s) => s.articles), ...planned])].sort((a, b) => a - b);
  return sizes.slice(1).map((to, i) => {
    const from = sizes[i] ?? 0;
    const [a, b] = [built.find((s) => s.articles === from), built.find((s) => s.articles === to)];
    const limit = `time ×${((to / from) * (1 + GROWTH_TOLERANCE)).toFixed(2)}`;
    const name = `growth ${from}→${to} no worse than linear`;
    if (!a || !b) return { name, limit, ...notAt(a ? to : from, 'not built in this run') };
    const ratio = b.ours / a.ours;
    return {
      name,
      limit,
      measured: `time ×${ratio.toFixed(2)} for articles ×${(to / from).toFixed(0)}`,
      verdict: judge(ratio <= (to / from) * (1 + GROWTH_TOLERANCE)),
    };
  });
}

/** Every target of the issue, in the issue's order. `planned`: every size of the run, built or not. */
export function evaluateTargets(f: RunFigures, planned: readonly number[]): Target[] {
  const at = atTarget(f.built);
  const why = 'not built in this run';
  const near = largestBuilt(f.built);
  const nearly = (text: (s: Summary) => string) =>
    near ? `at ${near.articles}: ${text(near)}` : undefined;
  const targets: Target[] = [
    {
      name: `cost per HTML page vs bare Astro at ${TARGET_SIZE}`,
      limit: `≤ ${MAX_PER_PAGE}×`,
      ...(at
        ? {
            measured: `${perPageRatio(at).toFixed(2)}×`,
            verdict: judge(perPageRatio(at) <= MAX_PER_PAGE),
          }
        : notAt(
            TARGET_SIZE,
            why,
            nearly((s) => `${perPageRatio(s).toFixed(2)}×`),
          )),
    },
    {
      name: `rebuild after one more press release at ${TARGET_SIZE}`,
      limit: `≤ ${MAX_REBUILD_FRACTION * 100} % of cold`,
      ...(at
        ? {
            measured: `${(at.rebuildFraction * 100).toFixed(0)} % (${formatSeconds(at.rebuild)} of ${formatSeconds(at.ours)})`,
            verdict: judge(at.rebuildFraction <= MAX_REBUILD_FRACTION),
          }
        : notAt(
            TARGET_SIZE,
            why,
            nearly((s) => `${(s.rebuildFraction * 100).toFixed(0)} %`),
          )),
    },
    ...growthTargets(f.built, planned),
    {
      name: `peak memory of the build at ${TARGET_SIZE}`,
      limit: `< ${formatMemory(MAX_PEAK_BYTES)}`,
      ...(at?.oursPeak == null
        ? notAt(
            TARGET_SIZE,
            at ? 'no peak memory measure on this machine' : why,
            at ? undefined : nearly((s) => formatMemory(s.oursPeak)),
          )
        : { measured: formatMemory(at.oursPeak), verdict: judge(at.oursPeak < MAX_PEAK_BYTES) }),
    },
    {
      name: 'dev preview: cohort file saved → its page served',
      limit: `< ${MAX_PREVIEW_SECONDS} s`,
      ...('skipped' in f.preview
        ? { measured: f.preview.skipped, verdict: 'NOT MEASURED' as const }
        : {
            measured: `${f.preview.value.seconds.toFixed(2)} s at ${f.preview.value.articles}`,
            verdict:
              f.preview.value.articles >= TARGET_SIZE
                ? judge(f.preview.value.seconds < MAX_PREVIEW_SECONDS)
                : ('NOT MEASURED' as const),
          }),
    },
    previewProblemTarget(f.preview),
  ];
  const check = f.checks.get(CHECK_SIZE);
  const cold = f.coldChecks?.get(CHECK_SIZE);
  targets.push({
    name: `npm run check at ${CHECK_SIZE}`,
    limit: `< ${MAX_CHECK_SECONDS} s`,
    ...(check === undefined
      ? notAt(CHECK_SIZE, 'not in this run (--large adds it)')
      : {
          measured: `${formatSeconds(check)} after +1 article${cold === undefined ? '' : ` (cold: ${formatSeconds(cold)})`}`,
          verdict: judge(check < MAX_CHECK_SECONDS),
        }),
  });
  return targets;
}

/** The problems of a saved file, shown in the same time as the saved page (the issue's preview target). */
function previewProblemTarget(preview: RunFigures['preview']): Target {
  const name = 'dev preview: cohort file saved with a problem → problem shown';
  const limit = `< ${MAX_PREVIEW_SECONDS} s`;
  if ('skipped' in preview)
    return { name, limit, measured: preview.skipped, verdict: 'NOT MEASURED' };
  const { articles, problemSeconds } = preview.value;
  if (problemSeconds === undefined)
    return { name, limit, measured: 'not measured in this run', verdict: 'NOT MEASURED' };
  return {
    name,
    limit,
    measured: `${problemSeconds.toFixed(2)} s at ${articles}`,
    verdict: articles >= TARGET_SIZE ? judge(problemSeconds < MAX_PREVIEW_SECONDS) : 'NOT MEASURED',
  };
}

/** The closing table: one line per target with its limit, figure and verdict; then the rebuild's pages at `size`. */
export function formatTargets(
  targets: readonly Target[],
  rebuilt?: { size: number; pages: Rebuilt },
): string {
  const table = formatTable(
    ['target', 'limit', 'measured', 'verdict'],
    targets.map((t) => [t.name, t.limit, t.measured, t.verdict]),
  );
  return rebuilt
    ? `${table}\n\nrebuild at ${rebuilt.size}: ${describeRebuilt(rebuilt.pages)}`
    : table;
}
