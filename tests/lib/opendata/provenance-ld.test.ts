import { describe, expect, it } from 'vitest';
import { bodySha256 } from '../../../src/lib/content/body-hash.ts';
import { educationEventLd, newsArticleLd } from '../../../src/lib/opendata/jsonld.ts';
import { citationsLd, copiesLd } from '../../../src/lib/opendata/provenance-ld.ts';
import { WATER, realArticle, realCohort, realInput } from './fixtures.ts';

const input = realInput();
const ctx = { site: input.site, vocabularies: input.vocabularies };
const ID = '2023-05-jambi-update-water-management';
const PAGE = `https://jejak-scp.id/sumber/${ID}/`;

describe('copiesLd', () => {
  it('gives our copy its hash and leaves an unknown capture day out', () => {
    const article = realArticle(ID);
    const [copy, archive] = copiesLd(article.data, PAGE).workExample;
    expect(copy).toEqual({
      '@type': 'CreativeWork',
      '@id': `${PAGE}#copy`,
      url: PAGE,
      inLanguage: 'id',
      identifier: {
        '@type': 'PropertyValue',
        propertyID: 'sha256',
        value: bodySha256((article as { body?: string }).body ?? ''),
      },
    });
    expect(archive).toBeUndefined();
  });

  it('gives the capture day and the archived copy when known', () => {
    const d = {
      ...realArticle(ID).data,
      captured: '2024-01-20',
      archive_url: 'https://web.archive.org/web/2024/x',
    };
    const [copy, archive] = copiesLd(d, PAGE).workExample;
    expect(copy).toMatchObject({ dateCreated: '2024-01-20' });
    expect(archive).toEqual({ '@type': 'CreativeWork', url: 'https://web.archive.org/web/2024/x' });
  });

  it('is part of the NewsArticle of a source page', () => {
    expect(newsArticleLd(realArticle(ID), 'id', ctx)).toHaveProperty('workExample');
  });
});

describe('citationsLd', () => {
  it('points a cohort to each passage it cites, on our copy', () => {
    const cohort = realCohort(WATER);
    const { citation } = citationsLd({ kind: 'cohort', ...cohort }, 'en', ctx);
    expect(citation).toHaveLength(cohort.data.sources.length + (cohort.data.variants?.length ?? 0));
    expect(citation[0]).toMatchObject({
      '@type': 'Quotation',
      text: cohort.data.sources[0]?.quote,
      isPartOf: {
        '@id': `https://jejak-scp.id/en/sources/${cohort.data.sources[0]?.article}/#article`,
      },
    });
    expect(String(citation[0]?.['url'])).toMatch(/#kutipan-|#/);
    const event = educationEventLd(cohort, 'en', {
      ...ctx,
      articles: new Map(input.articles.map((a) => [a.id, a])),
    });
    expect(event['citation']).toEqual(citation);
  });
});
