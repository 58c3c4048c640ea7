/**
 * Reading the open data files of the built site as a reader would (d3-dsv
 * for CSV, JSON.parse), and what the tests of tests/dist/data compute from
 * the cohort files to compare them with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { parse } from 'yaml';
import type { Cohort } from '../../../src/schemas/cohort.ts';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';
import { readDist } from '../../helpers/dist.ts';

export type CsvRow = Record<string, string | undefined>;
export type JsonRow = Record<string, unknown>;

export interface Field {
  name: string;
  type: string;
}
interface Resource {
  path: string;
  schema: { fields: Field[] };
}

/** dist/data/datapackage.json, parsed. */
export function dataPackage(): { resources: Resource[] } {
  return JSON.parse(readDist('data/datapackage.json')) as { resources: Resource[] };
}

/** Value of a CSV cell, failing with the file, row and column when the column is missing. */
export function cell(file: string, row: CsvRow, column: string): string {
  const value = row[column];
  if (value === undefined) throw new Error(`${file}: no column ${column}`);
  return value;
}

/** dist/data/<name>.csv: its columns and rows. */
export function csvTable(name: string): { file: string; columns: string[]; rows: CsvRow[] } {
  const file = `data/${name}.csv`;
  const parsed = csvParse(readDist(file));
  return { file, columns: parsed.columns.slice(), rows: parsed.map((r) => ({ ...r })) };
}

/** dist/data/<name>.json: its rows. */
export function jsonTable(name: string): { file: string; rows: JsonRow[] } {
  const file = `data/${name}.json`;
  return { file, rows: JSON.parse(readDist(file)) as JsonRow[] };
}

/** A CSV cell typed as the data package's field says (how a Frictionless reader reads it). */
export function typed(file: string, field: Field, text: string): unknown {
  if (text === '') return null;
  switch (field.type) {
    case 'integer':
    case 'number': {
      const n = Number(text);
      if (!Number.isFinite(n)) throw new Error(`${file}: ${field.name} "${text}" is not a number`);
      return n;
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false')
        throw new Error(`${file}: ${field.name} "${text}" is not a boolean`);
      return text === 'true';
    case 'array':
      return JSON.parse(text) as unknown;
    default:
      return text;
  }
}

export const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
export const sorted = (items: readonly string[]): string[] => [...items].sort();

/** Keys of the participant groups whose people are the government's own (`body: own`), read from the vocabulary file. */
const OWN_GROUPS: ReadonlySet<string> = new Set(
  Object.entries(
    parse(
      readFileSync(join(PROJECT_ROOT, 'content/vocabularies/participant-groups.yaml'), 'utf8'),
    ) as Record<string, { body?: unknown }>,
  )
    .filter(([, term]) => term.body === 'own')
    .map(([key]) => key),
);
/** The groups the site counts: the government's own people. */
export const own = (c: Cohort) => c.participants.filter((p) => OWN_GROUPS.has(p.group));

/** Known participants of a cohort: its own groups of known size added up. */
export const knownSum = (c: Cohort): number =>
  own(c).reduce((s, p) => s + (p.count === 'unknown' ? 0 : p.count), 0);
/** Every own group of the cohort has a known size. */
export const complete = (c: Cohort): boolean => own(c).every((p) => p.count !== 'unknown');
/** Some own group of the cohort has a known size. */
export const anyKnown = (c: Cohort): boolean => own(c).some((p) => p.count !== 'unknown');
