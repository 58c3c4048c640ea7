/**
 * A data table of the open data: typed columns with bilingual descriptions,
 * and rows. One table is written as CSV and as JSON with the same columns;
 * both read back to the same rows (`parseCsv`, `parseJson`).
 *
 * Cell conventions (the data dictionary states them too):
 * - a missing value is an empty CSV cell and `null` in JSON — never 0;
 * - booleans are `true` / `false`;
 * - list columns (type `array`) hold a JSON array, in CSV as its JSON text
 *   (the Frictionless `array` type);
 * - dates are ISO 8601 at the precision the source gives (2023, 2023-03 or
 *   2023-03-23), so they are typed as strings with a pattern.
 */
import { csvParse } from 'd3';
import { csvText, restoreCell } from './csv.ts';

export interface Bilingual {
  id: string;
  en: string;
}

/** Frictionless field types used here. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'array';

export interface Column {
  name: string;
  type: ColumnType;
  /** `partial-date`: YYYY, YYYY-MM or YYYY-MM-DD; `date`: YYYY-MM-DD; `uri`: an absolute address. */
  format?: 'partial-date' | 'date' | 'uri' | undefined;
  /** The cell is never empty. */
  required?: boolean | undefined;
  /** The only values the column takes. */
  values?: readonly string[] | undefined;
  description: Bilingual;
}

export type Cell = string | number | boolean | null | readonly unknown[];
export type Row = Record<string, Cell>;

export interface Table {
  /** File name without extension ("cohorts" → cohorts.csv, cohorts.json). */
  name: string;
  title: Bilingual;
  description: Bilingual;
  columns: readonly Column[];
  primaryKey: readonly string[];
  rows: readonly Row[];
}

/** Pattern of a date known to year, month or day. */
export const PARTIAL_DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

function csvCell(column: Column, value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (column.type === 'array') return JSON.stringify(value);
  return String(value);
}

/** The table as CSV (header row, then one line per row; quoting by d3-dsv, formulas neutralised). */
export function toCsv(table: Pick<Table, 'columns' | 'rows'>): string {
  const names = table.columns.map((c) => c.name);
  const records = table.rows.map((row) =>
    Object.fromEntries(table.columns.map((c) => [c.name, csvCell(c, row[c.name])])),
  );
  return csvText(records, names);
}

/** The table as JSON: an array of row objects with every column, `null` for a missing value. */
export function toJson(table: Pick<Table, 'columns' | 'rows'>): string {
  const rows = table.rows.map((row) =>
    Object.fromEntries(table.columns.map((c) => [c.name, row[c.name] ?? null])),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}

function parseCell(column: Column, text: string): Cell {
  if (text === '') return null;
  switch (column.type) {
    case 'integer':
    case 'number':
      return Number(text);
    case 'boolean':
      if (text !== 'true' && text !== 'false') throw new Error(`${column.name}: not a boolean`);
      return text === 'true';
    case 'array':
      return JSON.parse(text) as unknown[];
    case 'string':
      return restoreCell(text);
  }
}

/** Reads CSV written by `toCsv` back into typed rows; throws when the header differs. */
export function parseCsv(text: string, columns: readonly Column[]): Row[] {
  const parsed = csvParse(text);
  const expected = columns.map((c) => c.name).join(',');
  if (parsed.columns.join(',') !== expected)
    throw new Error(`CSV header ${parsed.columns.join(',')} is not ${expected}`);
  return parsed.map((record) =>
    Object.fromEntries(columns.map((c) => [c.name, parseCell(c, record[c.name] ?? '')])),
  );
}

/** Reads JSON written by `toJson`; throws when a row's keys differ from the columns. */
export function parseJson(text: string, columns: readonly Column[]): Row[] {
  const rows = JSON.parse(text) as Row[];
  const expected = columns.map((c) => c.name).join(',');
  for (const row of rows) {
    if (Object.keys(row).join(',') !== expected)
      throw new Error(`JSON row keys ${Object.keys(row).join(',')} are not ${expected}`);
  }
  return rows;
}

/** Empty values become null, so every row carries every column. */
export function completeRow(columns: readonly Column[], row: Row): Row {
  return Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null]));
}
