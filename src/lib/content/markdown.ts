/**
 * The text of a Markdown article as a reader sees it: the string that quotes
 * are matched against, and the markup in it that may not reach a page.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';
import type { Nodes, Root } from 'mdast';

const parser = unified().use(remarkParse);

function parse(body: string): Root {
  return parser.parse(body);
}

const CONTAINERS = new Set(['root', 'list', 'listItem', 'blockquote', 'table', 'tableRow']);

/** Text of a node as a reader sees it: breaks as spaces, blocks of containers kept apart, raw HTML dropped. */
function textOf(node: Nodes): string {
  if (node.type === 'html') return '';
  if (node.type === 'break') return '\n';
  if (node.type === 'image' || node.type === 'imageReference') return '';
  if ('value' in node) return node.value;
  if (!('children' in node)) return '';
  const parts = (node.children as Nodes[]).map(textOf);
  return CONTAINERS.has(node.type) || node.type === 'tableCell'
    ? parts.filter((t) => t.trim() !== '').join(node.type === 'tableCell' ? '' : '\n\n')
    : parts.join('');
}

/**
 * Plain text of the body: each block's text (without Markdown syntax or raw
 * HTML), blocks separated by a blank line. It matches the text of the
 * rendered HTML after whitespace normalisation, so a passage found here can
 * be highlighted on the page.
 */
export function articlePlainText(body: string): string {
  return textOf(parse(body));
}

/** The plain text and the unsafe markup of a body, from one parse (the checker needs both). */
export function readArticleBody(body: string): { text: string; unsafe: UnsafeMarkup[] } {
  const tree = parse(body);
  return { text: textOf(tree), unsafe: unsafeIn(tree) };
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
  return unsafeIn(parse(body));
}

function unsafeIn(tree: Root): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  visit(tree, (node) => {
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
