/**
 * Lighthouse targets (pure part of scripts/lighthouse.ts): which pages are
 * audited, the minimum score of each category, and which audits keep a
 * category below its target. The result shape is the part of Lighthouse's
 * report (LH.Result) read here.
 *
 * The parts of each script live in a folder named after it
 * (scripts/lighthouse.ts → scripts/lighthouse/), as for bench/ and new/: a
 * reader who finds the script in package.json finds its parts beside it.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Minimum score (0–100) per category. */
export const TARGETS: Readonly<Record<Category, number>> = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

/** The parts of a Lighthouse result used here. */
export interface LighthouseResult {
  categories: Record<
    string,
    { title: string; score: number | null; auditRefs: { id: string; weight: number }[] } | undefined
  >;
  audits: Record<
    string,
    | { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
    | undefined
  >;
}

/**
 * The pages audited, as URL paths, from the dist HTML files (paths relative
 * to dist): home, the timeline, the first cohort page and the first source
 * page (in sorted order; source list pagination excluded).
 */
export function pickPages(htmlFiles: readonly string[]): string[] {
  const sorted = [...htmlFiles].sort();
  const first = (pattern: RegExp): string | undefined => {
    const file = sorted.find((f) => pattern.test(f));
    return file === undefined ? undefined : `/${file.slice(0, -'index.html'.length)}`;
  };
  const cohort = first(/^angkatan\/[^/]+\/index\.html$/);
  const source = first(/^sumber\/(?!\d+\/)[^/]+\/index\.html$/);
  const pages = ['/', '/linimasa/'];
  if (cohort) pages.push(cohort);
  if (source) pages.push(source);
  return pages;
}

/** A category's score as 0–100, or null when Lighthouse could not score it. */
export function score(result: LighthouseResult, category: Category): number | null {
  const s = result.categories[category]?.score;
  return s === null || s === undefined ? null : Math.round(s * 100);
}

export interface CategoryFailure {
  category: Category;
  score: number | null;
  target: number;
  /** Audits of the category that did not pass fully: title, score and shown value. */
  audits: string[];
}

/** The categories below their target, each with the audits that cost points. */
export function failures(
  result: LighthouseResult,
  targets: Readonly<Record<Category, number>> = TARGETS,
): CategoryFailure[] {
  const out: CategoryFailure[] = [];
  for (const category of CATEGORIES) {
    const s = score(result, category);
    if (s !== null && s >= targets[category]) continue;
    const audits: string[] = [];
    for (const ref of result.categories[category]?.auditRefs ?? []) {
      const audit = result.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable')
        continue;
      const value = audit.displayValue ? `, ${audit.displayValue}` : '';
      const weight = ref.weight > 0 ? '' : ', weight 0';
      audits.push(
        `${audit.title} (${ref.id}: score ${Math.round(audit.score * 100)}${value}${weight})`,
      );
    }
    out.push({ category, score: s, target: targets[category], audits });
  }
  return out;
}

/** The table of scores: one row per page, one column per category. */
export function formatScores(rows: readonly { page: string; scores: (number | null)[] }[]): string {
  const width = Math.max(4, ...rows.map((r) => r.page.length));
  const cols = CATEGORIES.map((c) => Math.max(c.length, 3));
  const line = (first: string, cells: string[]): string =>
    [first.padEnd(width), ...cells.map((c, i) => c.padStart(cols[i] ?? 3))].join('  ');
  return `${[
    line('page', [...CATEGORIES]),
    ...rows.map((r) =>
      line(
        r.page,
        r.scores.map((s) => (s === null ? 'n/a' : String(s))),
      ),
    ),
    line(
      'target',
      CATEGORIES.map((c) => `≥${TARGETS[c]}`),
    ),
  ].join('\n')}\n`;
}
