/**
 * The about pages (src/pages/tentang.mdx, src/pages/en/about.mdx) as built:
 * every paragraph of the running text is a whole sentence or introduces a list,
 * so a sentence cut into two paragraphs (an MDX line that starts with a tag
 * becomes its own block) fails here. Paragraphs with a class come from
 * components (a chart's take-away link), not from the text.
 */
import { describe, expect, it } from 'vitest';
import {
  assertBuilt,
  attr,
  findElements,
  pageDocument,
  textOf,
  type HtmlElement,
} from '../helpers/dist.ts';

const ABOUT_PAGES = ['tentang/index.html', 'en/about/index.html'];
/** A paragraph ends a sentence (. ! ?, maybe inside a closing quote or bracket) or opens a list (:). */
const ENDS_SENTENCE = /[.!?:]["”’)]*$/;

describe('about pages', () => {
  it.each(ABOUT_PAGES)('%s: no paragraph of the text stops mid-sentence', (file) => {
    assertBuilt();
    const [prose] = findElements(pageDocument(file), (el) =>
      (attr(el, 'class') ?? '').split(/\s+/).includes('prose'),
    );
    if (!prose) throw new Error(`${file}: no .prose article`);
    const paragraphs = prose.childNodes
      .filter((node) => node.nodeName === 'p' && attr(node as HtmlElement, 'class') === undefined)
      .map((p) => textOf(p).replace(/\s+/g, ' ').trim());
    expect(paragraphs.length).toBeGreaterThan(5);
    expect(paragraphs.filter((text) => !ENDS_SENTENCE.test(text))).toEqual([]);
  });
});
