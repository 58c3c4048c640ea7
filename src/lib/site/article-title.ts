/**
 * An article's title as the site shows it. A headline, or a title read from
 * the article's web address, is shown as it is; a title we wrote because the
 * copy has no headline (`title_basis: editorial`) is followed by
 * "[judul dari kami]" / "[our title]" wherever it appears, so it is never
 * read as the outlet's words, and structured data gives it as the article's
 * `name`, not its `headline`.
 */
import { gapsText } from '../../i18n/gaps.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Article } from '../../schemas/article.ts';

type Titled = Pick<Article, 'title' | 'title_basis'>;

/** Whether the title is ours rather than the outlet's. */
export function isOurTitle(data: Titled): boolean {
  return data.title_basis === 'editorial';
}

/** The marker after a title of ours, in the page's language. */
export function ourTitleMarker(lang: Lang): string {
  return gapsText.ourTitle[lang];
}

/** The title as lists, links, page titles and feeds show it. */
export function articleTitle(data: Titled, lang: Lang): string {
  return isOurTitle(data) ? `${data.title} ${ourTitleMarker(lang)}` : data.title;
}

/** The schema.org property the title goes in: `headline` only when it is the outlet's. */
export function titleProperty(data: Titled): { headline: string } | { name: string } {
  return isOurTitle(data) ? { name: data.title } : { headline: data.title };
}
