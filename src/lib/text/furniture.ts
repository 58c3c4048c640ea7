/**
 * Lines that belong to a news site's page, not to the article: the scaffold
 * removes them from pasted text, and the check refuses them in a stored body.
 */

/** Lines that belong to the news site, not to the article. */
export const FURNITURE: readonly RegExp[] = [
  /^baca juga\b/iu,
  /^add images?$/iu,
  /^kategori\s*:/iu,
  /^berita terkait\b/iu,
  /^cek berita dan artikel yang lain di google news\b/iu,
  /^sumber\s*:\s*$/iu,
  /^iklan$/iu,
  /^(?:bagikan|share)\s*:?$/iu,
  /^tags?\s*:/iu,
  /^langganan\s*:/iu,
  /^\d+\s+komentar\b/iu,
  /^posting komentar$/iu,
];

/** Whether one line (trimmed) is site furniture. */
export function isFurniture(line: string): boolean {
  const text = line.trim();
  return FURNITURE.some((re) => re.test(text));
}
