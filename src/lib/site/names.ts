/** Display names of records, built from their data and the vocabularies. */
import type { Lang } from '../../i18n/lang.ts';
import type { Cohort } from '../../schemas/cohort.ts';
import type { Term } from '../../schemas/vocabulary.ts';
import { periodLabel } from './format.ts';

/** "Pelayanan Publik — 23 Maret 2023 – 31 Maret 2023". */
export function cohortName(cohort: Cohort, themes: ReadonlyMap<string, Term>, lang: Lang): string {
  return `${themes.get(cohort.theme)?.label[lang] ?? cohort.theme} — ${periodLabel(cohort.period, lang)}`;
}
