/**
 * An article body comes from outside; after sanitising, this makes what is
 * left of it fit the page it is shown on, so that nothing in a press release
 * can fail the built-site checks:
 * - a link to another site gets rel="noopener noreferrer";
 * - a link to an anchor inside the article (#…) goes nowhere on our page
 *   (ids are renamed by the sanitiser), so it becomes its plain text;
 * - an image from another origin (or protocol-relative) would break the
 *   Content-Security-Policy and track readers: it becomes its alt text;
 * - headings move down two levels (h1 → h3 …, h6 at most): the page's own
 *   h1 and h2 stay the page's.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const HEADING = /^h([1-6])$/;
const OFF_SITE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

const text = (value: string): ElementContent => ({ type: 'text', value });

function replacement(node: Element): ElementContent[] | undefined {
  const href = node.properties['href'];
  if (node.tagName === 'a' && typeof href === 'string') {
    if (href.startsWith('#')) return node.children;
    if (OFF_SITE.test(href) && !href.startsWith('mailto:'))
      node.properties['rel'] = ['noopener', 'noreferrer'];
    return undefined;
  }
  const src = node.properties['src'];
  if (node.tagName === 'img' && (typeof src !== 'string' || OFF_SITE.test(src))) {
    const alt = node.properties['alt'];
    return typeof alt === 'string' && alt.trim() !== '' ? [text(alt)] : [];
  }
  const level = HEADING.exec(node.tagName)?.[1];
  if (level) node.tagName = `h${Math.min(6, Number(level) + 2)}`;
  return undefined;
}

/** The rehype plugin: run after rehype-sanitize. */
export function rehypeOutsideContent() {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      const replaced = replacement(node);
      if (!replaced || parent === undefined || index === undefined) return undefined;
      parent.children.splice(index, 1, ...replaced);
      return index;
    });
  };
}
