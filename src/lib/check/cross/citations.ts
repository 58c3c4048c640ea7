/**
 * Where a cited passage is: problems with a citation's article (missing, or
 * there but unreadable) and with where its quote occurs in that article
 * (too short to point anywhere, nowhere, only in a title that is not the
 * published headline, only across the end of the headline, or more than
 * once). Sources get the full wording; variants and corrections the brief one.
 */
import type { LoadedContent } from '../../content/load.ts';
import { nearest } from '../../text/suggest.ts';
import { problemAt, type Bilingual, type Located, type Problem } from '../problem.ts';
import { quoteNotFoundHint, type QuoteHint } from '../quote-hint.ts';
import {
  placeQuote,
  quoteSpansHeadline,
  quoteTooShort,
  type Placement,
  type QuotedArticle,
} from './quote-placement.ts';
import { titleQuoteProblem } from './title-quote.ts';

export type { QuotedArticle } from './quote-placement.ts';

/** A passage a record cites: the id of its article and the exact words. */
export interface Cited {
  article: string;
  quote: string;
}

/** The message for an article id that no article has. */
export function articleNotFound(id: string): Bilingual {
  return {
    id: `Artikel "${id}" tidak ditemukan di content/articles.`,
    en: `Article "${id}" not found in content/articles.`,
  };
}

/** The message for a quote that is not in its article, with what `hint` adds. */
function quoteNotFound(article: string, hint: Bilingual): Bilingual {
  return {
    id: `Kutipan tidak ditemukan di teks artikel ${article}.${hint.id}`,
    en: `Quote not found in the text of article ${article}.${hint.en}`,
  };
}

/** The usual fix of a quote not found, after (or replaced by) the fix for its invisible characters. */
function withInvisibleFix(fix: Bilingual, hint: QuoteHint): Bilingual {
  const invisible = hint.invisible;
  if (!invisible) return fix;
  if (invisible.only) return invisible.fix;
  return { id: `${invisible.fix.id} ${fix.id}`, en: `${invisible.fix.en} ${fix.en}` };
}

/** The problem of a quote too short or found only across the headline, which every quote shares. */
function unanchored(
  entry: Located,
  path: readonly PropertyKey[],
  article: string,
  placed: Placement,
): Problem | undefined {
  if (placed.kind === 'too-short') return quoteTooShort(entry, path, placed.letters);
  if (placed.kind === 'spans') return quoteSpansHeadline(entry, path, article, placed);
  return undefined;
}

/** A citation's article that is not among the readable articles: missing, or there but unreadable. */
export function unknownArticle(
  entry: Located,
  path: readonly PropertyKey[],
  id: string,
  articles: ReadonlyMap<string, unknown>,
  content: LoadedContent,
): Problem {
  const unreadable = content.unreadableArticles.get(id);
  if (unreadable !== undefined)
    return problemAt(
      entry,
      path,
      'reference-unreadable-article',
      {
        id: `Artikel "${id}" ada (${unreadable}) tetapi tidak dapat dibaca, jadi kutipannya belum dapat diperiksa.`,
        en: `Article "${id}" exists (${unreadable}) but cannot be read, so its quotes cannot be checked yet.`,
      },
      {
        id: `Perbaiki dulu masalah di ${unreadable} (lihat pesan untuk berkas itu); kutipan ini diperiksa lagi sesudahnya.`,
        en: `First fix the problems reported for ${unreadable}; this quote is checked again after that.`,
      },
    );
  const near = nearest(id, articles.keys());
  return problemAt(entry, path, 'reference-unknown-article', articleNotFound(id), {
    id: `Tulis id artikel yang ada (nama berkas tanpa .md)${near.length ? `, mis. ${near.join(', ')}` : ''}.`,
    en: `Use the id of an existing article (file name without .md)${near.length ? `, e.g. ${near.join(', ')}` : ''}.`,
  });
}

/**
 * The problem with where a source's quote occurs in its article (too short,
 * nowhere, only across the headline, or more than once), if any.
 */
export function quoteProblem(
  entry: Located,
  path: readonly PropertyKey[],
  source: Cited,
  article: QuotedArticle,
): Problem | undefined {
  const placed = placeQuote(article, source.quote);
  if (placed.kind === 'none') {
    const titled = titleQuoteProblem(
      entry,
      path,
      source.article,
      article.unquotedTitle,
      source.quote,
    );
    if (titled) return titled;
    const hint = quoteNotFoundHint(article.text, source.quote, source.article);
    return problemAt(
      entry,
      path,
      'quote-not-found',
      quoteNotFound(source.article, hint.message),
      withInvisibleFix(
        {
          id: `Salin kutipan persis dari ${article.entry.file} (huruf besar/kecil dan tanda baca harus sama; spasi dan baris baru boleh berbeda), atau perbaiki kutipan di tempat yang berbeda itu.`,
          en: `Copy the words exactly from ${article.entry.file} (case and punctuation must match; spaces and line breaks may differ), or correct the quote where it differs.`,
        },
        hint,
      ),
    );
  }
  if (placed.kind === 'many')
    return problemAt(
      entry,
      path,
      'quote-ambiguous',
      {
        id: `Kutipan muncul ${placed.count} kali di artikel ${source.article}, jadi tidak jelas bagian mana yang dimaksud.`,
        en: `Quote occurs ${placed.count} times in article ${source.article}, so the passage is ambiguous.`,
      },
      {
        id: 'Perpanjang kutipan dengan kata-kata di sekitarnya sampai hanya muncul satu kali.',
        en: 'Extend the quote with surrounding words until it occurs only once.',
      },
    );
  return unanchored(entry, path, source.article, placed);
}

/**
 * The problem of a variant's or correction's quote that is too short, found
 * only across the headline, or does not occur exactly once in its article,
 * in brief wording. With `closest`, a quote not found is shown the closest
 * passage and where it differs; every quote not found is shown its
 * invisible characters.
 */
export function briefQuoteProblem(
  entry: Located,
  path: readonly PropertyKey[],
  cited: Cited,
  article: QuotedArticle,
  closest: boolean,
): Problem | undefined {
  const placed = placeQuote(article, cited.quote);
  if (placed.kind === 'once') return undefined;
  if (placed.kind === 'many')
    return problemAt(
      entry,
      path,
      'quote-ambiguous',
      {
        id: `Kutipan muncul ${placed.count} kali di artikel ${cited.article}.`,
        en: `Quote occurs ${placed.count} times in article ${cited.article}.`,
      },
      {
        id: 'Perpanjang kutipan sampai hanya muncul satu kali.',
        en: 'Extend the quote until it occurs only once.',
      },
    );
  if (placed.kind !== 'none') return unanchored(entry, path, cited.article, placed);
  const titled = titleQuoteProblem(entry, path, cited.article, article.unquotedTitle, cited.quote);
  if (titled) return titled;
  const file = article.entry.file;
  const none = { id: '', en: '' };
  const hint = quoteNotFoundHint(article.text, cited.quote, cited.article, closest);
  const orCorrect = closest
    ? {
        id: ', atau perbaiki kutipan di tempat yang berbeda itu',
        en: ', or correct the quote where it differs',
      }
    : none;
  return problemAt(
    entry,
    path,
    'quote-not-found',
    quoteNotFound(cited.article, hint.message),
    withInvisibleFix(
      {
        id: `Salin kutipan persis dari ${file}${orCorrect.id}.`,
        en: `Copy the words exactly from ${file}${orCorrect.en}.`,
      },
      hint,
    ),
  );
}
