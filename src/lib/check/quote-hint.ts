/**
 * What a "quote not found" problem adds so that it teaches: the closest
 * passage of the article and the first place where the quote differs from
 * it, and every invisible character (soft hyphen, zero-width space, text
 * direction mark…) in the quote or in the differing part of the text, by
 * name, code point, word and position, with the fix of retyping the word.
 * In Indonesian and English. Invisible characters are shown as [U+XXXX],
 * since a terminal prints them as nothing.
 */
import { closestPassage, type Difference } from '../text/closest.ts';
import {
  invisibleCharacters,
  isInvisible,
  showInvisible,
  withoutInvisible,
  type InvisibleChar,
} from '../text/invisible.ts';
import { findQuote, normalizeText } from '../text/normalize.ts';
import type { Bilingual } from './problem.ts';

/** Longest passage shown whole; longer ones keep their start and end. */
const MAX_SHOWN = 280;
/** Invisible characters named one by one; past this many the rest are counted. */
const MAX_LISTED = 5;

/** What a quote not found adds to its problem. */
export interface QuoteHint {
  /** Appended to the message. */
  message: Bilingual;
  /** The fix for invisible characters: put before the usual fix, or the whole fix when `only`. */
  invisible?: { fix: Bilingual; only: boolean };
}

function shorten(passage: string): string {
  if (passage.length <= MAX_SHOWN) return passage;
  return `${passage.slice(0, 160).trimEnd()} … ${passage.slice(-100).trimStart()}`;
}

function side(words: string, none: string): string {
  return words === '' ? none : `"${showInvisible(words)}"`;
}

function where(d: Difference, lang: 'id' | 'en'): string {
  return lang === 'id'
    ? `kutipan: ${side(d.quote, '(tidak ada)')} — teks: ${side(d.text, '(tidak ada)')}`
    : `quote: ${side(d.quote, '(nothing)')} — text: ${side(d.text, '(nothing)')}`;
}

/** The invisible characters by name, code point, word and (in the quote) position. */
function listed(marks: readonly InvisibleChar[], inQuote: boolean): Bilingual {
  const shown = marks.slice(0, MAX_LISTED);
  const more = marks.length - shown.length;
  const id = shown.map(
    (m) =>
      `${m.name.id} (${m.code}) di kata "${m.word}"${inQuote ? ` (karakter ke-${m.position} kutipan)` : ''}`,
  );
  const en = shown.map(
    (m) =>
      `${m.name.en} (${m.code}) in the word "${m.word}"${inQuote ? ` (character ${m.position} of the quote)` : ''}`,
  );
  if (more > 0) {
    id.push(`dan ${more} lagi`);
    en.push(`and ${more} more`);
  }
  return { id: id.join('; '), en: en.join('; ') };
}

/** The fix for invisible characters in the quote: delete them by retyping their words. */
function retype(marks: readonly InvisibleChar[]): Bilingual {
  const all = [...new Set(marks.map((m) => `"${m.retyped}"`))];
  const words = all.slice(0, MAX_LISTED).join(', ');
  const more = all.length - MAX_LISTED;
  return {
    id: `Hapus karakter tak terlihat itu: ketik ulang ${words}${more > 0 ? ` dan ${more} kata lain` : ''} di kutipan dengan papan ketik (salin-tempel dapat membawanya lagi).`,
    en: `Delete the invisible character(s): retype ${words}${more > 0 ? ` and ${more} other word(s)` : ''} in the quote on the keyboard (copy and paste may bring them back).`,
  };
}

/**
 * Whether the quote occurs once its invisible characters are gone: all of
 * them, or all but those the matcher already reads as a space.
 */
function foundWithout(text: string, quote: string): boolean {
  const keepSpaces = Array.from(quote)
    .filter((c) => !isInvisible(c) || normalizeText(c) === '')
    .join('');
  return (
    findQuote(text, withoutInvisible(quote)).length > 0 || findQuote(text, keepSpaces).length > 0
  );
}

