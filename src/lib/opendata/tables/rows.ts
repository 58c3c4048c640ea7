/**
 * Row helpers for the open data tables: the fixed order of records (oldest
 * first, ties by id), the cells that several tables fill the same way, and
 * the assembly of a table whose every row carries every column. An unknown
 * participant count is an empty cell here, never 0.
 */
import type { Cohort } from '../../../schemas/cohort.ts';
import { isOwnGroup, type GroupBodies } from '../../data/participants.ts';
import type { Lang } from '../../../i18n/lang.ts';
import { compareCohorts } from '../../data/cohort-dates.ts';
import { compareDates } from '../../dates/partial-date.ts';
import { completeRow, type Bilingual, type Column, type Row, type Table } from '../table.ts';
import { absolute, type OpenDataInput } from '../types.ts';
import type { TableName } from './names.ts';

/** Code-unit order of two keys or ids (the same on every machine, unlike localeCompare). */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The records by date, oldest first; records of the same date by id. */
export function chronological<T extends { id: string }>(
  records: readonly T[],
  dateOf: (record: T) => string,
): T[] {
  return [...records].sort((a, b) => compareDates(dateOf(a), dateOf(b)) || compareKeys(a.id, b.id));
}

/** Cohorts by start of their period (else their send-off), those with no date last. */
export const sortedCohorts = (input: OpenDataInput) => [...input.cohorts].sort(compareCohorts);
/** Claims by the date they were made. */
export const sortedClaims = (input: OpenDataInput) =>
  chronological(input.claims, (c) => c.data.made_on);
/** Context events by their date. */
export const sortedContext = (input: OpenDataInput) =>
  chronological(input.context, (e) => e.data.date);

/** The articles a record quotes, each once, in the order first quoted. */
export const sourceArticles = (sources: readonly { article: string }[]): string[] => [
  ...new Set(sources.map((s) => s.article)),
];

/** Number of corrections of a record (0 when it has none). */
export const correctionCount = (record: { corrections?: readonly unknown[] | undefined }): number =>
  record.corrections?.length ?? 0;

/** `page_id` and `page_en` (see `pageColumns`): the record's page in each language. */
export const pageCells = (
  input: Pick<OpenDataInput, 'site'>,
  route: (lang: Lang, id: string) => string,
  id: string,
): Row => ({
  page_id: absolute(input, route('id', id)),
  page_en: absolute(input, route('en', id)),
});

/** `<name>_id` and `<name>_en` (see `bilingualColumns`); empty when the record has no such text. */
export const bilingualCells = (name: string, value: Bilingual | undefined): Row => ({
  [`${name}_id`]: value?.id ?? null,
  [`${name}_en`]: value?.en ?? null,
});

/** True when a source gives the size of at least one of the cohort's own participant groups. */
export const hasKnownCount = (cohort: Pick<Cohort, 'participants'>, groups: GroupBodies): boolean =>
  cohort.participants.some((p) => p.count !== 'unknown' && isOwnGroup(groups, p.group));

/**
 * The cells of `participantCountColumns`, from a participant sum: the total
 * only when complete, the known part only when some count is known.
 */
export const participantCountCells = (
  sum: { known: number; complete: boolean },
  anyKnown: boolean,
): Row => ({
  participants: sum.complete ? sum.known : null,
  participants_at_least: anyKnown ? sum.known : null,
  count_known: sum.complete,
});

/** A table whose rows carry every column, missing values as null. */
export function table(
  name: TableName,
  title: Bilingual,
  description: Bilingual,
  columns: Column[],
  primaryKey: string[],
  rows: Row[],
): Table {
  return {
    name,
    title,
    description,
    columns,
    primaryKey,
    rows: rows.map((r) => completeRow(columns, r)),
  };
}
