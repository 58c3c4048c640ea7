/**
 * Quote matching: exact, after Unicode NFC and whitespace normalisation only.
 * Nothing fuzzy: a quote either occurs in the text or it does not.
 */

/** NFC, every run of whitespace (including no-break and zero-width spaces) as one space, trimmed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u200b\u2060\ufeff]+/gu, ' ')
    .trim();
}

/** Start offsets of every occurrence of `needle` in `haystack`, overlapping ones included. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at === -1) return found;
    found.push(at);
    from = at + 1;
  }
}

/** Offsets of the quote in the normalised text (both sides normalised). */
export function findQuote(text: string, quote: string): number[] {
  return occurrences(normalizeText(text), normalizeText(quote));
}

/** Case- and accent-insensitive form for finding a term inside a quote. */
export function foldForSearch(text: string): string {
  return normalizeText(text)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('id');
}

/** Whether `term` occurs in `text`, ignoring case, accents and spacing, on word boundaries. */
export function containsTerm(text: string, term: string): boolean {
  const hay = foldForSearch(text);
  const needle = foldForSearch(term);
  if (needle === '') return false;
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const at of occurrences(hay, needle)) {
    if (!isWord(hay[at - 1]) && !isWord(hay[at + needle.length])) return true;
  }
  return false;
}
