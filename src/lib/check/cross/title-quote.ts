/**
 * A title that is not the article's published headline — one read from its
 * web address, or one we wrote because the copy has no headline — is not
 * the source's words, so it is never quoted. A quote found nowhere in the
 * quotable text but in such a title gets this message instead of "not
 * found", saying why and what to quote instead. Shared by the check and the
 * scaffold, which refuse such a quote in the same words.
 */
import type { Article } from '../../../schemas/article.ts';
import { findQuote } from '../../text/normalize.ts';
import { problemAt, type Bilingual, type Located, type Problem } from '../problem.ts';

/** A title quotes may not cite, and how it was made. */
export interface UnquotedTitle {
  text: string;
  basis: Exclude<Article['title_basis'], 'headline'>;
}

/** The title of an article when quotes may not cite it (it is not the published headline). */
export function unquotedTitle(
  data: Pick<Article, 'title' | 'title_basis'>,
): UnquotedTitle | undefined {
  return data.title_basis === 'headline'
    ? undefined
    : { text: data.title, basis: data.title_basis };
}

/** Whether `quote` occurs in the title quotes may not cite. */
export function inUnquotedTitle(title: UnquotedTitle | undefined, quote: string): boolean {
  return title !== undefined && findQuote(title.text, quote).length > 0;
}

/** Why a quote found only in the title of article `article` is refused, and what to quote instead. */
export function titleQuoteMessage(
  article: string,
  title: UnquotedTitle,
): { message: Bilingual; fix: Bilingual } {
  const made =
    title.basis === 'editorial'
      ? {
          id: 'judul itu dibuat oleh kami (title_basis: editorial) karena salinan tidak memuat judul',
          en: 'that title is ours (title_basis: editorial), written because the copy has no headline',
        }
      : {
          id: 'judul itu dibaca dari alamat web (title_basis: address), bukan judul yang diterbitkan',
          en: 'that title was read from the web address (title_basis: address), not the published headline',
        };
  return {
    message: {
      id: `Kutipan ini hanya ada di judul artikel ${article}, dan ${made.id}: judul seperti itu bukan kata-kata sumber dan tidak dapat dikutip.`,
      en: `This quote is only in the title of article ${article}, and ${made.en}: such a title is not the source's words and cannot be quoted.`,
    },
    fix: {
      id: 'Kutip kalimat dari badan teks artikel yang menyebut nilai yang sama; bila badan teks tidak menyebutnya, nilai itu tidak didukung sumber ini.',
      en: "Quote a sentence of the article's body that states the same value; if the body does not state it, this source does not support the value.",
    },
  };
}

/** The problem of a quote found only in a title quotes may not cite, if it is one. */
export function titleQuoteProblem(
  entry: Located,
  path: readonly PropertyKey[],
  article: string,
  title: UnquotedTitle | undefined,
  quote: string,
): Problem | undefined {
  if (!title || !inUnquotedTitle(title, quote)) return undefined;
  const { message, fix } = titleQuoteMessage(article, title);
  return problemAt(entry, path, 'quote-in-unquoted-title', message, fix);
}
