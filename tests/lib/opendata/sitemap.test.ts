import { describe, expect, it } from 'vitest';
import { isSitemapPage, withAlternates } from '../../../src/lib/opendata/sitemap.ts';

describe('withAlternates', () => {
  it('links a page to itself and its translation, Indonesian first', () => {
    const expected = [
      { url: 'https://jejak-scp.id/angkatan/x/', lang: 'id-ID' },
      { url: 'https://jejak-scp.id/en/cohorts/x/', lang: 'en-GB' },
    ];
    expect(withAlternates({ url: 'https://jejak-scp.id/angkatan/x/' }).links).toEqual(expected);
    expect(withAlternates({ url: 'https://jejak-scp.id/en/cohorts/x/', links: [] }).links).toEqual(
      expected,
    );
  });
  it('leaves a page without a known counterpart without links', () => {
    expect(withAlternates({ url: 'https://jejak-scp.id/x/' }).links).toBeUndefined();
  });
});

describe('isSitemapPage', () => {
  it('keeps pages and drops feeds, data files and images', () => {
    expect(isSitemapPage('https://jejak-scp.id/en/')).toBe(true);
    expect(isSitemapPage('https://jejak-scp.id/rss.xml')).toBe(false);
    expect(isSitemapPage('https://jejak-scp.id/data/cohorts.csv')).toBe(false);
  });

  it('keeps a chart’s page and drops its page for other sites’ frames', () => {
    expect(isSitemapPage('https://jejak-scp.id/grafik/claims-vs-record/')).toBe(true);
    expect(isSitemapPage('https://jejak-scp.id/grafik/claims-vs-record/embed/')).toBe(false);
    expect(isSitemapPage('https://jejak-scp.id/en/charts/claims-vs-record/embed/')).toBe(false);
  });
});
