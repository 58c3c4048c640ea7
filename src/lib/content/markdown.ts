/**
 * The text of a Markdown article as a reader sees it: the string that quotes
 * are matched against, and the markup in it that may not reach a page.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse);

function parse(body: string): Root {
  return parser.parse(body);
}

/**
 * Plain text of the body: each block's text (without Markdown syntax or raw
 * HTML), blocks separated by a blank line.
 */
export function articlePlainText(body: string): string {
  const tree = parse(body);
  return tree.children
    .filter((node) => node.type !== 'html')
    .map((node) => toString(node, { includeHtml: false }))
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}

export interface UnsafeMarkup {
  /** 1-based line within the body. */
  line: number;
  kind: 'html' | 'link-scheme';
  /** The offending text, shortened. */
  excerpt: string;
}

const SAFE_URL = /^(?:https?:\/\/|mailto:|#|\/)/i;

/** Raw HTML and links with schemes other than http(s)/mailto in the body. */
export function findUnsafeMarkup(body: string): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  visit(parse(body), (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      found.push({ line, kind: 'html', excerpt: node.value.slice(0, 60) });
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      if (!SAFE_URL.test(node.url.trim())) {
        found.push({ line, kind: 'link-scheme', excerpt: node.url.slice(0, 60) });
      }
    }
  });
  return found;
}
