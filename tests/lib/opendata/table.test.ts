import { describe, expect, it } from 'vitest';
import {
  completeRow,
  parseCsv,
  parseJson,
  toCsv,
  toJson,
  type Column,
  type Row,
} from '../../../src/lib/opendata/table.ts';

const d = { id: 'x', en: 'x' };
const columns: Column[] = [
  { name: 'id', type: 'string', required: true, description: d },
  { name: 'count', type: 'integer', description: d },
  { name: 'count_known', type: 'boolean', required: true, description: d },
  { name: 'share', type: 'number', description: d },
  { name: 'items', type: 'array', description: d },
  { name: 'note', type: 'string', description: d },
];
const rows: Row[] = [
  {
    id: 'a',
    count: 25,
    count_known: true,
    share: 0.5,
    items: [{ name: 'Teo, Jing "TJ" Kok', role: 'CLC' }],
    note: 'Koma, "kutip" dan\nbaris baru — ünïcode',
  },
  { id: 'b', count: null, count_known: false, share: null, items: [], note: null },
  { id: 'c', count: 0, count_known: true, share: 1, items: ['x | y'], note: ' spasi ' },
];

describe('toCsv and parseCsv', () => {
  it('read back exactly the rows written, with types', () => {
    expect(parseCsv(toCsv({ columns, rows }), columns)).toEqual(rows);
  });
  it('write a missing value as an empty cell, never 0, and lists as JSON text', () => {
    const lines = toCsv({ columns, rows }).split('\n');
    expect(lines[0]).toBe('id,count,count_known,share,items,note');
    expect(lines.at(-2)).toBe('c,0,true,1,"[""x | y""]", spasi ');
    expect(toCsv({ columns, rows: [rows[1] as Row] }).split('\n')[1]).toBe('b,,false,,[],');
    expect(toCsv({ columns, rows })).toMatch(/\n$/);
  });
  it('refuse a header that differs from the columns', () => {
    expect(() => parseCsv('id,count\na,1\n', columns)).toThrow(/header/);
  });
});

describe('toJson and parseJson', () => {
  it('read back exactly the rows written, null for a missing value', () => {
    const text = toJson({ columns, rows: [{ id: 'z', count_known: false }] });
    expect(parseJson(text, columns)).toEqual([
      { id: 'z', count: null, count_known: false, share: null, items: null, note: null },
    ]);
    expect(parseJson(toJson({ columns, rows }), columns)).toEqual(rows);
  });
  it('refuse rows whose keys differ from the columns', () => {
    expect(() => parseJson('[{"id":"a"}]', columns)).toThrow(/keys/);
  });
});

describe('completeRow', () => {
  it('gives every column a value, in column order', () => {
    expect(Object.keys(completeRow(columns, { note: 'n', id: 'a' }))).toEqual(
      columns.map((c) => c.name),
    );
  });
});