/**
 * The hint for a quote that is not in `text` (the article's quotable text),
 * with its fix. Without `closest`, only what concerns invisible characters.
 */
export function quoteNotFoundHint(
  text: string,
  quote: string,
  article: string,
  closest = true,
): QuoteHint {
  const inQuote = invisibleCharacters(quote);
  if (inQuote.length > 0 && foundWithout(text, quote)) {
    const list = listed(inQuote, true);
    return {
      message: {
        id: ` Kutipan hanya berbeda dari teks artikel karena karakter tak terlihat: ${list.id}.`,
        en: ` The quote differs from the article text only by invisible characters: ${list.en}.`,
      },
      invisible: { fix: retype(inQuote), only: true },
    };
  }
  const fromQuote = inQuote.length > 0 ? listed(inQuote, true) : undefined;
  const quoteNote: Bilingual = fromQuote
    ? {
        id: ` Kutipan juga memuat karakter tak terlihat: ${fromQuote.id}.`,
        en: ` The quote also holds invisible characters: ${fromQuote.en}.`,
      }
    : { id: '', en: '' };
  const invisible = inQuote.length > 0 ? { fix: retype(inQuote), only: false } : undefined;
  if (!closest) {
    const holds: Bilingual = fromQuote
      ? {
          id: ` Kutipan memuat karakter tak terlihat: ${fromQuote.id}.`,
          en: ` The quote holds invisible characters: ${fromQuote.en}.`,
        }
      : { id: '', en: '' };
    return { message: holds, ...(invisible ? { invisible } : {}) };
  }
  const found = closestPassage(text, quote);
  if (!found) {
    return {
      message: {
        id: ` Tidak ada bagian yang mirip di artikel ${article}: periksa apakah kutipan ini memang dari artikel itu.${quoteNote.id}`,
        en: ` Nothing in article ${article} resembles it: check that the quote comes from that article.${quoteNote.en}`,
      },
      ...(invisible ? { invisible } : {}),
    };
  }
  const [first] = found.differences;
  const passage = `«${showInvisible(shorten(found.passage))}»`;
  if (!first) {
    // Same words, so only spacing the normaliser keeps (none today) can differ.
    return {
      message: {
        id: ` Bagian paling mirip: ${passage}.${quoteNote.id}`,
        en: ` Closest passage: ${passage}.${quoteNote.en}`,
      },
      ...(invisible ? { invisible } : {}),
    };
  }
  const count = found.differences.length;
  const inText = found.differences.flatMap((d) => invisibleCharacters(d.text));
  const fromText = inText.length > 0 ? listed(inText, false) : undefined;
  const textNote: Bilingual = fromText
    ? {
        id: ` Teks artikel memuat karakter tak terlihat di bagian yang berbeda: ${fromText.id}; kutipan harus memuatnya juga, jadi salin kata itu dari berkas artikel.`,
        en: ` The article text holds invisible characters where it differs: ${fromText.en}; the quote must hold them too, so copy that word from the article file.`,
      }
    : { id: '', en: '' };
  return {
    message: {
      id: ` Bagian paling mirip: ${passage}; berbeda di${count > 1 ? ` ${count} tempat, pertama` : ''}: ${where(first, 'id')}.${quoteNote.id}${textNote.id}`,
      en: ` Closest passage: ${passage}; differs at${count > 1 ? ` ${count} places, first` : ''}: ${where(first, 'en')}.${quoteNote.en}${textNote.en}`,
    },
    ...(invisible ? { invisible } : {}),
  };
}

/**
 * A sentence to append to the message of a quote that is not in `text` (the
 * article's quotable text): the closest passage and where it differs, or a
 * note that nothing in the article resembles the quote, and the invisible
 * characters of the quote and of the differing text.
 */
export function quoteHint(text: string, quote: string, article: string): Bilingual {
  return quoteNotFoundHint(text, quote, article).message;
}
