/**
 * Keys of a chart's page and files: they change when the chart's figures or
 * its "last updated" line change, and stay when a record changes in a way no
 * chart shows.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../../src/lib/charts/models.ts';
import { chartCacheKey } from '../../../src/lib/site/chart-keys.ts';
import type { Cohort } from '../../../src/schemas/index.ts';
import { buildSiteModel } from '../../../src/site-data/model.ts';
import { article, cohort, group } from '../../helpers/records.ts';
import { siteData } from '../../helpers/site-data.ts';

interface Changes {
  /** Changes to the 2023 cohort. */
  cohort?: Partial<Cohort>;
  /** Publication date of the newest article ("last updated" follows it). */
  newest?: string;
}

/** Contoh latihan: two held cohorts, 2022 and 2023, and the articles they cite. */
function keys(c: Changes = {}, lang: 'id' | 'en' = 'id'): string[] {
  const data = siteData({
    articles: [article('artikel-uji', { published: c.newest ?? '2023-04' })],
    cohorts: [
      cohort('a', { period: { start: '2022-03' } }),
      cohort('b', { period: { start: '2023-03' }, participants: [group(30)], ...c.cohort }),
    ],
  });
  const site = buildSiteModel(data);
  return CHART_IDS.map((id) => chartCacheKey(site, lang, id));
}

describe('chartCacheKey', () => {
  it('is the same for the same data, and differs between charts and languages', () => {
    expect(keys()).toEqual(keys());
    expect(new Set(keys()).size).toBe(CHART_IDS.length);
    expect(keys({}, 'en')[0]).not.toBe(keys()[0]);
  });

  it('changes with a figure of the chart, and stays for a change no chart shows', () => {
    const [byYear] = keys({ cohort: { participants: [group(31)] } });
    expect(byYear).not.toBe(keys()[0]);
    expect(
      keys({ cohort: { host: 'Civil Service College (Contoh latihan)' } as Partial<Cohort> }),
    ).toEqual(keys());
  });

  it('changes on every chart when the "last updated" date under it changes', () => {
    const later = keys({ newest: '2024-06' });
    keys().forEach((key, i) => expect(later[i]).not.toBe(key));
  });
});
