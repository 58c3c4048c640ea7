/**
 * dist/data/datapackage.json as a Frictionless Data Package (v1, tabular
 * profile) consumer sees it: the descriptor's required properties, one
 * resource per file under /data/ and a file for every resource, sizes and
 * hashes of the files as written, and every CSV's header and cells valid
 * against the resource's Table Schema.
 */
import { createHash } from 'node:crypto';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { SITE_URL, distFileOf, distFiles, readDist, readDistBytes } from '../helpers/dist.ts';

interface Field {
  name: string;
  type: string;
  format?: string;
  description?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  profile?: string;
  format: string;
  mediatype?: string;
  encoding?: string;
  bytes?: number;
  hash?: string;
  schema: { fields: Field[]; primaryKey?: string[] | string; missingValues?: string[] };
}
interface Package {
  profile?: string;
  name: string;
  id?: string;
  title?: string;
  homepage?: string;
  version?: string;
  licenses: { name?: string; path?: string; title?: string }[];
  contributors?: { title?: string; role?: string }[];
  resources: Resource[];
}

const FILE = 'dist/data/datapackage.json';
const pkg = JSON.parse(readDist('data/datapackage.json')) as Package;
const resources = pkg.resources;

/** Frictionless Table Schema field types. */
const FIELD_TYPES = new Set([
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
]);
/** Frictionless name rule: lower case alphanumerics and -._ only. */
const NAME = /^[a-z0-9._-]+$/;

describe('datapackage.json descriptor', () => {
  it('is a tabular data package with a valid name, title and version', () => {
    // A package with the annotations (JSON-LD, not a table) among its resources is a data-package.
    expect(pkg.profile, `${FILE} profile`).toBe('data-package');
    expect(pkg.name, `${FILE} name`).toMatch(NAME);
    expect(pkg.title?.trim(), `${FILE} title`).toBeTruthy();
    expect(pkg.version, `${FILE} version`).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });

  it('licenses the data under CC-BY-4.0, each licence with a name or path', () => {
    expect(Array.isArray(pkg.licenses) && pkg.licenses.length > 0, `${FILE} licenses`).toBe(true);
    for (const l of pkg.licenses)
      expect(Boolean(l.name) || Boolean(l.path), `${FILE}: a licence without name or path`).toBe(
        true,
      );
    const cc = pkg.licenses.find((l) => l.name === 'CC-BY-4.0');
    expect(cc, `${FILE}: no CC-BY-4.0 licence`).toBeDefined();
    expect(cc?.path, `${FILE}: CC-BY-4.0 path`).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
  });

  it('has an id and homepage on the site that exist in dist', () => {
    for (const [key, url] of [
      ['id', pkg.id],
      ['homepage', pkg.homepage],
    ] as const) {
      expect(url?.startsWith(`${SITE_URL}/`), `${FILE} ${key} ${url} is not on ${SITE_URL}`).toBe(
        true,
      );
      expect(distFileOf(url ?? ''), `${FILE} ${key} ${url} is not in dist`).toBeTruthy();
    }
  });

  it('gives every resource a unique valid name, a relative path, a format and a schema', () => {
    expect(resources.length, `${FILE} has no resources`).toBeGreaterThan(0);
    const names = resources.map((r) => r.name);
    expect(new Set(names).size, `${FILE}: resource names repeat`).toBe(names.length);
    for (const r of resources) {
      const what = `${FILE} resource ${r.name}`;
      expect(r.name, `${what}: name`).toMatch(NAME);
      expect(r.path, `${what}: path`).toMatch(/^(?!\/)(?!.*\.\.)[\w./-]+$/);
      if (r.format === 'jsonld') {
        expect(r, what).toMatchObject({
          path: 'annotations.jsonld',
          mediatype: 'application/ld+json',
          profile: 'data-resource',
        });
        continue;
      }
      expect(['csv', 'json'], `${what}: format ${r.format}`).toContain(r.format);
      expect(r.path.endsWith(`.${r.format}`), `${what}: format does not match ${r.path}`).toBe(
        true,
      );
      expect(r.mediatype, `${what}: mediatype`).toBe(
        r.format === 'csv' ? 'text/csv' : 'application/json',
      );
      expect(r.encoding, `${what}: encoding`).toBe('utf-8');
      expect(r.profile, `${what}: profile`).toBe('tabular-data-resource');
      expect(r.schema.fields.length, `${what}: schema.fields is empty`).toBeGreaterThan(0);
      const fieldNames = r.schema.fields.map((f) => f.name);
      expect(new Set(fieldNames).size, `${what}: field names repeat`).toBe(fieldNames.length);
      for (const f of r.schema.fields) {
        expect(f.name, `${what}: a field without a name`).toBeTruthy();
        expect(FIELD_TYPES.has(f.type), `${what}: field ${f.name} type ${f.type}`).toBe(true);
        expect(f.description?.trim(), `${what}: field ${f.name} has no description`).toBeTruthy();
      }
      const pk = r.schema.primaryKey;
      for (const k of pk === undefined ? [] : typeof pk === 'string' ? [pk] : pk)
        expect(fieldNames, `${what}: primary key ${k} is not a field`).toContain(k);
    }
  });
});

