/**
 * Characters that take no room where they stand (Unicode's default-ignorable
 * code points: the soft hyphen, zero-width spaces and joiners, the word
 * joiner, the byte order mark, the marks, embeddings and isolates of text
 * direction, variation selectors…): their names in Indonesian and English,
 * where they sit in a text, the text without them, and how many letters and
 * digits a text has once they are left out. A copied quote can carry them
 * unseen, and a terminal prints them as nothing. Pure.
 */

/** A name in Indonesian and English. */
export interface CharName {
  id: string;
  en: string;
}

/** One invisible character of a text and where it is. */
export interface InvisibleChar {
  /** The code point as U+XXXX. */
  code: string;
  name: CharName;
  /** 1-based position in the text, counted in characters (code points). */
  position: number;
  /** The word it sits in, with every invisible character shown (see `showInvisible`). */
  word: string;
  /** The same word as it should be typed: without its invisible characters. */
  retyped: string;
}

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const INVISIBLE_ALL = /\p{Default_Ignorable_Code_Point}/gu;
/** A word ends at whitespace; the byte order mark is whitespace to JavaScript but invisible here. */
const BOUNDARY = /^(?!\p{Default_Ignorable_Code_Point})\s$/u;

const DIRECTION: CharName = { id: 'kendali arah teks', en: 'text direction control' };

/** The characters editors meet, by name; any other invisible one is named by its kind. */
const NAMES: ReadonlyMap<number, CharName> = new Map([
  [0x00ad, { id: 'tanda hubung lunak', en: 'soft hyphen' }],
  [0x034f, { id: 'penyambung grafem', en: 'combining grapheme joiner' }],
  [0x061c, { id: 'tanda huruf Arab (arah teks)', en: 'Arabic letter mark' }],
  [0x180e, { id: 'pemisah vokal Mongol', en: 'Mongolian vowel separator' }],
  [0x200b, { id: 'spasi lebar-nol', en: 'zero-width space' }],
  [0x200c, { id: 'pemisah lebar-nol', en: 'zero-width non-joiner' }],
  [0x200d, { id: 'penyambung lebar-nol', en: 'zero-width joiner' }],
  [0x200e, { id: 'tanda kiri-ke-kanan', en: 'left-to-right mark' }],
  [0x200f, { id: 'tanda kanan-ke-kiri', en: 'right-to-left mark' }],
  ...[0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map(
    (c): [number, CharName] => [c, DIRECTION],
  ),
  [0x2060, { id: 'penyambung kata', en: 'word joiner' }],
  [0xfeff, { id: 'penanda urutan bita (BOM)', en: 'byte order mark (BOM)' }],
]);

const OTHER: CharName = { id: 'karakter tak terlihat', en: 'invisible character' };
const SELECTOR: CharName = { id: 'pemilih variasi', en: 'variation selector' };

/** U+XXXX for a code point. */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

function nameOf(cp: number): CharName {
  const named = NAMES.get(cp);
  if (named) return named;
  const selector = (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
  return selector ? SELECTOR : OTHER;
}

/** Whether a single character is invisible in the sense of this module. */
export function isInvisible(char: string): boolean {
  return INVISIBLE.test(char);
}

/** `text` with each invisible character written as [U+XXXX], so that a message shows it. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE_ALL, (c) => `[${codePointLabel(c.codePointAt(0) ?? 0)}]`);
}

/** `text` without its invisible characters. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE_ALL, '');
}

/** Whether a single character is a letter or digit that shows. */
const showsLetter = (c: string): boolean => /[\p{L}\p{N}]/u.test(c) && !isInvisible(c);

/** Number of letters and digits in `text`, leaving out spaces, punctuation and invisible characters. */
export function visibleLength(text: string): number {
  let n = 0;
  for (const c of text.normalize('NFC')) if (showsLetter(c)) n += 1;
  return n;
}

/** Leading or trailing characters that are neither letters, digits, marks nor invisible. */
const EDGE_PUNCTUATION =
  /^[^\p{L}\p{N}\p{M}\p{Default_Ignorable_Code_Point}]+|[^\p{L}\p{N}\p{M}\p{Default_Ignorable_Code_Point}]+$/gu;

const isBoundary = (c: string | undefined): boolean => c === undefined || BOUNDARY.test(c);

/** The characters of `chars` from `i` spanning the word around it, as [start, end). */
function wordAround(chars: readonly string[], i: number): [number, number] {
  const inWord = (k: number): boolean => k >= 0 && k < chars.length && !isBoundary(chars[k]);
  let start = i;
  let end = i + 1;
  while (inWord(start - 1)) start -= 1;
  while (inWord(end)) end += 1;
  return [start, end];
}

/**
 * The word or words to show around an invisible character: its neighbours
 * too, when its own has no letter or digit.
 */
function context(chars: readonly string[], i: number): string {
  let [start, end] = wordAround(chars, i);
  if (!chars.slice(start, end).some(showsLetter)) {
    let before = start - 1;
    while (before >= 0 && isBoundary(chars[before])) before -= 1;
    if (before >= 0) start = wordAround(chars, before)[0];
    let after = end;
    while (after < chars.length && isBoundary(chars[after])) after += 1;
    if (after < chars.length) end = wordAround(chars, after)[1];
  }
  const words = chars
    .slice(start, end)
    .map((c) => (isBoundary(c) ? ' ' : c))
    .join('')
    .replace(/ +/g, ' ');
  // Punctuation around the word is not part of what to retype, unless nothing else shows.
  const trimmed = words.replace(EDGE_PUNCTUATION, '');
  return Array.from(trimmed).some((c) => !isInvisible(c)) ? trimmed : words;
}

/** Every invisible character of `text`, in order, with its name, position and word. */
export function invisibleCharacters(text: string): InvisibleChar[] {
  const chars = Array.from(text);
  const found: InvisibleChar[] = [];
  chars.forEach((c, i) => {
    if (!isInvisible(c)) return;
    const cp = c.codePointAt(0) ?? 0;
    const word = context(chars, i);
    found.push({
      code: codePointLabel(cp),
      name: nameOf(cp),
      position: i + 1,
      word: showInvisible(word),
      retyped: withoutInvisible(word),
    });
  });
  return found;
}
