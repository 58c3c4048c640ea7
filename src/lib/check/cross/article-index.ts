/**
 * The articles as quotes are looked up in them: by id, the text a reader sees
 * (the published headline, then the body), the headline on its own (a quote
 * may lie in it or in the body, not across both), the publication date that
 * completes a date written without its year, and the unsafe markup found in
 * the same parse of the body (the reading kept with the entry when the
 * content was loaded, else the body parsed here).
 */
import type { ArticleEntry } from '../../content/load.ts';
import { articlePlainText, readArticleBody, type UnsafeMarkup } from '../../content/markdown.ts';
import type { DateContext } from '../../text/indonesian/dates.ts';
import { isDated } from '../../dates/publication.ts';
import { boundsContext } from './publication-dates.ts';
import { unquotedTitle, type UnquotedTitle } from './title-quote.ts';

export interface ArticleIndexEntry {
  entry: ArticleEntry;
  text: string;
  /** The headline `text` starts with when it is the published one, else empty. */
  headline: string;
  ctx: DateContext;
  /** Raw HTML and unsafe links in the body (found in the same parse as `text`). */
  unsafe: UnsafeMarkup[];
  /** The title, when it is not the published headline (quotes may not cite it). */
  unquotedTitle: UnquotedTitle | undefined;
}

/** Readable articles by id. */
export type ArticleIndex = ReadonlyMap<string, ArticleIndexEntry>;

function dateContext(published: string): DateContext {
  const [y, m, d] = published.split('-');
  return { year: Number(y), ...(m ? { month: Number(m) } : {}), ...(d ? { day: Number(d) } : {}) };
}

/** The headline quotes may cite: the title when it is the published headline. */
function quotableHeadline(data: Pick<ArticleEntry['data'], 'title' | 'title_basis'>): string {
  return data.title_basis === 'headline' ? data.title : '';
}

function withHeadline(
  data: Pick<ArticleEntry['data'], 'title' | 'title_basis'>,
  bodyText: string,
): string {
  return data.title_basis === 'headline' ? `${data.title}\n\n${bodyText}` : bodyText;
}

/**
 * The text quotes are matched against: the headline (when it is the
 * published one) and the body, as a reader sees them.
 */
export function quotableText(entry: {
  data: Pick<ArticleEntry['data'], 'title' | 'title_basis'>;
  body: string;
}): string {
  return withHeadline(entry.data, articlePlainText(entry.body));
}

/** Index of articles by id, with the plain text quotes are matched against. */
export function indexArticles(articles: readonly ArticleEntry[]): Map<string, ArticleIndexEntry> {
  return new Map(
    articles.map((entry) => {
      const body = entry.reading ?? readArticleBody(entry.body);
      return [
        entry.id,
        {
          entry,
          text: withHeadline(entry.data, body.text),
          headline: quotableHeadline(entry.data),
          ctx: isDated(entry.data) ? dateContext(entry.data.published) : boundsContext(entry.data),
          unsafe: body.unsafe,
          unquotedTitle: unquotedTitle(entry.data),
        },
      ];
    }),
  );
}
