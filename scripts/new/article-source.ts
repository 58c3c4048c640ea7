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
import type { Bilingual } from '../../src/lib/check/problem.ts';
import type { DateContext } from '../../src/lib/text/indonesian.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import { nearest } from '../../src/lib/text/suggest.ts';
import { stripFurniture, toMarkdownBody } from './body.ts';
import type { Answers } from './options.ts';
import type { ScaffoldEnv } from './plan.ts';
import { dateContextOf } from './quotes.ts';
import { checkDate } from './validate.ts';

/** The article that the plan's quotes come from. */
export interface ArticleSource {
  id: string;
  published: string;
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
    published: entry.data.published,
    text: quotableText(entry),
    ctx: dateContextOf(entry.data.published),
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
 * until it has a headline, a valid publication date and a text.
 */
export function newSource(
  answers: Answers,
  pasted: string | undefined,
  id = NEW_ARTICLE_ID,
): ArticleSource | undefined {
  const title = answers['article-title']?.trim();
  const published = answers.published?.trim() ?? '';
  const date = checkDate(published, 'Tanggal terbit');
  const clean = stripFurniture(pasted ?? '', title, answers['keep-caption'] ?? []);
  if (!title || !date.ok || clean.text === '') return undefined;
  const basis = titleBasis(answers) as 'headline' | 'address' | 'editorial';
  const body = toMarkdownBody(clean.text);
  return {
    id,
    published: date.value,
    text: quotableText({ data: { title, title_basis: basis }, body }),
    ctx: dateContextOf(date.value),
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
