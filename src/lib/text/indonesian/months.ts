/**
 * Month names as Indonesian news text writes them: the twelve Indonesian
 * names, older spellings (Pebruari, Nopember), English names and the usual
 * abbreviations ("Agt", "Sept.", "Okt"), read case-insensitively.
 */

/** Indonesian month names, January first. */
export const MONTHS_ID: readonly string[] = Object.freeze([
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
]);

const MONTH_ALIASES: ReadonlyMap<string, number> = new Map([
  ...MONTHS_ID.map((name, i) => [name.toLowerCase(), i + 1] as const),
  ['pebruari', 2],
  ['nopember', 11],
  ...[
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].map((name, i) => [name, i + 1] as const),
]);

const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['agu', 8],
  ['agt', 8],
  ['ags', 8],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['okt', 10],
  ['oct', 10],
  ['nov', 11],
  ['des', 12],
  ['dec', 12],
]);

function byLength(a: string, b: string): number {
  return b.length - a.length;
}

/** Every month name and abbreviation (an abbreviation may end in "."), longest first, as one regex alternation. */
export const MONTH_NAME = [
  ...[...MONTH_ALIASES.keys()].sort(byLength),
  ...[...MONTH_ABBREVIATIONS.keys()].sort(byLength).map((a) => `${a}\\.?`),
].join('|');

/** The month (1–12) a name or abbreviation stands for. */
export function monthOf(name: string | undefined): number | undefined {
  if (name === undefined) return undefined;
  const key = name.toLowerCase().replace(/\.$/u, '');
  return MONTH_ALIASES.get(key) ?? MONTH_ABBREVIATIONS.get(key);
}
