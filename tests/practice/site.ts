/**
 * Reading a site built into a folder of its own (not dist/): its pages as
 * parsed HTML, an element's text with its whitespace collapsed, the records
 * of a page (cohort cards, claims, fields) by their ids, and the rows of the
 * open-data CSV files by their first column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse, type DSVRowString } from 'd3';
import {
  attr,
  findElements,
  parseHtml,
  textOf,
  type HtmlElement,
  type HtmlNode,
} from '../helpers/dist.ts';

export type { HtmlElement };

/** Text of a node as a reader sees it: whitespace collapsed, trimmed. */
export const words = (node: HtmlNode): string => textOf(node).replace(/\s+/gu, ' ').trim();

/** A built site in `dist`, read lazily and once per file. */
export function builtSite(dist: string) {
  const pages = new Map<string, HtmlNode>();
  const tables = new Map<string, DSVRowString[]>();
  const page = (path: string): HtmlNode => {
    let doc = pages.get(path);
    if (!doc) {
      doc = parseHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
      pages.set(path, doc);
    }
    return doc;
  };
  const rows = (file: string): DSVRowString[] => {
    let parsed = tables.get(file);
    if (!parsed) {
      parsed = csvParse(readFileSync(join(dist, 'data', file), 'utf8'));
      tables.set(file, parsed);
    }
    return parsed;
  };
  return {
    page,
    /** The element with `id` on the page at `path` (a site path without slashes at the ends). */
    byId(path: string, id: string): HtmlElement {
      const found = findElements(page(path), (el) => attr(el, 'id') === id)[0];
      if (!found) throw new Error(`${path}: no element #${id}`);
      return found;
    },
    /** Elements of a class inside `root`. */
    byClass(root: HtmlNode, name: string): HtmlElement[] {
      return findElements(root, (el) => (attr(el, 'class') ?? '').split(' ').includes(name));
    },
    /** Addresses linked from inside `root`. */
    links(root: HtmlNode): string[] {
      return findElements(root, (el) => el.tagName === 'a').map((a) => attr(a, 'href') ?? '');
    },
    /** Rows of data/<file> whose first column is `key`. */
    rows(file: string, key: string): DSVRowString[] {
      return rows(file).filter((r) => Object.values(r)[0] === key);
    },
    /** The one row of data/<file> whose first column is `key`. */
    row(file: string, key: string): DSVRowString {
      const found = rows(file).filter((r) => Object.values(r)[0] === key);
      if (found.length !== 1) throw new Error(`data/${file}: ${found.length} rows for ${key}`);
      return found[0] as DSVRowString;
    },
  };
}

export type BuiltSite = ReturnType<typeof builtSite>;

/** The text after a field's label (`dt`) in a definition list under `root`. */
export function field(root: HtmlNode, label: string): string {
  const terms = findElements(root, (el) => el.tagName === 'dt' && words(el) === label);
  const dt = terms[0];
  if (!dt || !('parentNode' in dt) || !dt.parentNode) throw new Error(`no field "${label}"`);
  const siblings = dt.parentNode.childNodes.filter((n): n is HtmlElement => 'tagName' in n);
  const dd = siblings[siblings.indexOf(dt) + 1];
  if (!dd || dd.tagName !== 'dd') throw new Error(`field "${label}" has no value`);
  return words(dd);
}
