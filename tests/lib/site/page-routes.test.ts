import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../../src/i18n/lang.ts';
import {
  PAGE_ROUTES,
  injectedRoutes,
  routeOf,
  termFieldOf,
  type PageRoute,
} from '../../../src/lib/site/page-routes.ts';
import { counterpartPath, routes } from '../../../src/lib/site/routes.ts';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';

/** The address a pattern gives for id "x", key "k" and page `page` (1: the list's own address). */
function fill(pattern: string, page: number): string {
  const path = pattern
    .replace('[id]', 'x')
    .replace('[key]', 'k')
    .replace('/[...page]', page > 1 ? `/${page}` : '');
  if (path.endsWith('.xml')) return `/${path}`;
  return path === '' ? '/' : `/${path}/`;
}

/** The address `routes` builds for the same page. */
function linkTo(route: PageRoute, lang: Lang, page: number): string {
  const field = route.field;
  switch (route.entry) {
    case 'home':
      return routes.home(lang);
    case 'timeline':
      if (field === 'theme') return routes.timelineTheme(lang, 'k', page);
      if (field === 'programme') return routes.timelineProgramme(lang, 'k', page);
      if (field === 'status') return routes.timelineStatus(lang, 'k', page);
      return routes.timeline(lang, page);
    case 'cohort':
      return routes.cohort(lang, 'x');
    case 'source':
      return routes.source(lang, 'x');
    case 'sources':
      return routes.sources(lang, page);
    case 'claims':
      return routes.claims(lang);
    case 'term-index':
      return field === 'programme' ? routes.programmes(lang) : routes.themes(lang);
    case 'term':
      return field === 'programme'
        ? routes.programme(lang, 'k', page)
        : routes.theme(lang, 'k', page);
    case 'charts':
      return routes.charts(lang);
    case 'chart':
      return routes.chart(lang, 'x');
    case 'chart-embed':
      return routes.chartEmbed(lang, 'x');
    case 'open-data':
      return routes.openData(lang);
    case 'dictionary':
      return routes.dataDictionary(lang);
    case 'search':
      return routes.search(lang);
    case 'corrections':
      return routes.corrections(lang);
    case 'feed':
      return routes.feed(lang);
    case 'corrections-feed':
      return routes.correctionsFeed(lang);
  }
}

describe('PAGE_ROUTES', () => {
  it('gives every page the address that routes links to, in both languages', () => {
    for (const route of PAGE_ROUTES)
      for (const lang of LANGS)
        for (const page of route.pattern[lang].includes('[...page]') ? [1, 3] : [1])
          expect(fill(route.pattern[lang], page), `${route.entry} ${lang}`).toBe(
            linkTo(route, lang, page),
          );
  });

  it('maps each page to its counterpart in the other language', () => {
    for (const route of PAGE_ROUTES.filter((r) => !r.entry.endsWith('feed'))) {
      const id = fill(route.pattern.id, 1);
      const en = fill(route.pattern.en, 1);
      expect(counterpartPath(id)).toBe(en);
      expect(counterpartPath(en)).toBe(id);
    }
  });

  it('names an entry point that exists under src/routes', () => {
    for (const route of PAGE_ROUTES) {
      const ext = route.entry.endsWith('feed') ? 'ts' : 'astro';
      expect(existsSync(join(PROJECT_ROOT, 'src/routes', `${route.entry}.${ext}`))).toBe(true);
    }
  });
});

describe('termFieldOf', () => {
  it('reads the vocabulary of a term page, theme unless it says programme', () => {
    const terms = PAGE_ROUTES.filter((r) => r.entry === 'term' || r.entry === 'term-index');
    expect(terms.map(termFieldOf)).toEqual(terms.map((r) => r.field));
    expect(termFieldOf({ entry: 'term', pattern: { id: 'x', en: 'en/x' } })).toBe('theme');
  });
});

describe('injectedRoutes and routeOf', () => {
  it('inject each pattern once, and find its language and route again', () => {
    const injected = injectedRoutes();
    expect(new Set(injected.map((r) => r.pattern)).size).toBe(injected.length);
    expect(injected).toHaveLength(PAGE_ROUTES.length * LANGS.length);
    for (const r of injected) expect(routeOf(r.pattern)).toBe(r);
    expect(routeOf('/en/timeline/theme/[key]/[...page]')).toMatchObject({
      lang: 'en',
      route: { entry: 'timeline', field: 'theme' },
    });
    expect(routeOf('/linimasa/status/[key]/[...page]')).toMatchObject({
      lang: 'id',
      route: { entry: 'timeline', field: 'status' },
    });
  });

  it('refuses a pattern that is not in the table', () => {
    expect(() => routeOf('/nowhere')).toThrow(/no route/);
  });
});
