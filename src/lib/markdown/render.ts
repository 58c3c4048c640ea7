/**
 * The HTML of a stored article body. Article text comes from outside (press
 * releases pasted by editors), so nothing in it may reach a page as markup:
 * raw HTML is dropped by remark-rehype (no `allowDangerousHtml`) and
 * rehype-sanitize's default schema removes any remaining unsafe element,
 * attribute or URL (only http, https, mailto, irc, ircs and xmpp links and
 * http(s) image sources survive; `javascript:` and `data:` are dropped).
 */
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeStringify)
  .freeze();

/**
 * Render an article's Markdown body to sanitised HTML. Pure and
 * deterministic: the same input always gives the same string.
 */
export function renderArticleBody(markdown: string): string {
  return String(processor.processSync(markdown));
}
