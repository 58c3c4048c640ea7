/**
 * The open data files as built in dist/data: each table as a CSV and a JSON
 * file that parse back as a reader would, hold the table the content gives
 * now (so a builder that drifts from the content fails, not only a stale
 * build), and carry the same typed rows.
 */
import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { toCsv, toJson } from '../../../src/lib/opendata/table.ts';
import { TABLE_NAMES, buildTable } from '../../../src/lib/opendata/tables.ts';
import { distFiles, readDist, siteContent } from '../../helpers/dist.ts';
import { cell, csvTable, dataPackage, jsonTable, typed } from './tables.ts';

const { input } = siteContent();
const datapackage = dataPackage();

const dataFiles = distFiles('data');
const tableFiles = dataFiles.filter((f) => f.endsWith('.csv') || f.endsWith('.json'));

describe('dist/data files', () => {
  it('hold a CSV and a JSON file for every open data table', () => {
    for (const name of TABLE_NAMES) {
      expect(dataFiles, `dist/data/${name}.csv missing`).toContain(`data/${name}.csv`);
      expect(dataFiles, `dist/data/${name}.json missing`).toContain(`data/${name}.json`);
    }
  });

  it.each(tableFiles.filter((f) => f.endsWith('.csv')))(
    '%s parses as CSV: a unique header, every row as wide as it',
    (file) => {
      const text = readDist(file);
      expect(text.startsWith('\uFEFF'), `${file} starts with a byte order mark`).toBe(false);
      expect(text.endsWith('\n'), `${file} does not end with a newline`).toBe(true);
      const [header, ...rows] = csvParseRows(text);
      expect(header?.length ?? 0, `${file} has no header`).toBeGreaterThan(0);
      expect(new Set(header).size, `${file} repeats a column name`).toBe(header?.length);
      rows.forEach((row, i) => {
        expect(row.length, `${file} row ${i + 2} has ${row.length} cells`).toBe(header?.length);
      });
    },
  );

  it.each(tableFiles.filter((f) => f.endsWith('.json') && !f.endsWith('datapackage.json')))(
    '%s parses as JSON: an array of rows with the same keys in the same order',
    (file) => {
      const rows = JSON.parse(readDist(file)) as unknown;
      expect(Array.isArray(rows), `${file} is not a JSON array`).toBe(true);
      const list = rows as unknown[];
      const keys = list.map((r) =>
        r !== null && typeof r === 'object' && !Array.isArray(r) ? Object.keys(r).join(',') : '',
      );
      keys.forEach((k, i) => {
        expect(k, `${file} row ${i} is not an object with the first row's keys`).toBe(keys[0]);
      });
    },
  );
});

describe('dist/data tables against content/', () => {
  it.each([...TABLE_NAMES])(
    '%s: the CSV and JSON files are the table the content gives now',
    (name) => {
      const table = buildTable(input, name);
      expect(readDist(`data/${name}.csv`), `dist/data/${name}.csv is stale or differs`).toBe(
        toCsv(table),
      );
      expect(readDist(`data/${name}.json`), `dist/data/${name}.json is stale or differs`).toBe(
        toJson(table),
      );
    },
  );

  it.each([...TABLE_NAMES])('%s: the CSV and the JSON hold the same typed rows', (name) => {
    const resource = datapackage.resources.find((r) => r.path === `${name}.csv`);
    if (!resource) throw new Error(`datapackage.json does not describe ${name}.csv`);
    const csv = csvTable(name);
    const json = jsonTable(name);
    const fromCsv = csv.rows.map((row) =>
      Object.fromEntries(
        resource.schema.fields.map((f) => [
          f.name,
          typed(csv.file, f, cell(csv.file, row, f.name)),
        ]),
      ),
    );
    expect(fromCsv, `${csv.file} and ${json.file} differ`).toEqual(json.rows);
  });
});
