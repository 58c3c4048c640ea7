import { describe, expect, it } from 'vitest';
import { articleId, claimId, cohortId, termKey, toSlug } from '../../../scripts/new/ids.ts';

describe('toSlug', () => {
  it('folds case, accents and punctuation into a key', () => {
    expect(toSlug('Café  Öffentlich — "Public" Service!')).toBe('cafe-offentlich-public-service');
    expect(toSlug('2024-06 Diskominfo/Kota Jambi')).toBe('2024-06-diskominfokota-jambi');
  });

  it('cuts long text at a word boundary', () => {
    const long = toSlug('kata '.repeat(40), 20);
    expect(long.length).toBeLessThanOrEqual(20);
    expect(long).toMatch(/^kata(?:-kata)*$/);
  });
});

describe('ids of new entries', () => {
  it('names an article by month, outlet and theme, like the existing ones', () => {
    expect(
      articleId({
        published: '2023-05-15',
        outlet: 'jambi-update',
        topic: 'water-management',
        title: 'x',
      }),
    ).toBe('2023-05-jambi-update-water-management');
  });

  it('falls back to the title, and leaves out an unknown outlet', () => {
    expect(
      articleId({ published: '2022-09', outlet: 'unknown', title: 'Penghargaan Kepegawaian' }),
    ).toBe('2022-09-penghargaan-kepegawaian');
  });

  it('names a cohort by start month and theme, adding a programme other than the site’s own', () => {
    expect(
      cohortId({ start: '2023-05-15', theme: 'water-management', programme: 'scp' }, 'scp'),
    ).toBe('2023-05-water-management');
    expect(
      cohortId(
        { start: '2023-03', theme: 'digital-transformation', programme: 'temasek-foundation' },
        'scp',
      ),
    ).toBe('2023-03-digital-transformation-temasek-foundation');
    expect(
      cohortId(
        { start: '2024-03', theme: 'pesisir', programme: 'magang-pesisir' },
        'magang-pesisir',
      ),
    ).toBe('2024-03-pesisir');
  });

  it('names a claim by date, value, metric and window', () => {
    expect(
      claimId({ made_on: '2019-02', value: 150, metric: 'participants', window_years: 3 }),
    ).toBe('2019-02-150-peserta-3-tahun');
    expect(claimId({ made_on: '2023-05-15', value: 10, metric: 'cohorts', since: '2016' })).toBe(
      '2023-05-10-angkatan-sejak-2016',
    );
  });

  it('keys a new term by its label', () => {
    expect(termKey('Urban Planning')).toBe('urban-planning');
  });
});
