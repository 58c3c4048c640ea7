/**
 * The year groups of the timeline as pages name them: a year is its own
 * heading and anchor ("2023", #y-2023); the last group, cohorts with no date
 * at all, is "Waktu belum diketahui" / "Date not yet known" at #y-tanpa-tanggal.
 * Years between two dated groups that have nothing recorded are shown as
 * empty groups, as the charts show them: no record is not the same as no cohort.
 */
import { gapsText } from '../../i18n/gaps.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { TimelineYear } from '../data/timeline.ts';

/** The fragment id of a year group (undefined: the undated group). */
export function yearAnchor(year: number | undefined): string {
  return `y-${year ?? 'tanpa-tanggal'}`;
}

/** The heading of a year group, in the page's language. */
export function yearHeading(year: number | undefined, lang: Lang): string {
  return year === undefined ? gapsText.undated[lang] : String(year);
}

/**
 * The groups with an empty group ({ year, items: [] }) for every year missing
 * between the first and the last dated group; the undated group stays last.
 */
export function withEmptyYears(groups: readonly TimelineYear[]): TimelineYear[] {
  const out: TimelineYear[] = [];
  for (const group of groups) {
    const previous = out.at(-1)?.year;
    if (group.year !== undefined && previous !== undefined) {
      for (let year = previous + 1; year < group.year; year++) out.push({ year, items: [] });
    }
    out.push(group);
  }
  return out;
}
