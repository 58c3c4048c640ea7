/**
 * One built HTML page, parsed once with a real HTML parser (parse5) into
 * what the checks read: its elements in document order (the contents of a
 * <template> in place, marked inert), its fragment targets and every URL it
 * writes. Parsing judges nothing; the checks do.
 */
import { parse } from 'parse5';
import { cssUrls, srcsetUrls } from './urls.ts';

/** A URL written in a page or stylesheet, with what is needed to judge it. */
export interface UrlRef {
  url: string;
  /** Element (or "css") and attribute it was found in, for messages. */
  tag: string;
  attr: string;
  /** Tokens of the element's rel attribute, lower case. */
  rel: readonly string[];
  /** hreflang of a <link rel="alternate">. */
  hreflang?: string | undefined;
}

export interface Attribute {
  /** The name with its prefix, as written ("xlink:href"). */
  name: string;
  /** The name without its prefix ("href"). */
  local: string;
  value: string;
}

export interface Element {
  /** Rank of the element in the page, in document order. */
  index: number;
  tag: string;
  /** In the HTML namespace (not SVG or MathML). */
  html: boolean;
  /** Inside the content of a <template> (inert until a script uses it). */
  inTemplate: boolean;
  attrs: readonly Attribute[];
  /** The value of the first attribute with this name (without prefix). */
  attr(local: string): string | undefined;
  /** The text of the element and its descendants. */
  text(): string;
}

export interface Page {
  elements: readonly Element[];
  /** Fragment targets: every id, and the name of every <a name>. */
  targets: Set<string>;
  /** Every URL of the page, in document order. */
  refs: UrlRef[];
}

interface Attr {
  name: string;
  value: string;
  prefix?: string;
}
interface Node {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: Attr[];
  childNodes?: Node[];
  value?: string;
  content?: Node;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Attributes whose value is one URL. */
const URL_ATTRS = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'data']);

function textOf(node: Node): string {
  let text = '';
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n) break;
    if (n.nodeName === '#text') text += n.value ?? '';
    if (n.childNodes)
      for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i] as Node);
  }
  return text;
}

/** The URLs an element writes: URL attributes, srcsets, a <style>'s url()s, a refresh target. */
function refsOf(element: Element): UrlRef[] {
  const { tag } = element;
  const refs: UrlRef[] = [];
  const rel = (element.attr('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  for (const { name, value } of element.attrs) {
    if (URL_ATTRS.has(name) && (name !== 'data' || tag === 'object')) {
      refs.push({ url: value, tag, attr: name, rel, hreflang: element.attr('hreflang') });
    } else if (name === 'srcset' || name === 'imagesrcset') {
      for (const url of srcsetUrls(value)) refs.push({ url, tag, attr: name, rel });
    }
  }
  if (!element.html || element.inTemplate) return refs;
  if (tag === 'style') {
    for (const url of cssUrls(element.text())) refs.push({ url, tag, attr: 'url()', rel: [] });
  } else if (tag === 'meta' && element.attr('http-equiv')?.toLowerCase() === 'refresh') {
    const url = refreshUrl(element);
    if (url) refs.push({ url, tag, attr: 'content', rel: [] });
  }
  return refs;
}

/** The address a <meta http-equiv="refresh"> sends to, if any. */
export function refreshUrl(element: Element): string | undefined {
  return /url\s*=\s*['"]?([^'"]*)/i.exec(element.attr('content') ?? '')?.[1];
}

/** Parses one page into its elements, fragment targets and URLs. */
export function parsePage(html: string): Page {
  const doc = parse(html) as unknown as Node;
  const elements: Element[] = [];
  const targets = new Set<string>();
  const refs: UrlRef[] = [];

  const stack: { node: Node; inTemplate: boolean }[] = [{ node: doc, inTemplate: false }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { node, inTemplate } = item;
    const children = node.childNodes ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i] as Node, inTemplate });
    }
    const tag = node.tagName;
    if (tag === undefined) continue;
    if (node.content) stack.push({ node: node.content, inTemplate: true });
    const attrs = (node.attrs ?? []).map((a) => ({
      name: a.prefix ? `${a.prefix}:${a.name}` : a.name,
      local: a.name,
      value: a.value,
    }));
    const element: Element = {
      index: elements.length,
      tag,
      html: node.namespaceURI === HTML_NS,
      inTemplate,
      attrs,
      attr: (local) => attrs.find((a) => a.local === local)?.value,
      text: () => textOf(node),
    };
    elements.push(element);
    refs.push(...refsOf(element));
    if (inTemplate) continue;
    for (const a of attrs) if (a.name === 'id' && a.value !== '') targets.add(a.value);
    if (element.html && tag === 'a' && element.attr('name'))
      targets.add(element.attr('name') ?? '');
  }
  return { elements, targets, refs };
}
