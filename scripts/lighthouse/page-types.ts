/**
 * The page types `npm run lighthouse -- --all` audits, one page each (pure
 * part of scripts/lighthouse.ts): every kind of page the site builds, the
 * fixed ones by their address from the route table, the others as the first
 * of their kind among the built HTML files. A type with no page in the
 * build is returned with `path: undefined`, so the run reports it instead
 * of silently auditing less.
 */
import { routes } from '../../src/lib/site/routes.ts';

export interface PageType {
  /** What the page is, as printed in the table. */
  type: string;
  /** URL path of the page audited, or undefined when the build has none of this type. */
  path: string | undefined;
  /** Audits left out for this page type, each for a reason the site chose. */
  skipAudits?: string[];
}

/**
 * The embed page is kept out of search engines on purpose (noindex, see
 * "Charts to take away" in docs/decisions.md): its crawlability is not
 * scored, the rest of SEO is.
 */
const NOINDEX = ['is-crawlable'];

/** "a/b/index.html" → "/a/b/"; "404.html" → "/404.html". */
function toPath(file: string): string {
  return file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** One page of every page type, from the dist HTML files (paths relative to dist). */
export function pickPageTypes(htmlFiles: readonly string[]): PageType[] {
  const paths = [...htmlFiles].sort().map(toPath);
  const has = (path: string): string | undefined => (paths.includes(path) ? path : undefined);
  /** The first page under `prefix` whose remainder matches `rest` (one segment by default). */
  const first = (prefix: string, rest = /^[^/]+\/$/): string | undefined =>
    paths.find((p) => p.startsWith(prefix) && rest.test(p.slice(prefix.length)));
  const chart = first(routes.charts('id'));
  const chartId = chart?.slice(routes.charts('id').length, -1);
  return [
    { type: 'home', path: has(routes.home('id')) },
    { type: 'timeline', path: has(routes.timeline('id')) },
    {
      type: 'timeline, filtered',
      path: first(routes.timeline('id'), /^(?!\d+\/)[^/]+\/[^/]+\/$/),
    },
    { type: 'cohort', path: first(routes.cohort('id', '').slice(0, -1)) },
    { type: 'source', path: first(routes.sources('id'), /^(?!\d+\/)[^/]+\/$/) },
    { type: 'claim check', path: has(routes.claims('id')) },
    { type: 'charts', path: has(routes.charts('id')) },
    { type: 'chart take-away', path: chart },
    {
      type: 'chart embed',
      path: chartId === undefined ? undefined : has(routes.chartEmbed('id', chartId)),
      skipAudits: NOINDEX,
    },
    { type: 'search', path: has(routes.search('id')) },
    { type: 'about', path: has(routes.about('id')) },
    { type: 'corrections', path: has(routes.corrections('id')) },
    { type: 'open data', path: has(routes.openData('id')) },
    { type: 'not found (404)', path: has('/404.html') },
    { type: 'home, English', path: has(routes.home('en')) },
    { type: 'claim check, English', path: has(routes.claims('en')) },
  ];
}
