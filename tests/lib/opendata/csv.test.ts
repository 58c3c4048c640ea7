import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { csvText, neutralizeCell, restoreCell } from '../../../src/lib/opendata/csv.ts';
import { parseCsv, toCsv } from '../../../src/lib/opendata/table.ts';

describe('neutralizeCell', () => {
  it.each([
    ['=HYPERLINK("http://x","klik")', `'=HYPERLINK("http://x","klik")`],
    ['+62 741 123', "'+62 741 123"],
    ['-cmd|x', "'-cmd|x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', "'\rCR"],
    ["'=already", "''=already"],
  ])('neutralises %j', (cell, written) => {
    expect(neutralizeCell(cell)).toBe(written);
    expect(restoreCell(written)).toBe(cell);
  });

  it.each(['-3', '-12.5', '25', '', 'Kota Jambi', "it's", "'plain", 'a=b', '2023-03'])(
    'leaves %j as it is',
    (cell) => {
      expect(neutralizeCell(cell)).toBe(cell);
      expect(restoreCell(cell)).toBe(cell);
    },
  );
});

describe('csvText', () => {
  it('writes every cell neutralised and quoted by d3-dsv, one line per record', () => {
    const text = csvText(
      [
        { quote: '=1+1', gap: '-3', note: 'a, b' },
        { quote: '@x', gap: '2', note: '' },
      ],
      ['quote', 'gap', 'note'],
    );
    expect(text).toBe(`quote,gap,note\n'=1+1,-3,"a, b"\n'@x,2,\n`);
    expect(csvParse(text).map((r) => r['quote'])).toEqual(["'=1+1", "'@x"]);
  });
});

describe('toCsv and parseCsv', () => {
  it('neutralise text cells on the way out and restore them on the way in', () => {
    const columns = [
      { name: 'quote', type: 'string' },
      { name: 'gap', type: 'integer' },
    ] as unknown as Parameters<typeof toCsv>[0]['columns'];
    const rows = [
      { quote: '=SUM(A1:A9)', gap: -3 },
      { quote: 'Sebanyak 25 orang', gap: 0 },
    ];
    const text = toCsv({ columns, rows });
    expect(text).toContain(`'=SUM(A1:A9)`);
    expect(text).toContain(',-3\n');
    expect(parseCsv(text, columns)).toEqual(rows);
  });
});
