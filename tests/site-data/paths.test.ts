import { describe, expect, it } from 'vitest';
import { siteIndexes } from '../../src/lib/site/indexes.ts';
import type { SiteModel } from '../../src/lib/site/model.ts';
import { injectedRoutes, type FilterField } from '../../src/lib/site/page-routes.ts';
import { PAGE_SIZE } from '../../src/lib/site/pagination.ts';
import { routePaths } from '../../src/site-data/paths.ts';
import { article, cohort } from '../helpers/records.ts';
import { siteData } from '../helpers/site-data.ts';

const articles = [article('artikel-uji')];
const cohorts = [
  cohort('held-a'),
  cohort('planned-a', { status: 'planned', period: { start: '2024-05' } }),
  ...Array.from({ length: PAGE_SIZE + 1 }, (_, i) =>
    cohort(`held-${String(i).padStart(3, '0')}`, { period: { start: '2022-01' } }),
  ),
];
const data = siteData({ articles, cohorts });
/** The two parts of the site model that the paths of a timeline read. */
const site = { data, indexes: siteIndexes(data) } as Pick<SiteModel, 'data' | 'indexes'>;

/** The injected timeline route filtered by a field, in a language. */
function timelineRoute(field: FilterField, lang: 'id' | 'en') {
  const injected = injectedRoutes().find(
    (r) => r.lang === lang && r.route.entry === 'timeline' && r.route.field === field,
  );
  if (!injected) throw new Error(`no timeline route filtered by ${field} in ${lang}`);
  return injected;
}

/** "key/page" of every static path of the timeline filtered by a field, in a language. */
const timelinePaths = (field: FilterField, lang: 'id' | 'en'): string[] =>
  routePaths(site as SiteModel, timelineRoute(field, lang)).map(
    (p) => `${String(p.params['key'])}/${String(p.params['page'] ?? 1)}`,
  );

describe('routePaths of the timeline by status', () => {
  it('gives every status its pages in both languages, one page even when none has that status', () => {
    for (const lang of ['id', 'en'] as const)
      expect(timelinePaths('status', lang)).toEqual([
        'held/1',
        'held/2',
        'planned/1',
        'announced/1',
      ]);
  });

  it('passes each page its number', () => {
    const paths = routePaths(site as SiteModel, timelineRoute('status', 'en'));
    const pages = paths.map((p) => p.props?.['page']);
    expect(pages).toEqual([1, 2, 1, 1]);
  });

  it('still gives each theme its pages', () => {
    expect(timelinePaths('theme', 'id')).toEqual(
      [...data.vocabularies.themes.keys()].flatMap((k) =>
        k === 'public-service' ? [`${k}/1`, `${k}/2`] : [`${k}/1`],
      ),
    );
  });
});

describe('routePaths: once per site model', () => {
  const route = injectedRoutes().find((r) => r.route.entry === 'cohort');
  if (!route) throw new Error('no cohort route');
  const model = () => {
    const d = siteData({ articles, cohorts });
    return { data: d, indexes: siteIndexes(d) } as SiteModel;
  };

  it('gives the same paths again for the same model, and new ones for a new model', () => {
    const first = model();
    const paths = routePaths(first, route);
    expect(routePaths(first, route)).toBe(paths);
    const second = model();
    expect(routePaths(second, route)).not.toBe(paths);
    expect(routePaths(second, route)).toEqual(paths);
  });
});
