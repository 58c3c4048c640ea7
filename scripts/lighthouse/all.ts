/**
 * `npm run lighthouse -- --all [--runs N]`: one page of every page type
 * (./page-types.ts), audited N times each (default 3) in one Chromium, as
 * the default mode audits its four pages, but with text served gzipped as
 * the city's nginx serves it. Prints per page type the median
 * and lowest score of each category, MET / NOT MET against the targets by
 * the median (./median.ts), then for each page not met the audits that cost
 * points in its lowest-scoring run; resolves to the number of page types
 * not met. Slow (minutes): meant for a release check, not for every CI run.
 */
import lighthouse from 'lighthouse';
import { formatMedians, isMet, type PageRuns } from './median.ts';
import { pickPageTypes } from './page-types.ts';
import { CATEGORIES, failures, score, type LighthouseResult } from './targets.ts';

/** Audits `pages` on the server at `origin` with the Chromium listening on `port`. */
export async function auditAll(
  htmlFiles: readonly string[],
  origin: string,
  port: number,
  runs: number,
): Promise<number> {
  const results: PageRuns[] = [];
  const problems: string[] = [];
  for (const { type, path, skipAudits } of pickPageTypes(htmlFiles)) {
    const page: PageRuns = { type, path, runs: [] };
    results.push(page);
    if (path === undefined) {
      problems.push(`${type}: no page of this type in the build`);
      continue;
    }
    let worst: { total: number; lhr: LighthouseResult } | undefined;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const run = await lighthouse(`${origin}${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        ...(skipAudits ? { skipAudits } : {}),
      });
      if (!run) throw new Error(`no result for ${path}`);
      const lhr = run.lhr as unknown as LighthouseResult;
      if (run.lhr.runtimeError)
        problems.push(`${path}: Lighthouse error ${run.lhr.runtimeError.code}`);
      const scores = CATEGORIES.map((c) => score(lhr, c));
      page.runs.push(scores);
      const total = scores.reduce<number>((sum, s) => sum + (s ?? 0), 0);
      if (!worst || total < worst.total) worst = { total, lhr };
      process.stderr.write(
        `lighthouse: ${path} run ${i + 1}/${runs}: ${scores.join(' ')} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      );
    }
    if (!isMet(page) && worst)
      for (const f of failures(worst.lhr)) {
        problems.push(
          `${path}: ${f.category} ${f.score ?? 'not scored'} < ${f.target} (lowest run)`,
        );
        for (const audit of f.audits) problems.push(`${path}:   ${audit}`);
      }
  }
  process.stdout.write(formatMedians(results, runs));
  for (const p of problems) process.stdout.write(`${p}\n`);
  return results.filter((p) => !isMet(p)).length;
}
