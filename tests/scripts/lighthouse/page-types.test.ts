import { describe, expect, it } from 'vitest';
import { pickPageTypes } from '../../../scripts/lighthouse/page-types.ts';

/** Contoh latihan: the HTML files of a small practice build. */
const FILES = [
  'index.html',
  '404.html',
  'linimasa/index.html',
  'linimasa/2/index.html',
  'linimasa/tema/air/index.html',
  'angkatan/2023-b/index.html',
  'angkatan/2019-a/index.html',
  'sumber/index.html',
  'sumber/2/index.html',
  'sumber/2019-x/index.html',
  'cek-klaim/index.html',
  'grafik/index.html',
  'grafik/per-tahun/index.html',
  'grafik/per-tahun/embed/index.html',
  'cari/index.html',
  'tentang/index.html',
  'koreksi/index.html',
  'data-terbuka/index.html',
  'en/index.html',
  'en/claim-check/index.html',
];

describe('pickPageTypes', () => {
  it('takes one page of every page type, the first of each kind', () => {
    expect(pickPageTypes(FILES)).toEqual([
      { type: 'home', path: '/' },
      { type: 'timeline', path: '/linimasa/' },
      { type: 'timeline, filtered', path: '/linimasa/tema/air/' },
      { type: 'cohort', path: '/angkatan/2019-a/' },
      { type: 'source', path: '/sumber/2019-x/' },
      { type: 'claim check', path: '/cek-klaim/' },
      { type: 'charts', path: '/grafik/' },
      { type: 'chart take-away', path: '/grafik/per-tahun/' },
      { type: 'chart embed', path: '/grafik/per-tahun/embed/', skipAudits: ['is-crawlable'] },
      { type: 'search', path: '/cari/' },
      { type: 'about', path: '/tentang/' },
      { type: 'corrections', path: '/koreksi/' },
      { type: 'open data', path: '/data-terbuka/' },
      { type: 'not found (404)', path: '/404.html' },
      { type: 'home, English', path: '/en/' },
      { type: 'claim check, English', path: '/en/claim-check/' },
    ]);
  });

  it('names a page type the build lacks instead of leaving it out', () => {
    const types = pickPageTypes(FILES.filter((f) => !f.startsWith('grafik/per-tahun/')));
    expect(types).toHaveLength(16);
    expect(types.filter((t) => t.path === undefined).map((t) => t.type)).toEqual([
      'chart take-away',
      'chart embed',
    ]);
  });
});
