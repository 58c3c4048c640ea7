/**
 * The route table: every page that exists in both languages, defined once.
 * Each route names the entry point that renders it (src/routes/<entry>) and
 * its pattern per language; the routes integration injects one Astro route
 * per language from this table, and an entry point finds its language and
 * options from `Astro.routePattern`. The patterns agree with `routes`
 * (src/lib/site/routes.ts), which builds the links; a test holds them together.
 */
import { LANGS, type Lang } from '../../i18n/lang.ts';

/** The entry points under src/routes/ (file name without extension). */
export type PageEntry =
  | 'home'
  | 'timeline'
  | 'cohort'
  | 'source'
  | 'sources'
  | 'claims'
  | 'term-index'
  | 'term'
  | 'charts'
  | 'chart'
  | 'chart-embed'
  | 'open-data'
  | 'dictionary'
  | 'search'
  | 'corrections'
  | 'feed'
  | 'corrections-feed';

/** A vocabulary field a page lists or filters by. */
export type TermField = 'theme' | 'programme';
/** A field the timeline filters by: a vocabulary field, or the cohort's status. */
export type FilterField = TermField | 'status';

export interface PageRoute {
  entry: PageEntry;
  /** Pattern per language, without the leading slash ("" is the home page). */
  pattern: Readonly<Record<Lang, string>>;
  /** The vocabulary field of a term page, or the field of a filtered timeline. */
  field?: FilterField;
}

const route = (entry: PageEntry, id: string, en: string, field?: FilterField): PageRoute => ({
  entry,
  pattern: { id, en: en === '' ? 'en' : `en/${en}` },
  ...(field ? { field } : {}),
});

export const PAGE_ROUTES: readonly PageRoute[] = [
  route('home', '', ''),
  route('timeline', 'linimasa/[...page]', 'timeline/[...page]'),
  route('timeline', 'linimasa/tema/[key]/[...page]', 'timeline/theme/[key]/[...page]', 'theme'),
  route(
    'timeline',
    'linimasa/program/[key]/[...page]',
    'timeline/programme/[key]/[...page]',
    'programme',
  ),
  route('timeline', 'linimasa/status/[key]/[...page]', 'timeline/status/[key]/[...page]', 'status'),
  route('cohort', 'angkatan/[id]', 'cohorts/[id]'),
  route('source', 'sumber/[id]', 'sources/[id]'),
  route('sources', 'sumber/[...page]', 'sources/[...page]'),
  route('claims', 'cek-klaim', 'claim-check'),
  route('term-index', 'tema', 'themes', 'theme'),
  route('term', 'tema/[key]/[...page]', 'themes/[key]/[...page]', 'theme'),
  route('term-index', 'program', 'programmes', 'programme'),
  route('term', 'program/[key]/[...page]', 'programmes/[key]/[...page]', 'programme'),
  route('charts', 'grafik', 'charts'),
  route('chart', 'grafik/[id]', 'charts/[id]'),
  route('chart-embed', 'grafik/[id]/embed', 'charts/[id]/embed'),
  route('open-data', 'data-terbuka', 'open-data'),
  route('dictionary', 'kamus-data', 'data-dictionary'),
  route('search', 'cari', 'search'),
  route('corrections', 'koreksi', 'corrections'),
  route('feed', 'rss.xml', 'rss.xml'),
  route('corrections-feed', 'koreksi/rss.xml', 'corrections/rss.xml'),
];

/** The vocabulary field of a term page or term index (theme unless it says programme). */
export function termFieldOf(route: PageRoute): TermField {
  return route.field === 'programme' ? 'programme' : 'theme';
}

/** One injected route: a pattern, its language and the route it comes from. */
export interface InjectedRoute {
  /** Astro route pattern, with its leading slash ("/linimasa/[...page]"). */
  pattern: string;
  lang: Lang;
  route: PageRoute;
}

const INJECTED: readonly InjectedRoute[] = PAGE_ROUTES.flatMap((route) =>
  LANGS.map((lang) => ({ pattern: `/${route.pattern[lang]}`, lang, route })),
);
const BY_PATTERN = new Map(INJECTED.map((r) => [r.pattern, r]));

/** Every route of the table in every language. */
export function injectedRoutes(): readonly InjectedRoute[] {
  return INJECTED;
}

/** The language and route of an injected pattern (`Astro.routePattern`). */
export function routeOf(routePattern: string): InjectedRoute {
  const found = BY_PATTERN.get(routePattern);
  if (!found) throw new Error(`no route in the route table for "${routePattern}"`);
  return found;
}
