import { describe, expect, test } from 'vitest';
import type { SiteData } from '../../../src/lib/data/types.ts';
import { buildChartModels } from '../../../src/lib/charts/models.ts';
import { siteText } from '../../../src/i18n/site.ts';
import { otherCityProfile } from '../../fixtures/other-city/index.ts';
import {
  chartTakeAway,
  embedHeight,
  takeAway,
  takeAwaySite,
} from '../../../src/lib/charts/take-away.ts';
import { credit } from '../../../src/lib/site/credit.ts';
import type { SiteProfile } from '../../../src/schemas/site-profile.ts';
import { article, citation, cohort, claim, term, vocabularies } from '../../helpers/records.ts';
import { INPUT } from './fixtures.ts';

/** Contoh latihan: two outlets, three articles, one of them cited by nothing. */
const articles = [
  article('a-2019', { outlet: 'warta-contoh', published: '2019-02' }),
  article('a-2023', { outlet: 'diskominfo-kota-jambi', published: '2023-05-15' }),
  article('a-2024', { outlet: 'warta-contoh', published: '2024-01' }),
];
const data = {
  articles,
  articleById: new Map(articles.map((a) => [a.id, a])),
  cohorts: [cohort('c', { sources: [citation({ article: 'a-2019' })] })],
  claims: [claim('k', { sources: [citation({ article: 'a-2023' })] })],
  context: [],
  cohortById: new Map(),
  vocabularies: vocabularies({
    outlets: {
      'diskominfo-kota-jambi': term({ label: { id: 'Humas Contoh', en: 'Example PR office' } }),
      'warta-contoh': term({ label: { id: 'Warta Contoh', en: 'Example News' } }),
    },
  }),
  profile: { url: 'https://contoh.example' } as SiteProfile,
} as unknown as SiteData;

/** The chart's credit, as the site model gives it (src/site-data/story.ts). */
const creditIn = (lang: 'id' | 'en', siteName: string) =>
  credit(
    ['diskominfo-kota-jambi', 'warta-contoh'],
    data.vocabularies.outlets,
    siteName,
    '2023-05-15',
    lang,
  );

describe('takeAway', () => {
  const model = buildChartModels(INPUT, 'id')['claims-vs-record'];
  const t = takeAway(
    model,
    takeAwaySite(data, 'id', 'Situs Contoh', creditIn('id', 'Situs Contoh')),
  );

  test('names the files after the chart and the language, next to the chart’s page', () => {
    expect(t.svg).toEqual({
      href: '/grafik/claims-vs-record/claims-vs-record.svg',
      name: 'claims-vs-record-id.svg',
    });
    expect(t.png.href).toBe('/grafik/claims-vs-record/claims-vs-record.png');
    expect(t.pageUrl).toBe('https://contoh.example/grafik/claims-vs-record/');
    expect(t.embedUrl).toBe('https://contoh.example/grafik/claims-vs-record/embed/');
  });

  test('says where the figures come from and when, as under the chart, and how to cite them', () => {
    expect(t.source).toBe('Sumber: Humas Contoh dan Warta Contoh, diolah Situs Contoh.');
    expect(t.dataDate).toBe('Terakhir diperbarui: 15 Mei 2023');
    expect(t.citation).toBe(
      `Situs Contoh. “${model.title}”. Grafik, data hingga 15 Mei 2023. https://contoh.example/grafik/claims-vs-record/`,
    );
    expect(t.footer).toEqual([
      t.source,
      t.dataDate,
      'Situs Contoh · https://contoh.example/grafik/claims-vs-record/',
    ]);
  });

  test('gives an <iframe> of the embed page, its attributes escaped', () => {
    const odd = takeAway(
      { ...model, title: 'A "B" <C>' },
      takeAwaySite(data, 'en', 'Example', creditIn('en', 'Example')),
    );
    expect(odd.embedCode).toBe(
      `<iframe src="https://contoh.example/en/charts/claims-vs-record/embed/" title="A &quot;B&quot; &lt;C&gt;" width="100%" height="${embedHeight(model)}" style="border:0" loading="lazy"></iframe>`,
    );
    expect(odd.citation).toContain('Chart, data up to 15 May 2023.');
  });

  test('asks a frame tall enough for the drawing, its title, legend and notes', () => {
    expect(embedHeight(model)).toBeGreaterThan(model.layout.height + 28 * model.legend.length);
    expect(embedHeight(model) % 10).toBe(0);
  });
});

describe('chartTakeAway', () => {
  test('is the chart’s take-away with the site’s name and the chart’s own credit', () => {
    const charts = { id: buildChartModels(INPUT, 'id'), en: buildChartModels(INPUT, 'en') };
    const credit = creditIn('id', 'Situs Contoh');
    const site = {
      data: { ...data, profile: otherCityProfile() } as SiteData,
      charts,
      credits: { id: { charts: { 'claims-vs-record': credit } } },
    } as unknown as Parameters<typeof chartTakeAway>[0];
    expect(chartTakeAway(site, 'id', 'claims-vs-record')).toEqual(
      takeAway(
        charts.id['claims-vs-record'],
        takeAwaySite(site.data, 'id', siteText(site.data.profile, 'id').siteName, credit),
      ),
    );
  });
});
