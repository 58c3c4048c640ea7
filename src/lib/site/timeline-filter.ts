/**
 * The timeline's filters, one field at a time: one theme, one programme or
 * one status (held, planned, announced). For each field: the keys it offers
 * and their labels, the address of each filtered timeline, and what the page
 * says about the filter that is on. The counts come from the site indexes
 * (`cohortsByTerm`), so a count on an option is the number of cohorts its
 * page shows.
 */
import type { Lang } from '../../i18n/lang.ts';
import { timelineFilterText } from '../../i18n/timeline-filter.ts';
import { ui } from '../../i18n/ui.ts';
import { cohortStatuses } from '../../schemas/cohort.ts';
import type { TimelineFilter } from '../data/timeline.ts';
import type { Vocabularies } from '../data/types.ts';
import { statusLabel, termLabel, type CohortStatus } from './format.ts';
import type { FilterField } from './page-routes.ts';
import { routes } from './routes.ts';

/** The filter a timeline page is filtered by. */
export interface ActiveFilter {
  field: FilterField;
  key: string;
}

/** One option of the filter panel: a key, its label and the cohorts (any status) its page shows. */
export interface FilterOption {
  key: string;
  label: string;
  count: number;
}

const isStatus = (key: string): key is CohortStatus =>
  (cohortStatuses as readonly string[]).includes(key);

/** The status of a status filter; a key that is no status is a bug in the paths, not content. */
function statusOf(key: string): CohortStatus {
  if (!isStatus(key))
    throw new Error(`"${key}" is not a cohort status (${cohortStatuses.join(', ')})`);
  return key;
}

/** The keys a field filters by, in panel order: the vocabulary's, or held, planned, announced. */
export function filterKeys(vocabularies: Vocabularies, field: FilterField): string[] {
  if (field === 'status') return [...cohortStatuses];
  return [...(field === 'theme' ? vocabularies.themes : vocabularies.programmes).keys()];
}

/** The label of a filter's key in a language ("Pelayanan publik", "direncanakan"). */
export function filterLabel(vocabularies: Vocabularies, filter: ActiveFilter, lang: Lang): string {
  if (filter.field === 'status') return statusLabel(statusOf(filter.key), lang);
  const vocab = filter.field === 'theme' ? vocabularies.themes : vocabularies.programmes;
  return termLabel(vocab, filter.key, lang);
}

/** The options of one field, each with the number of cohorts its page shows. */
export function filterOptions(
  vocabularies: Vocabularies,
  counts: ReadonlyMap<string, readonly unknown[]>,
  field: FilterField,
  lang: Lang,
): FilterOption[] {
  return filterKeys(vocabularies, field).map((key) => ({
    key,
    label: filterLabel(vocabularies, { field, key }, lang),
    count: counts.get(key)?.length ?? 0,
  }));
}

/** What the timeline keeps for a filter: the argument of `buildTimeline`. */
export function timelineFilterOf(filter: ActiveFilter | undefined): TimelineFilter {
  if (!filter) return {};
  if (filter.field === 'status') return { status: statusOf(filter.key) };
  return { [filter.field]: filter.key };
}

const HREF: Readonly<Record<FilterField, (lang: Lang, key: string, page?: number) => string>> = {
  theme: routes.timelineTheme,
  programme: routes.timelineProgramme,
  status: routes.timelineStatus,
};

/** The address of page `page` of the timeline, whole or filtered. */
export function timelineHref(lang: Lang, filter: ActiveFilter | undefined, page?: number): string {
  return filter ? HREF[filter.field](lang, filter.key, page) : routes.timeline(lang, page);
}

/** The page's words for a filter: after "Linimasa: " in its title, and the line under it. */
export function filterWords(
  vocabularies: Vocabularies,
  filter: ActiveFilter,
  shown: number,
  lang: Lang,
): { title: string; sentence: string } {
  const label = filterLabel(vocabularies, filter, lang);
  if (filter.field !== 'status')
    return { title: label, sentence: ui[lang].timeline.filtered(label, shown) };
  const t = timelineFilterText[lang];
  return { title: t.statusTitle(label), sentence: t.filteredStatus(label, shown) };
}
