/** participants.csv and .json: one row per cohort and participant group, unknown counts empty. */
import { describe, expect, it } from 'vitest';
import { cohortYear } from '../../../src/lib/data/cohort-dates.ts';
import { siteContent } from '../../helpers/dist.ts';
import { cell, csvTable, jsonTable } from './tables.ts';

const { content } = siteContent();

describe('participants.csv', () => {
  const csv = csvTable('participants');
  const json = jsonTable('participants');

  it('has one row per cohort and participant group, the count empty (null) when unknown', () => {
    const expected = content.cohorts.flatMap((c) =>
      c.data.participants.map((p) => ({
        key: `${c.id}|${p.group}`,
        count: p.count === 'unknown' ? null : p.count,
        status: c.data.status,
        year: cohortYear(c.data) ?? null,
      })),
    );
    const actual = json.rows.map((r) => ({
      key: `${String(r['cohort_id'])}|${String(r['group'])}`,
      count: r['count'],
      status: r['status'],
      year: r['year'],
    }));
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect([...actual].sort(byKey), json.file).toEqual([...expected].sort(byKey));
    for (const row of csv.rows) {
      const known = cell(csv.file, row, 'count_known') === 'true';
      const count = cell(csv.file, row, 'count');
      expect(
        count === '',
        `${csv.file}: ${row['cohort_id']} ${row['group']} count "${count}"`,
      ).toBe(!known);
      expect(count, `${csv.file}: an unknown count written as 0`).not.toBe('0');
    }
  });
});
