import { csvParse } from 'd3';
import { describe, expect, test } from 'vitest';
import { buildChartModels } from '../../../../src/lib/charts/models/index.ts';
import { routes } from '../../../../src/lib/site/routes.ts';
import { reconcileClaims } from '../../../../src/lib/data/reconcile.ts';
import { claim } from '../../../helpers/records.ts';
import { INPUT, UNKNOWN_ONLY_INPUT } from '../fixtures.ts';

const id = buildChartModels(INPUT, 'id');
const en = buildChartModels(INPUT, 'en');

describe('claims-vs-record', () => {
  const m = id['claims-vs-record'];

  test('draws the running total of held cohorts and only participant claims', () => {
    expect(m.layout.steps.map((s) => s.total)).toEqual([20, 45, 55]);
    expect(m.layout.steps.at(-1)?.hasUnknown).toBe(true);
    expect(m.layout.claims.map((c) => c.key)).toEqual(['k-100', 'k-50']);
    expect(m.layout.claims.map((c) => c.label)).toEqual(['100', 'lebih dari 50']);
    expect(m.layout.claims[0]?.href).toBe(routes.claim('id', 'k-100'));
    expect(m.layout.steps[0]?.href).toBe(routes.cohort('id', 'c-2017-smart'));
  });

  test('sets each claim against the record under its own scope (reconcileClaims)', () => {
    const claimRows = m.table.rows.filter((r) => r.cells[1] === 'claim');
    // k-100: SCP only, 3 years up to 2019-09 → 20 (2017) + 25 (2019-02); the Temasek cohort is out.
    expect(claimRows[0]?.cells).toEqual(['2019-09', 'claim', 100, 'exact', '2016-09', 45, 'k-100']);
    expect(claimRows[1]?.cells).toEqual(['2021-01-10', 'claim', 50, 'more-than', '', 55, 'k-50']);
    expect(claimRows[1]?.text[5]).toBe('55+?');
    expect(m.layout.claims[0]?.fromX).toBeLessThan(m.layout.claims[0]?.x ?? 0);
    expect(m.notes.join(' ')).toContain('1 klaim lain');
  });

  test('brackets a claim down to the record under its own scope, and says what the bracket is', () => {
    expect(m.layout.claims.map((c) => c.documented)).toEqual([45, 55]);
    expect(m.layout.brackets.map((b) => b.label)).toEqual(['selisih 55']);
    expect(m.narrowLayout.brackets.map((b) => b.label)).toEqual(['selisih 55']);
    expect(m.legend.map((l) => l.key)).toEqual(['documented', 'claim', 'window', 'gap']);
    expect(en['claims-vs-record'].layout.brackets[0]?.label).toBe('gap 55');
  });

  test('says which scope the line counts', () => {
    expect(m.description).toContain('angkatan terlaksana (semua program dan tempat)');
    expect(en['claims-vs-record'].description).toContain(
      'held cohorts (all programmes and places)',
    );
  });
});

describe('claims-vs-record: a count of unknown size is never 0', () => {
  const m = buildChartModels(UNKNOWN_ONLY_INPUT, 'id')['claims-vs-record'];

  test('leaves the documented total empty while every cohort so far has only groups of unknown size', () => {
    const [first, second] = m.table.rows.filter((r) => r.cells[1] === 'documented');
    expect(first?.cells).toEqual(['2016-06', 'documented', '', 'at-least', '', '', 'c-2016-water']);
    expect(first?.text[2]).toBe('–');
    expect(second?.cells.slice(0, 4)).toEqual(['2017-05-01', 'documented', 20, 'at-least']);
    expect(second?.text[2]).toBe('20+?');
  });

  test("leaves the documented count under a claim's scope empty when nothing in it is known", () => {
    const claimRow = m.table.rows.find((r) => r.cells[1] === 'claim');
    expect(claimRow?.cells).toEqual(['2016-12', 'claim', 30, 'exact', '', '', 'k-2016']);
    expect(claimRow?.text[5]).toBe('–');
    expect(csvParse(m.csv).find((r) => r.record === 'k-2016')?.documented_same_scope).toBe('');
  });
});

describe('claims-vs-record: each qualifier in its own words', () => {
  const claims = [
    claim('k-almost', { value: 500, qualifier: 'almost', made_on: '2019-09' }),
    claim('k-about', { value: 150, qualifier: 'about', made_on: '2019-10' }),
    claim('k-up-to', { value: 40, qualifier: 'up-to', made_on: '2019-11' }),
  ];
  const input = {
    ...INPUT,
    claims,
    reconciled: reconcileClaims(claims, INPUT.cohorts, new Set(), INPUT.groups),
  };
  const labels = (lang: 'id' | 'en') =>
    buildChartModels(input, lang)['claims-vs-record'].layout.claims.map((c) => c.label);

  test('labels a point with the words, never a symbol: "hampir 500" is not "≈ 500"', () => {
    expect(labels('id')).toEqual(['hampir 500', 'sekitar 150', 'hingga 40']);
    expect(labels('en')).toEqual(['almost 500', 'about 150', 'up to 40']);
  });

  test('describes each claim with its words', () => {
    const m = buildChartModels(input, 'id')['claims-vs-record'];
    expect(m.description).toContain('hampir 500 peserta');
    expect(m.table.rows.find((r) => r.cells[6] === 'k-almost')?.text[3]).toBe('hampir');
  });
});
