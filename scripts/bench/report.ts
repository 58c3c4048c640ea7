/**
 * Pure helpers of the scale benchmark (scripts/bench.ts): medians, the
 * figures of one corpus size, growth between sizes and the printed table
 * (the targets are judged in ./targets.ts). No I/O, so the arithmetic of the report can be tested.
 */

/** What was measured for one corpus size. Times in seconds, memory in bytes (null: not measured). */
export interface SizeResult {
  articles: number;
  /** Cold builds of the site (incremental cache cleared), one per run. */
  ours: number[];
  /** Builds of the bare Astro project, one per run, paired with `ours` by index. */
  bare: number[];
  oursPeak: (number | null)[];
  barePeak: (number | null)[];
  /** HTML pages the site build wrote. */
  pages: number;
  /** `npm run check` on the corpus, one per run. */
  check: number[];
  /** Rebuild with the incremental cache kept, after one article and cohort were added. */
  rebuild: number;
  /** Pages the rebuild copied from the cache instead of rendering. */
  rebuildReused: number;
  rebuildPages: number;
}

/** Median of a non-empty list (mean of the two middle values for an even length). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
}

/** Median of the run-by-run ratios a[i] / b[i] (runs measured side by side share the machine's load). */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error('paired lists differ in length');
  return median(a.map((x, i) => x / (b[i] ?? NaN)));
}

/** Largest of the measured values, or null when none was measured. */
export function peak(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? Math.max(...known) : null;
}

export interface Summary {
  articles: number;
  ours: number;
  bare: number;
  ratio: number;
  oursPeak: number | null;
  barePeak: number | null;
  pages: number;
  pagesPerSecond: number;
  check: number;
  rebuild: number;
  /** Rebuild time as a fraction of the median cold build. */
  rebuildFraction: number;
  rebuildReused: number;
  rebuildPages: number;
}

/** The figures printed for one size. */
export function summarise(r: SizeResult): Summary {
  const ours = median(r.ours);
  return {
    articles: r.articles,
    ours,
    bare: median(r.bare),
    ratio: pairedRatio(r.ours, r.bare),
    oursPeak: peak(r.oursPeak),
    barePeak: peak(r.barePeak),
    pages: r.pages,
    pagesPerSecond: r.pages / ours,
    check: median(r.check),
    rebuild: r.rebuild,
    rebuildFraction: r.rebuild / ours,
    rebuildReused: r.rebuildReused,
    rebuildPages: r.rebuildPages,
  };
}

export interface Growth {
  from: number;
  to: number;
  /** to / from articles. */
  articleRatio: number;
  /** Median build time at `to` over median at `from`. */
  oursRatio: number;
  bareRatio: number;
}

/** Growth between consecutive sizes (summaries in increasing size). */
export function growth(summaries: readonly Summary[]): Growth[] {
  const sorted = [...summaries].sort((a, b) => a.articles - b.articles);
  return sorted.slice(1).flatMap((s, i) => {
    const prev = sorted[i];
    if (!prev) return [];
    return [
      {
        from: prev.articles,
        to: s.articles,
        articleRatio: s.articles / prev.articles,
        oursRatio: s.ours / prev.ours,
        bareRatio: s.bare / prev.bare,
      },
    ];
  });
}

/** "12.3 s" (one decimal), "1m 05 s" from a minute on. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds - m * 60);
  return s === 60 ? `${m + 1}m 00 s` : `${m}m ${String(s).padStart(2, '0')} s`;
}

/** Bytes as MiB, or "n/a" when not measured. */
export function formatMemory(bytes: number | null): string {
  return bytes === null ? 'n/a' : `${Math.round(bytes / 2 ** 20)} MiB`;
}

/** A plain-text table with left-aligned first column and right-aligned others. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The per-size table of the report. */
export function formatSummaries(summaries: readonly Summary[]): string {
  const header = [
    'articles',
    'build',
    'bare',
    'ratio',
    'peak build',
    'peak bare',
    'pages',
    'pages/s',
    'check',
    'rebuild +1',
    'rebuild/cold',
    'reused',
  ];
  const rows = summaries.map((s) => [
    String(s.articles),
    formatSeconds(s.ours),
    formatSeconds(s.bare),
    `${s.ratio.toFixed(2)}×`,
    formatMemory(s.oursPeak),
    formatMemory(s.barePeak),
    String(s.pages),
    s.pagesPerSecond.toFixed(1),
    formatSeconds(s.check),
    formatSeconds(s.rebuild),
    s.rebuildFraction.toFixed(2),
    `${s.rebuildReused}/${s.rebuildPages}`,
  ]);
  return formatTable(header, rows);
}

/** Growth lines of the report: build and bare time ratios between consecutive sizes. */
export function formatGrowth(summaries: readonly Summary[]): string {
  return growth(summaries)
    .map(
      (g) =>
        `growth ${g.from}→${g.to} (articles ×${g.articleRatio.toFixed(0)}): ` +
        `build ×${g.oursRatio.toFixed(2)}, bare ×${g.bareRatio.toFixed(2)}`,
    )
    .join('\n');
}
