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
