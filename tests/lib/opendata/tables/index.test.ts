import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, buildTable, buildTables } from '../../../../src/lib/opendata/tables/index.ts';
import { PARTIAL_DATE_PATTERN } from '../../../../src/lib/opendata/table.ts';
import { realInput } from '../fixtures.ts';

const input = realInput();

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

describe('buildTable', () => {
  it('builds the named table, as buildTables does', () => {
    for (const name of TABLE_NAMES)
      expect(buildTable(input, name)).toEqual(buildTables(input).find((t) => t.name === name));
  });
});
