/**
 * What a check of the built site returns: problems, each printed as one
 * `file: message` line, with the place of its cause in the file so that
 * the problems of all checks are printed file by file in document order —
 * element by element (an element's attributes before the element itself),
 * then what concerns the whole page, then the file's URLs in order.
 */
import type { Element } from './page.ts';
import type { Link, Site } from './site.ts';

/** Where a problem's cause is in its file; compared number by number. */
export type Position = readonly number[];

export interface Problem {
  /** Path relative to the dist folder, with "/". */
  file: string;
  message: string;
}

export interface Located extends Problem {
  at: Position;
}

/** One check: every problem of its kind in the site. */
export type Check = (site: Site) => Located[];

/** Attribute `attr` (its index) of an element. */
export const atAttribute = (element: Element, attr: number): Position => [0, element.index, attr];

/** An element itself, after its attributes. */
export const atElement = (element: Element): Position => [0, element.index, element.attrs.length];

/** The page as a whole, after its elements. */
export const atPage = (): Position => [1];

/** A URL of the file, after the page's own problems. */
export const atLink = (link: Link): Position => [2, link.index];

/** Orders problems by file, then by position in the file. */
export function byPlace(a: Located, b: Located): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const n = Math.min(a.at.length, b.at.length);
  for (let i = 0; i < n; i++) {
    const d = (a.at[i] ?? 0) - (b.at[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.at.length - b.at.length;
}

/** The printed line of a problem. */
export const formatProblem = (p: Problem): string => `${p.file}: ${p.message}`;
