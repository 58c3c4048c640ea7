/**
 * The stylesheet that frames a quoted passage whole after a jump to it.
 *
 * A passage split into several <mark class="quote"> pieces (by element
 * boundaries, or by another passage overlapping it) has its fragment id on
 * its first piece only, so `mark:target` outlines that piece alone. Every
 * piece lists the passages it belongs to in `data-quote`, and a split
 * passage's pieces say which of them go on before and after in
 * `data-quote-prev` / `data-quote-next` (./highlight.ts). One selector per
 * passage draws a border round every piece of the targeted one, without
 * inner edges, so adjacent pieces read as one frame, open at line breaks
 * (`box-decoration-break: slice`):
 * `:root:has(#q-x:target) mark.quote[data-quote~="q-x"]`. The policy forbids
 * inline styles, so the rules are served as a file of their own per article.
 * Pure and deterministic: the same anchors give the same text.
 */

/** Fragment ids this module writes into a selector unescaped (those of quoteAnchor()). */
const SAFE_ANCHOR = /^[a-z][a-z0-9-]*$/;

/** Attribute of a piece naming its passages; `data-quote` lists all of them. */
type PieceList = 'data-quote' | 'data-quote-prev' | 'data-quote-next';

/** The selector matching pieces of one passage (all, or those continuing it) while it is the target. */
export function passageFrameSelector(anchor: string, list: PieceList = 'data-quote'): string {
  if (!SAFE_ANCHOR.test(anchor))
    throw new Error(`unsafe passage anchor: ${JSON.stringify(anchor)}`);
  return `:root:has(#${anchor}:target) mark.quote[${list}~="${anchor}"]`;
}

/**
 * The border drawn round a passage overlaps the text beside it (negative
 * margins) instead of pushing it aside, so a jump never reflows the paragraph.
 */
const FRAME =
  '  outline: 0;\n' +
  '  border: 3px solid var(--mark-target);\n' +
  '  margin-inline: -3px;\n' +
  '  box-decoration-break: slice;\n' +
  '  -webkit-box-decoration-break: slice;\n';
const OPEN_START = '  border-inline-start: 0;\n  margin-inline-start: 0;\n';
const OPEN_END = '  border-inline-end: 0;\n  margin-inline-end: 0;\n';

/**
 * The stylesheet of one article page: a rule framing every piece of each
 * passage, then rules removing the edges between its pieces (sorted, without
 * repeats); empty when the article has none.
 */
export function passageFramesCss(anchors: Iterable<string>): string {
  const sorted = [...new Set(anchors)].sort();
  if (sorted.length === 0) return '';
  const rule = (list: PieceList, body: string) =>
    `${sorted.map((a) => passageFrameSelector(a, list)).join(',\n')} {\n${body}}\n`;
  return [
    rule('data-quote', FRAME),
    rule('data-quote-prev', OPEN_START),
    rule('data-quote-next', OPEN_END),
  ].join('');
}
