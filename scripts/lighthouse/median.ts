/**
 * Several Lighthouse runs of one page summed up (pure part of
 * scripts/lighthouse.ts `--all`): the median and the lowest score per
 * category, judged by the median against its target, and the table printed
 * with MET / NOT MET per page. Scores are 0–100; a run Lighthouse could not
 * score (null) counts as 0, so a flaky page cannot pass on its good runs.
 */
import { CATEGORIES, TARGETS, type Category } from './targets.ts';

export interface Summary {
  median: number;
  min: number;
}

/** The median (mean of the two middle values for an even count) and the minimum; NaN for no runs. */
export function summarize(scores: readonly (number | null)[]): Summary {
  const sorted = scores.map((s) => s ?? 0).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: Number.NaN, min: Number.NaN };
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0 };
}

export interface PageRuns {
  type: string;
  /** Path audited, or undefined when the build has no page of this type. */
  path: string | undefined;
  /** One entry per run: the score of each category, in CATEGORIES order. */
  runs: (number | null)[][];
}

/** Whether every category's median reaches its target (a missing page or no run never does). */
export function isMet(page: PageRuns): boolean {
  if (page.path === undefined || page.runs.length === 0) return false;
  return CATEGORIES.every(
    (c, i) => summarize(page.runs.map((r) => r[i] ?? null)).median >= TARGETS[c],
  );
}

const cell = (s: Summary): string => (Number.isNaN(s.median) ? 'n/a' : `${s.median} (${s.min})`);

/** The table: per page type its path, per category "median (min)", and MET / NOT MET. */
export function formatMedians(pages: readonly PageRuns[], runs: number): string {
  const head = ['page type', 'path', ...CATEGORIES, 'result'];
  const body = pages.map((p) => [
    p.type,
    p.path ?? '(none in build)',
    ...CATEGORIES.map((_c: Category, i) => cell(summarize(p.runs.map((r) => r[i] ?? null)))),
    isMet(p) ? 'MET' : 'NOT MET',
  ]);
  const target = ['target', '', ...CATEGORIES.map((c) => `≥${TARGETS[c]}`), ''];
  const rows = [head, ...body, target];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const met = pages.filter(isMet).length;
  return `${rows.map(line).join('\n')}\nmedian (min) of ${runs} run${runs === 1 ? '' : 's'} per page; ${met} of ${pages.length} page types on target\n`;
}
