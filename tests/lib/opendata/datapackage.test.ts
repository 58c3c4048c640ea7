import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildChartModels, CHART_IDS } from '../../../src/lib/charts/models.ts';
import { dataVersion } from '../../../src/lib/opendata/citation.ts';
import {
  chartColumns,
  dataFiles,
  dataPackage,
  packageName,
  type ChartFile,
} from '../../../src/lib/opendata/datapackage.ts';
import { buildTables } from '../../../src/lib/opendata/tables.ts';
import { otherCityProfile } from '../../fixtures/other-city/index.ts';
import { inputWith, realInput, waterWithCorrection, WATER } from './fixtures.ts';

const input = realInput();
const tables = buildTables(input);
const chartInput = {
  cohorts: input.cohorts,
  claims: input.claims,
  themes: input.vocabularies.themes,
  programmes: input.vocabularies.programmes,
  groups: input.vocabularies['participant-groups'],
  reconciled: input.reconciled,
};
const models = { id: buildChartModels(chartInput, 'id'), en: buildChartModels(chartInput, 'en') };
const charts: ChartFile[] = CHART_IDS.map((id) => ({
  id,
  title: { id: models.id[id].title, en: models.en[id].title },
  columns: models.id[id].table.csvColumns,
  headers: { id: models.id[id].table.columns, en: models.en[id].table.columns },
  rows: models.id[id].table.rows.map((r) => r.cells),
  csv: models.id[id].csv,
}));
const pkg = dataPackage(input, dataVersion(input), tables, charts);

describe('dataPackage', () => {
  it('describes every data file once, with its size and SHA-256 hash', () => {
    const files = dataFiles(tables, charts);
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(files.map((f) => f.path).sort());
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
    for (const f of files) {
      const r = pkg.resources.find((x) => x.path === f.path);
      expect(r?.bytes).toBe(Buffer.byteLength(f.text));
      expect(r?.hash).toBe(`sha256:${createHash('sha256').update(f.text).digest('hex')}`);
    }
  });
  it('gives each table resource its columns as fields, and the licence', () => {
    const cohorts = pkg.resources.find((r) => r.name === 'cohorts');
    expect(cohorts?.schema.fields.map((f) => f.name)).toEqual(
      tables[0]?.columns.map((c) => c.name),
    );
    const start = cohorts?.schema.fields.find((f) => f.name === 'period_start');
    // Empty for a cohort whose training dates the sources do not give (period: unknown).
    expect(start).toMatchObject({ type: 'string' });
    expect(start?.constraints).not.toHaveProperty('required');
    expect(start?.constraints?.pattern).toBeDefined();
    expect(pkg.licenses).toEqual([
      expect.objectContaining({
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      }),
    ]);
    expect(pkg.profile).toBe('tabular-data-package');
  });
  it('names resources as Frictionless requires (lower case, digits, -._)', () => {
    for (const r of pkg.resources) expect(r.name).toMatch(/^[a-z0-9._-]+$/);
  });
  it('takes its name, title, author and keywords from the site profile', () => {
    expect(pkg).toMatchObject({
      name: 'jejak-scp',
      title: 'Jejak SCP: angkatan ASN Kota Jambi di Singapore Cooperation Programme',
      contributors: [{ title: 'Jejak SCP', role: 'author', path: 'https://jejak-scp.id/' }],
      keywords: [
        'Kota Jambi',
        'ASN',
        'Singapore Cooperation Programme',
        'SCP',
        'Temasek Foundation',
        'pelatihan',
        'civil service training',
      ],
    });
    const other = otherCityProfile();
    const otherPkg = dataPackage({ profile: other, site: other.url }, '2024-03-09', [], []);
    expect(otherPkg).toMatchObject({
      name: 'catatan-magang-rembulan',
      id: 'https://magang.teluk-rembulan.example/data/datapackage.json',
      title_en: other.dataset_title.en,
      contributors: [{ title: 'Catatan Magang Rembulan' }],
      keywords: [
        'Kota Teluk Rembulan',
        'ASN',
        'Program Magang Pesisir',
        'PMP',
        'pesisir',
        'pelatihan',
        'civil service training',
      ],
    });
    expect(otherPkg.description_en).toContain(
      'Teluk Rembulan city government civil servants (ASN) sent to the Coastal Apprenticeship Programme (PMP)',
    );
  });
});

describe('packageName', () => {
  it('is the site name in lower case with hyphens', () => {
    expect(packageName('Jejak SCP')).toBe('jejak-scp');
    expect(packageName(' Catatan  Magang: Rembulan! ')).toBe('catatan-magang-rembulan');
  });
});

describe('chartColumns', () => {
  it('infers integers, booleans, partial dates and text from the cells', () => {
    const types = Object.fromEntries(
      chartColumns(charts[0] as ChartFile).map((c) => [c.name, c.format ?? c.type]),
    );
    expect(types).toEqual({
      year: 'integer',
      theme: 'string',
      status: 'string',
      cohorts: 'integer',
      participants: 'integer',
      participants_is_minimum: 'boolean',
    });
    const claims = chartColumns(charts[3] as ChartFile);
    expect(claims.find((c) => c.name === 'date')?.format).toBe('partial-date');
  });
});

describe('dataVersion', () => {
  it('is the latest date in the content, and a later correction moves it', () => {
    expect(dataVersion(input)).toBe('2023-05-15');
    expect(dataVersion(inputWith({ cohorts: { [WATER]: waterWithCorrection() } }))).toBe(
      '2023-06-02',
    );
  });
});
