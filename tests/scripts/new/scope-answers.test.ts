import { describe, expect, it } from 'vitest';
import { readSince, readWindow } from '../../../scripts/new/scope-answers.ts';

const years = (answer: string) => {
  const r = readWindow(answer);
  return r.ok ? r.value : r.problem.id;
};

describe('readWindow', () => {
  it.each([
    ['5', 5, '5 tahun terakhir'],
    ['lima', 5, '5 tahun terakhir (lima)'],
    ['lima tahun terakhir', 5, '5 tahun terakhir (lima tahun)'],
    ['10 tahun terakhir', 10, '10 tahun terakhir'],
    ['dua dekade', 20, '20 tahun terakhir (dua dekade)'],
    ['dalam dua dekade terakhir', 20, '20 tahun terakhir (dalam dua dekade)'],
    ['satu dasawarsa', 10, '10 tahun terakhir (satu dasawarsa)'],
    ['sedasawarsa', 10, '10 tahun terakhir (sedasawarsa)'],
  ])('reads "%s" as %i years', (answer, n, shown) => {
    expect(years(answer)).toEqual({ years: n, shown });
  });

  it.each(['tiga bulan', 'sejak 2016', 'banyak', '0', '150', 'dua atau tiga tahun'])(
    'refuses "%s" in Indonesian and English',
    (answer) => {
      const r = readWindow(answer);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.problem.id).toContain(`"${answer}"`);
        expect(r.problem.en).toContain(`"${answer}"`);
      }
    },
  );

  it('says how to write it', () => {
    expect(years('banyak')).toContain('"dua dekade"');
  });
});

describe('readSince', () => {
  it.each([
    ['2016', '2016', 'tahun 2016 (2016)'],
    ['sejak 2016', '2016', 'sejak tahun 2016 (2016)'],
    ['Sejak tahun 2016', '2016', 'sejak tahun 2016 (2016)'],
    ['sejak Maret 2024', '2024-03', 'sejak Maret 2024 (2024-03)'],
    ['mulai 7 Juni 2024', '2024-06-07', 'sejak Jumat, 7 Juni 2024 (2024-06-07)'],
    ['Maret 2024', '2024-03', 'Maret 2024 (2024-03)'],
  ])('reads "%s" as %s', (answer, start, shown) => {
    const r = readSince(answer);
    expect(r.ok && r.value).toEqual({ start, shown });
  });

  it('refuses what is no start, naming a year as a way to write one', () => {
    const r = readSince('sejak dulu');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.id).toContain('"sejak dulu"');
      expect(r.problem.id).toContain('"sejak 2016"');
      expect(r.problem.en).toContain('cannot be read');
    }
  });
});
