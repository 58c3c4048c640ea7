/**
 * Built-site fixtures for the tests of the checks: a valid page around a
 * body, a parsed site made of in-memory files, and a check's problems as
 * the command prints them.
 */
import { byPlace, formatProblem, type Located } from '../../../scripts/verify/problem.ts';
import { parseSite, type Site, type VerifyOptions } from '../../../scripts/verify/site.ts';

/** The published origin the fixture sites are checked with. */
export const SITE = 'https://jejak-scp.id';

/** A valid page: lang, title, one h1, the given body. */
export function page(body: string, head = ''): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>T</title>${head}</head><body><h1>Judul</h1>${body}</body></html>`;
}

/** The site made of `files` (text by path relative to dist), published at SITE. */
export function siteOf(files: Record<string, string>, options: VerifyOptions = {}): Site {
  return parseSite(Object.keys(files).sort(), (file) => files[file] ?? '', {
    site: SITE,
    ...options,
  });
}

/** Problems as printed: `file: problem` lines, file by file in document order. */
export function linesOf(problems: readonly Located[]): string[] {
  return [...problems].sort(byPlace).map(formatProblem);
}

/** The messages of problems, in printed order (for a one-page site). */
export function messagesOf(problems: readonly Located[]): string[] {
  return [...problems].sort(byPlace).map((p) => p.message);
}
