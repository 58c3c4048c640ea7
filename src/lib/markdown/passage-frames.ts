/**
 * The stylesheet that frames a quoted passage whole after a jump to it.
 *
 * A passage split into several <mark class="quote"> pieces (by element
 * boundaries, or by another passage overlapping it) has its fragment id on
 * its first piece only, so `mark:target` outlines that piece alone. Every
 * piece lists the passages it belongs to in `data-quote` (./highlight.ts);
 * one selector per passage outlines every piece of the targeted one:
 * `:root:has(#q-x:target) mark[data-quote~="q-x"]`. The policy forbids
 * inline styles, so the rules are served as a file of their own per article.
 * Pure and deterministic: the same anchors give the same text.
 */

/** Fragment ids this module writes into a selector unescaped (those of quoteAnchor()). */
const SAFE_ANCHOR = /^[a-z][a-z0-9-]*$/;

/** The selector matching every piece of one passage while the passage is the page's target. */
export function passageFrameSelector(anchor: string): string {
  if (!SAFE_ANCHOR.test(anchor))
    throw new Error(`unsafe passage anchor: ${JSON.stringify(anchor)}`);
  return `:root:has(#${anchor}:target) mark.quote[data-quote~="${anchor}"]`;
}

/**
 * The stylesheet of one article page: one rule listing the selector of each
 * passage (sorted, without repeats); empty when the article has none.
 */
export function passageFramesCss(anchors: Iterable<string>): string {
  const selectors = [...new Set(anchors)].sort().map(passageFrameSelector);
  if (selectors.length === 0) return '';
  return `${selectors.join(',\n')} {\n  outline: 3px solid var(--mark-target);\n  outline-offset: 2px;\n}\n`;
}
