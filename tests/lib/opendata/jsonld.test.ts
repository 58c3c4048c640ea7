import { describe, expect, it } from 'vitest';
import {
  datasetLd,
  educationEventLd,
  jsonLdText,
  newsArticleLd,
  publicationDate,
  temporalCoverage,
} from '../../../src/lib/opendata/jsonld.ts';
import { otherCityProfile } from '../../fixtures/other-city/index.ts';
import { WATER, realArticle, realCohort, realInput } from './fixtures.ts';

const input = realInput();
const ctx = {
  site: input.site,
  vocabularies: input.vocabularies,
  articles: new Map(input.articles.map((a) => [a.id, a])),
};
describe('jsonLdText', () => {
  it('cannot close its script element: <, > and & are escaped', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script> & more' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & more' });
  });
});

describe('publicationDate', () => {
  it('keeps the precision the source gives and adds a WIB time to a full date', () => {
    expect(publicationDate('2019-02')).toBe('2019-02');
    expect(publicationDate('2022-09-05', '14:59')).toBe('2022-09-05T14:59:00+07:00');
    expect(publicationDate('2022-09', '14:59')).toBe('2022-09');
  });
});

describe('newsArticleLd', () => {
  it('names the publisher and author only when known', () => {
    const known = newsArticleLd(realArticle('2023-05-jambi-update-water-management'), 'en', ctx);
    expect(known).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2023-05-15',
      inLanguage: 'id',
      publisher: { '@type': 'Organization', name: 'Jambi Update' },
      url: 'https://www.jambiupdate.co/read/2023/05/15/106565/fasha-kembali-kirim-asn-pemkot-ikuti-pelatihan-di-singapura',
      archivedAt: 'https://jejak-scp.id/en/sources/2023-05-jambi-update-water-management/',
    });
    expect(known).not.toHaveProperty('author');
    const unknown = newsArticleLd(realArticle('2022-09-penghargaan-kepegawaian'), 'id', ctx);
    expect(unknown).not.toHaveProperty('publisher');
    expect(unknown).toMatchObject({
      author: { '@type': 'Person', name: 'M Hafizh Alatas' },
      datePublished: '2022-09-05T14:59:00+07:00',
      url: 'https://jejak-scp.id/sumber/2022-09-penghargaan-kepegawaian/',
    });
  });
  it('gives no datePublished when the date is not known, and a year as a year', () => {
    const article = realArticle('2023-05-jambi-update-water-management');
    const undated = {
      ...article,
      data: { ...article.data, published: 'unknown', published_after: '2023-05-15' },
    };
    expect(newsArticleLd(undated, 'id', ctx)).not.toHaveProperty('datePublished');
    const year = { ...article, data: { ...article.data, published: '2023' } };
    expect(newsArticleLd(year, 'id', ctx).datePublished).toBe('2023');
  });
  it('gives a title of ours as the name, never as the headline', () => {
    const article = realArticle('2023-05-jambi-update-water-management');
    const ours = { ...article, data: { ...article.data, title_basis: 'editorial' as const } };
    const ld = newsArticleLd(ours, 'id', ctx);
    expect(ld).not.toHaveProperty('headline');
    expect(ld.name).toBe(article.data.title);
    expect(newsArticleLd(article, 'id', ctx).headline).toBe(article.data.title);
    const cohort = realCohort(WATER);
    const event = educationEventLd(cohort, 'id', {
      ...ctx,
      articles: new Map([[ours.id, ours]]),
    });
    expect(event.subjectOf).toEqual([expect.objectContaining({ name: article.data.title })]);
    expect(JSON.stringify(event.subjectOf)).not.toContain('"headline"');
  });
  it('points a republication to the article it is based on', () => {
    const ld = newsArticleLd(
      realArticle('2015-08-asncpns-kemnaker-singapore-polytechnic'),
      'id',
      ctx,
    );
    expect(ld.isBasedOn).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2015-08-18',
      publisher: { name: 'Antara' },
    });
  });
});

