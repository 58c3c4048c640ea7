/** Display names of records, built from their data and the vocabularies. */
import type { Lang } from '../../i18n/lang.ts';
import type { Cohort } from '../../schemas/cohort.ts';
import type { Term } from '../../schemas/vocabulary.ts';
import { gapsText } from '../../i18n/gaps.ts';
import { dateLabel, periodLabel } from './format.ts';

/**
 * "Pelayanan Publik — 23 Maret 2023 – 31 Maret 2023"; without training dates,
 * "Pelayanan Publik — pelepasan Juli 2024", or "… — tanggal pelatihan belum
 * diketahui" when there is no send-off date either.
 */
export function cohortName(cohort: Cohort, themes: ReadonlyMap<string, Term>, lang: Lang): string {
  const sendoff = cohort.sendoff?.date;
  const when =
    cohort.period === 'unknown' && sendoff !== undefined
      ? `${gapsText.sendoff[lang]} ${dateLabel(sendoff, lang)}`
      : periodLabel(cohort.period, lang);
  return `${themes.get(cohort.theme)?.label[lang] ?? cohort.theme} — ${when}`;
}
