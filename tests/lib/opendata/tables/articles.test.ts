import { describe, expect, it } from 'vitest';
import { articlesTable } from '../../../../src/lib/opendata/tables/articles.ts';
import { realInput } from '../fixtures.ts';

const input = realInput();

describe('articlesTable', () => {
  const rows = articlesTable(input).rows;
  it('has one row per article, oldest first', () => {
    expect(rows.map((r) => r.id)).toEqual([
      '2015-08-asncpns-kemnaker-singapore-polytechnic',
      '2019-02-diskominfo-smart-city',
      '2022-09-penghargaan-kepegawaian',
      '2023-03-jambi-independent-public-service',
      '2023-05-jambi-update-water-management',
    ]);
  });
  it('leaves an unknown original address empty and links our source page', () => {
    expect(rows.find((r) => r.id === '2022-09-penghargaan-kepegawaian')).toMatchObject({
      url: null,
      page_id: 'https://jejak-scp.id/sumber/2022-09-penghargaan-kepegawaian/',
      page_en: 'https://jejak-scp.id/en/sources/2022-09-penghargaan-kepegawaian/',
    });
  });
});

describe('articlesTable: dates that are not fully known', () => {
  const id = '2023-05-jambi-update-water-management';
  const withDate = (patch: Record<string, string>) => ({
    ...input,
    articles: input.articles.map((a) =>
      a.id === id ? { ...a, data: { ...a.data, ...patch } } : a,
    ),
  });

  it('leaves an unknown date empty, gives its bounds, and places it at its first possible day', () => {
    const rows = articlesTable(
      withDate({ published: 'unknown', published_after: '2019-02-24' }),
    ).rows;
    expect(rows.find((r) => r.id === id)).toMatchObject({
      published: null,
      published_after: '2019-02-24',
      published_before: null,
    });
    expect(rows.map((r) => r.id).indexOf(id)).toBe(2);
  });

  it('puts an unknown date with no lower bound first, and keeps a year as a year', () => {
    expect(articlesTable(withDate({ published: 'unknown' })).rows[0]?.id).toBe(id);
    const year = articlesTable(withDate({ published: '2023' })).rows.find((r) => r.id === id);
    expect(year).toMatchObject({ published: '2023', published_after: null });
  });
});

describe('articlesTable: our copy', () => {
  const id = '2019-02-diskominfo-smart-city';
  it('leaves an unknown capture date and archive empty and gives the stored text’s hash', () => {
    const row = articlesTable(input).rows.find((r) => r.id === id);
    expect(row).toMatchObject({ captured: null, archive_url: null });
    expect(row?.['sha256']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the hash after the last body correction', () => {
    const corrected = {
      ...input,
      articles: input.articles.map((a) =>
        a.id === id
          ? {
              ...a,
              data: {
                ...a.data,
                captured: '2024-01-20',
                corrections: [
                  {
                    date: '2024-02-01',
                    field: 'body' as const,
                    previous: 'a'.repeat(64),
                    sha256: 'b'.repeat(64),
                    reason: { id: 'Contoh latihan.', en: 'Practice example.' },
                  },
                ],
              },
            }
          : a,
      ),
    };
    expect(articlesTable(corrected).rows.find((r) => r.id === id)).toMatchObject({
      captured: '2024-01-20',
      sha256: 'b'.repeat(64),
    });
  });
});
