/** No CSV file under /data/ holds a cell a spreadsheet would run as a formula (OWASP CSV injection). */
import { csvParse } from 'd3';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distFiles, readDist } from '../helpers/dist.ts';

beforeAll(assertBuilt);

describe('CSV files', () => {
  it('start no text cell with =, +, -, @, tab or carriage return', () => {
    const files = distFiles('data').filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files)
      for (const row of csvParse(readDist(file)))
        for (const [column, cell] of Object.entries(row))
          if (cell && !/^-?\d+(\.\d+)?$/.test(cell))
            expect(/^[=+\-@\t\r]/.test(cell), `${file} ${column}: ${cell}`).toBe(false);
  });
});
