/**
 * Words of the timeline's filter by status and of the line that names the
 * active filter with its link to clear it, in both languages (the English
 * dictionary is typed by the Indonesian one). The other words of the filter
 * panel are in ui.ts (`timeline`).
 */
import { numberLabel } from '../lib/site/format.ts';
import type { Lang } from './lang.ts';

const id = {
  byStatus: 'Menurut status',
  /** The status option that shows every cohort: the whole timeline. */
  allStatuses: 'Semua status',
  clear: 'Hapus saringan',
  /** Title of the timeline of one status: "Linimasa: angkatan direncanakan". */
  statusTitle: (status: string) => `angkatan ${status}`,
  /** The active status filter, said under the title. */
  filteredStatus: (status: string, count: number) =>
    `Menampilkan ${numberLabel(count, 'id')} angkatan berstatus ${status}. Peristiwa konteks tidak ditampilkan saat linimasa disaring.`,
};

const en: typeof id = {
  byStatus: 'By status',
  allStatuses: 'All statuses',
  clear: 'Clear the filter',
  statusTitle: (status) => `${status} cohorts`,
  filteredStatus: (status, count) =>
    `Showing ${numberLabel(count, 'en')} ${count === 1 ? 'cohort' : 'cohorts'} with status ${status}. Context events are hidden while the timeline is filtered.`,
};

export const timelineFilterText: Readonly<Record<Lang, typeof id>> = { id, en };
