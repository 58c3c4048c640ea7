/**
 * Cohorts of a synthetic corpus that the check would take for one course
 * recorded twice (same programme and theme, days that may meet: the rule of
 * src/lib/check/records.ts) are different courses by construction, so the
 * later of each pair (in id order) declares the earlier in `distinct_from`,
 * as an editor would. Without this a large corpus fails `npm run check`.
 */
import { earliestDay, latestDay } from '../../src/lib/dates/partial-date.ts';

/** A generated cohort record, as written to its YAML file. */
export type CohortData = Record<string, unknown>;

interface Span {
  id: string;
  key: string;
  from: string;
  to: string;
}

function spanOf(id: string, c: CohortData): Span {
  const period = c['period'] as { start: string; end?: string };
  return {
    id,
    key: `${String(c['programme'])}\0${String(c['theme'])}`,
    from: earliestDay(period.start),
    to: latestDay(period.end ?? period.start),
  };
}

/**
 * Adds `distinct_from` to each cohort of `cohorts` (id → record) that meets
 * an earlier one. With `only` (an addition to a corpus already written),
 * only those records change, and they name every cohort they meet, earlier
 * or later. Returns the ids of the records it changed.
 */
export function declareDistinct(
  cohorts: ReadonlyMap<string, CohortData>,
  only?: ReadonlySet<string>,
): string[] {
  const spans = [...cohorts].map(([id, c]) => spanOf(id, c));
  spans.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const others = new Map<string, string[]>();
  spans.forEach((x, i) => {
    for (let j = i + 1; j < spans.length; j++) {
      const y = spans[j];
      if (!y || y.from > x.to) break;
      if (y.key !== x.key || x.from > y.to) continue;
      let [other, holder] = x.id < y.id ? [x.id, y.id] : [y.id, x.id];
      if (only && !only.has(holder)) [other, holder] = [holder, other];
      others.set(holder, [...(others.get(holder) ?? []), other]);
    }
  });
  const changed: string[] = [];
  for (const [id, named] of others) {
    const record = cohorts.get(id);
    if (!record || (only && !only.has(id))) continue;
    record['distinct_from'] = named.sort();
    changed.push(id);
  }
  return changed.sort();
}
