/**
 * Words for what the sources do not say, in both languages: a title that is
 * ours because the copy has no headline, a publication date not known (or
 * known only between bounds). The functions that put these together live in
 * src/lib/site (article-title.ts, publication.ts).
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
  /** A publication date the sources do not give. */
  publishedUnknown: { id: 'tanggal terbit tidak diketahui', en: 'publication date unknown' },
  after: { id: 'setelah', en: 'after' },
  before: { id: 'sebelum', en: 'before' },
  between: { id: 'antara', en: 'between' },
  and: { id: 'dan', en: 'and' },
} satisfies Record<string, Dict>;
