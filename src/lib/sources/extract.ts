/**
 * The text of a fetched page, for finding cited passages in it: the HTML
 * parsed as a browser would (parse5 through hast) and read as its rendered
 * text (scripts, styles, templates and hidden elements left out). The whole
 * page is kept rather than a guessed article body, so that a passage is
 * never reported gone because an extractor dropped the block it stands in.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/** The rendered text of an HTML document (or of plain text, returned as is). */
export function pageText(html: string, contentType: string | null = 'text/html'): string {
  if (contentType !== null && /^\s*text\/plain\b/iu.test(contentType)) return html;
  return toText(fromHtml(html));
}
