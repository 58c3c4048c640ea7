import { describe, expect, it } from 'vitest';
import { participantTotal } from '../../../src/lib/data/participants.ts';
import { headlineFigures } from '../../../src/lib/data/figures.ts';
import { recordCitations } from '../../../src/lib/data/provenance.ts';
import { reconcileClaims } from '../../../src/lib/data/reconcile.ts';
import { quoteAnchor } from '../../../src/lib/site/anchors.ts';
import {
  TABLE_NAMES,
  buildTables,
  claimsTable,
  cohortsTable,
  correctionsTable,
  participantsByYearThemeTable,
  participantsTable,
  sourcesTable,
} from '../../../src/lib/opendata/tables.ts';
import { factValue } from '../../../src/lib/opendata/values.ts';
import { PARTIAL_DATE_PATTERN, type Row } from '../../../src/lib/opendata/table.ts';
import { WATER, cohortData, inputWith, realInput, waterWithCorrection } from './fixtures.ts';

const input = realInput();
const byKey = (rows: readonly Row[], key: string, value: string) =>
  rows.find((r) => r[key] === value);

describe('buildTables', () => {
  const tables = buildTables(input);
  it('builds every table once, in order', () => {
    expect(tables.map((t) => t.name)).toEqual([...TABLE_NAMES]);
  });
  it.each(tables.map((t) => [t.name, t] as const))(
    '%s: described columns, complete rows, required cells filled, values allowed',
    (_name, table) => {
      const names = table.columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const c of table.columns) {
        expect(c.description.id.trim(), c.name).not.toBe('');
        expect(c.description.en.trim(), c.name).not.toBe('');
      }
      for (const key of table.primaryKey) expect(names).toContain(key);
      const keys = new Set<string>();
      for (const row of table.rows) {
        expect(Object.keys(row)).toEqual(names);
        keys.add(JSON.stringify(table.primaryKey.map((k) => row[k])));
        for (const c of table.columns) {
          const v = row[c.name];
          if (c.required) expect(v, `${c.name} of ${JSON.stringify(row)}`).not.toBeNull();
          if (v === null) continue;
          if (c.values) expect(c.values).toContain(v);
          if (c.type === 'integer') expect(Number.isInteger(v)).toBe(true);
          if (c.type === 'boolean') expect(typeof v).toBe('boolean');
          if (c.type === 'array') expect(Array.isArray(v)).toBe(true);
          if (c.format === 'partial-date')
            expect(v).toMatch(new RegExp(`^${PARTIAL_DATE_PATTERN}$`));
          if (c.format === 'uri') expect(String(v)).toMatch(/^https?:\/\//);
        }
      }
      expect(keys.size, 'primary key is unique').toBe(table.rows.length);
    },
  );
});

describe('cohortsTable', () => {
  const rows = cohortsTable(input).rows;
  it('has one row per cohort, oldest first', () => {
    expect(rows.map((r) => r.id)).toEqual([
      '2019-02-smart-city-cybersecurity',
      '2019-07-public-service',
      '2023-03-digital-transformation-temasek',
      '2023-03-public-service',
      WATER,
    ]);
  });
  it('leaves an unknown total empty and flags it, keeping the known minimum', () => {
    expect(byKey(rows, 'id', WATER)).toMatchObject({
      participants: null,
      participants_at_least: 25,
      count_known: false,
      unknown_groups: ['perumdam-tirta-mayang'],
      status: 'planned',
    });
    expect(byKey(rows, 'id', '2023-03-public-service')).toMatchObject({
      participants: 25,
      participants_at_least: 25,
      count_known: true,
      unknown_groups: [],
    });
  });
  it('never writes 0 for a cohort whose every count is unknown', () => {
    const cohort = cohortData(WATER);
    cohort.participants = [{ group: 'perumdam-tirta-mayang', count: 'unknown' }];
    const row = byKey(cohortsTable(inputWith({ cohorts: { [WATER]: cohort } })).rows, 'id', WATER);
    expect(row).toMatchObject({
      participants: null,
      participants_at_least: null,
      count_known: false,
    });
  });
  it('gives page addresses in both languages', () => {
    expect(byKey(rows, 'id', WATER)).toMatchObject({
      page_id: `https://jejak-scp.id/angkatan/${WATER}/`,
      page_en: `https://jejak-scp.id/en/cohorts/${WATER}/`,
    });
  });
});

describe('participantsTable', () => {
  it('has one row per cohort and group; an unknown count is empty with count_known false', () => {
    const rows = participantsTable(input).rows;
    expect(rows).toHaveLength(input.cohorts.reduce((n, c) => n + c.data.participants.length, 0));
    expect(rows.find((r) => r.group === 'perumdam-tirta-mayang')).toEqual({
      cohort_id: WATER,
      group: 'perumdam-tirta-mayang',
      count: null,
      count_known: false,
      status: 'planned',
      year: 2023,
    });
  });
});

