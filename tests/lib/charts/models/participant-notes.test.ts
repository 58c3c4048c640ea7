/**
 * The participant charts on the practice site of tests/fixtures/other-bodies:
 * their bars count the city's own people only, their description says how
 * many people of other bodies the figures leave out, and their notes name
 * each such group; the claims chart's line says the same.
 */
import { describe, expect, it } from 'vitest';
import { buildChartModels } from '../../../../src/lib/charts/models.ts';
import { loadContent } from '../../../../src/lib/content/load.ts';
import { reconcileClaims } from '../../../../src/lib/data/reconcile.ts';
import { OTHER_BODIES_CONTENT } from '../../../fixtures/other-bodies/index.ts';
import { PROJECT_ROOT } from '../../../helpers/corpus.ts';
import { INPUT } from '../fixtures.ts';

const content = loadContent(PROJECT_ROOT, OTHER_BODIES_CONTENT);
const v = content.vocabularies;
const input = {
  cohorts: content.cohorts,
  claims: content.claims,
  themes: v.themes,
  programmes: v.programmes,
  groups: v['participant-groups'],
  reconciled: reconcileClaims(content.claims, content.cohorts, new Set(), v['participant-groups']),
};
const id = buildChartModels(input, 'id');
const en = buildChartModels(input, 'en');

describe('participant charts with people of other bodies', () => {
  it('draw the city’s own people only', () => {
    const byTheme = id['participants-by-theme'].layout.rows;
    expect(byTheme.map((r) => [r.key, r.total])).toEqual([
      ['kota-cerdas', 19],
      ['ekonomi-sirkular', 13],
      ['kepemimpinan-sekolah', 8],
    ]);
    expect(id['participants-by-year'].layout.rows.map((r) => r.total)).toEqual([40]);
  });

  it('say in the description how many people of other bodies they leave out', () => {
    expect(id['participants-by-year'].description).toContain(
      'Angka juga tidak mencakup 17 peserta dari lembaga lain.',
    );
    expect(en['participants-by-theme'].description).toContain(
      'The figures also leave out 17 participants from other bodies.',
    );
  });

  it('name each group of another body in the notes, with its cohort', () => {
    expect(id['participants-by-year'].notes).toContain(
      'Peserta dari lembaga lain tidak dihitung dalam angka mana pun: Kota Cerdas, 11 Maret 2024: 10 Staf Pemprov Contoh; Ekonomi Sirkular, 8 Juli 2024: 1 Karyawan Perumda Tirta Contoh, 6 Dosen Universitas Contoh.',
    );
    expect(en['participants-by-theme'].notes.join(' ')).toContain(
      'Participants from other bodies are not counted in any figure: Smart City, 11 March 2024: 10 Contoh provincial government staff;',
    );
  });

  it('say on the claims chart that its line leaves them out', () => {
    expect(id['claims-vs-record'].notes[0]).toContain(
      'tidak termasuk 17 peserta dari lembaga lain',
    );
  });

  it('say nothing of other bodies when every group is the government’s own', () => {
    const m = buildChartModels(INPUT, 'id')['participants-by-year'];
    expect(`${m.description} ${m.notes.join(' ')}`).not.toContain('lembaga lain');
  });
});