describe('datapackage.json resources and dist/data files', () => {
  const files = distFiles('data')
    .map((f) => f.slice('data/'.length))
    .filter((f) => f !== 'datapackage.json');

  it('describes every file under dist/data', () => {
    const described = new Set(resources.map((r) => r.path));
    for (const f of files)
      expect(described.has(f), `${FILE} does not describe data/${f}`).toBe(true);
  });

  it('describes only files that exist, each once', () => {
    const paths = resources.map((r) => r.path);
    expect(new Set(paths).size, `${FILE}: a path is described twice`).toBe(paths.length);
    for (const p of paths) expect(files, `${FILE}: data/${p} is not in dist`).toContain(p);
  });

  it.each(resources.map((r) => [r.path, r] as const))(
    '%s: size and SHA-256 hash are those of the file in dist',
    (path, r) => {
      const bytes = readDistBytes(`data/${path}`);
      expect(r.bytes, `${FILE}: bytes of ${path}`).toBe(bytes.length);
      expect(r.hash, `${FILE}: hash of ${path}`).toBe(
        `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
      );
    },
  );
});

/** Problems of one CSV cell against its field (Table Schema types and constraints). */
function cellProblem(field: Field, value: string): string | undefined {
  const c = field.constraints ?? {};
  if (value === '') return c.required ? 'required but empty' : undefined;
  switch (field.type) {
    case 'integer':
      if (!/^-?\d+$/.test(value)) return `"${value}" is not an integer`;
      break;
    case 'number':
      if (!Number.isFinite(Number(value))) return `"${value}" is not a number`;
      break;
    case 'boolean':
      if (value !== 'true' && value !== 'false') return `"${value}" is not true/false`;
      break;
    case 'array':
      try {
        if (!Array.isArray(JSON.parse(value))) return `"${value}" is not a JSON array`;
      } catch {
        return `"${value}" is not JSON`;
      }
      break;
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `"${value}" is not a YYYY-MM-DD date`;
      break;
  }
  if (field.format === 'uri' && !URL.canParse(value)) return `"${value}" is not a URI`;
  if (c.enum && !c.enum.includes(value)) return `"${value}" is not one of ${c.enum.join(', ')}`;
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value))
    return `"${value}" does not match ${c.pattern}`;
  return undefined;
}

describe('dist/data files against their Table Schema', () => {
  const csvResources = resources.filter((r) => r.format === 'csv');
  const jsonResources = resources.filter((r) => r.format === 'json');

  it.each(csvResources.map((r) => [r.path, r] as const))(
    '%s: the header is the schema fields, in order',
    (path, r) => {
      const parsed = csvParse(readDist(`data/${path}`));
      expect(parsed.columns, `dist/data/${path} header`).toEqual(
        r.schema.fields.map((f) => f.name),
      );
    },
  );

  it.each(jsonResources.map((r) => [r.path, r] as const))(
    '%s: every row has the schema fields as keys, in order',
    (path, r) => {
      const rows = JSON.parse(readDist(`data/${path}`)) as Record<string, unknown>[];
      const names = r.schema.fields.map((f) => f.name);
      rows.forEach((row, i) => {
        expect(Object.keys(row), `dist/data/${path} row ${i} keys`).toEqual(names);
      });
    },
  );

  it.each(csvResources.map((r) => [r.path, r] as const))(
    '%s: every cell has its field’s type and constraints, the primary key is unique',
    (path, r) => {
      const rows = csvParse(readDist(`data/${path}`));
      const problems: string[] = [];
      rows.forEach((row, i) => {
        for (const f of r.schema.fields) {
          const p = cellProblem(f, row[f.name] ?? '');
          if (p) problems.push(`row ${i + 2} ${f.name}: ${p}`);
        }
      });
      expect(problems, `dist/data/${path}`).toEqual([]);
      const pk = r.schema.primaryKey;
      const keys = pk === undefined ? [] : typeof pk === 'string' ? [pk] : pk;
      if (keys.length > 0) {
        const values = rows.map((row) => JSON.stringify(keys.map((k) => row[k])));
        const repeated = values.filter((v, i) => values.indexOf(v) !== i);
        expect(repeated, `dist/data/${path}: primary key ${keys.join('+')} repeats`).toEqual([]);
      }
    },
  );
});
