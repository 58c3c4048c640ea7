/**
 * A publication date as pages show it: at the precision the source gives
 * ("15 Mei 2023", "Maret 2023", "2023"), or, when it is not known, in words
 * with its bounds: "tanggal terbit tidak diketahui (setelah 7 Juni 2024)",
 * "(sebelum …)", "(antara … dan …)". Never a first day standing in for a
 * month or a year.
 */
import { gapsText as g } from '../../i18n/gaps.ts';
import type { Lang } from '../../i18n/lang.ts';
import { isDated, type Publication } from '../dates/publication.ts';
import { dateLabel } from './format.ts';

/** The bounds of an unknown publication date in words, or '' when it has none. */
function boundsText(p: Publication, lang: Lang): string {
  const after = p.published_after && dateLabel(p.published_after, lang);
  const before = p.published_before && dateLabel(p.published_before, lang);
  if (after && before) return `${g.between[lang]} ${after} ${g.and[lang]} ${before}`;
  if (after) return `${g.after[lang]} ${after}`;
  return before ? `${g.before[lang]} ${before}` : '';
}

/** The publication date in the page's language. */
export function publicationLabel(p: Publication, lang: Lang): string {
  if (isDated(p)) return dateLabel(p.published, lang);
  const bounds = boundsText(p, lang);
  return bounds ? `${g.publishedUnknown[lang]} (${bounds})` : g.publishedUnknown[lang];
}
