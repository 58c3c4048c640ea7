/**
 * The corrections of stored article texts: every body correction of every
 * article, newest first (then by article id), with the article's title and
 * the hashes before and after. The corrections page and the corrections
 * feed read this one list; the values log is ./corrections.ts.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { Localized } from '../../schemas/common.ts';
import { withAnchors } from './anchors.ts';
import type { OpenDataInput } from './types.ts';

export interface BodyCorrectionEntry {
  articleId: string;
  /** The article's title as stored. */
  title: string;
  date: string;
  /** SHA-256 of the stored text before and after the correction. */
  previous: string;
  sha256: string;
  reason: Localized;
  /** Id of its row on the corrections page (anchors.ts); its feed item links there. */
  anchor: string;
}

/** Every body correction, newest first (then by article id, then in recorded order). */
export function bodyCorrectionLog(input: Pick<OpenDataInput, 'articles'>): BodyCorrectionEntry[] {
  const sorted = input.articles
    .flatMap((a) =>
      (a.data.corrections ?? []).map((c) => ({
        articleId: a.id,
        title: a.data.title,
        date: c.date,
        previous: c.previous,
        sha256: c.sha256,
        reason: c.reason,
      })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.articleId.localeCompare(b.articleId));
  return withAnchors(sorted, (c) => `koreksi teks ${c.articleId} ${c.sha256.slice(0, 12)}`);
}

/** A hash cut to its first 12 digits, as a reader compares it by eye. */
export const shortHash = (hash: string): string => `${hash.slice(0, 12)}…`;

/** What changed, in words: the stored text, with its hash before and after. */
export function bodyChangeText(c: BodyCorrectionEntry, lang: Lang): string {
  const hashes = `SHA-256 ${shortHash(c.previous)} → ${shortHash(c.sha256)}`;
  return lang === 'id'
    ? `Teks tersimpan artikel diubah (${hashes}).`
    : `The stored text of the article was changed (${hashes}).`;
}
