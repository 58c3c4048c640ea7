/**
 * Column builders for the open data tables. A column that is a field of an
 * entry takes its bilingual description from the zod schema (`doc`); a
 * column that several tables carry (record id, page addresses, a text in
 * both languages, cohort status and start year, participant counts) is
 * defined here once, so every table describes it in the same words.
 */
import type { z } from 'astro/zod';
import { cohortSchema, cohortStatuses } from '../../../schemas/cohort.ts';
import { describeField } from '../../check/schema-issues.ts';
import type { Bilingual, Column } from '../table.ts';

/** The Indonesian and English description of a field of a content schema; throws when it has none. */
export function doc(schema: z.ZodType, path: readonly (string | number)[]): Bilingual {
  const d = describeField(schema, path);
  if (!d?.description || !d.description_en) throw new Error(`no description for ${path.join('.')}`);
  return { id: d.description, en: d.description_en };
}

/** A schema field's description, saying the cell holds a JSON list. */
export function docList(schema: z.ZodType, path: readonly (string | number)[]): Bilingual {
  const d = doc(schema, path);
  return { id: `${d.id} (daftar JSON)`, en: `${d.en} (JSON list)` };
}

type Extra = Omit<Column, 'name' | 'type' | 'description'>;

export const text = (name: string, description: Bilingual, extra: Extra = {}): Column => ({
  name,
  type: 'string',
  description,
  ...extra,
});
export const integer = (name: string, description: Bilingual, extra: Extra = {}): Column => ({
  name,
  type: 'integer',
  description,
  ...extra,
});
/** A boolean column: always filled. */
export const bool = (name: string, description: Bilingual): Column => ({
  name,
  type: 'boolean',
  required: true,
  description,
});
export const list = (name: string, description: Bilingual): Column => ({
  name,
  type: 'array',
  description,
});
/** A date at the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD). */
export const date = (name: string, description: Bilingual, extra: Extra = {}): Column =>
  text(name, description, { format: 'partial-date', ...extra });

/** The record's id: its file name in content/<dir> without the extension. */
export const idColumn = (dir: string, ext: string): Column =>
  text(
    'id',
    {
      id: `Id catatan: nama berkasnya di content/${dir} tanpa ${ext}.`,
      en: `Id of the record: its file name in content/${dir} without ${ext}.`,
    },
    { required: true },
  );

/** `page_id` and `page_en`: the absolute addresses of the record's page in each language. */
export const pageColumns = (what: Bilingual): Column[] => [
  text(
    'page_id',
    {
      id: `Alamat halaman ${what.id} (bahasa Indonesia).`,
      en: `Address of the ${what.en} page (Indonesian).`,
    },
    { format: 'uri', required: true },
  ),
  text(
    'page_en',
    {
      id: `Alamat halaman ${what.id} (bahasa Inggris).`,
      en: `Address of the ${what.en} page (English).`,
    },
    { format: 'uri', required: true },
  ),
];

/**
 * A text in both languages as `<name>_id` and `<name>_en`: `what` followed
 * by the language in brackets, then `stop` (a description that already ends
 * in a full stop passes '').
 */
export function bilingualColumns(
  name: string,
  what: Bilingual,
  extra: Extra = {},
  stop = '.',
): Column[] {
  return [
    text(
      `${name}_id`,
      { id: `${what.id} (bahasa Indonesia)${stop}`, en: `${what.en} (Indonesian)${stop}` },
      extra,
    ),
    text(
      `${name}_en`,
      { id: `${what.id} (bahasa Inggris)${stop}`, en: `${what.en} (English)${stop}` },
      extra,
    ),
  ];
}

/** Our note on a record, in both languages. */
export const noteColumns = (): Column[] =>
  bilingualColumns('note', { id: 'Catatan kami', en: 'Our note' });

/** The cohort's theme key. */
export const themeColumn = (): Column =>
  text('theme', doc(cohortSchema, ['theme']), { required: true });

/** The cohort's status: held, planned or announced. */
export const statusColumn = (): Column =>
  text('status', doc(cohortSchema, ['status']), { required: true, values: cohortStatuses });

/** The year the cohort's training started. */
/** The year a cohort is counted in (`cohortYear`); `required` where undated cohorts are left out. */
export const startYearColumn = (required = false): Column =>
  integer(
    'year',
    {
      id: `Tahun mulai pelatihan; bila sumber tidak menyebut tanggal pelatihan, tahun pelepasan${required ? '' : '; kosong bila keduanya tidak diketahui'}.`,
      en: `Year the training started; when the sources give no training dates, the year of the send-off${required ? '' : '; empty when neither is known'}.`,
    },
    required ? { required } : {},
  );

const COUNT_KNOWN: Bilingual = {
  id: 'true bila jumlah setiap kelompok peserta diketahui; false bila ada kelompok yang jumlahnya tidak disebut sumber (jumlahnya lalu hanya batas bawah, bukan 0).',
  en: 'true when the size of every participant group is known; false when a source does not give some group’s size (the figure is then only a minimum, never 0).',
};

/**
 * `participants` (the total, empty unless every count is known),
 * `participants_at_least` (the known part, empty when nothing is known) and
 * `count_known`; filled by `participantCountCells`.
 */
export const participantCountColumns = (total: Bilingual, atLeast: Bilingual): Column[] => [
  integer('participants', total),
  integer('participants_at_least', atLeast),
  bool('count_known', COUNT_KNOWN),
];
