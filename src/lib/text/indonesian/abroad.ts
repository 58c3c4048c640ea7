/**
 * Whether a text limits what it counts to places abroad: "ke luar negeri"
 * (also written "keluar negeri"), "mancanegara", "abroad", "overseas". The
 * foreign ministry ("Kementerian Luar Negeri") and "di dalam maupun luar
 * negeri" (at home and abroad) name the words without that limit.
 */

/** Words that say "abroad"; a quote supporting `scope.place: abroad` must hold one of them. */
export const ABROAD_WORDS: readonly string[] = [
  'luar negeri',
  'keluar negeri',
  'mancanegara',
  'manca negara',
  'abroad',
  'overseas',
];

const ABROAD =
  /(?<!\p{L})(?:ke)?luar\s+negeri|(?<!\p{L})manca\s*negara|(?<!\p{L})(?:abroad|overseas)(?!\p{L})/giu;

/** The foreign ministry or its minister, right before "Luar Negeri". */
const MINISTRY_BEFORE = /(?<!\p{L})(?:ke)?menteri(?:an)?\s+$/iu;

/** "di dalam maupun luar negeri", "dalam negeri dan luar negeri": home and abroad together. */
const HOME_BEFORE =
  /(?<!\p{L})(?:di\s*)?dalam(?:\s+negeri)?\s*(?:,\s*)?(?:maupun|dan|atau|serta)\s+(?:di\s+|ke\s+)?$/iu;
const HOME_AFTER = /^\s*(?:,\s*)?(?:maupun|dan|atau|serta)\s+(?:di\s*)?dalam(?!\p{L})/iu;

/** Whether the text says abroad as a limit, not only as part of a name or of "home and abroad". */
export function mentionsAbroad(text: string): boolean {
  for (const m of text.matchAll(ABROAD)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length);
    if (MINISTRY_BEFORE.test(before) || HOME_BEFORE.test(before) || HOME_AFTER.test(after))
      continue;
    return true;
  }
  return false;
}
