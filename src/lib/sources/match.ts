/**
 * Whether a cited passage still stands on a fetched page. Both sides go
 * through the check's normaliser (NFC, whitespace) and then a typography
 * fold, because a live page may set in curly quotes, dashes, ellipses or
 * soft hyphens what our stored copy typed plainly; nothing else is forgiven.
 */
import { normalizeText, occurrences } from '../text/normalize.ts';

const FOLDS: [RegExp, string][] = [
  [/\u00ad/gu, ''],
  [/[\u2018\u2019\u201a\u201b\u2032]/gu, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033]/gu, '"'],
  [/[\u2010-\u2015\u2212]/gu, '-'],
  [/\u2026/gu, '...'],
];

/** The normalised text with typographic quotes, dashes, ellipses and soft hyphens made plain. */
export function foldTypography(text: string): string {
  let folded = normalizeText(text);
  for (const [pattern, plain] of FOLDS) folded = folded.replace(pattern, plain);
  return normalizeText(folded);
}

/** The quotes (as given) that do not occur in `text`. */
export function missingQuotes(text: string, quotes: readonly string[]): string[] {
  const page = foldTypography(text);
  return quotes.filter((q) => occurrences(page, foldTypography(q)).length === 0);
}
