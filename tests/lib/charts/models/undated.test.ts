/**
 * The per-year charts of a corpus with cohorts whose training dates are not
 * given: one counted in the year of its send-off, one in no year, each named
 * in a note, and the count of cohorts per year saying how many are undated.
 */
import { describe, expect, test } from 'vitest';
import { buildChartModels } from '../../../../src/lib/charts/models/index.ts';
import { cohort, group } from '../../../helpers/records.ts';
import { INPUT } from '../fixtures.ts';

const input = {
  ...INPUT,
  cohorts: [
    ...INPUT.cohorts,
    cohort('c-sendoff', {
      theme: 'water',
      status: 'planned',
      period: 'unknown',
      sendoff: { date: '2021-07' },
      participants: [group(15, 'asn')],
    }),
    cohort('c-undated', {
      theme: 'digital',
      status: 'announced',
      period: 'unknown',
      participants: [group('unknown', 'asn')],
    }),
  ],
};
const id = buildChartModels(input, 'id');
const en = buildChartModels(input, 'en');

describe('per-year charts with cohorts without training dates', () => {
  test('name in a note the cohort counted by its send-off and the one left out', () => {
    for (const chart of ['cohorts-by-year', 'participants-by-year'] as const) {
      const notes = id[chart].notes.join(' ');
      expect(notes).toContain(
        'dihitung pada tahun pelepasannya: Air (pelepasan Juli 2021, direncanakan)',
      );
      expect(notes).toContain(
        'Tidak masuk grafik per tahun karena waktunya belum diketahui sama sekali: Digital (tanggal pelatihan belum diketahui, diumumkan)',
      );
      expect(en[chart].notes.join(' ')).toContain('Left out of the per-year charts');
    }
  });

  test('count the undated cohort apart in the sentence of cohorts per year', () => {
    expect(id['cohorts-by-year'].description).toMatch(
      /angkatan baru diumumkan \([^)]*1 tanpa tanggal\)/,
    );
    expect(en['cohorts-by-year'].description).toContain('1 undated');
  });

  test('draw the cohort counted by its send-off in that year, and no row for the undated one', () => {
    const rows = id['participants-by-year'].layout.rows;
    expect(rows.map((r) => r.label)).toEqual(['2017', '2018', '2019', '2020', '2021']);
    const y2021 = id['participants-by-year'].table.rows.filter((r) => r.cells[0] === 2021);
    expect(y2021.map((r) => [r.cells[1], r.cells[2]])).toContainEqual(['water', 'planned']);
    const announcedDigital = id['participants-by-year'].table.rows.filter(
      (r) => r.cells[1] === 'digital' && r.cells[2] === 'announced',
    );
    expect(announcedDigital).toEqual([]);
  });
});
