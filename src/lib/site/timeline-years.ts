/**
 * The year groups of the timeline as pages name them: a year is its own
 * heading and anchor ("2023", #y-2023); the last group, cohorts with no date
 * at all, is "Waktu belum diketahui" / "Date not yet known" at #y-tanpa-tanggal.
 */
import { gapsText } from '../../i18n/gaps.ts';
import type { Lang } from '../../i18n/lang.ts';

/** The fragment id of a year group (undefined: the undated group). */
export function yearAnchor(year: number | undefined): string {
  return `y-${year ?? 'tanpa-tanggal'}`;
}

/** The heading of a year group, in the page's language. */
export function yearHeading(year: number | undefined, lang: Lang): string {
  return year === undefined ? gapsText.undated[lang] : String(year);
}
