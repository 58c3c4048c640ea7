/**
 * The article that a session's quotes come from: a stored one (--article),
 * or the new one as far as the answers give it — its headline, how the
 * title was made, its publication date and the cleaned pasted text. Only
 * these decide what can be quoted, so the interview can offer quotes as soon
 * as the text is in, whatever else about the article is still open.
 */
import { quotableText } from '../../src/lib/check/cross.ts';
import { unquotedTitle, type UnquotedTitle } from '../../src/lib/check/cross/title-quote.ts';
import type { ArticleEntry } from '../../src/lib/content/load.ts';
import { isDated, type Publication } from '../../src/lib/dates/publication.ts';
import { boundsContext } from '../../src/lib/check/cross/publication-dates.ts';
import type { Bilingual } from '../../src/lib/check/problem.ts';
import type { DateContext } from '../../src/lib/text/indonesian.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import { nearest } from '../../src/lib/text/suggest.ts';
import { stripFurniture, toMarkdownBody } from './body.ts';
import type { Answers } from './options.ts';
import type { ScaffoldEnv } from './plan.ts';
import { dateContextOf } from './quotes.ts';

/** The date context of an article: its publication date, or the year its bounds share. */
function contextOf(p: Publication): DateContext {
  return isDated(p) ? dateContextOf(p.published) : boundsContext(p);
}
import { publicationBounds } from './plan-publication.ts';
import { checkDateOrUnknown } from './validate.ts';

/** The article that the plan's quotes come from. */
export interface ArticleSource {
  id: string;
  /** When it was published, as far as known (a date, or `unknown` with its bounds). */
  publication: Publication;
  /** The text quotes are matched against. */
  text: string;
  ctx: DateContext;
  /** Its title, when it is not the published headline: never offered or taken as a quote. */
  unquotedTitle?: UnquotedTitle | undefined;
  /** Whether the plan creates it. */
  isNew: boolean;
}

/** Id a new article has in messages until its file name is known. */
export const NEW_ARTICLE_ID = 'artikel-baru';

/** An article already stored with the same headline or the same address (`unknown` matches none). */
export function findTwin(
  articles: readonly ArticleEntry[],
  title: string | undefined,
  url: string | undefined,
): ArticleEntry | undefined {
  const t = title === undefined ? undefined : normalizeText(title);
  return articles.find(
    (x) =>
      (t !== undefined && normalizeText(x.data.title) === t) ||
      (url !== undefined &&
        url !== 'unknown' &&
        (x.data.url === url || (x.data.also_at ?? []).includes(url))),
  );
}

/** A stored article by id, or why there is none (with the nearest ids). */
export function storedSource(id: string, env: ScaffoldEnv): ArticleSource | Bilingual {
  const entry = env.content.articles.find((a) => a.id === id);
  if (!entry) {
    const near = nearest(
      id,
      env.content.articles.map((a) => a.id),
    );
    return {
      id: `Artikel "${id}" tidak ada di content/articles. Mis. ${near.join(', ')}.`,
      en: `Article "${id}" is not in content/articles. E.g. ${near.join(', ')}.`,
    };
  }
  return {
    id,
    publication: entry.data,
    text: quotableText(entry),
    ctx: contextOf(entry.data),
    unquotedTitle: unquotedTitle(entry.data),
    isNew: false,
  };
}

/** How the title was made: headline (default), address or editorial. */
export function titleBasis(answers: Answers): string {
  return answers['title-basis']?.trim() || 'headline';
}

/**
 * The new article as a quote source, from the answers so far: undefined
 * until it has a headline, a valid publication date (or `unknown`, with
 * its valid bounds) and a text.
 */
export function newSource(
  answers: Answers,
  pasted: string | undefined,
  id = NEW_ARTICLE_ID,
): ArticleSource | undefined {
  const title = answers['article-title']?.trim();
  const published = answers.published?.trim() ?? '';
  const date = checkDateOrUnknown(published, 'Tanggal terbit');
  const bounds = date.ok && date.value === 'unknown' ? publicationBounds(answers) : {};
  const clean = stripFurniture(pasted ?? '', title, answers['keep-caption'] ?? []);
  if (!title || !date.ok || !bounds || clean.text === '') return undefined;
  const basis = titleBasis(answers) as 'headline' | 'address' | 'editorial';
  const body = toMarkdownBody(clean.text);
  return {
    id,
    publication: { published: date.value, ...bounds },
    text: quotableText({ data: { title, title_basis: basis }, body }),
    ctx: contextOf({ published: date.value, ...bounds }),
    unquotedTitle: unquotedTitle({ title, title_basis: basis }),
    isNew: true,
  };
}

/** The session's article as a quote source: the stored one, or the new one so far. */
export function sessionSource(
  answers: Answers,
  pasted: string | undefined,
  env: ScaffoldEnv,
): ArticleSource | undefined {
  if (answers.article) {
    const stored = storedSource(answers.article, env);
    return 'text' in stored ? stored : undefined;
  }
  return newSource(answers, pasted);
}
