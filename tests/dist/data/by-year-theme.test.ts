/** participants-by-year-theme.json: the cohorts counted by start year, theme and status. */
import { describe, expect, it } from 'vitest';
import { cohortYear } from '../../../src/lib/data/cohort-dates.ts';
import type { Cohort } from '../../../src/schemas/cohort.ts';
import { siteContent } from '../../helpers/dist.ts';
import { anyKnown, complete, jsonTable, knownSum, sorted } from './tables.ts';

const { content } = siteContent();

describe('participants-by-year-theme.csv', () => {
  const json = jsonTable('participants-by-year-theme');
  const file = json.file;

  it('has one row per start year, theme and status, computed from the cohort files', () => {
    const groups = new Map<string, Cohort[]>();
    for (const c of content.cohorts) {
      const d = c.data;
      const year = cohortYear(d);
      if (year === undefined) continue;
      const key = `${year}|${d.theme}|${d.status}`;
      groups.set(key, [...(groups.get(key) ?? []), d]);
    }
    const ids = new Map<string, string[]>();
    for (const c of content.cohorts) {
      const year = cohortYear(c.data);
      if (year === undefined) continue;
      const key = `${year}|${c.data.theme}|${c.data.status}`;
      ids.set(key, [...(ids.get(key) ?? []), c.id]);
    }
    const expected = [...groups].map(([key, cohorts]) => ({
      key,
      cohorts: cohorts.length,
      participants: cohorts.every(complete) ? cohorts.reduce((s, c) => s + knownSum(c), 0) : null,
      participants_at_least: cohorts.some(anyKnown)
        ? cohorts.reduce((s, c) => s + knownSum(c), 0)
        : null,
      count_known: cohorts.every(complete),
      cohort_ids: sorted(ids.get(key) ?? []),
    }));
    const actual = json.rows.map((r) => ({
      key: `${String(r['year'])}|${String(r['theme'])}|${String(r['status'])}`,
      cohorts: r['cohorts'],
      participants: r['participants'],
      participants_at_least: r['participants_at_least'],
      count_known: r['count_known'],
      cohort_ids: sorted(r['cohort_ids'] as string[]),
    }));
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect([...actual].sort(byKey), file).toEqual([...expected].sort(byKey));
  });

  it('sums, over its held rows, to the documented held cohorts and their participants', () => {
    const held = content.cohorts.filter((c) => c.data.status === 'held');
    const heldRows = json.rows.filter((r) => r['status'] === 'held');
    const sum = (key: string) => heldRows.reduce((s, r) => s + Number(r[key] ?? 0), 0);
    expect(sum('cohorts'), `${file}: held cohorts`).toBe(held.length);
    expect(sum('participants_at_least'), `${file}: held participants`).toBe(
      held.reduce((s, c) => s + knownSum(c.data), 0),
    );
    expect(
      sorted(heldRows.flatMap((r) => r['cohort_ids'] as string[])),
      `${file}: held cohort ids`,
    ).toEqual(sorted(held.map((c) => c.id)));
  });

  it('counts every cohort in exactly one row, never mixing statuses', () => {
    const all = json.rows.flatMap((r) => r['cohort_ids'] as string[]);
    expect(sorted(all), `${file}: cohorts counted`).toEqual(
      sorted(content.cohorts.map((c) => c.id)),
    );
    const status = new Map(content.cohorts.map((c) => [c.id, c.data.status]));
    for (const r of json.rows)
      for (const id of r['cohort_ids'] as string[])
        expect(status.get(id), `${file}: ${id} in a ${String(r['status'])} row`).toBe(r['status']);
  });
});
