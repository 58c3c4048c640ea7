/**
 * Words for what the sources do not say, in both languages: a title that is
 * ours because the copy has no headline, a publication date not known (or
 * known only between bounds), training dates not given. The functions that
 * put these together live in src/lib/site (article-title.ts, publication.ts,
 * format.ts, names.ts).
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
  /** Training dates the sources do not give. */
  periodUnknown: { id: 'tanggal pelatihan belum diketahui', en: 'training dates not yet known' },
  /** A cohort placed by its send-off, its training dates not given. */
  sendoff: { id: 'pelepasan', en: 'send-off' },
  /** Heading of the timeline's last group: cohorts with no date at all. */
  undated: { id: 'Waktu belum diketahui', en: 'Date not yet known' },
} satisfies Record<string, Dict>;