describe('educationEventLd', () => {
  it('describes a cohort with its place, organiser and status', () => {
    const ld = educationEventLd(realCohort('2019-02-smart-city-cybersecurity'), 'en', ctx);
    expect(ld).toMatchObject({
      '@type': 'EducationEvent',
      startDate: '2019-02-17',
      endDate: '2019-02-23',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Singapore' },
      organizer: { '@type': 'Organization', name: 'Centre of Liveable Cities (CLC) Singapore' },
      url: 'https://jejak-scp.id/en/cohorts/2019-02-smart-city-cybersecurity/',
    });
    expect(ld.performer).toHaveLength(6);
  });
  it('says an unknown count is unknown, and gives no status to an announced cohort', () => {
    const water = educationEventLd(realCohort(WATER), 'id', ctx);
    expect(water.description).toContain('yang jumlahnya tidak diketahui');
    expect(water).not.toHaveProperty('organizer');
    const announced = educationEventLd(realCohort('2019-07-public-service'), 'id', ctx);
    expect(announced).not.toHaveProperty('eventStatus');
    expect(announced).not.toHaveProperty('endDate');
  });
});

describe('datasetLd', () => {
  it('lists every file as a DataDownload and covers the cohorts’ dates', () => {
    const ld = datasetLd(input, 'id', '2023-05-15', ['cohorts.csv', 'cohorts.json']);
    expect(ld).toMatchObject({
      '@type': 'Dataset',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      temporalCoverage: '2019-02-17/2023-05-19',
      distribution: [
        {
          '@type': 'DataDownload',
          encodingFormat: 'text/csv',
          contentUrl: 'https://jejak-scp.id/data/cohorts.csv',
        },
        { '@type': 'DataDownload', encodingFormat: 'application/json' },
      ],
    });
    expect(temporalCoverage([])).toBeUndefined();
  });

  it('lists the Web Annotation file as JSON-LD', () => {
    const ld = datasetLd(input, 'en', '2023-05-15', ['cohorts.json', 'annotations.jsonld']);
    expect(ld['distribution']).toEqual([
      expect.objectContaining({ name: 'cohorts.json', encodingFormat: 'application/json' }),
      {
        '@type': 'DataDownload',
        name: 'annotations.jsonld',
        encodingFormat: 'application/ld+json',
        contentUrl: 'https://jejak-scp.id/data/annotations.jsonld',
      },
    ]);
  });

  it('names the data set, its publisher, keywords and place from the site profile', () => {
    expect(datasetLd(input, 'en', '2023-05-15', [])).toMatchObject({
      name: 'Jejak SCP: Kota Jambi civil-servant cohorts at the Singapore Cooperation Programme',
      creator: { name: 'Jejak SCP', url: 'https://jejak-scp.id/en/' },
      inLanguage: ['id', 'en'],
      keywords: ['Kota Jambi', 'ASN', 'Singapore Cooperation Programme', 'Temasek Foundation'],
      spatialCoverage: {
        name: 'Kota Jambi',
        address: { addressLocality: 'Jambi', addressRegion: 'Jambi', addressCountry: 'ID' },
      },
    });
    const other = otherCityProfile();
    const ld = datasetLd({ ...input, profile: other, site: other.url }, 'id', '2024-03-09', []);
    expect(ld).toMatchObject({
      name: other.dataset_title.id,
      publisher: { name: 'Catatan Magang Rembulan', url: 'https://magang.teluk-rembulan.example/' },
      keywords: ['Kota Teluk Rembulan', 'ASN', 'Program Magang Pesisir', 'pesisir'],
      spatialCoverage: {
        name: 'Kota Teluk Rembulan',
        address: { addressLocality: 'Teluk Rembulan' },
      },
    });
    expect(String(ld['description'])).toContain(
      'ASN) Pemerintah Kota Teluk Rembulan yang dikirim ke Program Magang Pesisir (PMP) dan pelatihan lain di Pulau Bintang Kertas:',
    );
    expect(String(ld['creditText'])).toMatch(/^Catatan Magang Rembulan\. \(2024\)\. Catatan/);
  });
});
