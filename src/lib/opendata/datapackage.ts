/**
 * The Frictionless Data Package descriptor (/data/datapackage.json) of every
 * data file: each table as CSV and JSON, and the chart CSVs, each with its
 * field schema, size and SHA-256 hash. Descriptions follow the project's
 * convention: `description` in Indonesian, `description_en` in English.
 * Spec: https://specs.frictionlessdata.io/data-package/ (v1, tabular profile).
 */
import { createHash } from 'node:crypto';
import { routes } from '../site/routes.ts';
import { DATA_LICENCE, datasetDescription, datasetKeywords } from './citation.ts';
import {
  PARTIAL_DATE_PATTERN,
  toCsv,
  toJson,
  type Bilingual,
  type Column,
  type Table,
} from './table.ts';
import { absolute, type OpenDataInput } from './types.ts';

/** A chart's CSV as the chart models give it: columns with their headers in both languages. */
export interface ChartFile {
  /** Chart id, e.g. "participants-by-year". */
  id: string;
  title: Bilingual;
  /** CSV column names (language-neutral). */
  columns: readonly string[];
  /** Column headers as shown in the page tables. */
  headers: { id: readonly string[]; en: readonly string[] };
  /** The CSV rows' cells, for the field types. */
  rows: readonly (readonly (string | number)[])[];
  csv: string;
}

export interface DataFile {
  /** Path under /data/ ("cohorts.csv", "charts/cohorts-by-year.csv"). */
  path: string;
  text: string;
}

interface FieldDescriptor {
  name: string;
  type: string;
  format?: string;
  title?: string;
  title_en?: string;
  description: string;
  description_en: string;
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string };
}

function field(c: Column): FieldDescriptor {
  const constraints: NonNullable<FieldDescriptor['constraints']> = {
    ...(c.required ? { required: true } : {}),
    ...(c.values ? { enum: c.values } : {}),
    ...(c.format === 'partial-date' ? { pattern: PARTIAL_DATE_PATTERN } : {}),
  };
  return {
    name: c.name,
    type: c.format === 'date' ? 'date' : c.type,
    ...(c.format === 'uri' ? { format: 'uri' } : {}),
    description: c.description.id,
    description_en: c.description.en,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** Field types of a chart CSV, from its cells: integers, booleans, partial dates or text. */
export function chartColumns(chart: ChartFile): Column[] {
  return chart.columns.map((name, i): Column => {
    const cells = chart.rows
      .map((r) => r[i])
      .filter((v): v is string | number => v !== undefined && v !== '');
    const all = (test: (v: string | number) => boolean) => cells.length > 0 && cells.every(test);
    const header = { id: chart.headers.id[i] ?? name, en: chart.headers.en[i] ?? name };
    const base = { name, description: header };
    if (all((v) => typeof v === 'number' && Number.isInteger(v)))
      return { ...base, type: 'integer' };
    if (all((v) => typeof v === 'number')) return { ...base, type: 'number' };
    if (all((v) => v === 'true' || v === 'false')) return { ...base, type: 'boolean' };
    if (all((v) => typeof v === 'string' && new RegExp(`^${PARTIAL_DATE_PATTERN}$`).test(v)))
      return { ...base, type: 'string', format: 'partial-date' };
    return { ...base, type: 'string' };
  });
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

function resource(
  name: string,
  path: string,
  format: 'csv' | 'json',
  text: string,
  title: Bilingual,
  description: Bilingual,
  columns: readonly Column[],
  primaryKey: readonly string[],
) {
  return {
    name,
    path,
    profile: 'tabular-data-resource',
    title: title.id,
    title_en: title.en,
    description: description.id,
    description_en: description.en,
    format,
    mediatype: format === 'csv' ? 'text/csv' : 'application/json',
    encoding: 'utf-8',
    bytes: Buffer.byteLength(text, 'utf8'),
    hash: `sha256:${sha256(text)}`,
    ...(format === 'csv' ? { dialect: { delimiter: ',', doubleQuote: true, header: true } } : {}),
    schema: {
      fields: columns.map(field),
      ...(primaryKey.length ? { primaryKey } : {}),
      missingValues: [''],
    },
  };
}

/** Every file a table and a chart contributes under /data/, with its text. */
export function dataFiles(tables: readonly Table[], charts: readonly ChartFile[]): DataFile[] {
  return [
    ...tables.flatMap((t) => [
      { path: `${t.name}.csv`, text: toCsv(t) },
      { path: `${t.name}.json`, text: toJson(t) },
    ]),
    ...charts.map((c) => ({ path: `charts/${c.id}.csv`, text: c.csv })),
  ];
}

/** The package's name: the site's name in lower case, words joined by hyphens ("Jejak SCP" → "jejak-scp"). */
export function packageName(siteName: string): string {
  return siteName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The data package descriptor, as an object (serialise with JSON.stringify). */
export function dataPackage(
  input: Pick<OpenDataInput, 'site' | 'profile'>,
  version: string,
  tables: readonly Table[],
  charts: readonly ChartFile[],
) {
  const chartNote: Bilingual = {
    id: 'Data di balik grafik: baris yang sama dengan tabel di bawah grafik pada halaman Grafik.',
    en: 'The data behind a chart: the same rows as the table under the chart on the Charts page.',
  };
  const p = input.profile;
  const description = datasetDescription(p);
  return {
    profile: 'tabular-data-package',
    name: packageName(p.name),
    id: absolute(input, routes.dataFile('datapackage.json')),
    title: p.dataset_title.id,
    title_en: p.dataset_title.en,
    description: description.id,
    description_en: description.en,
    homepage: absolute(input, routes.openData('id')),
    version,
    licenses: [{ name: DATA_LICENCE.id, path: DATA_LICENCE.url, title: DATA_LICENCE.title }],
    contributors: [
      { title: p.publisher, role: 'author', path: absolute(input, routes.home('id')) },
    ],
    sources: [
      {
        title:
          'Siaran pers dan berita yang terdaftar di articles.csv (Press releases and news reports listed in articles.csv)',
        path: absolute(input, routes.sources('id')),
      },
    ],
    keywords: [...datasetKeywords(p, true), 'pelatihan', 'civil service training'],
    resources: [
      ...tables.flatMap((t) => [
        resource(
          t.name,
          `${t.name}.csv`,
          'csv',
          toCsv(t),
          t.title,
          t.description,
          t.columns,
          t.primaryKey,
        ),
        resource(
          `${t.name}-json`,
          `${t.name}.json`,
          'json',
          toJson(t),
          t.title,
          t.description,
          t.columns,
          t.primaryKey,
        ),
      ]),
      ...charts.map((c) =>
        resource(
          `chart-${c.id}`,
          `charts/${c.id}.csv`,
          'csv',
          c.csv,
          c.title,
          chartNote,
          chartColumns(c),
          [],
        ),
      ),
    ],
  };
}
export type DataPackage = ReturnType<typeof dataPackage>;
