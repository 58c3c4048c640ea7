/**
 * A rehype plugin that marks quoted passages in a rendered article: each
 * passage is wrapped in <mark class="quote"> (split at element boundaries),
 * its first piece carries the passage's fragment id, and the marked text
 * links to the list of facts the passage supports. Each piece lists its
 * passages in `data-quote`; a passage marked in several pieces is also named
 * in `data-quote-prev` on every piece but its first and in `data-quote-next`
 * on every piece but its last, so a stylesheet can frame the pieces as one
 * passage (./passage-frames.ts). Matching is the checker's: NFC and
 * whitespace normalisation, exact otherwise.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { normalizeText } from '../text/normalize.ts';

export interface Highlight {
  /** Fragment id given to the passage. */
  anchor: string;
  quote: string;
  /** Where the marked text links to (e.g. the facts it supports). */
  href?: string;
}

interface TextRef {
  node: Text;
  parent: Element | Root;
}

const SPACE = /[\s\u00a0\u200b\u2060\ufeff]/u;

/** Text nodes in document order, with a map from normalised offsets to (node, offset). */
function indexText(tree: Root): { refs: TextRef[]; normalized: string; map: [number, number][] } {
  const refs: TextRef[] = [];
  visit(tree, 'text', (node: Text, _i, parent) => {
    if (!parent) return;
    node.value = node.value.normalize('NFC');
    refs.push({ node, parent: parent as Element | Root });
  });
  let normalized = '';
  const map: [number, number][] = [];
  refs.forEach((ref, r) => {
    const chars = Array.from(ref.node.value);
    let offset = 0;
    for (const ch of chars) {
      if (SPACE.test(ch)) {
        if (normalized !== '' && !normalized.endsWith(' ')) {
          normalized += ' ';
          map.push([r, offset]);
        }
      } else {
        for (const unit of ch) {
          normalized += unit;
          map.push([r, offset]);
          offset += unit.length;
        }
        continue;
      }
      offset += ch.length;
    }
  });
  return { refs, normalized, map };
}

interface Span {
  start: number;
  end: number;
  /** This piece begins the passage (later pieces continue it in other text nodes). */
  isStart: boolean;
  highlight: Highlight;
}

/** Wrap highlighted passages; passages not found are left unmarked (the checker reports them). */
export function rehypeHighlightQuotes(options: { highlights: readonly Highlight[] }) {
  return (tree: Root): void => {
    const { refs, normalized, map } = indexText(tree);
    const perNode = new Map<number, Span[]>();
    for (const h of options.highlights) {
      const needle = normalizeText(h.quote);
      const at = normalized.indexOf(needle);
      if (needle === '' || at === -1) continue;
      const first = map[at];
      const last = map[at + needle.length - 1];
      if (!first || !last) continue;
      for (let r = first[0]; r <= last[0]; r++) {
        const value = refs[r]?.node.value ?? '';
        const start = r === first[0] ? first[1] : 0;
        const end = r === last[0] ? last[1] + 1 : value.length;
        if (end > start) {
          perNode.set(r, [
            ...(perNode.get(r) ?? []),
            { start, end, isStart: r === first[0], highlight: h },
          ]);
        }
      }
    }
    const marked: MarkedPiece[] = [];
    // Replace nodes from the last to the first so indices in shared parents stay valid.
    for (const r of [...perNode.keys()].sort((a, b) => b - a)) {
      const ref = refs[r];
      const spans = perNode.get(r);
      if (!ref || !spans) continue;
      const value = ref.node.value;
      const cuts = [...new Set([0, value.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
        (a, b) => a - b,
      );
      const pieces: ElementContent[] = [];
      for (let i = 0; i < cuts.length - 1; i++) {
        const a = cuts[i] ?? 0;
        const b = cuts[i + 1] ?? 0;
        const text: Text = { type: 'text', value: value.slice(a, b) };
        const covering = spans.filter((s) => s.start <= a && s.end >= b);
        // Whitespace between blocks stays unwrapped: a mark there would sit outside any paragraph.
        if (covering.length === 0 || text.value.trim() === '') {
          pieces.push(text);
          continue;
        }
        const starting = covering.filter((s) => s.isStart && s.start === a);
        const href = covering[0]?.highlight.href;
        const inner: ElementContent = href
          ? { type: 'element', tagName: 'a', properties: { href }, children: [text] }
          : text;
        const anchors = starting.map((s) => s.highlight.anchor);
        for (const extra of anchors.slice(1)) {
          pieces.push({
            type: 'element',
            tagName: 'span',
            properties: { id: extra, className: ['quote-anchor'] },
            children: [],
          });
        }
        const mark: Element = {
          type: 'element',
          tagName: 'mark',
          properties: {
            className: ['quote'],
            ...(anchors[0] ? { id: anchors[0] } : {}),
            dataQuote: covering.map((s) => s.highlight.anchor).join(' '),
          },
          children: [inner],
        };
        marked.push({ order: [r, i], mark, anchors: covering.map((s) => s.highlight.anchor) });
        pieces.push(mark);
      }
      const siblings = ref.parent.children as ElementContent[];
      const index = siblings.indexOf(ref.node);
      if (index !== -1) siblings.splice(index, 1, ...pieces);
    }
    linkPieces(marked);
  };
}

interface MarkedPiece {
  /** Text node index, then piece index within it: document order. */
  order: [number, number];
  mark: Element;
  anchors: string[];
}

/** Names each split passage in `data-quote-prev` / `data-quote-next` of its pieces. */
function linkPieces(marked: MarkedPiece[]): void {
  const inOrder = [...marked].sort((x, y) => x.order[0] - y.order[0] || x.order[1] - y.order[1]);
  const prev = new Map<Element, string[]>();
  const next = new Map<Element, string[]>();
  const add = (map: Map<Element, string[]>, mark: Element, anchor: string) =>
    map.set(mark, [...(map.get(mark) ?? []), anchor]);
  const anchors = new Set(inOrder.flatMap((p) => p.anchors));
  for (const anchor of anchors) {
    const own = inOrder.filter((p) => p.anchors.includes(anchor)).map((p) => p.mark);
    own.forEach((mark, i) => {
      if (i > 0) add(prev, mark, anchor);
      if (i < own.length - 1) add(next, mark, anchor);
    });
  }
  for (const { mark } of inOrder) {
    const before = prev.get(mark);
    const after = next.get(mark);
    if (before) mark.properties['dataQuotePrev'] = before.join(' ');
    if (after) mark.properties['dataQuoteNext'] = after.join(' ');
  }
}
