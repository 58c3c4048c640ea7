/**
 * Where a quote can be anchored in its article, as the source page marks it:
 * a quote needs enough letters and digits to point at one passage, and it
 * lies either wholly in the headline or wholly in the body, since the page
 * shows the two apart (the headline as its heading, marked on its own, the
 * body below it). An occurrence that starts in the headline and ends in the
 * body cannot be marked; it neither counts as the place of the quote nor
 * makes it ambiguous. Messages for the two refusals, in Indonesian and
 * English, with invisible characters shown as [U+XXXX].
 */
import { showInvisible, visibleLength } from '../../text/invisible.ts';
import { normalizeText, occurrences } from '../../text/normalize.ts';
import { problemAt, type Located, type Problem } from '../problem.ts';
import type { UnquotedTitle } from './title-quote.ts';

/**
 * Fewest letters and digits a quote may have. The shortest quotes of the
 * real content have 45 ("salah satunya seperti Dialogue in the Dark
 * Singapore") and 52; 20 is under half of that, so a whole clause with its
 * value passes ("diikuti oleh 25 orang ASN" has 21), while a value with its
 * unit ("25 orang ASN", 10) or a name alone ("Pemkot Contoh", 12) does not:
 * such fragments anchor nowhere in particular and rarely occur only once.
 */
export const MIN_QUOTE_LETTERS = 20;

/** What a quote is looked up in: the article's quotable text and its file. */
export interface QuotedArticle {
  text: string;
  entry: { file: string };
  /** The headline the text starts with, when quotes may cite it. */
  headline?: string;
  /** The title, when it is not the published headline and quotes may not cite it. */
  unquotedTitle?: UnquotedTitle | undefined;
}

/** Where a quote is in its article, or why it has no single place. */
export type Placement =
  | { kind: 'too-short'; letters: number }
  | { kind: 'none' }
  | { kind: 'once' }
  | { kind: 'many'; count: number }
  /** Found only across the end of the headline: the part in each. */
  | { kind: 'spans'; headline: string; inHeadline: string; inBody: string };

/**
 * The normalised text and headline of each article looked in: normalised
 * once per article, not once per quote (an article object's text and
 * headline never change).
 */
const normalised = new WeakMap<QuotedArticle, { text: string; headline: string }>();

function normalisedOf(article: QuotedArticle): { text: string; headline: string } {
  let n = normalised.get(article);
  if (!n) {
    n = { text: normalizeText(article.text), headline: normalizeText(article.headline ?? '') };
    normalised.set(article, n);
  }
  return n;
}

/** Where `quote` is in `article`. */
export function placeQuote(article: QuotedArticle, quote: string): Placement {
  const letters = visibleLength(quote);
  if (letters < MIN_QUOTE_LETTERS) return { kind: 'too-short', letters };
  const { text, headline } = normalisedOf(article);
  const needle = normalizeText(quote);
  const hits = occurrences(text, needle);
  // The normalised text is the headline, one space, then the body.
  const length = needle.length;
  const spans = (at: number): boolean => at < headline.length && at + length > headline.length;
  const anchored = hits.filter((at) => !spans(at));
  if (anchored.length === 1) return { kind: 'once' };
  if (anchored.length > 1) return { kind: 'many', count: anchored.length };
  const [at] = hits;
  if (at === undefined) return { kind: 'none' };
  return {
    kind: 'spans',
    headline,
    inHeadline: text.slice(at, headline.length),
    inBody: text.slice(headline.length + 1, at + length),
  };
}

/** The problem of a quote with too few letters and digits. */
export function quoteTooShort(
  entry: Located,
  path: readonly PropertyKey[],
  letters: number,
): Problem {
  return problemAt(
    entry,
    path,
    'quote-too-short',
    {
      id: `Kutipan terlalu pendek untuk menunjuk satu bagian artikel: ${letters} huruf dan angka, padahal minimal ${MIN_QUOTE_LETTERS} (spasi, tanda baca dan karakter tak terlihat tidak dihitung).`,
      en: `The quote is too short to point at one passage of the article: ${letters} letters and digits, at least ${MIN_QUOTE_LETTERS} needed (spaces, punctuation and invisible characters do not count).`,
    },
    {
      id: 'Kutip seluruh klausa yang menyatakan nilainya, bukan hanya angka, nama atau satu kata (mis. "Sebanyak 25 orang ASN Kota Contoh mengikuti pelatihan", bukan "25").',
      en: 'Quote the whole clause that states the value, not only a number, a name or a word (e.g. "Sebanyak 25 orang ASN Kota Contoh mengikuti pelatihan", not "25").',
    },
  );
}

/** The problem of a quote found only where it starts in the headline and goes on in the body. */
export function quoteSpansHeadline(
  entry: Located,
  path: readonly PropertyKey[],
  article: string,
  where: Extract<Placement, { kind: 'spans' }>,
): Problem {
  const [head, body, headline] = [where.inHeadline, where.inBody, where.headline].map(
    showInvisible,
  );
  return problemAt(
    entry,
    path,
    'quote-spans-headline',
    {
      id: `Kutipan dimulai di judul artikel ${article} (bagian «${head}») dan berlanjut ke badan teks (bagian «${body}»); judul dan badan teks ditampilkan terpisah, jadi kutipan ini tidak dapat ditandai di halaman sumber.`,
      en: `The quote starts in the headline of article ${article} (the part «${head}») and goes on in the body (the part «${body}»); the headline and the body are shown apart, so the quote cannot be marked on the source page.`,
    },
    {
      id: `Kutip judulnya saja («${headline}») atau satu bagian dari badan teks saja, dengan satu kutipan untuk masing-masing bila keduanya diperlukan.`,
      en: `Quote either the headline alone («${headline}») or a passage of the body alone, with one quote for each when both are needed.`,
    },
  );
}
