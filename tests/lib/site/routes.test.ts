import { describe, expect, it } from 'vitest';
import { counterpartPath, routes } from '../../../src/lib/site/routes.ts';

describe('counterpartPath', () => {
  const pairs: [string, string][] = [
    [routes.home('id'), routes.home('en')],
    [routes.timeline('id'), routes.timeline('en')],
    [routes.timelineTheme('id', 'public-service'), routes.timelineTheme('en', 'public-service')],
    [routes.timelineProgramme('id', 'scp'), routes.timelineProgramme('en', 'scp')],
    [routes.timelineStatus('id', 'planned'), routes.timelineStatus('en', 'planned')],
    [routes.timelineStatus('id', 'held', 2), routes.timelineStatus('en', 'held', 2)],
    [routes.cohort('id', '2019-02-x'), routes.cohort('en', '2019-02-x')],
    [routes.source('id', 'a'), routes.source('en', 'a')],
    [routes.sources('id'), routes.sources('en')],
    [routes.claims('id'), routes.claims('en')],
    [routes.themes('id'), routes.themes('en')],
    [routes.theme('id', 'k'), routes.theme('en', 'k')],
    [routes.programmes('id'), routes.programmes('en')],
    [routes.programme('id', 'k'), routes.programme('en', 'k')],
    [routes.charts('id'), routes.charts('en')],
    [routes.chart('id', 'claims-vs-record'), routes.chart('en', 'claims-vs-record')],
    [routes.chartEmbed('id', 'claims-vs-record'), routes.chartEmbed('en', 'claims-vs-record')],
    [routes.about('id'), routes.about('en')],
    [routes.openData('id'), routes.openData('en')],
    [routes.dataDictionary('id'), routes.dataDictionary('en')],
    [routes.search('id'), routes.search('en')],
    [routes.corrections('id'), routes.corrections('en')],
  ];
  it.each(pairs)('maps %s ↔ %s', (id, en) => {
    expect(counterpartPath(id)).toBe(en);
    expect(counterpartPath(en)).toBe(id);
  });
  it('knows nothing of other addresses', () => {
    expect(counterpartPath('/data/cohorts.csv')).toBeUndefined();
    expect(counterpartPath('/en/nowhere/')).toBeUndefined();
  });
});

describe('routes of the timeline by status', () => {
  it('puts each status under the timeline, with the same key in both languages', () => {
    expect(routes.timelineStatus('id', 'planned')).toBe('/linimasa/status/planned/');
    expect(routes.timelineStatus('en', 'planned')).toBe('/en/timeline/status/planned/');
    expect(routes.timelineStatus('id', 'held', 2)).toBe('/linimasa/status/held/2/');
  });
});

describe('routes of a chart', () => {
  it('puts its page, its embed page and its files under the charts page', () => {
    expect(routes.chart('id', 'x')).toBe('/grafik/x/');
    expect(routes.chartEmbed('en', 'x')).toBe('/en/charts/x/embed/');
    expect(routes.chartFile('id', 'x', 'svg')).toBe('/grafik/x/x.svg');
    expect(routes.chartFile('en', 'x', 'png')).toBe('/en/charts/x/x.png');
  });
});

describe('routes of the open data', () => {
  it('builds feed, share image and data file addresses', () => {
    expect(routes.feed('id')).toBe('/rss.xml');
    expect(routes.correctionsFeed('en')).toBe('/en/corrections/rss.xml');
    expect(routes.shareImage('en')).toBe('/og/en/site.png');
    expect(routes.shareImage('id', 'x')).toBe('/og/id/cohorts/x.png');
    expect(routes.dataFile('cohorts.csv')).toBe('/data/cohorts.csv');
  });
});
