/**
 * The HTML of a stored article body. Article text comes from outside (press
 * releases pasted by editors), so nothing in it may reach a page as markup:
 * raw HTML is dropped by remark-rehype (no `allowDangerousHtml`) and
 * rehype-sanitize's default schema removes any remaining unsafe element,
 * attribute or URL (only http, https, mailto, irc, ircs and xmpp links and
 * http(s) image sources survive; `javascript:` and `data:` are dropped), and
 * rehypeOutsideContent fits what is left to our page (./outside.ts).
 */
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { rehypeHighlightQuotes, type Highlight } from './highlight.ts';
import { rehypeOutsideContent } from './outside.ts';
import { rehypePassageNotes, type PassageNote } from './passage-notes.ts';

/**
 * Render an article's Markdown body to sanitised HTML, marking the quoted
 * passages (after sanitising, so our ids and links are not rewritten). Pure
 * and deterministic: the same input always gives the same string.
 */
export function renderArticleBody(
  markdown: string,
  options: {
    highlights?: readonly Highlight[];
    /** Notes placed after the block holding each passage; `placed` collects their anchors. */
    notes?: readonly PassageNote[];
    placed?: Set<string>;
  } = {},
): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeSanitize, defaultSchema)
    .use(rehypeOutsideContent)
    .use(rehypeHighlightQuotes, { highlights: options.highlights ?? [] })
    .use(rehypePassageNotes, {
      notes: options.notes ?? [],
      ...(options.placed ? { placed: options.placed } : {}),
    })
    .use(rehypeStringify);
  return String(processor.processSync(markdown));
}

/** A headline (plain text) as HTML with any quoted passage in it marked. */
export function renderHeadline(
  title: string,
  options: { highlights?: readonly Highlight[] } = {},
): string {
  const tree: Root = { type: 'root', children: [{ type: 'text', value: title }] };
  rehypeHighlightQuotes({ highlights: options.highlights ?? [] })(tree);
  return toHtml(tree);
}
