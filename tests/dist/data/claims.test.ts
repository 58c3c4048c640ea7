/** claims.json: one row per claim file, reconciled only against the cohorts in its scope. */
import { describe, expect, it } from 'vitest';
import { cohortDate } from '../../../src/lib/data/cohort-dates.ts';
import { compareDates, latestDay } from '../../../src/lib/dates/partial-date.ts';
import type { Cohort } from '../../../src/schemas/cohort.ts';
import { siteContent } from '../../helpers/dist.ts';
import { complete, jsonTable, knownSum, sorted } from './tables.ts';

const { content } = siteContent();

describe('claims.csv', () => {
  const json = jsonTable('claims');
  const file = json.file;
  const cohorts = new Map(content.cohorts.map((c) => [c.id, c.data]));

  it('has one row per claim file with its metric, value, qualifier and date', () => {
    expect(sorted(json.rows.map((r) => String(r['id']))), file).toEqual(
      sorted(content.claims.map((c) => c.id)),
    );
    for (const c of content.claims) {
      const row = json.rows.find((r) => r['id'] === c.id);
      expect(
        row && [row['metric'], row['value'], row['qualifier'], row['made_on']],
        `${file}: ${c.id}`,
      ).toEqual([c.data.metric, c.data.value, c.data.qualifier, c.data.made_on]);
    }
  });

  it.each(content.claims.map((c) => [c.id, c.data] as const))(
    '%s: reconciled only against cohorts in its scope, the documented value adding up',
    (id, d) => {
      const row = json.rows.find((r) => r['id'] === id);
      if (!row) throw new Error(`${file}: no row for claim ${id}`);
      const counted = (row['counted_cohorts'] as string[]).map((cid) => {
        const c = cohorts.get(cid);
        if (!c) throw new Error(`${file}: ${id} counts unknown cohort ${cid}`);
        return c;
      });
      const ifPlanned = (row['counted_if_planned'] as string[]).map((cid) => cohorts.get(cid));
      const inScope = (c: Cohort | undefined): boolean =>
        c !== undefined &&
        (d.scope.programme === undefined || c.programme === d.scope.programme) &&
        (d.scope.place === undefined || c.place === d.scope.place) &&
        compareDates(cohortDate(c) ?? '9999', latestDay(d.made_on)) <= 0;
      for (const c of counted) {
        expect(c.status, `${file}: ${id} counts a cohort that was not held`).toBe('held');
        expect(inScope(c), `${file}: ${id} counts a cohort outside its scope`).toBe(true);
      }
      for (const c of ifPlanned) {
        expect(c?.status, `${file}: ${id} counted_if_planned holds a held cohort`).not.toBe('held');
        expect(inScope(c), `${file}: ${id} counted_if_planned outside its scope`).toBe(true);
      }
      const documented = row['documented'] as number;
      if (d.metric === 'participants' || d.metric === 'participants-per-year') {
        expect(documented, `${file}: ${id} documented`).toBe(
          counted.reduce((s, c) => s + knownSum(c), 0),
        );
        expect(row['documented_count_known'], `${file}: ${id}`).toBe(counted.every(complete));
      }
      if (d.metric === 'cohorts' || d.metric === 'cohorts-in-year')
        expect(documented, `${file}: ${id} documented`).toBe(counted.length);
      expect(row['gap'], `${file}: ${id} gap`).toBe(d.value - documented);
      if (d.qualifier === 'exact' && d.metric !== 'programme-start-year') {
        const gap = d.value - documented;
        const verdicts =
          gap === 0
            ? ['matches']
            : gap > 0
              ? ['undocumented', 'matches-with-planned']
              : ['exceeds'];
        expect(verdicts, `${file}: ${id} verdict ${String(row['verdict'])}`).toContain(
          row['verdict'],
        );
      }
    },
  );
});
