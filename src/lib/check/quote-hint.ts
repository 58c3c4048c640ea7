/**
 * What a "quote not found" problem adds so that it teaches: the closest
 * passage of the article and the first place where the quote differs from
 * it, in Indonesian and English.
 */
import { closestPassage, type Difference } from '../text/closest.ts';
import type { Bilingual } from './problem.ts';

/** Longest passage shown whole; longer ones keep their start and end. */
const MAX_SHOWN = 280;

function shorten(passage: string): string {
  if (passage.length <= MAX_SHOWN) return passage;
  return `${passage.slice(0, 160).trimEnd()} … ${passage.slice(-100).trimStart()}`;
}

function side(words: string, none: string): string {
  return words === '' ? none : `"${words}"`;
}

function where(d: Difference, lang: 'id' | 'en'): string {
  return lang === 'id'
    ? `kutipan: ${side(d.quote, '(tidak ada)')} — teks: ${side(d.text, '(tidak ada)')}`
    : `quote: ${side(d.quote, '(nothing)')} — text: ${side(d.text, '(nothing)')}`;
}

/**
 * A sentence to append to the message of a quote that is not in `text` (the
 * article's quotable text): the closest passage and where it differs, or a
 * note that nothing in the article resembles the quote.
 */
export function quoteHint(text: string, quote: string, article: string): Bilingual {
  const found = closestPassage(text, quote);
  if (!found) {
    return {
      id: ` Tidak ada bagian yang mirip di artikel ${article}: periksa apakah kutipan ini memang dari artikel itu.`,
      en: ` Nothing in article ${article} resembles it: check that the quote comes from that article.`,
    };
  }
  const [first] = found.differences;
  const passage = `«${shorten(found.passage)}»`;
  if (!first) {
    // Same words, so only spacing the normaliser keeps (none today) can differ.
    return { id: ` Bagian paling mirip: ${passage}.`, en: ` Closest passage: ${passage}.` };
  }
  const count = found.differences.length;
  return {
    id: ` Bagian paling mirip: ${passage}; berbeda di${count > 1 ? ` ${count} tempat, pertama` : ''}: ${where(first, 'id')}.`,
    en: ` Closest passage: ${passage}; differs at${count > 1 ? ` ${count} places, first` : ''}: ${where(first, 'en')}.`,
  };
}
