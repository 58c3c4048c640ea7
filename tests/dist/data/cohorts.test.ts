/** cohorts.csv and cohorts.json: one row per cohort file, with its facts and its participant counts. */
import { describe, expect, it } from 'vitest';
import { knownPeriod } from '../../../src/lib/data/cohort-dates.ts';
import { compareDates } from '../../../src/lib/dates/partial-date.ts';
import { SITE_URL, distFileOf, siteContent } from '../../helpers/dist.ts';
import {
  anyKnown,
  cell,
  complete,
  csvTable,
  jsonTable,
  knownSum,
  own,
  sorted,
  unique,
} from './tables.ts';

const { content } = siteContent();

describe('cohorts.csv and cohorts.json', () => {
  const csv = csvTable('cohorts');
  const json = jsonTable('cohorts');
  const byId = new Map(csv.rows.map((r) => [r['id'], r]));
  const jsonById = new Map(json.rows.map((r) => [r['id'], r]));

  it('have one row per cohort file, oldest first', () => {
    expect(sorted(csv.rows.map((r) => cell(csv.file, r, 'id')))).toEqual(
      sorted(content.cohorts.map((c) => c.id)),
    );
    const starts = csv.rows.map((r) => cell(csv.file, r, 'period_start'));
    starts.slice(1).forEach((s, i) => {
      expect(
        compareDates(starts[i] ?? '', s) <= 0,
        `${csv.file}: row ${i + 3} starts before the row above it`,
      ).toBe(true);
    });
  });

  it.each(content.cohorts.map((c) => [c.id, c.data] as const))(
    '%s: programme, theme, status, period, place, host and sources as in the YAML',
    (id, d) => {
      const row = byId.get(id);
      if (!row) throw new Error(`${csv.file}: no row for cohort ${id}`);
      const expected: Record<string, string> = {
        programme: d.programme,
        theme: d.theme,
        status: d.status,
        course_name: d.course_name ?? '',
        period_start: knownPeriod(d)?.start ?? '',
        period_end: knownPeriod(d)?.end ?? '',
        place: d.place,
        host: d.host ?? '',
        sendoff_date: d.sendoff?.date ?? '',
        corrections: String(d.corrections?.length ?? 0),
      };
      for (const [column, value] of Object.entries(expected))
        expect(cell(csv.file, row, column), `${csv.file}: ${id} ${column}`).toBe(value);
      expect(JSON.parse(cell(csv.file, row, 'source_articles')), `${csv.file}: ${id}`).toEqual(
        unique(d.sources.map((s) => s.article)),
      );
      for (const [column, path] of [
        ['page_id', `/angkatan/${id}/`],
        ['page_en', `/en/cohorts/${id}/`],
      ] as const) {
        const page = cell(csv.file, row, column);
        expect(page, `${csv.file}: ${id} ${column}`).toBe(new URL(path, SITE_URL).href);
        expect(
          distFileOf(page),
          `${csv.file}: ${id} ${column} ${page} is not in dist`,
        ).toBeTruthy();
      }
    },
  );

  it.each(content.cohorts.map((c) => [c.id, c.data] as const))(
    '%s: participant counts, an unknown one empty in CSV and null in JSON, never 0',
    (id, d) => {
      const row = byId.get(id);
      const jrow = jsonById.get(id);
      if (!row || !jrow) throw new Error(`dist/data/cohorts.*: no row for cohort ${id}`);
      const total = complete(d) ? String(knownSum(d)) : '';
      const atLeast = anyKnown(d) ? String(knownSum(d)) : '';
      expect(cell(csv.file, row, 'participants'), `${csv.file}: ${id} participants`).toBe(total);
      expect(cell(csv.file, row, 'participants_at_least'), `${csv.file}: ${id}`).toBe(atLeast);
      expect(cell(csv.file, row, 'count_known'), `${csv.file}: ${id}`).toBe(String(complete(d)));
      expect(jrow['participants'], `${json.file}: ${id} participants`).toBe(
        complete(d) ? knownSum(d) : null,
      );
      expect(jrow['participants_at_least'], `${json.file}: ${id}`).toBe(
        anyKnown(d) ? knownSum(d) : null,
      );
      expect(jrow['unknown_groups'], `${json.file}: ${id} unknown_groups`).toEqual(
        own(d)
          .filter((p) => p.count === 'unknown')
          .map((p) => p.group),
      );
    },
  );
});
