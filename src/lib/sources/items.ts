/**
 * What the source watch checks, read from loaded content: per article its
 * original address and every distinct passage that cohorts (sources and
 * variants), claims and context events cite from it, in content order.
 * The user agent names the site and its address from the site profile.
 */
import type { LoadedContent } from '../content/load.ts';
import type { WatchItem } from './types.ts';

type Cited = { sources: { article: string; quote: string }[] };

/** Every distinct quote cited from each article id. */
export function citedQuotes(
  content: Pick<LoadedContent, 'cohorts' | 'claims' | 'context'>,
): Map<string, string[]> {
  const byArticle = new Map<string, string[]>();
  const add = ({ article, quote }: { article: string; quote: string }) => {
    const list = byArticle.get(article) ?? [];
    if (!list.includes(quote)) list.push(quote);
    byArticle.set(article, list);
  };
  const records: Cited[] = [
    ...content.cohorts.map((c) => c.data),
    ...content.claims.map((c) => c.data),
    ...content.context.map((c) => c.data),
  ];
  for (const record of records) record.sources.forEach(add);
  for (const cohort of content.cohorts) (cohort.data.variants ?? []).forEach(add);
  return byArticle;
}

/** One watch item per readable article. */
export function watchItems(
  content: Pick<LoadedContent, 'articles' | 'cohorts' | 'claims' | 'context'>,
): WatchItem[] {
  const quotes = citedQuotes(content);
  return content.articles.map((a) => ({
    id: a.id,
    file: a.file,
    title: a.data.title,
    outlet: a.data.outlet,
    url: a.data.url,
    published: a.data.published,
    quotes: quotes.get(a.id) ?? [],
    // The seam for a recorded archived copy: set it from the article's archive field.
    archive: undefined,
  }));
}

/** The request's User-Agent: the site's name and address, so a publisher knows who asks. */
export function userAgent(site: { name: string; url: string }): string {
  const product = site.name.replace(/[^A-Za-z0-9]+/gu, '');
  return `${product}-SourceWatch/1.0 (+${site.url})`;
}
