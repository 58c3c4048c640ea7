/**
 * Words for what the sources do not say, in both languages: a title that is
 * ours because the copy has no headline. The functions that put these
 * together live in src/lib/site (article-title.ts).
 */
import type { Lang } from './lang.ts';

type Dict = Record<Lang, string>;

export const gapsText = {
  /** After a title written by us, wherever it is shown. */
  ourTitle: { id: '[judul dari kami]', en: '[our title]' },
  /** Under the heading of a source page whose title is ours. */
  ourTitleNote: {
    id: 'Salinan artikel tidak memuat judul; judul ini dibuat oleh kami dan tidak pernah dikutip sebagai sumber.',
    en: 'The copy of the article has no headline; this title is ours and is never quoted as a source.',
  },
} satisfies Record<string, Dict>;