describe('participantsByYearThemeTable', () => {
  const rows = participantsByYearThemeTable(input).rows;
  it('keeps held, planned and announced cohorts in separate rows', () => {
    const public2019 = rows.filter((r) => r.year === 2019 && r.theme === 'public-service');
    expect(public2019).toEqual([
      expect.objectContaining({ status: 'announced', cohorts: 1, participants: 25 }),
    ]);
    const held = rows.filter((r) => r.status === 'held');
    const known = held.reduce((n, r) => n + Number(r.participants_at_least ?? 0), 0);
    expect(known).toBe(headlineFigures(input.cohorts).participantsKnown);
  });
  it('counts every cohort exactly once', () => {
    const ids = rows.flatMap((r) => r.cohort_ids as string[]).sort();
    expect(ids).toEqual(input.cohorts.map((c) => c.id).sort());
  });
  it('flags a cell with a group of unknown size', () => {
    expect(rows.find((r) => r.theme === 'water-management')).toMatchObject({
      participants: null,
      participants_at_least: 25,
      count_known: false,
    });
  });
});

describe('claimsTable', () => {
  it('carries each claim with the reconciliation shown on the claim check', () => {
    const rows = claimsTable(input).rows;
    for (const r of reconcileClaims(input.claims, input.cohorts)) {
      expect(byKey(rows, 'id', r.claim.id)).toMatchObject({
        value: r.claim.data.value,
        documented: r.documented,
        documented_with_planned: r.documentedWithPlanned,
        gap: r.gap,
        verdict: r.verdict,
        counted_cohorts: r.counted.map((c) => c.id),
        page_id: `https://jejak-scp.id/cek-klaim/#${r.claim.id}`,
      });
    }
  });
});

describe('sourcesTable', () => {
  const rows = sourcesTable(input).rows;
  it('has one row per record, citation and supported field', () => {
    const expected = [
      ...input.cohorts.map((c) => ({ kind: 'cohort', id: c.id, data: c.data })),
      ...input.claims.map((c) => ({ kind: 'claim', id: c.id, data: c.data })),
      ...input.context.map((c) => ({ kind: 'context', id: c.id, data: c.data })),
    ].reduce(
      (n, r) =>
        n +
        recordCitations(r as Parameters<typeof recordCitations>[0]).list.reduce(
          (m, c) => m + c.supports.length,
          0,
        ),
      0,
    );
    expect(rows).toHaveLength(expected);
  });
  it('gives the recorded value, the exact quote and the anchored passage', () => {
    const row = rows.find(
      (r) => r.record_id === WATER && r.field === 'participants.perumdam-tirta-mayang',
    );
    expect(row).toMatchObject({ value: 'unknown', relation: 'supports', record_kind: 'cohort' });
    expect(row?.passage_page).toBe(
      `https://jejak-scp.id/sumber/2023-05-jambi-update-water-management/#${quoteAnchor(String(row?.quote))}`,
    );
    const period = rows.find(
      (r) => r.record_id === WATER && r.field === 'period' && r.relation === 'supports',
    );
    expect(period?.value).toBe('2023-05-15/2023-05-19');
    for (const r of rows.filter((x) => x.relation === 'supports' && x.record_kind === 'cohort')) {
      const c = input.cohorts.find((x) => x.id === r.record_id);
      expect(r.value).toBe(c && factValue({ kind: 'cohort', data: c.data }, String(r.field)));
    }
  });
  it('marks a passage giving another value as differs, with that value', () => {
    expect(rows.find((r) => r.record_id === WATER && r.relation === 'differs')).toMatchObject({
      field: 'period',
      value: 'sepekan',
    });
  });
  it('leaves an unknown original address empty', () => {
    expect(
      rows.find((r) => r.article === '2022-09-penghargaan-kepegawaian')?.article_url,
    ).toBeNull();
  });
});

describe('correctionsTable', () => {
  it('is empty for the real content, with every column', () => {
    expect(correctionsTable(input).rows).toEqual([]);
  });
  it('lists a correction with the value the record holds now', () => {
    const rows = correctionsTable(inputWith({ cohorts: { [WATER]: waterWithCorrection() } })).rows;
    expect(rows).toEqual([
      expect.objectContaining({
        record_kind: 'cohort',
        record_id: WATER,
        date: '2023-06-02',
        field: 'participants.asn-kota-jambi',
        previous: '20',
        current: '25',
        reason_en: 'A typing error.',
        source_article: null,
      }),
    ]);
    const cohorts = cohortsTable(inputWith({ cohorts: { [WATER]: waterWithCorrection() } })).rows;
    expect(byKey(cohorts, 'id', WATER)?.corrections).toBe(1);
  });
});

describe('participant totals in the data files', () => {
  it('agree with participantTotal for every cohort', () => {
    const rows = cohortsTable(input).rows;
    for (const c of input.cohorts) {
      const t = participantTotal(c.data);
      expect(byKey(rows, 'id', c.id)).toMatchObject({
        participants: t.complete ? t.known : null,
        count_known: t.complete,
      });
    }
  });
});
